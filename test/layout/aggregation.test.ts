import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { aggregateIntoBins, bucketHolds, bucketMembers, countLabel, type Bucket } from '../../src/layout/aggregation.js';
import { binLevel, unitEdges } from '../../src/layout/ticks.js';
import type { TimeWindow } from '../../src/layout/time-window.js';
import { SortedSpans } from '../../src/layout/visible-events.js';
import { DAY, T0, arbitrarySpans, arbitraryWindow, overlapping, spansOf } from './span-arbitraries.js';

/**
 * A window cut into stretches, as an axis with breaks cuts it: between the stretches, gaps that no event
 * overlaps; inside each, its own ascending edges from its start to its end.
 */
const arbitraryStretches = fc
  .tuple(arbitraryWindow, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }))
  .map(([window, gapCuts, edgeCuts]) => {
    // An even number of cuts: each pair is a gap, folded away.
    const cuts = [...new Set(gapCuts.map((cut) => window.start + cut * (window.end - window.start)))].sort((a, b) => a - b).slice(0, gapCuts.length & ~1);
    const gaps: TimeWindow[] = [];
    for (let number = 0; number + 1 < cuts.length; number += 2) if (cuts[number + 1]! > cuts[number]!) gaps.push({ start: cuts[number]!, end: cuts[number + 1]! });
    const stretches: TimeWindow[] = [];
    let start = window.start;
    for (const gap of gaps) {
      if (gap.start > start) stretches.push({ start, end: gap.start });
      start = gap.end;
    }
    if (window.end > start) stretches.push({ start, end: window.end });
    const inner = edgeCuts.map((cut) => window.start + cut * (window.end - window.start));
    const edges = stretches.map((stretch) => [stretch.start, ...[...new Set(inner.filter((time) => time > stretch.start && time < stretch.end))].sort((a, b) => a - b), stretch.end]);
    return { window, gaps, edges };
  });

/** The spans that overlap no gap: an axis folds away only stretches without events. */
function outsideGaps(days: [number, number][], gaps: readonly TimeWindow[]): SortedSpans {
  const kept = days.filter(([start, length]) => gaps.every((gap) => !(T0 + (start + length) * DAY > gap.start && T0 + start * DAY < gap.end)));
  return spansOf(kept);
}

/** Brute force: for each bin (a pair of neighbouring edges of one stretch), the positions of the spans it holds. */
function scanBins(spans: SortedSpans, window: TimeWindow, edges: readonly (readonly number[])[]) {
  const bins: { from: number; to: number; positions: number[] }[] = [];
  for (const stretch of edges) for (let number = 0; number + 1 < stretch.length; number++) bins.push({ from: stretch[number]!, to: stretch[number + 1]!, positions: [] });
  for (const position of overlapping(spans, window)) {
    const clamped = Math.max(spans.starts[position]!, window.start);
    bins.find((bin) => clamped >= bin.from && clamped < bin.to)?.positions.push(position);
  }
  return bins;
}

function expectMembersConsistent(spans: SortedSpans, bucket: Bucket, window: TimeWindow) {
  const members = bucketMembers(spans, bucket, window);
  expect(members, 'members').to.have.length(bucket.count);
  expect(new Set(members).size, 'members are distinct').to.equal(members.length);
  for (const position of members) expect(bucketHolds(bucket, window, spans.starts[position]!, spans.ends[position]!)).to.equal(true);
  expect(bucket.firstStart).to.be.at.most(bucket.lastStart);
  expect(bucket.firstStart).to.be.at.least(bucket.from);
  expect(bucket.lastStart).to.be.below(bucket.to);
  expect(bucketMembers(spans, bucket, window, 3)).to.deep.equal(members.slice(0, 3));
}

describe('aggregateIntoBins', () => {
  it('counts every event overlapping the window exactly once, in the bin that holds its start, as a scan would', () => {
    fc.assert(
      fc.property(arbitrarySpans, arbitraryStretches, (days, { window, gaps, edges }) => {
        const spans = outsideGaps(days, gaps);
        const bins = aggregateIntoBins(spans, window, edges);
        const visible = overlapping(spans, window);
        expect(bins.reduce((sum, bin) => sum + bin.count, 0), 'counted').to.equal(visible.length);
        const scanned = scanBins(spans, window, edges);
        // Bins lie on the edges given, in order, and only those with events are kept.
        expect(
          bins.map((bin) => [bin.from, bin.to, bin.count]),
          'bins',
        ).to.deep.equal(scanned.filter((bin) => bin.positions.length > 0).map((bin) => [bin.from, bin.to, bin.positions.length]));
        for (const position of visible) {
          const holders = bins.filter((bin) => bucketHolds(bin, window, spans.starts[position]!, spans.ends[position]!));
          expect(holders, `bins holding span ${position}`).to.have.length(1);
        }
        for (const bin of bins) {
          expect(bin.count, 'no empty bin').to.be.above(0);
          expectMembersConsistent(spans, bin, window);
          expect(bucketMembers(spans, bin, window), `members of [${bin.from}, ${bin.to})`).to.deep.equal(scanned.find((scan) => scan.from === bin.from)!.positions);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('counts events into the calendar months the axis ticks at, leaving empty months out', () => {
    const spans = new SortedSpans(
      Float64Array.from([Date.UTC(2024, 0, 5), Date.UTC(2024, 0, 31, 23), Date.UTC(2024, 1, 1), Date.UTC(2024, 3, 10)]),
      Float64Array.from([Date.UTC(2024, 0, 6), Date.UTC(2024, 1, 1), Date.UTC(2024, 1, 2), Date.UTC(2024, 3, 11)]),
    );
    const window = { start: Date.UTC(2023, 11, 15), end: Date.UTC(2024, 5, 15) };
    const level = binLevel(window, 400, 64, 24);
    expect(level.unit).to.equal('month');
    const bins = aggregateIntoBins(spans, window, [unitEdges(level, window)]);
    expect(bins.map((bin) => [new Date(bin.from).toISOString().slice(0, 10), new Date(bin.to).toISOString().slice(0, 10), bin.count])).to.deep.equal([
      ['2024-01-01', '2024-02-01', 2],
      ['2024-02-01', '2024-03-01', 1],
      ['2024-04-01', '2024-05-01', 1],
    ]);
    expect(bins[0]!.firstStart).to.equal(Date.UTC(2024, 0, 5));
    expect(bins[0]!.lastStart).to.equal(Date.UTC(2024, 0, 31, 23));
  });

  it('counts the stretches on each side of a break, none in it', () => {
    const spans = spansOf([[0, 1], [3, 1], [200, 1], [205, 2]]);
    const window = { start: T0, end: T0 + 210 * DAY };
    const edges = [
      [T0, T0 + 2 * DAY, T0 + 10 * DAY],
      [T0 + 190 * DAY, T0 + 204 * DAY, T0 + 210 * DAY],
    ];
    const bins = aggregateIntoBins(spans, window, edges);
    expect(bins.map((bin) => [(bin.from - T0) / DAY, (bin.to - T0) / DAY, bin.count])).to.deep.equal([
      [0, 2, 1],
      [2, 10, 1],
      [190, 204, 1],
      [204, 210, 1],
    ]);
  });

  it('gives nothing for an empty window, and one bin for edges of the window alone', () => {
    const spans = spansOf([[10, 1], [20, 5]]);
    expect(aggregateIntoBins(spans, { start: T0, end: T0 }, [[T0, T0]])).to.deep.equal([]);
    const window = { start: T0, end: T0 + 100 * DAY };
    const [only, ...rest] = aggregateIntoBins(spans, window, [[window.start, window.end]]);
    expect(rest).to.deep.equal([]);
    expect(only!.count).to.equal(2);
    expect([only!.from, only!.to]).to.deep.equal([window.start, window.end]);
  });

  it('counts a range that began before the window in the first bin', () => {
    const spans = spansOf([[0, 100], [50, 1], [60, 1]]);
    const window = { start: T0 + 40 * DAY, end: T0 + 80 * DAY };
    const bins = aggregateIntoBins(spans, window, [[window.start, T0 + 55 * DAY, window.end]]);
    expect(bins[0]!.from).to.equal(window.start);
    expect(bins[0]!.firstStart).to.equal(window.start);
    expect(bins[0]!.count).to.equal(2);
    expect(bucketMembers(spans, bins[0]!, window)[0]).to.equal(0);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).to.equal(3);
  });
});

describe('countLabel', () => {
  it('writes a count as "+N" in plain digits', () => {
    expect([1, 7, 312, 16_667].map(countLabel)).to.deep.equal(['+1', '+7', '+312', '+16667']);
  });
});
