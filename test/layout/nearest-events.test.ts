/**
 * Where the events are when the view is empty (src/layout/nearest-events.ts): the nearest event on each side,
 * checked against a scan of every span; how far it is in calendar years, months and days; and the words of
 * the buttons that lead back to them, in English and in locales that name units differently.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { calendarDistance, distanceText, nearestEvents, nearestEventText } from '../../src/layout/nearest-events.js';
import { arbitrarySpans, arbitraryWindow, overlapping, spansOf, T0 } from './span-arbitraries.js';

const DAY = 86_400_000;
const at = (date: string) => Date.parse(`${date}Z`);

describe('nearestEvents', () => {
  it('is undefined when an event overlaps the window, else names the last to end before it and the first to start after it', () => {
    fc.assert(
      fc.property(arbitrarySpans, arbitraryWindow, (days, window) => {
        const spans = spansOf(days);
        const nearest = nearestEvents(spans, window);
        if (spans.size === 0 || overlapping(spans, window).length > 0) {
          expect(nearest).to.equal(undefined);
          return;
        }
        const positions = [...Array(spans.size).keys()];
        const before = positions.filter((position) => spans.ends[position]! <= window.start);
        const after = positions.filter((position) => spans.starts[position]! >= window.end);
        expect(before.length + after.length, 'every span is on one side').to.equal(spans.size);
        if (before.length === 0) expect(nearest!.earlier).to.equal(undefined);
        else expect(spans.ends[nearest!.earlier!], 'the earlier one ends last').to.equal(Math.max(...before.map((position) => spans.ends[position]!)));
        if (after.length === 0) expect(nearest!.later).to.equal(undefined);
        else expect(spans.starts[nearest!.later!], 'the later one starts first').to.equal(Math.min(...after.map((position) => spans.starts[position]!)));
      }),
    );
  });

  it('finds a long event that started before a shorter one but ends after it', () => {
    // Day 0 for 100 days, then day 10 for one day; the window is days 200 to 210, then another event at day 300.
    const spans = spansOf([
      [0, 100],
      [10, 1],
      [300, 1],
    ]);
    expect(nearestEvents(spans, { start: T0 + 200 * DAY, end: T0 + 210 * DAY })).to.deep.equal({ earlier: 0, later: 2 });
    expect(nearestEvents(spans, { start: T0 + 400 * DAY, end: T0 + 410 * DAY })).to.deep.equal({ earlier: 2 });
    expect(nearestEvents(spans, { start: T0 - 10 * DAY, end: T0 - DAY })).to.deep.equal({ later: 0 });
    expect(nearestEvents(spans, { start: T0 + 50 * DAY, end: T0 + 60 * DAY }), 'the long event is in view').to.equal(undefined);
  });
});

describe('calendarDistance', () => {
  const cases: [string, string, string, { value: number; unit: string }][] = [
    ['a few hours count as a day', '2024-10-03T00:00', '2024-10-03T05:00', { value: 1, unit: 'day' }],
    ['five days', '2024-10-04T00:00', '2024-10-09T00:00', { value: 5, unit: 'day' }],
    ['59 days are still days', '2024-01-01T00:00', '2024-02-29T00:00', { value: 59, unit: 'day' }],
    ['a month and 29 days are days (60)', '2024-10-04T00:00', '2024-12-03T00:00', { value: 60, unit: 'day' }],
    ['two calendar months', '2024-10-04T00:00', '2024-12-04T00:00', { value: 2, unit: 'month' }],
    ['3 months and 28 days are 3 months', '2024-10-04T00:00', '2025-02-01T00:00', { value: 3, unit: 'month' }],
    ['31 January to 31 March is two months, though February is short', '2023-01-31T00:00', '2023-03-31T00:00', { value: 2, unit: 'month' }],
    ['23 months are months', '2022-09-07T00:00', '2024-08-07T00:00', { value: 23, unit: 'month' }],
    ['two whole years', '2022-09-07T00:00', '2024-09-07T00:00', { value: 2, unit: 'year' }],
    ['22 years and some months', '2000-07-20T00:00', '2022-09-06T00:00', { value: 22, unit: 'year' }],
    ['the order of the instants does not matter', '2024-12-04T00:00', '2024-10-04T00:00', { value: 2, unit: 'month' }],
  ];
  for (const [what, from, to, expected] of cases) {
    it(what, () => {
      expect(calendarDistance(at(from), at(to))).to.deep.equal(expected);
    });
  }

  it('never says less than one unit, and agrees with the length in days to within a unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 4e12 }), fc.integer({ min: 0, max: 5e11 }), (from, length) => {
        const { value, unit } = calendarDistance(from, from + length);
        expect(value).to.be.at.least(1);
        const days = length / DAY;
        if (unit === 'day') expect(days).to.be.below(62);
        if (unit === 'month') expect(days / 30.44).to.be.within(value - 0.1, value + 1.1);
        if (unit === 'year') expect(days / 365.2425).to.be.within(value - 0.01, value + 1.01);
      }),
    );
  });
});

describe('the words of the buttons', () => {
  it('say how far and when, in the locale’s words for units', () => {
    expect(nearestEventText('earlier', { value: 3, unit: 'month' }, '3 October 2024', 'en-GB')).to.equal('3 months earlier: 3 October 2024');
    expect(nearestEventText('later', { value: 1, unit: 'day' }, '12 November 2024', 'en-GB')).to.equal('1 day later: 12 November 2024');
    expect(distanceText({ value: 22, unit: 'year' }, 'en-GB')).to.equal('22 years');
    expect(distanceText({ value: 3, unit: 'month' }, 'de')).to.equal('3 Monate');
    expect(distanceText({ value: 1200, unit: 'day' }, 'fr')).to.match(/^1\s200\sjours$/);
  });

  it('fall back to a readable amount for a malformed locale', () => {
    expect(distanceText({ value: 5, unit: 'day' }, 'not a locale!')).to.match(/^5 days$/);
  });
});
