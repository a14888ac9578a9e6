/**
 * Random spans of days and random time windows (fast-check), and the brute-force scan that the fast
 * searches over them are checked against: shared by the aggregation, visible-events and timeline-layout tests.
 */
import fc from 'fast-check';
import { SortedSpans } from '../../src/layout/visible-events.js';
import type { TimeWindow } from '../../src/layout/time-window.js';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2023, 0, 1);

/** Spans of [start, end) in days from 2023-01-01, sorted by start as an index needs them. */
export function spansOf(days: [number, number][]): SortedSpans {
  const sorted = [...days].sort((a, b) => a[0] - b[0]);
  return new SortedSpans(
    Float64Array.from(sorted, ([start]) => T0 + start * DAY),
    Float64Array.from(sorted, ([start, length]) => T0 + (start + length) * DAY),
  );
}

/** Brute force: the positions of the spans overlapping a window. */
export function overlapping(spans: SortedSpans, window: TimeWindow): number[] {
  const positions: number[] = [];
  for (let position = 0; position < spans.size; position++) {
    if (spans.ends[position]! > window.start && spans.starts[position]! < window.end) positions.push(position);
  }
  return positions;
}

export const arbitrarySpans = fc.array(fc.tuple(fc.integer({ min: 0, max: 730 }), fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 120 }))), { maxLength: 400 });
export const arbitraryWindow = fc
  .tuple(fc.double({ min: -200, max: 900, noNaN: true }), fc.double({ min: 1 / 24, max: 1500, noNaN: true }))
  .map(([start, length]): TimeWindow => ({ start: T0 + start * DAY, end: T0 + (start + length) * DAY }));
