/**
 * The layout of an archive's bins (src/layout/archive-bins-layout.ts): a windowed source's server answered with
 * counts, and each lane draws them as count columns. What a reader relies on: a band for every lane in a kept
 * order, a column over every bin in view and only there, as tall as the bin is crowded, each a target that knows
 * its bin; lanes summed into one on a plot too low for them; every lane's rows on the plot.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { layoutArchiveBins, type ArchiveBinsInput } from '../../src/layout/archive-bins-layout.js';
import { HORIZONTAL } from '../../src/layout/geometry.js';
import type { HorizontalLayout, PlacedCluster } from '../../src/layout/horizontal-layout.js';
import type { ArchiveBin } from '../../src/model/archive-window.js';
import { layPhrases, ENGLISH_PHRASES } from '../../src/model/interface-phrases.js';
import { measure, PLOT_OF_1000 } from './seed-story.js';

const month = (year: number, number: number) => ({ start: Date.UTC(year, number - 1, 1), end: Date.UTC(year, number, 1) });
const bin = (year: number, number: number, lane: string, count: number): ArchiveBin => ({ ...month(year, number), lane, count });

/** Mid-January to the end of June 2024: January in part, February (29 days) to June whole. */
const WINDOW = { start: Date.UTC(2024, 0, 15), end: Date.UTC(2024, 6, 1) };
const FRENCH = layPhrases(ENGLISH_PHRASES, { otherLane: 'Autres' });

/** Monthly bins by category, as a server answers `lanes=category`; some before and after the window. */
const BINS: ArchiveBin[] = [
  bin(2023, 12, 'diplomacy', 40),
  bin(2024, 1, 'accusation', 3),
  bin(2024, 1, 'diplomacy', 30),
  // The busiest by rate: 29 in 29 days, fewer than March's 30 in 31.
  bin(2024, 2, 'diplomacy', 29),
  bin(2024, 3, 'diplomacy', 30),
  bin(2024, 3, 'Other', 2),
  bin(2024, 4, 'military', 12),
  bin(2024, 4, 'accusation', 6),
  bin(2024, 5, 'Other', 5),
  bin(2024, 6, 'sanctions', 1),
  bin(2024, 7, 'military', 90),
  bin(2024, 8, 'sanctions', 80),
];
const IN_VIEW = BINS.filter((placed) => placed.end > WINDOW.start && placed.start < WINDOW.end);

const input = (overrides: Partial<ArchiveBinsInput> = {}): ArchiveBinsInput => ({
  bins: BINS,
  laneOrder: ['military', 'accusation'],
  window: WINDOW,
  width: PLOT_OF_1000,
  height: 360,
  laneMode: 'category',
  locale: 'en-GB',
  phrases: FRENCH,
  measure,
  ...overrides,
});

const x = (time: number) => ((time - WINDOW.start) * PLOT_OF_1000) / (WINDOW.end - WINDOW.start);
const rate = (placed: { start: number; end: number; count: number }) => placed.count / (placed.end - placed.start);
const laneKeys = (layout: HorizontalLayout) => layout.lanes.map((placed) => placed.lane.key);
const columnsOf = (layout: HorizontalLayout, key: string) => layout.clusters.filter((cluster) => layout.lanes[cluster.lane]!.lane.key === key);
const binOf = (cluster: PlacedCluster) => ({ start: cluster.bucket!.from, end: cluster.bucket!.to });

/** The lanes stand one under the other, each with its rows, all on the plot. */
function expectStackedLanes(layout: HorizontalLayout, height: number) {
  let bottom = layout.eraStrip;
  for (const placed of layout.lanes) {
    expect(placed.rows, placed.lane.key).to.be.at.least(1);
    expect(placed.height, placed.lane.key).to.equal(placed.rows * HORIZONTAL.rowHeight);
    expect(placed.y, placed.lane.key).to.be.at.least(bottom);
    bottom = placed.y + placed.height;
  }
  expect(bottom).to.be.at.most(height);
  expect(layout.height).to.equal(bottom);
}

describe('layoutArchiveBins: monthly bins by category on a plot of 968 × 360', () => {
  const layout = layoutArchiveBins(input());

  it('gives every lane in the bins a band: the kept order first, then the others, the lane of the rest last under its localized name', () => {
    expect(layout.laneMode).to.equal('category');
    expect(laneKeys(layout)).to.deep.equal(['military', 'accusation', 'diplomacy', 'sanctions', 'Other']);
    expect(layout.lanes.map((placed) => placed.lane.label)).to.deep.equal(['military', 'accusation', 'diplomacy', 'sanctions', 'Autres']);
    expectStackedLanes(layout, 360);
  });

  it('names a lane in the kept order only when it has bins', () => {
    const withAbsent = layoutArchiveBins(input({ laneOrder: ['protest', 'diplomacy', 'Other', 'military'] }));
    expect(laneKeys(withAbsent)).to.deep.equal(['diplomacy', 'military', 'accusation', 'sanctions', 'Other']);
  });

  it('draws a column over each bin in view, in its lane, and none for a bin outside the window', () => {
    expect(layout.clusters).to.have.length(IN_VIEW.length);
    for (const placed of layout.lanes) {
      const expected = IN_VIEW.filter((one) => one.lane === placed.lane.key).map(({ start, end }) => ({ start, end }));
      expect(columnsOf(layout, placed.lane.key).map(binOf), placed.lane.key).to.deep.equal(expected);
    }
  });

  it('stands each column from its bin’s start to its end, less the gap to the next, across its lane’s rows', () => {
    for (const cluster of layout.clusters) {
      const { start, end } = binOf(cluster);
      expect(cluster.start).to.be.closeTo(x(start), 1e-9);
      expect(cluster.end).to.be.closeTo(x(end) - HORIZONTAL.columnGap, 1e-9);
      const lane = layout.lanes[cluster.lane]!;
      expect(cluster.y).to.equal(lane.y);
      expect(cluster.y + cluster.height).to.equal(lane.y + lane.height - HORIZONTAL.laneGap);
    }
  });

  it('makes each column as tall as its bin is crowded, in events a day, against the busiest bin in view', () => {
    const busiest = Math.max(...IN_VIEW.map(rate));
    for (const cluster of layout.clusters) {
      expect(cluster.density).to.be.closeTo(rate({ ...binOf(cluster), count: cluster.count }) / busiest, 1e-12);
    }
    const fullest = layout.clusters.filter((cluster) => cluster.density === 1);
    expect(fullest.map((cluster) => [cluster.count, new Date(cluster.bucket!.from).toISOString()])).to.deep.equal([[29, '2024-02-01T00:00:00.000Z']]);
  });

  it('tells each lane the most events in one of its bins in view', () => {
    expect(layout.lanes.map((placed) => [placed.lane.key, placed.peakCount])).to.deep.equal([
      ['military', 12],
      ['accusation', 6],
      ['diplomacy', 30],
      ['sanctions', 1],
      ['Other', 5],
    ]);
  });

  it('makes every column a target the server counted, which knows its bin from its first to its last instant', () => {
    for (const cluster of layout.clusters) {
      expect(cluster.remote).to.equal(true);
      const counted = IN_VIEW.find((one) => one.start === cluster.bucket!.from && one.lane === layout.lanes[cluster.lane]!.lane.key)!;
      expect(cluster.bucket).to.deep.equal({ from: counted.start, to: counted.end, count: counted.count, firstStart: counted.start, lastStart: counted.end - 1 });
      expect(cluster.count).to.equal(counted.count);
    }
    expect(new Set(layout.clusters.map((cluster) => cluster.key)).size, 'distinct keys').to.equal(layout.clusters.length);
  });

  it('places no event and draws the axis’s ticks over the window', () => {
    expect(layout.events).to.deep.equal([]);
    expect(layout.ticks.length).to.be.at.least(3);
    for (const tick of layout.ticks) {
      expect(tick.time).to.be.within(WINDOW.start, WINDOW.end);
      expect(tick.position).to.be.closeTo(x(tick.time), 1e-6);
    }
  });
});

describe('layoutArchiveBins: lanes on a low plot, many lanes, no lanes', () => {
  it('sums the lanes into one on a plot too low for a row per lane, bin by bin', () => {
    const low = layoutArchiveBins(input({ height: 100 }));
    expect(low.laneMode).to.equal('none');
    expect(laneKeys(low)).to.deep.equal(['']);
    const sums = new Map<number, number>();
    for (const one of IN_VIEW) sums.set(one.start, (sums.get(one.start) ?? 0) + one.count);
    expect(low.clusters.map((cluster) => [cluster.bucket!.from, cluster.count])).to.deep.equal([...sums]);
    expect(low.lanes[0]!.peakCount).to.equal(Math.max(...sums.values()));
    expect(low.clusters.filter((cluster) => cluster.density === 1).map((cluster) => cluster.count)).to.deep.equal([33]);
    expectStackedLanes(low, 100);
  });

  it('on a plot too low for its lanes, still asks for a height that draws them, so that an element whose height follows its content grows to them', () => {
    const low = layoutArchiveBins(input({ height: 100 }));
    const lanesHeight = 5 * HORIZONTAL.rowHeight + 4 * HORIZONTAL.laneGap;
    expect(low.wantedHeight).to.be.at.least(lanesHeight);
    expect(layoutArchiveBins(input({ height: low.wantedHeight })).laneMode).to.equal('category');
  });

  it('sums the lanes of the bins when the view draws no lanes', () => {
    const none = layoutArchiveBins(input({ laneMode: 'none' }));
    expect(none.laneMode).to.equal('none');
    expect(none.lanes.map((placed) => [placed.lane.key, placed.nameWidth])).to.deep.equal([['', 0]]);
    expect(none.clusters.map((cluster) => cluster.count)).to.deep.equal([33, 29, 32, 18, 5, 1]);
  });

  const EIGHT = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const manyLanes = (count: number, height: number) =>
    layoutArchiveBins(input({ bins: EIGHT.slice(0, count).flatMap((lane, number) => [bin(2024, 2, lane, number + 1), bin(2024, 5, lane, 2 * number + 1)]), laneOrder: [], height }));

  it('gives all eight lanes the same rows when the plot has two for each, none cut off, each with its columns', () => {
    const height = 8 * 2 * HORIZONTAL.rowHeight + 7 * HORIZONTAL.laneGap;
    const eight = manyLanes(8, height);
    expect(eight.laneMode).to.equal('category');
    expect(laneKeys(eight)).to.deep.equal(EIGHT);
    expectStackedLanes(eight, height);
    expect(new Set(eight.lanes.map((lane) => lane.rows)), 'every lane the same rows').to.deep.equal(new Set([2]));
    for (const key of EIGHT) expect(columnsOf(eight, key), key).to.have.length(2);
    // A column's bar has room above its badge's: the same height means the same rate in every lane.
    for (const cluster of eight.clusters) expect(cluster.height, cluster.key).to.be.greaterThan(HORIZONTAL.bucketBadgeRoom);
  });

  it('sums eight lanes into one on a plot too low for two rows each, and asks for the height that draws them', () => {
    const low = manyLanes(8, 360);
    expect(low.laneMode).to.equal('none');
    expect(low.lanes).to.have.length(1);
    expect(low.clusters.reduce((sum, cluster) => sum + cluster.count, 0)).to.equal(manyLanes(8, 2000).clusters.reduce((sum, cluster) => sum + cluster.count, 0));
    expect(low.wantedHeight).to.be.at.least(8 * HORIZONTAL.aggregateRows * HORIZONTAL.rowHeight);
  });

  it('asks for more height the more lanes it draws, at least the rows of a histogram for each', () => {
    const wanted = [2, 4, 6, 8].map((count) => manyLanes(count, 360).wantedHeight);
    for (let step = 1; step < wanted.length; step++) expect(wanted[step], `${2 * step + 2} lanes`).to.be.greaterThan(wanted[step - 1]!);
    const eight = manyLanes(8, 360).wantedHeight;
    expect(eight).to.be.at.least(8 * HORIZONTAL.aggregateRows * HORIZONTAL.rowHeight + 7 * HORIZONTAL.laneGap);
  });

  it('keeps a strip over the rows for the eras’ names', () => {
    const eras = [{ title: 'The treaty', start: new Date(Date.UTC(2024, 5, 19)), startPrecision: 'day' as const, startText: '2024-06-19' }];
    const withEras = layoutArchiveBins(input({ eras }));
    expect(withEras.eraStrip).to.equal(HORIZONTAL.eraStrip);
    expect(withEras.lanes[0]!.y).to.equal(HORIZONTAL.eraStrip);
    expect(withEras.eras.map((era) => era.title)).to.deep.equal(['The treaty']);
    expectStackedLanes(withEras, 360);
  });
});
