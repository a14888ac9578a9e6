import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { FirstUseOfIds } from '../../src/model/first-use-of-ids.js';

// The reading's check that ids are unique names the event that first used an id: the table must answer as a Map
// of first uses would, for any ids, also when it holds more ids than it was sized for (they go to its Map).

/** The event indices of the claims: not one after another, as events left out of a reading claim none. */
const indexOf = (position: number) => position * 3 + 1;

/** The first index of each id, as a Map answers, for the claims in order. */
function mapAnswers(ids: readonly string[]): (number | undefined)[] {
  const first = new Map<string, number>();
  return ids.map((id, position) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, indexOf(position));
    return earlier;
  });
}

describe('the first use of each id', () => {
  it('answers as a Map of first uses would, sized for the ids or for far fewer', () => {
    // Few distinct characters, so that ids repeat; any length, the empty id and non-ASCII ones included.
    const id = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '\u0000', '𝄞'), maxLength: 4 });
    fc.assert(
      fc.property(fc.array(id, { maxLength: 200 }), fc.nat({ max: 250 }), (ids, expected) => {
        const table = new FirstUseOfIds(expected);
        expect(ids.map((each, position) => table.claim(each, indexOf(position)))).to.deep.equal(mapAnswers(ids));
      }),
    );
  });

  it('keeps telling a thousand ids apart when sized for one', () => {
    // The table has 16 slots: most ids go past its longest probe, to the Map, and each is still found again.
    const ids = Array.from({ length: 1000 }, (_, index) => `event-${index}`);
    const table = new FirstUseOfIds(1);
    expect(ids.map((each, index) => table.claim(each, index)).every((answer) => answer === undefined)).to.equal(true);
    expect(ids.map((each, index) => table.claim(each, 1000 + index))).to.deep.equal(ids.map((_, index) => index));
  });
});
