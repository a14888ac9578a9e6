/**
 * Aggregation for crowded lanes: where a lane has more events in view than its rows can draw as marks, its
 * events are counted into calendar bins (days, weeks, months, years: units that nest in the axis's ticks, so
 * columns line up with them), each drawn as a column as tall as the bin is crowded, so that 100,000 events read
 * as a shape rather than a smear. Bins are counted by binary search on the sorted starts and ends, so the work
 * is O(bins × log n), whatever the number of events.
 *
 * An event belongs to the bin that holds its start, or the window's start if it began earlier: every event
 * overlapping the window is in exactly one bin.
 */
import { timesBefore, timesUpTo, type SortedSpans } from './visible-events.js';
import type { TimeWindow } from './time-window.js';

export interface Bucket {
  /**
   * The bin's stretch of real time, UTC ms: its members are the events overlapping the window whose start,
   * moved up to the window's start if earlier, is in [from, to).
   */
  from: number;
  to: number;
  count: number;
  /** The earliest and the latest of those starts: where the members' marks begin. */
  firstStart: number;
  lastStart: number;
}

/**
 * Counts the events of `spans` overlapping `window` (real time) into bins with the given edges (ascending, the
 * first at or after the window's start); empty bins are left out. The edges of several stretches may be given
 * one after the other (the stretches between axis breaks): a gap between stretches holds no event.
 */
export function aggregateIntoBins(spans: SortedSpans, window: TimeWindow, edges: readonly (readonly number[])[]): Bucket[] {
  if (!(window.end > window.start)) return [];
  const { starts } = spans;
  const firstInView = timesBefore(starts, window.start);
  // Events that started before the window and still run count in the first bin.
  let carried = firstInView - timesUpTo(spans.sortedEnds, window.start);
  const buckets: Bucket[] = [];
  for (const stretch of edges) {
    let first = timesBefore(starts, stretch[0]!);
    for (let index = 0; index + 1 < stretch.length; index++) {
      const from = stretch[index]!;
      const to = stretch[index + 1]!;
      const last = timesBefore(starts, to);
      const count = last - first + carried;
      if (count > 0) {
        buckets.push({
          from,
          to,
          count,
          firstStart: carried > 0 ? window.start : starts[first]!,
          lastStart: last > first ? starts[last - 1]! : window.start,
        });
      }
      carried = 0;
      first = last;
    }
  }
  return buckets;
}

/** True when an event [start, end) is in the bin. */
export function bucketHolds(bucket: Bucket, window: TimeWindow, start: number, end: number): boolean {
  if (!(end > window.start && start < window.end)) return false;
  const clamped = Math.max(start, window.start);
  return clamped >= bucket.from && clamped < bucket.to;
}

/** The orders of a bin's events, in time order; at most `limit` of them, the earliest. */
export function bucketMembers(spans: SortedSpans, bucket: Bucket, window: TimeWindow, limit = Infinity): number[] {
  const orders: number[] = [];
  const { starts, ends } = spans;
  const from = Math.max(bucket.from, window.start);
  if (from === window.start) {
    const firstInView = timesBefore(starts, window.start);
    for (let position = spans.firstRunningAfter(window.start); position < firstInView && orders.length < limit; position++) {
      if (ends[position]! > window.start) orders.push(spans.orderAt(position));
    }
  }
  const to = Math.min(bucket.to, window.end);
  for (let position = timesBefore(starts, from); position < starts.length && starts[position]! < to && orders.length < limit; position++) {
    orders.push(spans.orderAt(position));
  }
  return orders;
}

/** A count as a badge's text: "+7", "+312", "+16667" (all digits, so that a count is read the same everywhere). */
export function countLabel(count: number): string {
  return `+${count}`;
}
