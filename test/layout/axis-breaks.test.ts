/**
 * Axis breaks (src/layout/axis-breaks.ts): which empty stretches the horizontal axis folds away, and the map
 * between real and folded time that windows, zoom, ticks and bins run on.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { NO_BREAKS, TimeFold, findBreaks, type AxisBreak } from '../../src/layout/axis-breaks.js';
import { EventIndex } from '../../src/layout/visible-events.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { seedFold, seedIndex } from './seed-story.js';

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/** An index of events on the given days ("2024-06-19", or [start, end] for a range). */
function indexOf(dates: (string | [string, string])[]): EventIndex {
  const events = dates.map((date, number) => (Array.isArray(date) ? { id: `e${number}`, title: `Event ${number}`, start: date[0], end: date[1] } : { id: `e${number}`, title: `Event ${number}`, start: date }));
  return new EventIndex(parseDataset(events).events);
}

const breaksOf = (index: EventIndex) => findBreaks(index.starts, index.ends).breaks;

/** True when no event of the index overlaps any break of the fold. */
function expectNoEventInABreak(index: EventIndex, fold: TimeFold) {
  for (const axisBreak of fold.breaks) {
    expect(index.count({ start: axisBreak.from, end: axisBreak.to }), `events in the break ${iso(axisBreak.from)} to ${iso(axisBreak.to)}`).to.equal(0);
    expect(index.count({ start: axisBreak.emptyFrom, end: axisBreak.emptyTo }), `events in the empty stretch ${iso(axisBreak.emptyFrom)} to ${iso(axisBreak.emptyTo)}`).to.equal(0);
    expect(axisBreak.from, 'a break starts after the empty stretch does').to.be.above(axisBreak.emptyFrom);
    expect(axisBreak.to, 'a break ends before the empty stretch does').to.be.below(axisBreak.emptyTo);
  }
}

/**
 * Random breaks as `findBreaks` makes them: in order, apart, each folded to a positive width shorter than the
 * real time it stands for, placed on the folded axis by the time folded away before it.
 */
const arbitraryBreaks = fc
  .record({
    origin: fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2100, 0, 1) }),
    pieces: fc.array(
      fc.record({
        before: fc.double({ min: 1 / 24, max: 3650, noNaN: true }),
        length: fc.double({ min: 1, max: 20_000, noNaN: true }),
        share: fc.double({ min: 0.001, max: 0.9, noNaN: true }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ origin, pieces }) => {
    const breaks: AxisBreak[] = [];
    let time = origin;
    let shift = 0;
    for (const { before, length, share } of pieces) {
      const from = time + before * DAY;
      const to = from + length * DAY;
      const foldedWidth = (to - from) * share;
      breaks.push({ from, to, foldedFrom: from - shift, foldedWidth, emptyFrom: from - DAY, emptyTo: to + DAY });
      shift += to - from - foldedWidth;
      time = to;
    }
    return new TimeFold(breaks);
  });

/** A time around the breaks: before, inside, between and after them. */
const timeAround = (fold: TimeFold) => {
  const first = fold.breaks[0]!.from;
  const last = fold.breaks.at(-1)!.to;
  const span = last - first;
  return fc.double({ min: first - span, max: last + span, noNaN: true });
};

const foldAndTimes = arbitraryBreaks.chain((fold) => fc.tuple(fc.constant(fold), fc.array(timeAround(fold), { minLength: 2, maxLength: 20 })));

describe('findBreaks', () => {
  it('folds the seed story\'s one long empty stretch, between Putin\'s visit of July 2000 and September 2022', () => {
    const breaks = seedFold.breaks;
    expect(breaks, 'breaks').to.have.length(1);
    const [only] = breaks;
    const visit = seedIndex.indexOf('putin-visit-2000');
    expect(visit).to.equal(0);
    expect(only!.emptyFrom, 'the empty stretch starts when the 2000 visit ends').to.equal(seedIndex.ends[visit]);
    expect(only!.emptyTo, 'and ends when the next event starts').to.equal(seedIndex.starts[visit + 1]);
    expect(iso(only!.emptyFrom).slice(0, 7)).to.equal('2000-07');
    expect(iso(only!.emptyTo).slice(0, 7)).to.equal('2022-09');
    expect(only!.from).to.be.within(Date.UTC(2000, 6, 21), Date.UTC(2000, 11, 31));
    expect(only!.to).to.be.within(Date.UTC(2022, 0, 1), Date.UTC(2022, 8, 6));
    expect(only!.foldedWidth, 'the break is short on the axis').to.be.below((only!.to - only!.from) / 50);
    expectNoEventInABreak(seedIndex, seedFold);
  });

  it('keeps events spread evenly over decades on a plain axis', () => {
    const yearly = indexOf(Array.from({ length: 60 }, (_, number) => `${1960 + number}-03-01`));
    expect(breaksOf(yearly)).to.deep.equal([]);
    const everyFiveYears = indexOf(Array.from({ length: 12 }, (_, number) => `${1960 + 5 * number}`));
    expect(breaksOf(everyFiveYears)).to.deep.equal([]);
    const ranges = indexOf(Array.from({ length: 8 }, (_, number): [string, string] => [`${1950 + 10 * number}`, `${1953 + 10 * number}`]));
    expect(breaksOf(ranges)).to.deep.equal([]);
  });

  it('folds the stretch between two clusters far apart, once', () => {
    const days = (year: number) => Array.from({ length: 10 }, (_, number) => `${year}-05-${String(number + 10).padStart(2, '0')}`);
    const index = indexOf([...days(1990), ...days(2020)]);
    const fold = findBreaks(index.starts, index.ends);
    expect(fold.breaks).to.have.length(1);
    expect(iso(fold.breaks[0]!.emptyFrom)).to.equal('1990-05-20');
    expect(iso(fold.breaks[0]!.emptyTo)).to.equal('2020-05-10');
    expectNoEventInABreak(index, fold);
  });

  it('folds each of several long gaps, and no short one', () => {
    const index = indexOf(['1900-01-01', '1900-02-01', '1950-01-01', '1950-03-01', '2000-01-01', '2000-01-05', '2001-01-01']);
    const fold = findBreaks(index.starts, index.ends);
    expect(fold.breaks.map((axisBreak) => [iso(axisBreak.emptyFrom), iso(axisBreak.emptyTo)])).to.deep.equal([
      ['1900-02-02', '1950-01-01'],
      ['1950-03-02', '2000-01-01'],
    ]);
    expectNoEventInABreak(index, fold);
  });

  it('does not fold a gap that a long range runs over', () => {
    const index = indexOf(['1990-01-01', ['1990-06-01', '2019-12-31'], '2020-01-01']);
    expect(breaksOf(index)).to.deep.equal([]);
  });

  it('finds none for no event, one event, or events all on one day', () => {
    expect(findBreaks(new Float64Array(), new Float64Array())).to.equal(NO_BREAKS);
    expect(breaksOf(indexOf(['2024-06-19']))).to.deep.equal([]);
    expect(breaksOf(indexOf(['2024-06-19', '2024-06-19', '2024-06-19']))).to.deep.equal([]);
  });

  it('never puts an event in a break, and folds only where the gap is long, at any set of events', () => {
    const cluster = fc.record({ year: fc.integer({ min: 1500, max: 2100 }), days: fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 90 })), { minLength: 1, maxLength: 8 }) });
    fc.assert(
      fc.property(fc.array(cluster, { minLength: 1, maxLength: 5 }), (clusters) => {
        const dates = clusters.flatMap(({ year, days }) =>
          days.map(([day, length]): [string, string] => {
            const start = new Date(Date.UTC(year, 0, 1 + day));
            return [start.toISOString().slice(0, 10), new Date(start.getTime() + length * DAY).toISOString().slice(0, 10)];
          }),
        );
        const index = indexOf(dates);
        const fold = findBreaks(index.starts, index.ends);
        expectNoEventInABreak(index, fold);
        const whole = index.extent!.end - index.extent!.start;
        for (const axisBreak of fold.breaks) expect(axisBreak.emptyTo - axisBreak.emptyFrom, 'a folded gap is long next to the whole').to.be.at.least(whole * 0.2);
        for (let number = 1; number < fold.breaks.length; number++) expect(fold.breaks[number]!.from).to.be.above(fold.breaks[number - 1]!.to);
      }),
      { numRuns: 300 },
    );
  });
});

describe('TimeFold', () => {
  it('folds and unfolds back to the same time, at any breaks', () => {
    fc.assert(
      fc.property(foldAndTimes, ([fold, times]) => {
        for (const time of times) {
          expect(fold.unfold(fold.fold(time)), iso(time)).to.be.closeTo(time, 1);
          expect(fold.fold(fold.unfold(time)), `folded ${time}`).to.be.closeTo(time, 1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the order of times, and never moves two times further apart than they are', () => {
    fc.assert(
      fc.property(foldAndTimes, ([fold, times]) => {
        const sorted = [...times].sort((a, b) => a - b);
        for (let number = 1; number < sorted.length; number++) {
          const [earlier, later] = [sorted[number - 1]!, sorted[number]!];
          const [foldedEarlier, foldedLater] = [fold.fold(earlier), fold.fold(later)];
          expect(foldedLater, `${iso(earlier)} before ${iso(later)}`).to.be.at.least(foldedEarlier);
          if (later - earlier >= DAY) expect(foldedLater, 'a day apart stays apart').to.be.above(foldedEarlier);
          expect(foldedLater - foldedEarlier, 'folding only shortens').to.be.at.most(later - earlier + 1e-3);
          expect(fold.unfold(foldedLater), 'unfolding keeps the order').to.be.at.least(fold.unfold(foldedEarlier));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is continuous at the edges of each break, and keeps the length of time between breaks', () => {
    fc.assert(
      fc.property(arbitraryBreaks, (fold) => {
        for (const [number, axisBreak] of fold.breaks.entries()) {
          expect(fold.fold(axisBreak.from), 'a break starts where it is placed').to.be.closeTo(axisBreak.foldedFrom, 1e-3);
          expect(fold.fold(axisBreak.to), 'and ends its width later').to.be.closeTo(axisBreak.foldedFrom + axisBreak.foldedWidth, 1e-3);
          for (const edge of [axisBreak.from, axisBreak.to]) {
            expect(fold.fold(edge - 1), `just before ${iso(edge)}`).to.be.closeTo(fold.fold(edge), 1 + 1e-3);
            expect(fold.fold(edge + 1), `just after ${iso(edge)}`).to.be.closeTo(fold.fold(edge), 1 + 1e-3);
          }
          expect(fold.unfold(axisBreak.foldedFrom)).to.be.closeTo(axisBreak.from, 1e-3);
          expect(fold.unfold(axisBreak.foldedFrom + axisBreak.foldedWidth)).to.be.closeTo(axisBreak.to, 1);
          const next = fold.breaks[number + 1];
          if (next) expect(fold.fold(next.from) - fold.fold(axisBreak.to), 'the time between two breaks keeps its length').to.be.closeTo(next.from - axisBreak.to, 1e-3);
        }
        const first = fold.breaks[0]!;
        expect(fold.fold(first.from - YEAR), 'before every break, time is its own').to.equal(first.from - YEAR);
        const last = fold.breaks.at(-1)!;
        expect(fold.fold(last.to + YEAR) - fold.fold(last.to), 'after every break, a year is a year').to.be.closeTo(YEAR, 1e-3);
      }),
      { numRuns: 300 },
    );
  });

  it('folds and unfolds windows edge by edge, and leaves them alone without breaks', () => {
    fc.assert(
      fc.property(foldAndTimes, ([fold, [a, b]]) => {
        const window = { start: Math.min(a!, b!), end: Math.max(a!, b!) };
        expect(fold.foldWindow(window)).to.deep.equal({ start: fold.fold(window.start), end: fold.fold(window.end) });
        expect(fold.unfoldWindow(window)).to.deep.equal({ start: fold.unfold(window.start), end: fold.unfold(window.end) });
        expect(NO_BREAKS.foldWindow(window)).to.deep.equal(window);
        expect(NO_BREAKS.unfoldWindow(window)).to.deep.equal(window);
        expect(NO_BREAKS.fold(window.start)).to.equal(window.start);
        expect(NO_BREAKS.segments(window)).to.deep.equal(window.end > window.start ? [window] : []);
      }),
    );
    expect(NO_BREAKS.isIdentity).to.equal(true);
    expect(seedFold.isIdentity).to.equal(false);
  });

  it('cuts a window into the stretches of real time between the breaks, in order, covering the rest', () => {
    fc.assert(
      fc.property(
        foldAndTimes.chain(([fold, times]) => fc.tuple(fc.constant(fold), fc.constant(times), fc.array(timeAround(fold), { maxLength: 30 }))),
        ([fold, [a, b], probes]) => {
          const window = fold.foldWindow({ start: Math.min(a!, b!), end: Math.max(a!, b!) });
          const real = fold.unfoldWindow(window);
          const segments = fold.segments(window);
          const broken = (time: number) => fold.breaks.some((axisBreak) => time >= axisBreak.from && time < axisBreak.to);
          for (const [number, segment] of segments.entries()) {
            expect(segment.end, 'a stretch is not empty').to.be.above(segment.start);
            expect(segment.start, 'inside the window').to.be.at.least(real.start);
            expect(segment.end, 'inside the window').to.be.at.most(real.end);
            if (number > 0) expect(segment.start, 'in order, apart').to.be.above(segments[number - 1]!.end);
            for (const axisBreak of fold.breaks) expect(segment.end <= axisBreak.from || segment.start >= axisBreak.to, 'no stretch runs into a break').to.equal(true);
          }
          // The stretches and the breaks together cover the window, each time once.
          const inBreaks = fold.breaks.reduce((sum, axisBreak) => sum + Math.max(0, Math.min(axisBreak.to, real.end) - Math.max(axisBreak.from, real.start)), 0);
          const inSegments = segments.reduce((sum, segment) => sum + segment.end - segment.start, 0);
          expect(inSegments + inBreaks, 'stretches and breaks cover the window').to.be.closeTo(real.end - real.start, 1e-3 * (1 + fold.breaks.length));
          for (const time of probes) {
            if (!(time >= real.start && time < real.end)) continue;
            const holders = segments.filter((segment) => time >= segment.start && time < segment.end).length;
            expect(holders, iso(time)).to.equal(broken(time) ? 0 : 1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cuts the seed story\'s opening span into the year 2000 and the story from 2022', () => {
    const segments = seedFold.segments(seedFold.foldWindow(seedIndex.extent!));
    expect(segments.map((segment) => [iso(segment.start), iso(segment.end)])).to.deep.equal([
      [iso(seedIndex.extent!.start), iso(seedFold.breaks[0]!.from)],
      [iso(seedFold.breaks[0]!.to), iso(seedIndex.extent!.end)],
    ]);
  });
});
