/**
 * The field-by-field layout memo (src/layout/layout-memo.ts): the timeline lays out again exactly when one of
 * the layout's inputs changed, compared one by one, and reuses the last layout otherwise.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { LayoutMemo, sameFields } from '../../src/layout/layout-memo.js';

interface Input {
  window: { start: number; end: number };
  width: number;
  locale: string | undefined;
  measure: (text: string) => number;
  aggregateAbove?: number;
}

/** A memo over a layout that records each input it lays out, and gives a new object each time. */
function countingMemo() {
  const laidOut: Input[] = [];
  const memo = new LayoutMemo((input: Input) => {
    laidOut.push(input);
    return { width: input.width, run: laidOut.length };
  });
  return { memo, laidOut };
}

const measure = (text: string) => text.length * 7;
const base = (): Input => ({ window: { start: 0, end: 1000 }, width: 800, locale: 'en-GB', measure });

describe('LayoutMemo', () => {
  it('lays out once for the same inputs, and gives the same layout back', () => {
    const { memo, laidOut } = countingMemo();
    const input = base();
    const first = memo.get(input);
    expect(memo.get(input)).to.equal(first);
    expect(laidOut).to.have.length(1);
  });

  it('does not lay out again for a new input object whose fields are the same values', () => {
    const { memo, laidOut } = countingMemo();
    const input = base();
    const first = memo.get(input);
    expect(memo.get({ ...input })).to.equal(first);
    expect(laidOut).to.have.length(1);
  });

  const changes: [string, (input: Input) => Input][] = [
    ['the width', (input) => ({ ...input, width: 801 })],
    ['the locale', (input) => ({ ...input, locale: 'de' })],
    ['the locale to undefined', (input) => ({ ...input, locale: undefined })],
    ['a new measure function, even one that measures alike', (input) => ({ ...input, measure: (text: string) => text.length * 7 })],
    ['a new window object with the same times', (input) => ({ ...input, window: { ...input.window } })],
    ['a field that was absent', (input) => ({ ...input, aggregateAbove: 10 })],
    ['a field present as undefined that was absent', (input) => ({ ...input, aggregateAbove: undefined })],
  ];
  for (const [what, change] of changes) {
    it(`lays out again when ${what} changes, then keeps the new layout`, () => {
      const { memo, laidOut } = countingMemo();
      const input = base();
      const first = memo.get(input);
      const changed = change(input);
      const second = memo.get(changed);
      expect(second).to.not.equal(first);
      expect(laidOut).to.deep.equal([input, changed]);
      expect(memo.get({ ...changed })).to.equal(second);
      expect(laidOut).to.have.length(2);
    });
  }

  it('lays out again when a field goes away', () => {
    const { memo, laidOut } = countingMemo();
    const withField = { ...base(), aggregateAbove: 10 };
    memo.get(withField);
    const { aggregateAbove: _dropped, ...without } = withField;
    memo.get(without);
    expect(laidOut).to.deep.equal([withField, without]);
  });

  it('tells 0 from -0 and NaN from itself as Object.is does', () => {
    const { memo, laidOut } = countingMemo();
    const input = base();
    memo.get({ ...input, width: Number.NaN });
    memo.get({ ...input, width: Number.NaN });
    expect(laidOut, 'NaN is the same NaN').to.have.length(1);
    memo.get({ ...input, width: 0 });
    memo.get({ ...input, width: -0 });
    expect(laidOut, '-0 is not 0').to.have.length(3);
  });

  it('lays out again after clear, even for the same input', () => {
    const { memo, laidOut } = countingMemo();
    const input = base();
    memo.get(input);
    memo.clear();
    memo.get(input);
    expect(laidOut).to.have.length(2);
  });

  it('gives back a layout of undefined without laying out again', () => {
    let runs = 0;
    const memo = new LayoutMemo((_input: { width: number }) => {
      runs++;
      return undefined;
    });
    memo.get({ width: 1 });
    memo.get({ width: 1 });
    expect(runs).to.equal(1);
  });
});

describe('sameFields', () => {
  const window = { start: 0, end: 1 };
  const cases: [string, object, object, boolean][] = [
    ['two empty objects', {}, {}, true],
    ['equal values in another order', { a: 1, b: 'x' }, { b: 'x', a: 1 }, true],
    ['one value differs', { a: 1, b: 'x' }, { a: 1, b: 'y' }, false],
    ['a field only in the second', { a: 1 }, { a: 1, b: 2 }, false],
    ['a field only in the first', { a: 1, b: 2 }, { a: 1 }, false],
    ['an undefined field against an absent one', { a: 1, b: undefined }, { a: 1 }, false],
    ['an absent field against an undefined one', { a: 1 }, { a: 1, b: undefined }, false],
    ['same count, other names', { a: 1, b: undefined }, { a: 1, c: undefined }, false],
    ['equal objects that are not the same object', { window: { ...window } }, { window }, false],
    ['the same object in both', { window, measure }, { window, measure }, true],
  ];
  for (const [what, a, b, expected] of cases) {
    it(`says ${expected ? 'same' : 'not same'} for ${what}`, () => {
      expect(sameFields(a, b)).to.equal(expected);
      expect(sameFields(b, a), 'either way round').to.equal(expected);
    });
  }

  it('is true exactly when both have the same keys and each value is Object.is the other', () => {
    const record = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom<unknown>(0, -0, 1, Number.NaN, '', 'x', undefined, null, measure));
    fc.assert(
      fc.property(record, record, (a, b) => {
        const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
        const expected = [...keys].every((key) => key in a && key in b && Object.is(a[key], b[key]));
        expect(sameFields(a, b)).to.equal(expected);
        expect(sameFields(a, { ...a })).to.equal(true);
      }),
    );
  });
});
