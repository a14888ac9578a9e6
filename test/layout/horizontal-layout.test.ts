/**
 * The horizontal layout (src/layout/horizontal-layout.ts): what a reader of the chart relies on. The
 * seed story opens on its events, not on its empty years; labels are whole where there is room; key events stay
 * in sight; crowds draw as marks while they fit, then as calendar columns; every event is somewhere.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { findBreaks, NO_BREAKS, type TimeFold } from '../../src/layout/axis-breaks.js';
import { HORIZONTAL } from '../../src/layout/geometry.js';
import { clusterHolds, clusterMembers, clusterSpan } from '../../src/layout/cluster-queries.js';
import { layoutHorizontal, type HorizontalLayout, type PlacedCluster } from '../../src/layout/horizontal-layout.js';
import { markKindOf } from '../../src/layout/mark-kind.js';
import { fitWindow, type TimeWindow } from '../../src/layout/time-window.js';
import { EventIndex } from '../../src/layout/visible-events.js';
import type { LaneMode } from '../../src/layout/lanes.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { NormalizedEvent } from '../../src/model/types.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';
import { PLOT_OF_1000, measure, openingWindow, seedFold, seedIndex } from './seed-story.js';
import { marksDeep } from './mark-depth.js';
import { arbitraryWindow } from './span-arbitraries.js';

const DAY = 86_400_000;

/** The text an event's label shows: a band's date before its title. */
const labelText = (placed: HorizontalLayout['events'][number]) => (placed.datePrefix ? `${placed.datePrefix} · ${placed.event.title}` : placed.event.title);
/** The width of an event's label box, whole: its text as measured, padded on both sides. */
const wholeLabel = (placed: HorizontalLayout['events'][number]) => Math.ceil(measure(labelText(placed), placed.key ? 'strong' : 'label')) + 2 * HORIZONTAL.labelPadding;

/** A folded window over an index: from a day to twice the span of its events, anywhere over them. */
const arbitraryFoldedWindow = (index: EventIndex, fold: TimeFold) => {
  const extent = fold.foldWindow(index.extent!);
  const whole = extent.end - extent.start;
  return fc.record({ at: fc.double({ min: -0.1, max: 1.1, noNaN: true }), span: fc.double({ min: Math.log(DAY), max: Math.log(2 * whole), noNaN: true }) }).map(({ at, span }): TimeWindow => {
    const length = Math.exp(span);
    const start = extent.start + at * whole - length / 2;
    return { start, end: start + length };
  });
};

const seedLayout = (window: TimeWindow, width: number, height: number, fold: TimeFold = seedFold, laneMode: LaneMode = 'actor') =>
  layoutHorizontal({ index: seedIndex, window, width, height, laneMode, locale: 'en-GB', measure, fold });

const isKey = (order: number) => seedIndex.events[order]!.importance === 'key';

/** Where an event's mark stands: a point's dot around its day, a bar or band from its start to its end. */
function markSpan(event: NormalizedEvent, x: (time: number) => number): { markStart: number; markEnd: number } {
  const start = x(event.start.getTime());
  if (markKindOf(event) === 'point') return { markStart: start - HORIZONTAL.pointRadius, markEnd: start + HORIZONTAL.pointRadius };
  return { markStart: start, markEnd: Math.max(x(event.end.getTime()), start + 2) };
}

describe('layoutHorizontal: the seed story at 1000 × 600 with lanes by actor', () => {
  const window = openingWindow(seedIndex, seedFold);
  const layout = seedLayout(window, PLOT_OF_1000, 600);

  it('gives the story from September 2022 at least 60% of the plot, with the 2000 visit still on it', () => {
    const story = layout.events.filter((placed) => placed.event.start.getTime() >= Date.UTC(2022, 8, 1));
    expect(story, 'the events from September 2022').to.have.length(seedIndex.events.filter((event) => event.start.getTime() >= Date.UTC(2022, 8, 1)).length);
    expect(story.length).to.be.at.least(16);
    const from = Math.min(...story.map((placed) => placed.markStart));
    const to = Math.max(...story.map((placed) => placed.markEnd));
    expect((to - from) / PLOT_OF_1000, 'share of the plot').to.be.at.least(0.6);
    const visit = layout.events.find((placed) => placed.event.id === 'putin-visit-2000');
    expect(visit, 'the 2000 visit is drawn').to.not.equal(undefined);
    expect(visit!.markStart).to.be.at.least(0);
    expect(visit!.markEnd).to.be.below(from);
    // Without breaks, the same window over the same events squeezes the story into the last few pixels.
    const linear = seedLayout(fitWindow(seedIndex.extent!), PLOT_OF_1000, 600, NO_BREAKS);
    const squeezed = linear.events.filter((placed) => placed.event.start.getTime() >= Date.UTC(2022, 8, 1));
    expect((Math.max(...squeezed.map((placed) => placed.markEnd)) - Math.min(...squeezed.map((placed) => placed.markStart))) / PLOT_OF_1000).to.be.below(0.2);
  });

  it('draws the one break between the 2000 visit and the story, clear of every mark', () => {
    expect(layout.breaks).to.have.length(1);
    const [axisBreak] = layout.breaks;
    const visit = seedIndex.indexOf('putin-visit-2000');
    expect(axisBreak!.emptyFrom, 'from the end of the 2000 visit').to.equal(seedIndex.ends[visit]);
    expect(axisBreak!.emptyTo, 'to the start of the next event').to.equal(seedIndex.starts[visit + 1]);
    expect(new Date(axisBreak!.emptyTo).toISOString().slice(0, 7)).to.equal('2022-09');
    expect(axisBreak!.end).to.be.above(axisBreak!.start);
    for (const placed of layout.events) expect(placed.markEnd <= axisBreak!.start || placed.markStart >= axisBreak!.end, placed.event.id).to.equal(true);
    expect(seedLayout(fitWindow(seedIndex.extent!), PLOT_OF_1000, 600, NO_BREAKS).breaks, 'breaks="none"').to.deep.equal([]);
  });

  it('labels every event whole, key events in bold, each lane\'s name in its first row', () => {
    expect(layout.clusters).to.deep.equal([]);
    expect(layout.events).to.have.length(seedIndex.size);
    for (const placed of layout.events) {
      expect(placed.labelled, placed.event.id).to.equal(true);
      expect(placed.labelWidth, `${placed.event.id}: whole`).to.equal(Math.min(wholeLabel(placed), HORIZONTAL.maxLabelWidth));
      expect(placed.key, placed.event.id).to.equal(isKey(placed.order));
    }
    expect(layout.events.filter((placed) => placed.key).map((placed) => placed.event.id)).to.deep.equal(['treaty-signed', 'donetsk-strike', 'spa-session', 'deployment-forecast']);
    expect(layout.lanes.length, 'a lane for each first actor').to.be.at.least(5);
    for (const lane of layout.lanes) expect(lane.nameWidth, lane.lane.label).to.be.at.least(measure(lane.lane.label.toUpperCase(), 'lane'));
    expect(layout.height, 'fits the 600 px').to.be.at.most(600);
  });

  it('sits each label after its mark, flipping only near the end of the plot', () => {
    for (const placed of layout.events) {
      if (placed.labelFlipped) {
        expect(placed.labelStart + placed.labelWidth, `${placed.event.id} ends before its mark`).to.be.at.most(placed.markStart);
        expect(placed.markStart + 2 * HORIZONTAL.pointRadius + wholeLabel(placed), `${placed.event.id} would run past the end`).to.be.above(PLOT_OF_1000);
      } else {
        expect(placed.labelStart, `${placed.event.id} starts after its mark begins`).to.be.at.least(placed.markStart);
      }
    }
  });

  it('asks for the height that labels every event, and gets it when given', () => {
    const again = seedLayout(window, PLOT_OF_1000, layout.wantedHeight);
    expect(again.clusters).to.deep.equal([]);
    expect(again.events.map((placed) => [placed.event.id, placed.labelled])).to.deep.equal(seedIndex.events.map((event) => [event.id, true]));
    expect(again.height).to.equal(layout.wantedHeight);
    const short = seedLayout(window, PLOT_OF_1000, layout.wantedHeight - HORIZONTAL.rowHeight);
    expect(short.events.every((placed) => placed.labelled) && short.clusters.length === 0, 'a row less does not label every event').to.equal(false);
  });
});

describe('layoutHorizontal: break labels', () => {
  it('writes the seed\'s break in full, clear of the ticks\' labels', () => {
    const layout = seedLayout(openingWindow(seedIndex, seedFold), PLOT_OF_1000, 600);
    expect(layout.breaks.map((axisBreak) => axisBreak.label)).to.deep.equal(['⋯ 22 years ⋯']);
  });

  it('shortens a break\'s label to "⋯" where the whole one would cover the year of a short stretch after it', () => {
    // A story of the Korean War, then one summit in 2000 and one in 2018: two breaks, each followed by a
    // stretch that is only its year's tick.
    const days = ['1945-08-15', '1948-08-15', '1950-06-25', '1950-09-15', '1951-07-10', '1953-07-27', '2000-06-13', '2018-04-27'];
    const events = parseDataset(days.map((start, number) => ({ id: `e${number}`, title: `Event ${number}`, start }))).events;
    const index = new EventIndex(events);
    const fold = findBreaks(index.starts, index.ends);
    const layout = layoutHorizontal({ index, window: fitWindow(fold.foldWindow(index.extent!)), width: 968, height: 600, laneMode: 'none', locale: 'en-GB', measure, fold });
    expect(layout.breaks.map((axisBreak) => axisBreak.label)).to.deep.equal(['⋯', '⋯']);
    const years = layout.ticks.map((tick) => tick.label);
    expect(years, 'each stretch says its year').to.include.members(['2000', '2018']);
  });
});

describe('layoutHorizontal: a plot too low for its lanes', () => {
  const window = openingWindow(seedIndex, seedFold);
  const lanes = seedLayout(window, PLOT_OF_1000, 600).lanes.length;
  const tooLow = lanes * HORIZONTAL.rowHeight - 1;

  it('draws every event in one lane, inside the plot, when there is no row for each lane', () => {
    const low = seedLayout(window, PLOT_OF_1000, tooLow);
    expect(low.laneMode).to.equal('none');
    expect(low.lanes).to.have.length(1);
    const bottoms = [...low.events.map((placed) => placed.y + HORIZONTAL.rowHeight), ...low.clusters.map((cluster) => cluster.y + cluster.height)];
    expect(Math.max(...bottoms), 'the lowest row drawn').to.be.at.most(tooLow);
    expect(low.events.length, 'events drawn').to.be.above(0);
    // Clusters are read back in the lanes the layout drew.
    for (const cluster of low.clusters) expect(clusterMembers(cluster, seedIndex, low.laneMode, window)).to.have.length(cluster.count);
  });

  it('keeps the lanes while there is a row for each', () => {
    const enough = seedLayout(window, PLOT_OF_1000, lanes * HORIZONTAL.rowHeight + (lanes - 1) * HORIZONTAL.laneGap);
    expect(enough.laneMode).to.equal('actor');
    expect(enough.lanes).to.have.length(lanes);
  });
});

describe('layoutHorizontal: the seed story at any window and size', () => {
  const anyView = fc.tuple(arbitraryFoldedWindow(seedIndex, seedFold), fc.integer({ min: 320, max: 1600 }), fc.integer({ min: 26, max: 800 }), fc.constantFrom<LaneMode>('actor', 'none', 'category'));

  it('cuts no label while its row has room for it: only at the plot\'s edges or at the widest label', () => {
    fc.assert(
      fc.property(anyView, ([window, width, height, laneMode]) => {
        const layout = seedLayout(window, width, height, seedFold, laneMode);
        for (const placed of layout.events) {
          if (!placed.labelled) continue;
          const wanted = Math.min(wholeLabel(placed), HORIZONTAL.maxLabelWidth);
          expect(placed.labelWidth, placed.event.id).to.be.at.most(wanted);
          if (placed.labelWidth === wanted) continue;
          const atAnEdge = placed.labelStart <= 1e-9 || placed.labelStart + placed.labelWidth >= width - 1e-9;
          expect(atAnEdge, `${placed.event.id} cut to ${placed.labelWidth} of ${wanted} at [${placed.labelStart}, ${placed.labelStart + placed.labelWidth}]`).to.equal(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never folds a key event into a "+N" cluster or a count column while the key events have room as marks', () => {
    // A lane of two rows or more keeps a row for its clusters when anything folds; its key events give way only
    // where more of them stand together than the other rows hold. (Lanes of one row: see the report for issue 12.)
    fc.assert(
      fc.property(anyView, ([window, width, height, laneMode]) => {
        const layout = seedLayout(window, width, height, seedFold, laneMode);
        const real = seedFold.unfoldWindow(window);
        const x = (time: number) => ((seedFold.fold(time) - window.start) / (window.end - window.start)) * width;
        const { laneOf } = seedIndex.lanes(laneMode);
        layout.lanes.forEach((lane, laneNumber) => {
          if (lane.rows < 2) return;
          const keys = seedIndex.keyOrders.filter((order) => laneOf[order] === laneNumber && seedIndex.starts[order]! < real.end && seedIndex.ends[order]! > real.start);
          const marks = keys.map((order) => markSpan(seedIndex.events[order]!, x));
          if (marksDeep(marks, HORIZONTAL.gap) > lane.rows - 1) return;
          for (const cluster of layout.clusters) {
            if (cluster.lane !== laneNumber || cluster.overlay) continue;
            for (const order of keys) expect(clusterHolds(cluster, order, seedIndex, laneMode, real), `${seedIndex.events[order]!.id} in ${cluster.key}`).to.equal(false);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('draws every key event in view with its own mark when there is height to spare', () => {
    fc.assert(
      fc.property(anyView, ([window, width, , laneMode]) => {
        const layout = seedLayout(window, width, 800, seedFold, laneMode);
        const real = seedFold.unfoldWindow(window);
        const drawn = new Map(layout.events.map((placed) => [placed.order, placed]));
        for (const order of seedIndex.keyOrders) {
          if (!(seedIndex.starts[order]! < real.end && seedIndex.ends[order]! > real.start)) continue;
          expect(drawn.get(order)?.key, seedIndex.events[order]!.id).to.equal(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every lane\'s name clear of the events in its first row', () => {
    fc.assert(
      fc.property(anyView, ([window, width, height]) => {
        const layout = seedLayout(window, width, height, seedFold, 'actor');
        // A plot too low for a row per lane draws one lane, with no name.
        if (layout.laneMode === 'none') expect(layout.lanes.map((lane) => lane.nameWidth)).to.deep.equal([0]);
        if (layout.laneMode === 'none') return;
        layout.lanes.forEach((lane, laneNumber) => {
          expect(lane.nameWidth, lane.lane.label).to.be.above(0);
          const clear = (start: number, end: number) => end <= 0 || start >= lane.nameWidth + HORIZONTAL.gap;
          for (const placed of layout.events) {
            if (placed.lane !== laneNumber || placed.y !== lane.y) continue;
            expect(clear(placed.claimStart, placed.claimEnd), `${placed.event.id} [${placed.claimStart}, ${placed.claimEnd}] and ${lane.lane.label} [0, ${lane.nameWidth}]`).to.equal(true);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('asks for a height that labels every event in view when given', () => {
    fc.assert(
      fc.property(anyView, ([window, width, , laneMode]) => {
        const wanted = seedLayout(window, width, 100, seedFold, laneMode).wantedHeight;
        const layout = seedLayout(window, width, wanted, seedFold, laneMode);
        expect(layout.clusters, 'clusters').to.deep.equal([]);
        expect(layout.events.filter((placed) => !placed.labelled).map((placed) => placed.event.id), 'unlabelled').to.deep.equal([]);
        expect(layout.events.map((placed) => placed.order)).to.deep.equal(seedIndex.visible(seedFold.unfoldWindow(window)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('layoutHorizontal: crowds', () => {
  const twoYears = { start: Date.UTC(2023, 0, 1), end: Date.UTC(2025, 0, 1) };
  const thousand = new EventIndex(parseDataset(syntheticEvents(1000, { seed: 12 })).events);
  const tenThousand = new EventIndex(parseDataset(syntheticEvents(10_000, { seed: 12 })).events);

  it('draws 1,000 events over two years at 1,200 × 660 as marks, one for each, with no "+N" and no columns', () => {
    const layout = layoutHorizontal({ index: thousand, window: twoYears, width: 1200, height: 660, laneMode: 'none', locale: 'en-GB', measure });
    const drawn = [...layout.events.map((placed) => placed.order), ...layout.crowdMarks.map((mark) => mark.order)].sort((a, b) => a - b);
    expect(drawn, 'every event drawn once').to.deep.equal(thousand.visible(twoYears));
    expect(layout.clusters.filter((cluster) => cluster.orders), '"+N" clusters').to.deep.equal([]);
    expect(layout.clusters.filter((cluster) => cluster.bucket && !cluster.overlay), 'count columns').to.deep.equal([]);
    expect(layout.height).to.be.at.most(660);
    for (const mark of layout.crowdMarks) {
      expect(mark.x + mark.width, `mark of ${mark.order} in the plot`).to.be.at.least(0);
      expect(mark.x, `mark of ${mark.order} in the plot`).to.be.at.most(1200);
      expect(mark.y + 2, `mark of ${mark.order} stays in the plot`).to.be.at.most(layout.height);
    }
  });

  it('measures the titles of only the few events it tried to label before drawing the 1,000 as a crowd', () => {
    const measured = new Set<string>();
    const counting: typeof measure = (text, style) => {
      measured.add(text);
      return measure(text, style);
    };
    const layout = layoutHorizontal({ index: thousand, window: twoYears, width: 1200, height: 660, laneMode: 'none', locale: 'en-GB', measure: counting });
    expect(layout.crowdMarks.length, 'drawn as a crowd').to.be.above(900);
    expect(measured.size, 'titles measured').to.be.below(100);
    const labelled = layout.events.filter((placed) => placed.labelled);
    for (const placed of labelled) expect(measured.has(labelText(placed)), `${placed.event.id}'s label measured`).to.equal(true);
  });

  it('counts 10,000 events over two years into columns that start and end on months or weeks', () => {
    for (const width of [1200, 640]) {
      const layout = layoutHorizontal({ index: tenThousand, window: twoYears, width, height: 660, laneMode: 'none', locale: 'en-GB', measure });
      const columns = layout.clusters.filter((cluster) => cluster.bucket && !cluster.overlay);
      expect(columns.length, `columns at ${width} px`).to.be.within(12, 110);
      expect(columns.reduce((sum, column) => sum + column.count, 0), 'every event counted').to.equal(tenThousand.count(twoYears));
      for (const column of columns) {
        for (const edge of [column.bucket!.from, column.bucket!.to]) {
          if (edge === twoYears.start || edge === twoYears.end) continue;
          const day = new Date(edge);
          const calendar = day.getUTCHours() === 0 && day.getUTCMinutes() === 0 && (day.getUTCDate() === 1 || day.getUTCDay() === 1);
          expect(calendar, `${column.key} edge ${day.toISOString()}`).to.equal(true);
        }
        expect(column.density).to.be.within(0, 1);
      }
      expect(layout.ticks.length).to.be.above(2);
      for (const tick of layout.ticks) {
        const across = columns.filter((column) => column.bucket!.from < tick.time && column.bucket!.to > tick.time);
        expect(across.map((column) => column.key), `columns across the tick ${new Date(tick.time).toISOString()}`).to.deep.equal([]);
      }
    }
  });

  it('accounts for every event in the window once: drawn, in a crowd, in a "+N" cluster or in a column', () => {
    const small = [300, 3000].map((count) => new EventIndex(parseDataset(syntheticEvents(count, { seed: count, rangeShare: 0.2 })).events));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...small),
          fc
            .record({ count: fc.integer({ min: 0, max: 800 }), seed: fc.integer({ min: 1, max: 1_000_000 }), years: fc.integer({ min: 1, max: 5 }), rangeShare: fc.double({ min: 0, max: 1, noNaN: true }) })
            .map(({ count, ...options }) => new EventIndex(parseDataset(syntheticEvents(count, options)).events)),
        ),
        fc.constantFrom<LaneMode>('none', 'actor', 'category'),
        arbitraryWindow,
        fc.integer({ min: 200, max: 1600 }),
        fc.integer({ min: 26, max: 800 }),
        (index, laneMode, window, width, height) => {
          const layout = layoutHorizontal({ index, window, width, height, laneMode, locale: 'en', measure });
          const visible = index.visible(window);
          const drawn = new Set(layout.events.map((placed) => placed.order));
          const crowd = new Set(layout.crowdMarks.map((mark) => mark.order));
          for (const order of visible) {
            const folded = layout.clusters.filter((cluster) => !cluster.overlay && clusterHolds(cluster, order, index, layout.laneMode, window)).length;
            const places = folded + (drawn.has(order) ? 1 : 0) + (crowd.has(order) ? 1 : 0);
            expect(places, `places of event ${order}`).to.equal(1);
            if (crowd.has(order)) {
              const targets = layout.clusters.filter((cluster) => cluster.overlay && clusterHolds(cluster, order, index, layout.laneMode, window)).length;
              expect(targets, `the bin a reader points at for event ${order}`).to.equal(1);
            }
          }
          expect(drawn.size + crowd.size + layout.clusters.filter((cluster) => !cluster.overlay).reduce((sum, cluster) => sum + cluster.count, 0), 'no event outside the window').to.equal(visible.length);
          for (const cluster of layout.clusters) {
            expect(clusterMembers(cluster, index, layout.laneMode, window), cluster.key).to.have.length(cluster.count);
            expect(cluster.label).to.equal(`+${cluster.count}`);
            const lane = layout.lanes[cluster.lane]!;
            expect(cluster.y + cluster.height, `${cluster.key} stays in its lane`).to.be.at.most(lane.y + lane.height + 1e-9);
          }
          expect(new Set(layout.clusters.map((cluster) => cluster.key)).size, 'cluster keys are unique').to.equal(layout.clusters.length);
        },
      ),
      { numRuns: 150 },
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

  it('keeps columns of a lane apart, and in their lane', () => {
    fc.assert(
      fc.property(fc.constantFrom<LaneMode>('none', 'actor'), arbitraryWindow, fc.integer({ min: 200, max: 1600 }), fc.integer({ min: 26, max: 700 }), (laneMode, window, width, height) => {
        const { clusters, lanes } = layoutHorizontal({ index: tenThousand, window, width, height, laneMode, locale: 'en', measure });
        for (const a of clusters) {
          const lane = lanes[a.lane]!;
          expect(a.y, `${a.key} stays in its lane`).to.be.at.least(lane.y);
          expect(a.y + a.height, `${a.key} stays in its lane`).to.be.at.most(lane.y + lane.height + 1e-9);
          expect(a.end, a.key).to.be.above(a.start);
          for (const b of clusters) {
            if (a === b || a.lane !== b.lane || a.y !== b.y) continue;
            expect(a.end <= b.start || b.end <= a.start, `${a.key} [${a.start}, ${a.end}] and ${b.key} [${b.start}, ${b.end}]`).to.equal(true);
          }
        }
      }),
      { numRuns: 60 },
    );
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
    fc.assert(
      fc.property(arbitraryWindow, fc.integer({ min: 200, max: 1200 }), fc.constantFrom(80, 400), (window, width, height) => {
        const layout = layoutHorizontal({ index: crowded, window, width, height, laneMode: 'actor', locale: 'en', measure });
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
