import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { bisectLeft, bisectRight } from 'd3-array';
import { sortedInSteps, timesBefore, timesUpTo } from '../../src/model/sorted-times.js';

/** Runs the sort through; returns its result and how many times it paused. */
function sortThrough(values: Float64Array, step: number): { sorted: number[]; pauses: number } {
  const sorting = sortedInSteps(values, 'pause', step);
  let pauses = 0;
  for (;;) {
    const next = sorting.next();
    if (next.done) return { sorted: [...next.value], pauses };
    expect(next.value).to.equal('pause');
    pauses++;
  }
}

describe('sorting in steps', () => {
  it('gives what the native sort gives, for any numbers and any step, and leaves its input as it was', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (numbers, step) => {
        const values = Float64Array.from(numbers);
        const { sorted } = sortThrough(values, step);
        expect(sorted).to.deep.equal([...Float64Array.from(numbers).sort()]);
        expect([...values]).to.deep.equal([...Float64Array.from(numbers)]);
      }),
    );
  });

  it('pauses after each run it sorts and every `step` numbers it merges, and not at all for a list no longer than a step', () => {
    const values = Float64Array.from({ length: 1_000 }, (_, index) => (index * 7919) % 1_000);
    // Four runs of 250 sorted (4 pauses); two passes of merging, each moving 1,000 numbers (8 pauses).
    expect(sortThrough(values, 250)).to.deep.equal({ sorted: Array.from({ length: 1_000 }, (_, index) => index), pauses: 12 });
    expect(sortThrough(values, 1_000).pauses).to.equal(0);
  });

  it('finds the places that bisectLeft and bisectRight of d3-array find, for any sorted times and any time, NaN included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 }), fc.oneof(fc.integer({ min: -7, max: 7 }), fc.constant(Number.NaN)), (numbers, time) => {
        const times = Float64Array.from(numbers).sort();
        expect(timesBefore(times, time)).to.equal(Number.isNaN(time) ? times.length : bisectLeft(times, time));
        expect(timesUpTo(times, time)).to.equal(Number.isNaN(time) ? times.length : bisectRight(times, time));
      }),
    );
  });
});
