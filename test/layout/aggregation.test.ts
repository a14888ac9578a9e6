import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { aggregateIntoBuckets, bucketBoundaries, bucketHolds, bucketMembers } from '../../src/layout/aggregation.js';
import { HORIZONTAL, badgeWidth, clusterHolds, clusterMembers, layoutHorizontal } from '../../src/layout/timeline-layout.js';
import { EventIndex, SortedSpans } from '../../src/layout/visible-events.js';
import type { LaneMode } from '../../src/layout/lanes.js';
import type { TimeWindow } from '../../src/layout/time-window.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2023, 0, 1);

/** Spans of [start, end) in days from 2023-01-01, sorted by start as an index needs them. */
function spansOf(days: [number, number][]): SortedSpans {
  const sorted = [...days].sort((a, b) => a[0] - b[0]);
  return new SortedSpans(
    Float64Array.from(sorted, ([start]) => T0 + start * DAY),
    Float64Array.from(sorted, ([start, length]) => T0 + (start + length) * DAY),
  );
}

/** Brute force: the positions of the spans overlapping a window. */
function overlapping(spans: SortedSpans, window: TimeWindow): number[] {
  const positions: number[] = [];
  for (let position = 0; position < spans.size; position++) {
    if (spans.ends[position]! > window.start && spans.starts[position]! < window.end) positions.push(position);
  }
  return positions;
}

const arbitrarySpans = fc.array(fc.tuple(fc.integer({ min: 0, max: 730 }), fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 120 }))), { maxLength: 400 });
const arbitraryWindow = fc
  .tuple(fc.double({ min: -200, max: 900, noNaN: true }), fc.double({ min: 1 / 24, max: 1500, noNaN: true }))
  .map(([start, length]): TimeWindow => ({ start: T0 + start * DAY, end: T0 + (start + length) * DAY }));

describe('aggregateIntoBuckets', () => {
  it('counts every event overlapping the window exactly once, at any window', () => {
    fc.assert(
      fc.property(arbitrarySpans, arbitraryWindow, fc.integer({ min: 40, max: 1600 }), fc.integer({ min: 20, max: 120 }), (days, window, width, bucketPx) => {
        const spans = spansOf(days);
        const buckets = aggregateIntoBuckets(spans, window, width, bucketPx);
        const visible = overlapping(spans, window);
        expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0), 'counted').to.equal(visible.length);
        expect(spans.count(window), 'count').to.equal(visible.length);
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

describe('layoutHorizontal with aggregation', () => {
  const measure = (text: string) => text.length * 6.5;
  const datasets = [300, 3000].map((count) => new EventIndex(parseDataset(syntheticEvents(count, { seed: count, rangeShare: 0.2 })).events));

  it('accounts for every event in the window exactly once, drawn or in one cluster, at any window and lane mode', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...datasets),
          fc
            .record({ count: fc.integer({ min: 0, max: 800 }), seed: fc.integer({ min: 1, max: 1_000_000 }), years: fc.integer({ min: 1, max: 5 }), rangeShare: fc.double({ min: 0, max: 1, noNaN: true }) })
            .map(({ count, ...options }) => new EventIndex(parseDataset(syntheticEvents(count, options)).events)),
        ),
        fc.constantFrom<LaneMode>('none', 'actor', 'category'),
        arbitraryWindow,
        fc.integer({ min: 200, max: 1600 }),
        fc.constantFrom(undefined, 0, 10, 50),
        (index, laneMode, window, width, aggregateAbove) => {
          const layout = layoutHorizontal({ index, window, width, height: 600, laneMode, locale: 'en', measure, aggregateAbove });
          const visible = index.visible(window);
          const drawn = new Set(layout.events.map((placed) => placed.order));
          const counted = layout.events.length + layout.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
          expect(counted, 'drawn + clustered').to.equal(visible.length);
          for (const order of visible) {
            const holders = layout.clusters.filter((cluster) => clusterHolds(cluster, order, index, laneMode, window)).length;
            expect(holders + (drawn.has(order) ? 1 : 0), `places of event ${order}`).to.equal(1);
          }
          for (const cluster of layout.clusters) {
            expect(clusterMembers(cluster, index, laneMode, window), cluster.key).to.have.length(cluster.count);
            expect(cluster.label).to.equal(`+${cluster.count}`);
          }
          expect(new Set(layout.clusters.map((cluster) => cluster.key)).size, 'cluster keys are unique').to.equal(layout.clusters.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives each bucket a column of its own, wide enough for its badge', () => {
    fc.assert(
      fc.property(fc.constantFrom(...datasets), fc.constantFrom<LaneMode>('none', 'actor'), arbitraryWindow, fc.integer({ min: 200, max: 1600 }), (index, laneMode, window, width) => {
        const { clusters, lanes } = layoutHorizontal({ index, window, width, height: 600, laneMode, locale: 'en', measure, aggregateAbove: 0 });
        for (const a of clusters) {
          expect(a.bucket, a.key).to.not.equal(undefined);
          if (width >= 2 * HORIZONTAL.clusterWidth) expect(a.end - a.start, `column of ${a.key}`).to.be.at.least(badgeWidth(a.label, measure) - 1e-6);
          expect(a.density).to.be.within(0, 1);
          const lane = lanes[a.lane]!;
          expect(a.y + a.height, `${a.key} stays in its lane`).to.be.at.most(lane.y + lane.height);
          for (const b of clusters) {
            if (a === b || a.lane !== b.lane) continue;
            expect(a.end <= b.start || b.end <= a.start, `${a.key} [${a.start}, ${a.end}] and ${b.key} [${b.start}, ${b.end}]`).to.equal(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('aggregates a crowded lane into buckets and labels a sparse one', () => {
    const index = datasets[1]!;
    const fitted = { start: index.extent!.start, end: index.extent!.end };
    const crowded = layoutHorizontal({ index, window: fitted, width: 1000, height: 600, laneMode: 'none', locale: 'en', measure });
    expect(crowded.events).to.deep.equal([]);
    expect(crowded.clusters.every((cluster) => cluster.bucket !== undefined)).to.equal(true);
    expect(crowded.clusters.length).to.be.within(5, 30);
    const week = { start: Date.UTC(2023, 5, 1), end: Date.UTC(2023, 5, 8) };
    const sparse = layoutHorizontal({ index, window: week, width: 1000, height: 600, laneMode: 'none', locale: 'en', measure });
    expect(sparse.events.length).to.be.greaterThan(0);
    expect(sparse.clusters.every((cluster) => cluster.bucket === undefined)).to.equal(true);
  });
});

describe('SortedSpans', () => {
  it('finds the first span still running at a time, and the spans overlapping a window, as a scan would', () => {
    fc.assert(
      fc.property(arbitrarySpans, arbitraryWindow, (days, window) => {
        const spans = spansOf(days);
        let firstRunning = 0;
        while (firstRunning < spans.size && !(spans.ends[firstRunning]! > window.start)) firstRunning++;
        expect(spans.firstRunningAfter(window.start), 'first running').to.equal(firstRunning);
        expect(spans.visible(window), 'visible').to.deep.equal(overlapping(spans, window));
      }),
    );
  });
});

describe('EventIndex', () => {
  it('finds events by id, counts those in a window, and keeps its lanes per mode', () => {
    const index = new EventIndex(parseDataset(syntheticEvents(500, { seed: 3 })).events);
    expect(index.indexOf(index.events[123]!.id)).to.equal(123);
    expect(index.indexOf('no such id')).to.equal(-1);
    const window = { start: Date.UTC(2023, 3, 1), end: Date.UTC(2023, 6, 1) };
    expect(index.count(window)).to.equal(index.visible(window).length);
    expect(index.lanes('actor')).to.equal(index.lanes('actor'));
    const { spans, laneOf } = index.lanes('actor');
    expect(spans.reduce((sum, lane) => sum + lane.count(window), 0)).to.equal(index.count(window));
    spans.forEach((lane, number) => {
      for (const order of lane.visible(window)) expect(laneOf[order]).to.equal(number);
    });
  });
});
