import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { aggregateIntoBuckets, bucketBoundaries, bucketHolds, bucketMembers } from '../../src/layout/aggregation.js';
import { DAY, T0, arbitrarySpans, arbitraryWindow, overlapping, spansOf } from './span-arbitraries.js';

describe('aggregateIntoBuckets', () => {
  it('counts every event overlapping the window exactly once, at any window', () => {
    fc.assert(
      fc.property(arbitrarySpans, arbitraryWindow, fc.integer({ min: 40, max: 1600 }), fc.integer({ min: 20, max: 120 }), (days, window, width, bucketPx) => {
        const spans = spansOf(days);
        const buckets = aggregateIntoBuckets(spans, window, width, bucketPx);
        const visible = overlapping(spans, window);
        expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0), 'counted').to.equal(visible.length);
        for (const position of visible) {
          const holders = buckets.filter((bucket) => bucketHolds(bucket, window, spans.starts[position]!, spans.ends[position]!));
          expect(holders, `buckets holding span ${position}`).to.have.length(1);
        }
        for (const bucket of buckets) {
          const members = bucketMembers(spans, bucket, window);
          expect(members, 'members').to.have.length(bucket.count);
          expect(new Set(members).size, 'members are distinct').to.equal(members.length);
          for (const position of members) expect(bucketHolds(bucket, window, spans.starts[position]!, spans.ends[position]!)).to.equal(true);
          expect(bucket.firstStart).to.be.at.most(bucket.lastStart);
          expect(bucket.firstStart).to.be.at.least(bucket.from);
          expect(bucket.lastStart).to.be.below(bucket.to);
          expect(bucketMembers(spans, bucket, window, 3)).to.deep.equal(members.slice(0, 3));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('cuts the window into buckets at least bucketPx wide, aligned so that panning keeps them', () => {
    fc.assert(
      fc.property(arbitraryWindow, fc.integer({ min: 100, max: 1600 }), fc.integer({ min: 20, max: 120 }), fc.double({ min: -0.9, max: 0.9, noNaN: true }), (window, width, bucketPx, pan) => {
        const { boundaries, size } = bucketBoundaries(window, width, bucketPx);
        expect(boundaries[0]).to.equal(window.start);
        expect(boundaries.at(-1)).to.equal(window.end);
        if (width < bucketPx) {
          expect(boundaries, 'one bucket when there is no room for more').to.have.length(2);
          return;
        }
        const pixelsPerMs = width / (window.end - window.start);
        for (let index = 1; index < boundaries.length; index++) {
          expect((boundaries[index]! - boundaries[index - 1]!) * pixelsPerMs, 'bucket width').to.be.at.least(bucketPx - 1e-6);
        }
        // Panned by any amount, the inner boundaries in both windows are the same instants.
        const shift = (window.end - window.start) * pan;
        const panned = bucketBoundaries({ start: window.start + shift, end: window.end + shift }, width, bucketPx);
        expect(panned.size).to.be.closeTo(size, size * 1e-9);
        const inner = new Set(boundaries.slice(1, -1).map((time) => Math.round(time / size)));
        for (const time of panned.boundaries.slice(1, -1)) {
          if (time > boundaries[1]! && time < boundaries.at(-2)!) expect(inner.has(Math.round(time / size)), 'shared boundary').to.equal(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives nothing for an empty window, and one bucket when the width has room for less than one', () => {
    const spans = spansOf([[10, 1], [20, 5]]);
    expect(aggregateIntoBuckets(spans, { start: T0, end: T0 }, 800, 40)).to.deep.equal([]);
    const [only, ...rest] = aggregateIntoBuckets(spans, { start: T0, end: T0 + 100 * DAY }, 30, 40);
    expect(rest).to.deep.equal([]);
    expect(only!.count).to.equal(2);
  });

  it('counts a range that began before the window in the first bucket', () => {
    const spans = spansOf([[0, 100], [50, 1], [60, 1]]);
    const window = { start: T0 + 40 * DAY, end: T0 + 80 * DAY };
    const buckets = aggregateIntoBuckets(spans, window, 400, 100);
    expect(buckets[0]!.from).to.equal(window.start);
    expect(buckets[0]!.firstStart).to.equal(window.start);
    expect(bucketMembers(spans, buckets[0]!, window)[0]).to.equal(0);
    expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).to.equal(3);
  });
});
