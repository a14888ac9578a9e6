import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { clampWindow, fitWindow, maxSpan, MIN_SPAN, panWindow, revealInWindow, zoomWindow, DAY } from '../../src/layout/time-window.js';

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
