import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { HORIZONTAL, badgeWidth, clusterHolds, clusterMembers, clusterSpan, layoutHorizontal, layoutVerticalTimeline, type PlacedCluster } from '../../src/layout/timeline-layout.js';
import { EventIndex } from '../../src/layout/visible-events.js';
import type { LaneMode } from '../../src/layout/lanes.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';
import { arbitraryWindow } from './span-arbitraries.js';

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

  it('lists a "+N" cluster\'s events in time order, even where a long range\'s mark starts before points that start earlier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 20, max: 200 }), (seed, count) => {
        const index = new EventIndex(parseDataset(syntheticEvents(count, { seed, years: 1, rangeShare: 0.4 })).events);
        const layout = layoutHorizontal({ index, window: index.extent!, width: 500, height: 3 * HORIZONTAL.rowHeight, laneMode: 'none', locale: 'en-GB', measure });
        for (const cluster of layout.clusters) {
          if (!cluster.orders) continue;
          expect(cluster.orders, cluster.key).to.deep.equal([...cluster.orders].sort((a, b) => a - b));
        }
      }),
      { numRuns: 40 },
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

describe('layoutVerticalTimeline', () => {
  const index = new EventIndex(parseDataset(syntheticEvents(1000, { seed: 9 })).events);
  const window = { start: index.extent!.start, end: index.extent!.end };
  const measure = (text: string) => text.length * 7;

  it('lists a long window a page at a time: the page that holds the focused event', () => {
    for (const focusOrder of [0, 99, 100, 555, 999]) {
      const layout = layoutVerticalTimeline({ index, window, width: 360, laneMode: 'actor', locale: 'en', measure, focusOrder, maxBlocks: 100 });
      const orders = layout.blocks.map((block) => block.order);
      expect(orders, `page of ${focusOrder}`).to.include(focusOrder);
      expect(orders).to.have.length(100);
      expect(layout.earlier + orders.length + layout.later).to.equal(index.count(window));
      expect(layout.earlier).to.equal(Math.floor(focusOrder / 100) * 100);
      if (layout.earlier > 0) expect(layout.lastEarlier).to.equal(orders[0]! - 1);
      else expect(layout.lastEarlier).to.equal(undefined);
      if (layout.later > 0) expect(layout.firstLater).to.equal(orders[orders.length - 1]! + 1);
      else expect(layout.firstLater).to.equal(undefined);
      for (const block of layout.blocks) expect(block.lane).to.equal(index.lanes('actor').laneOf[block.order]);
    }
  });

  it('lists a short window whole', () => {
    const week = { start: Date.UTC(2023, 5, 1), end: Date.UTC(2023, 5, 8) };
    const layout = layoutVerticalTimeline({ index, window: week, width: 360, laneMode: 'none', locale: 'en', measure, focusOrder: 0 });
    expect(layout.blocks.map((block) => block.order)).to.deep.equal(index.visible(week));
    expect([layout.earlier, layout.later]).to.deep.equal([0, 0]);
  });
});

describe('clusterSpan', () => {
  const { events } = parseDataset([
    { id: 'siege', title: 'A long siege', start: '2024-06-02', end: '2024-06-20' },
    { id: 'talks', title: 'Talks', start: '2024-06-03' },
    { id: 'vote', title: 'Vote', start: '2024-06-04T10:00Z' },
    { id: 'strike', title: 'Strike', start: '2024-06-05', end: '2024-06-06' },
  ]);
  const index = new EventIndex(events);
  const cluster = (fields: Partial<PlacedCluster>): PlacedCluster => ({ key: 'k', lane: 0, y: 0, height: 26, start: 0, end: 40, markStart: 0, markEnd: 10, count: 0, label: '', density: 0, ...fields });

  it('runs a "+N" cluster from its first start to its last end, which may be an earlier event\'s', () => {
    expect(events.map((event) => event.id)).to.deep.equal(['siege', 'talks', 'vote', 'strike']);
    expect(clusterSpan(cluster({ orders: [0, 1, 2], count: 3 }), index)).to.deep.equal({ start: Date.UTC(2024, 5, 2), end: Date.UTC(2024, 5, 21) });
    expect(clusterSpan(cluster({ orders: [1, 2, 3], count: 3 }), index)).to.deep.equal({ start: Date.UTC(2024, 5, 3), end: Date.UTC(2024, 5, 7) });
    expect(clusterSpan(cluster({ orders: [3, 1], count: 2 }), index), 'in any order').to.deep.equal({ start: Date.UTC(2024, 5, 3), end: Date.UTC(2024, 5, 7) });
    expect(clusterSpan(cluster({ orders: [2], count: 1 }), index)).to.deep.equal({ start: Date.UTC(2024, 5, 4, 10), end: Date.UTC(2024, 5, 4, 10, 1) });
  });

  it('gives a bucket its own stretch of time', () => {
    const bucket = { from: Date.UTC(2024, 5, 1), to: Date.UTC(2024, 5, 8), count: 4, firstStart: Date.UTC(2024, 5, 2), lastStart: Date.UTC(2024, 5, 5) };
    expect(clusterSpan(cluster({ bucket, count: 4 }), index)).to.deep.equal({ start: bucket.from, end: bucket.to });
  });

  it('covers every event of the clusters layoutHorizontal makes, from a start of one to an end of one', () => {
    const crowded = new EventIndex(parseDataset(syntheticEvents(300, { seed: 5, rangeShare: 0.3 })).events);
    const measure = (text: string) => text.length * 6.5;
    fc.assert(
      fc.property(arbitraryWindow, fc.integer({ min: 200, max: 1200 }), fc.constantFrom(undefined, 0), (window, width, aggregateAbove) => {
        const layout = layoutHorizontal({ index: crowded, window, width, height: 80, laneMode: 'actor', locale: 'en', measure, aggregateAbove });
        for (const placed of layout.clusters) {
          const span = clusterSpan(placed, crowded);
          if (placed.bucket) {
            expect(span, placed.key).to.deep.equal({ start: placed.bucket.from, end: placed.bucket.to });
            continue;
          }
          for (const order of placed.orders!) {
            expect(crowded.starts[order], `${placed.key}: start of ${order}`).to.be.at.least(span.start);
            expect(crowded.ends[order], `${placed.key}: end of ${order}`).to.be.at.most(span.end);
          }
          expect(placed.orders!.some((order) => crowded.starts[order] === span.start), `${placed.key} starts with an event`).to.equal(true);
          expect(placed.orders!.some((order) => crowded.ends[order] === span.end), `${placed.key} ends with an event`).to.equal(true);
        }
      }),
      { numRuns: 50 },
    );
  });
});
