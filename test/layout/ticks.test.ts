import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { NO_BREAKS, findBreaks, type TimeFold } from '../../src/layout/axis-breaks.js';
import { axisTicks, binLevel, chooseTickLevel, unitEdges, type AxisTick } from '../../src/layout/ticks.js';
import type { TimeWindow } from '../../src/layout/time-window.js';
import { utcDate } from '../../src/model/partial-date.js';
import { readableText } from '../helpers/readable-text.js';
import { PLOT_OF_1000, openingWindow, seedFold, seedIndex } from './seed-story.js';

const window = (from: Date, to: Date) => ({ start: from.getTime(), end: to.getTime() });
const plain = (text: string | undefined) => (text === undefined ? undefined : readableText(text));

describe('axisTicks', () => {
  // Sweep the axis over domains from hours to millennia, like Observable Plot's axis tests.
  const sweeps: [string, Date, Date, string[], (string | undefined)[]][] = [
    ['six hours', utcDate(2024, 9, 3, 6), utcDate(2024, 9, 3, 12), ['06:00', '07:00'], ['3 Oct 2024', undefined]],
    ['two days', utcDate(2024, 9, 3), utcDate(2024, 9, 5), ['00:00', '06:00', '12:00', '18:00', '00:00'], ['3 Oct 2024', undefined, undefined, undefined, '4 Oct 2024']],
    ['two weeks', utcDate(2024, 9, 1), utcDate(2024, 9, 15), ['1', '2', '3'], ['Oct 2024', undefined, undefined]],
    ['October 2024 on a phone', utcDate(2024, 9, 1), utcDate(2024, 10, 1), ['7', '14', '21', '28'], ['Oct 2024', undefined, undefined, undefined]],
    ['a quarter', utcDate(2024, 8, 1), utcDate(2024, 11, 1), ['2', '9', '16', '23', '30', '7'], ['Sept 2024', undefined, undefined, undefined, undefined, 'Oct 2024']],
    ['a year', utcDate(2024, 0, 1), utcDate(2025, 0, 1), ['Jan', 'Feb', 'Mar'], ['2024', undefined, undefined]],
    ['two years across new year', utcDate(2023, 10, 1), utcDate(2025, 10, 1), ['Jan', 'Apr', 'Jul', 'Oct', 'Jan'], ['2024', undefined, undefined, undefined, '2025']],
    ['five years', utcDate(2020, 0, 1), utcDate(2025, 0, 1), ['Jan', 'Jul', 'Jan', 'Jul'], ['2020', undefined, '2021', undefined]],
    ['twenty-five years', utcDate(2000, 0, 1), utcDate(2025, 0, 1), ['2000', '2002', '2004'], [undefined, undefined, undefined]],
    ['a century', utcDate(1900, 0, 1), utcDate(2000, 0, 1), ['1900', '1910', '1920'], [undefined]],
    ['around year 0', utcDate(-100, 0, 1), utcDate(100, 0, 1), ['100 BC', '80 BC', '60 BC', '40 BC', '20 BC', '20 AD'], [undefined]],
    ['ten millennia', utcDate(-5000, 0, 1), utcDate(5000, 0, 1), ['5000 BC', '4000 BC'], [undefined]],
  ];
  for (const [what, from, to, labels, parents] of sweeps) {
    it(`labels ${what}`, () => {
      const ticks = axisTicks(window(from, to), what.includes('phone') ? 300 : 1000, 'en-GB');
      expect(ticks.length, what).to.be.within(3, 40);
      expect(ticks.slice(0, labels.length).map((tick) => plain(tick.label))).to.deep.equal(labels);
      expect(ticks.slice(0, parents.length).map((tick) => plain(tick.parentLabel))).to.deep.equal(parents);
      for (let index = 1; index < ticks.length; index++) {
        expect(ticks[index]!.position - ticks[index - 1]!.position).to.be.at.least(30);
      }
      for (const tick of ticks) expect(tick.position).to.be.within(0, 1000);
      expect(ticks.some((tick) => tick.major), 'a major tick with a grid line').to.equal(true);
    });
  }

  it('labels months in Korean for locale ko', () => {
    const ticks = axisTicks(window(utcDate(2024, 0, 1), utcDate(2025, 0, 1)), 1000, 'ko');
    expect(ticks[0]!.label).to.equal('1월');
    expect(ticks[0]!.parentLabel).to.equal('2024년');
  });

  it('puts a month tick exactly at the start of its month in every time zone', () => {
    const ticks = axisTicks(window(utcDate(2024, 0, 15), utcDate(2024, 11, 15)), 1000, 'en-GB');
    for (const tick of ticks) expect(new Date(tick.time).toISOString()).to.match(/^2024-\d\d-01T00:00:00/);
  });

  it('gives nothing for an empty window or no room', () => {
    expect(axisTicks({ start: 5, end: 5 }, 100, 'en')).to.deep.equal([]);
    expect(axisTicks({ start: 0, end: 5 }, 0, 'en')).to.deep.equal([]);
  });
});

/** Where a time stands along an axis of `length` pixels showing the folded `window`. */
const positionOn = (window: TimeWindow, length: number, fold: TimeFold) => (time: number) => ((fold.fold(time) - window.start) / (window.end - window.start)) * length;

/** The start of the unit a tick's parent label names: its day over hours, its month over days and weeks, its year over months. */
function parentUnitStart(time: number, unit: string): number {
  const date = new Date(time);
  return (unit === 'hour' ? utcDay : unit === 'month' ? utcYear : utcMonth).floor(date).getTime();
}

/**
 * What a reader relies on in a two-level axis, with or without breaks: no tick in a break; each parent label
 * (month over weeks, year over months…) stands at the start of its unit, or at the start of the stretch it is
 * in when its unit began before; parent labels in a stretch stand at least `minSpacing` apart; and every
 * stretch with ticks names its parent unit near its start.
 */
function expectReadableParents(ticks: AxisTick[], window: TimeWindow, length: number, fold: TimeFold, minSpacing = 64) {
  const level = chooseTickLevel(window, length, minSpacing);
  const x = positionOn(window, length, fold);
  const segments = fold.segments(window);
  const segmentOf = (time: number) => segments.findIndex((segment) => time >= segment.start && time < segment.end);
  const bySegment = new Map<number, AxisTick[]>();
  for (const tick of ticks) {
    const segment = segmentOf(tick.time);
    expect(segment, `${new Date(tick.time).toISOString()} is in a stretch of the axis, not in a break`).to.not.equal(-1);
    expect(tick.position).to.be.closeTo(x(tick.time), 1e-6);
    bySegment.set(segment, [...(bySegment.get(segment) ?? []), tick]);
  }
  if (level.unit === 'year') {
    for (const tick of ticks) expect(tick.parentLabel, 'year ticks have no parent').to.equal(undefined);
    return;
  }
  for (const [segment, inSegment] of bySegment) {
    const segmentStart = Math.max(x(segments[segment]!.start), 0);
    const stands: number[] = [];
    for (const tick of inSegment) {
      expect(tick.major, `${tick.label}: a grid line where a parent label stands`).to.equal(tick.parentLabel !== undefined);
      if (tick.parentLabel === undefined) {
        expect(tick.parentOffset).to.equal(undefined);
        continue;
      }
      expect(tick.parentOffset, `${tick.parentLabel}: offset`).to.be.at.most(0);
      const stand = tick.position + tick.parentOffset!;
      expect(stand, `${tick.parentLabel} stands at the start of its unit, or of its stretch`).to.be.closeTo(Math.max(x(parentUnitStart(tick.time, level.unit)), segmentStart), 1e-6);
      stands.push(stand);
    }
    for (let number = 1; number < stands.length; number++) {
      expect(stands[number]! - stands[number - 1]!, 'parent labels in a stretch stand apart').to.be.at.least(minSpacing - 1e-6);
    }
    expect(stands.length, 'a stretch with ticks names its parent unit').to.be.at.least(1);
    expect(stands[0]! - segmentStart, 'near the start of the stretch').to.be.at.most(Math.max(inSegment[0]!.position - segmentStart, minSpacing) + 1e-6);
  }
}

/** Windows from two hours to three centuries, log-uniform, from 1700 to 2100, and axis lengths. */
const arbitraryAxis = fc.record({
  start: fc.integer({ min: Date.UTC(1700, 0, 1), max: Date.UTC(2100, 0, 1) }),
  span: fc.double({ min: Math.log(2 * 3_600_000), max: Math.log(300 * 365.25 * 86_400_000), noNaN: true }).map(Math.exp),
  length: fc.integer({ min: 160, max: 1600 }),
});

describe('axisTicks: parent labels', () => {
  const x = (window: TimeWindow, length: number) => positionOn(window, length, NO_BREAKS);

  it('stands a month\'s label over weeks at the 1st of the month, not at its first Monday', () => {
    const window = { start: Date.UTC(2024, 8, 20), end: Date.UTC(2024, 10, 20) };
    const ticks = axisTicks(window, 600, 'en-GB');
    expect(chooseTickLevel(window, 600, 64).unit).to.equal('week');
    const parents = ticks.filter((tick) => tick.parentLabel !== undefined);
    expect(parents.map((tick) => [new Date(tick.time).toISOString().slice(0, 10), plain(tick.parentLabel)])).to.deep.equal([
      ['2024-09-23', 'Sept 2024'],
      ['2024-10-07', 'Oct 2024'],
      ['2024-11-04', 'Nov 2024'],
    ]);
    const at = x(window, 600);
    expect(parents[0]!.position + parents[0]!.parentOffset!, 'September began before the axis: its label holds at the start').to.equal(0);
    expect(parents[1]!.position + parents[1]!.parentOffset!, 'October at 1 October').to.be.closeTo(at(Date.UTC(2024, 9, 1)), 1e-9);
    expect(parents[1]!.parentOffset!, 'six days before the tick of 7 October').to.be.closeTo(at(Date.UTC(2024, 9, 1)) - at(Date.UTC(2024, 9, 7)), 1e-9);
    expect(parents[2]!.position + parents[2]!.parentOffset!, 'November at 1 November').to.be.closeTo(at(Date.UTC(2024, 10, 1)), 1e-9);
  });

  it('stands "Oct 2024" at 1 October on the phone\'s October axis too', () => {
    const window = { start: Date.UTC(2024, 9, 1), end: Date.UTC(2024, 10, 1) };
    const [first] = axisTicks(window, 300, 'en-GB');
    expect([plain(first!.label), plain(first!.parentLabel)]).to.deep.equal(['7', 'Oct 2024']);
    expect(first!.position + first!.parentOffset!).to.equal(0);
  });

  it('lets the label held at the start of the axis give way when the next month\'s label is near', () => {
    // 29 September: the held "Sept 2024" and "Oct 2024" (at 1 October, two days on) would touch.
    const window = { start: Date.UTC(2024, 8, 29), end: Date.UTC(2024, 10, 29) };
    const ticks = axisTicks(window, 600, 'en-GB');
    expect(ticks.map((tick) => [plain(tick.label), plain(tick.parentLabel)]).slice(0, 3)).to.deep.equal([
      ['30', undefined],
      ['7', 'Oct 2024'],
      ['14', undefined],
    ]);
    expect(ticks[0]!.major, 'and its grid line with it').to.equal(false);
    expect(ticks[0]!.parentOffset).to.equal(undefined);
    // From 10 September, "Sept 2024" has room and stays.
    const earlier = axisTicks({ start: Date.UTC(2024, 8, 10), end: Date.UTC(2024, 10, 10) }, 600, 'en-GB');
    expect(plain(earlier[0]!.parentLabel)).to.equal('Sept 2024');
    expect(earlier[0]!.position + earlier[0]!.parentOffset!).to.equal(0);
  });

  it('holds the year over months at the start of the axis, and names the next at its 1 January', () => {
    // About 84 px a month: from 25 November, "2023" held at the start has room before "2024".
    const held = axisTicks({ start: Date.UTC(2023, 10, 25), end: Date.UTC(2024, 10, 25) }, 1000, 'en-GB');
    expect(held.slice(0, 2).map((tick) => [plain(tick.label), plain(tick.parentLabel), tick.major])).to.deep.equal([
      ['Dec', '2023', true],
      ['Jan', '2024', true],
    ]);
    expect(held[0]!.position + held[0]!.parentOffset!).to.equal(0);
    expect(held[1]!.parentOffset).to.equal(0);
  });

  it('stands every parent label at the start of its unit or of the axis, apart from the next, from hours to centuries', () => {
    fc.assert(
      fc.property(arbitraryAxis, ({ start, span, length }) => {
        const window = { start, end: start + span };
        expectReadableParents(axisTicks(window, length, 'en-GB'), window, length, NO_BREAKS);
      }),
      { numRuns: 400 },
    );
  });
});

describe('axisTicks with axis breaks', () => {
  it('reads the seed story\'s opening axis as July 2000, a break, then the story from October 2022', () => {
    const window = openingWindow(seedIndex, seedFold);
    const ticks = axisTicks(window, PLOT_OF_1000, 'en-GB', 64, seedFold);
    expect(ticks.map((tick) => [plain(tick.label), plain(tick.parentLabel)])).to.deep.equal([
      ['Jul', '2000'],
      ['Oct', '2022'],
      ['Jan', '2023'],
      ['Apr', undefined],
      ['Jul', undefined],
      ['Oct', undefined],
      ['Jan', '2024'],
      ['Apr', undefined],
      ['Jul', undefined],
      ['Oct', undefined],
    ]);
    const [axisBreak] = seedFold.breaks;
    const x = positionOn(window, PLOT_OF_1000, seedFold);
    expect(ticks[1]!.position + ticks[1]!.parentOffset!, '2022 stands where the stretch after the break starts').to.be.closeTo(x(axisBreak!.to), 1e-6);
    expectReadableParents(ticks, window, PLOT_OF_1000, seedFold);
  });

  it('puts no tick in a break and names each stretch\'s unit at its start, at any window over two clusters of events', () => {
    const clusters = fc.record({
      first: fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2000, 0, 1) }),
      gapYears: fc.double({ min: 6, max: 150, noNaN: true }),
      days: fc.array(fc.integer({ min: 0, max: 700 }), { minLength: 3, maxLength: 6 }),
    });
    fc.assert(
      fc.property(clusters, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -4, max: 0.3, noNaN: true }), fc.integer({ min: 200, max: 1600 }), ({ first, gapYears, days }, at, zoom, length) => {
        const later = first + gapYears * 365.25 * 86_400_000;
        const starts = Float64Array.from([...days.map((day) => first + day * 86_400_000), ...days.map((day) => later + day * 86_400_000)]).sort();
        const ends = starts.map((time) => time + 86_400_000);
        const fold = findBreaks(starts, ends);
        expect(fold.breaks.length, 'the clusters are far apart').to.be.at.least(1);
        const extent = fold.foldWindow({ start: starts[0]!, end: ends.at(-1)! });
        const span = (extent.end - extent.start) * 10 ** zoom;
        const start = extent.start + at * (extent.end - extent.start) - span / 2;
        const window = { start, end: start + span };
        expectReadableParents(axisTicks(window, length, 'en-GB', 64, fold), window, length, fold);
      }),
      { numRuns: 400 },
    );
  });
});

describe('binLevel and unitEdges', () => {
  /** The shortest a unit of the level can be: February, a common year. */
  const shortestMs = (level: ReturnType<typeof binLevel>) =>
    level.unit === 'month' ? (level.approximateMs / ((365.2425 / 12) * 86_400_000)) * 28 * 86_400_000 : level.unit === 'year' ? level.step * 365 * 86_400_000 : level.approximateMs;
  const sweeps: [string, number, number, number, string][] = [
    ['six hours', Date.UTC(2024, 9, 3, 6), Date.UTC(2024, 9, 3, 12), 1000, 'hour'],
    ['two days', Date.UTC(2024, 9, 3), Date.UTC(2024, 9, 5), 1000, 'hour'],
    ['a month', Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 1), 1000, 'day'],
    ['two years', Date.UTC(2023, 0, 1), Date.UTC(2025, 0, 1), 1200, 'month'],
    ['two years on a phone', Date.UTC(2023, 0, 1), Date.UTC(2025, 0, 1), 340, 'month'],
    ['twenty-five years', Date.UTC(2000, 0, 1), Date.UTC(2025, 0, 1), 1000, 'year'],
    ['three centuries', Date.UTC(1700, 0, 1), Date.UTC(2000, 0, 1), 1000, 'year'],
  ];
  for (const [what, start, end, length, unit] of sweeps) {
    it(`counts ${what} at ${length} px in ${unit}s that every tick is an edge of`, () => {
      const window = { start, end };
      const level = binLevel(window, length, 64, 24);
      expect(level.unit).to.equal(unit);
      const edges = new Set(unitEdges(level, window));
      for (const tick of axisTicks(window, length, 'en-GB')) expect(edges.has(tick.time), `tick ${new Date(tick.time).toISOString()}`).to.equal(true);
    });
  }

  it('counts weeks at the week level, days when there is room for them', () => {
    const window = { start: Date.UTC(2024, 8, 20), end: Date.UTC(2024, 10, 20) };
    expect(binLevel(window, 600, 64, 24).unit, '9.8 px a day: too narrow for days').to.equal('week');
    expect(binLevel(window, 1600, 64, 24).unit).to.equal('day');
  });

  it('makes columns that nest in the ticks and are at least the narrowest column wide, from hours to centuries', () => {
    fc.assert(
      fc.property(arbitraryAxis, fc.integer({ min: 8, max: 60 }), ({ start, span, length }, minColumn) => {
        const window = { start, end: start + span };
        const ticks = chooseTickLevel(window, length, 64);
        const level = binLevel(window, length, 64, minColumn);
        expect(level.approximateMs, 'no coarser than the ticks').to.be.at.most(ticks.approximateMs);
        const edges = unitEdges(level, window);
        expect(edges[0]).to.equal(window.start);
        expect(edges.at(-1)).to.equal(window.end);
        const edgeSet = new Set(edges);
        for (const tick of axisTicks(window, length, 'en-GB')) expect(edgeSet.has(tick.time), `tick ${new Date(tick.time).toISOString()} is a column's edge`).to.equal(true);
        const pixelsPerMs = length / span;
        // The level is chosen by its units' average length: a February is 8% shorter than the average month.
        const leastWidth = minColumn * (shortestMs(level) / level.approximateMs);
        // The first and last columns are what the window shows of their units; every other is a whole unit.
        for (let number = 2; number + 1 < edges.length; number++) {
          expect((edges[number]! - edges[number - 1]!) * pixelsPerMs, `column from ${new Date(edges[number - 1]!).toISOString()}`).to.be.at.least(leastWidth - 1e-6);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('cuts at calendar units, so that a pan keeps every edge it still shows', () => {
    fc.assert(
      fc.property(arbitraryAxis, fc.double({ min: -0.9, max: 0.9, noNaN: true }), ({ start, span, length }, pan) => {
        // Whole milliseconds: an edge a fraction of a millisecond inside the window is not one a reader sees.
        const window = { start, end: Math.round(start + span) };
        const level = binLevel(window, length, 64, 24);
        const shift = Math.round(span * pan);
        const panned = { start: window.start + shift, end: window.end + shift };
        expect(binLevel(panned, length, 64, 24), 'the same unit after a pan').to.equal(level);
        const inner = new Set(unitEdges(level, window).slice(1, -1));
        for (const edge of unitEdges(level, panned).slice(1, -1)) {
          if (edge > window.start && edge < window.end) expect(inner.has(edge), new Date(edge).toISOString()).to.equal(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
