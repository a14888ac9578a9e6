import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  clampWindow,
  fitWindow,
  maxSpan,
  MIN_SPAN,
  panWindow,
  revealInWindow,
  windowAround,
  windowEdge,
  windowFromEdges,
  zoomAnchor,
  zoomWindow,
  DAY,
  HOUR,
} from '../../src/layout/time-window.js';

const extent = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) };

describe('time windows', () => {
  it('fits all events with a margin on each side', () => {
    const fitted = fitWindow(extent);
    expect(fitted.start).to.be.below(extent.start);
    expect(fitted.end).to.be.above(extent.end);
    expect((fitted.end - fitted.start) / (extent.end - extent.start)).to.be.within(1.05, 1.2);
  });

  it('gives a single-day dataset a window of days, not milliseconds', () => {
    const fitted = fitWindow({ start: Date.UTC(2024, 9, 3), end: Date.UTC(2024, 9, 4) });
    expect(fitted.end - fitted.start).to.be.at.least(3 * DAY);
  });

  it('zooms around the anchor, which stays put', () => {
    const window = fitWindow(extent);
    const zoomed = zoomWindow(window, 2, 0.25, extent);
    const pivot = window.start + (window.end - window.start) * 0.25;
    expect(zoomed.start + (zoomed.end - zoomed.start) * 0.25).to.be.closeTo(pivot, 1);
    expect(zoomed.end - zoomed.start).to.be.closeTo((window.end - window.start) / 2, 1);
  });

  it('never zooms below an hour or far past the data', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })), { maxLength: 40 }), (steps) => {
        let window = fitWindow(extent);
        for (const [factor, anchor, pan] of steps) {
          window = panWindow(zoomWindow(window, factor, anchor, extent), pan, extent);
          const span = window.end - window.start;
          expect(span).to.be.at.least(MIN_SPAN - 1);
          expect(span).to.be.at.most(maxSpan(extent) + 1);
          const fitted = fitWindow(extent);
          expect(window.end).to.be.above(fitted.start);
          expect(window.start).to.be.below(fitted.end);
        }
      }),
    );
  });

  it('reveals a time outside the window by shifting, keeping the span', () => {
    const window = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 1, 1) };
    const target = Date.UTC(2024, 5, 1);
    const shifted = revealInWindow(window, target, target + DAY, extent);
    expect(shifted.end - shifted.start).to.equal(window.end - window.start);
    expect(target).to.be.within(shifted.start, shifted.end);
    expect(revealInWindow(window, Date.UTC(2024, 0, 15), Date.UTC(2024, 0, 16), extent)).to.equal(window);
  });

  it('clamps a window dragged far away back over the data', () => {
    const far = clampWindow({ start: Date.UTC(2030, 0, 1), end: Date.UTC(2030, 5, 1) }, extent);
    expect(far.start).to.be.below(fitWindow(extent).end);
  });
});

/** An instant from an ISO 8601 text with a time and Z, read by Date itself: years 0–99 and BC stay what they say. */
const iso = (text: string) => new Date(text).getTime();

describe('windowEdge', () => {
  const cases: [string, Date | string | undefined, 'start' | 'end', number | undefined][] = [
    ['a year as a start edge is its first instant', '2024', 'start', iso('2024-01-01T00:00:00Z')],
    ['a year as an end edge is the instant after it', '2024', 'end', iso('2025-01-01T00:00:00Z')],
    ['a month as a start edge', '2024-10', 'start', iso('2024-10-01T00:00:00Z')],
    ['a month as an end edge is the end of the month', '2024-10', 'end', iso('2024-11-01T00:00:00Z')],
    ['December as an end edge runs into the next year', '2024-12', 'end', iso('2025-01-01T00:00:00Z')],
    ['a day as a start edge', '2024-02-29', 'start', iso('2024-02-29T00:00:00Z')],
    ['a day as an end edge is the end of the day', '2024-02-29', 'end', iso('2024-03-01T00:00:00Z')],
    ['a minute in its offset as a start edge', '2024-10-07T12:30+02:00', 'start', iso('2024-10-07T10:30:00Z')],
    ['a minute as an end edge is the end of the minute', '2024-10-07T12:30Z', 'end', iso('2024-10-07T12:31:00Z')],
    ['a year before Christ as a start edge', '-0043', 'start', iso('-000043-01-01T00:00:00Z')],
    ['a year before Christ as an end edge', '-0043', 'end', iso('-000042-01-01T00:00:00Z')],
    ['a BC day as an end edge', '-0043-03-15', 'end', iso('-000043-03-16T00:00:00Z')],
    ['year 44 as itself, not 1944', '0044', 'start', iso('0044-01-01T00:00:00Z')],
    ['text with space around it', '  2024-10 ', 'start', iso('2024-10-01T00:00:00Z')],
    ['a Date as its own instant, as a start edge', new Date(iso('2024-10-07T10:30:00Z')), 'start', iso('2024-10-07T10:30:00Z')],
    ['a Date as its own instant, as an end edge too', new Date(iso('2024-10-07T10:30:00Z')), 'end', iso('2024-10-07T10:30:00Z')],
    ['a Date before Christ', new Date(iso('-000043-03-15T00:00:00Z')), 'start', iso('-000043-03-15T00:00:00Z')],
    ['an invalid Date as nothing', new Date(Number.NaN), 'start', undefined],
    ['an invalid Date as an end edge as nothing', new Date('soon'), 'end', undefined],
    ['nothing as nothing', undefined, 'start', undefined],
    ['empty text as nothing', '', 'start', undefined],
    ['blank text as nothing', '   ', 'end', undefined],
    ['a word as nothing', 'soon', 'start', undefined],
    ['a month that does not exist as nothing', '2024-13', 'start', undefined],
    ['a day that does not exist as nothing', '2023-02-29', 'end', undefined],
    ['a day written the American way as nothing', '10/07/2024', 'start', undefined],
    ['a time without an offset as its wall-clock time, read as UTC (a floating time)', '2024-10-07T12:30', 'start', Date.UTC(2024, 9, 7, 12, 30)],
    ['year -0000 as nothing', '-0000', 'start', undefined],
  ];
  for (const [what, value, edge, expected] of cases) {
    it(`reads ${what}`, () => {
      expect(windowEdge(value, edge)).to.equal(expected);
    });
  }
});

describe('windowFromEdges', () => {
  const fitted = fitWindow(extent);

  it('shows the whole of the written edges: October to October is all of October', () => {
    expect(windowFromEdges('2024-10', '2024-10', extent)).to.deep.equal({ start: iso('2024-10-01T00:00:00Z'), end: iso('2024-11-01T00:00:00Z') });
  });

  it('takes a day to a day inclusive, and Dates as they are', () => {
    expect(windowFromEdges('2024-03-01', '2024-03-07', extent)).to.deep.equal({ start: Date.UTC(2024, 2, 1), end: Date.UTC(2024, 2, 8) });
    expect(windowFromEdges(new Date(Date.UTC(2024, 2, 1, 6)), new Date(Date.UTC(2024, 2, 1, 18)), extent)).to.deep.equal({ start: Date.UTC(2024, 2, 1, 6), end: Date.UTC(2024, 2, 1, 18) });
  });

  it('mixes a written date and a Date', () => {
    expect(windowFromEdges('2024-03', new Date(Date.UTC(2024, 5, 1)), extent)).to.deep.equal({ start: Date.UTC(2024, 2, 1), end: Date.UTC(2024, 5, 1) });
  });

  it('keeps written edges far from the data over the data', () => {
    const far = windowFromEdges('2030', '2031', extent);
    expect(far.end - far.start, 'from the start of 2030 to the end of 2031').to.equal(Date.UTC(2032, 0, 1) - Date.UTC(2030, 0, 1));
    expect(far.start).to.be.below(fitted.end);
  });

  it('narrows edges closer than an hour to an hour', () => {
    const window = windowFromEdges('2024-10-07T12:30Z', '2024-10-07T12:30Z', extent);
    expect(window.start).to.equal(Date.UTC(2024, 9, 7, 12, 30));
    expect(window.end - window.start).to.equal(MIN_SPAN);
  });

  const fallbacks: [string, Date | string | undefined, Date | string | undefined][] = [
    ['no edges', undefined, undefined],
    ['only a start', '2024-03', undefined],
    ['only an end', undefined, '2024-03'],
    ['an end before the start', '2024-10', '2024-03'],
    ['a Date end equal to the Date start', new Date(Date.UTC(2024, 2, 1)), new Date(Date.UTC(2024, 2, 1))],
    ['an unreadable start', 'soon', '2024-03'],
    ['an unreadable end', '2024-03', '2024-02-30'],
    ['an invalid Date', new Date(Number.NaN), '2024-03'],
    ['blank edges', ' ', ''],
  ];
  for (const [what, start, end] of fallbacks) {
    it(`fits the data for ${what}`, () => {
      expect(windowFromEdges(start, end, extent)).to.deep.equal(fitted);
    });
  }

  it('fits the default window when there are neither edges nor data', () => {
    expect(windowFromEdges(undefined, undefined, undefined)).to.deep.equal(fitWindow(undefined));
  });
});

describe('windowAround', () => {
  it('shows a stretch with 15% of it as a margin on each side', () => {
    const start = Date.UTC(2024, 3, 1);
    expect(windowAround(start, start + 20 * DAY, extent)).to.deep.equal({ start: start - 3 * DAY, end: start + 23 * DAY });
  });

  it('gives a short stretch a margin of an hour each side', () => {
    const start = Date.UTC(2024, 3, 1, 12);
    expect(windowAround(start, start + 60_000, extent)).to.deep.equal({ start: start - HOUR, end: start + 60_000 + HOUR });
  });

  it('keeps the window over the data', () => {
    const start = Date.UTC(2031, 0, 1);
    const window = windowAround(start, start + 10 * DAY, extent)!;
    expect(window.end - window.start).to.equal(13 * DAY);
    expect(window.start).to.be.below(fitWindow(extent).end);
  });

  const empty: [string, number, number][] = [
    ['an empty stretch', Date.UTC(2024, 3, 1), Date.UTC(2024, 3, 1)],
    ['a stretch that ends before it starts', Date.UTC(2024, 3, 2), Date.UTC(2024, 3, 1)],
    ['a stretch with no start', Number.NaN, Date.UTC(2024, 3, 1)],
    ['a stretch with no end', Date.UTC(2024, 3, 1), Number.NaN],
  ];
  for (const [what, start, end] of empty) {
    it(`gives nothing for ${what}`, () => {
      expect(windowAround(start, end, extent)).to.equal(undefined);
    });
  }
});

describe('zoomAnchor', () => {
  const window = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 0, 1) + 100 * DAY };
  const cases: [string, number | undefined, number][] = [
    ['the middle without a focus', undefined, 0.5],
    ['the window\'s start for a focus there', window.start, 0],
    ['the window\'s end for a focus there', window.end, 1],
    ['a quarter of the way for a focus there', window.start + 25 * DAY, 0.25],
    ['the middle for a focus just before the window', window.start - 1, 0.5],
    ['the middle for a focus just after it', window.end + 1, 0.5],
    ['the middle for a focus far outside', window.start - 1000 * DAY, 0.5],
  ];
  for (const [what, focus, expected] of cases) {
    it(`zooms around ${what}`, () => {
      expect(zoomAnchor(window, focus)).to.equal(expected);
    });
  }

  it('keeps a focused time in view at the same place when zooming around it', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1.1, max: 4, noNaN: true }), (fraction, factor) => {
        const focus = window.start + (window.end - window.start) * fraction;
        const zoomed = zoomWindow(window, factor, zoomAnchor(window, focus), extent);
        expect((focus - zoomed.start) / (zoomed.end - zoomed.start)).to.be.closeTo(fraction, 1e-6);
      }),
    );
  });
});
