/**
 * Aggregation for crowded lanes: where a lane has more events in view than labels could ever show, its
 * events fold into buckets of a fixed pixel width, each drawn as a count badge over a bar, so that 100,000
 * events read as a shape rather than a smear. Buckets are counted by binary search on the sorted starts and
 * ends, so the work is O(buckets × log n), whatever the number of events.
 *
 * An event belongs to the bucket that holds its start, or the window's start if it began earlier: every
 * event overlapping the window is in exactly one bucket.
 */
import { timesBefore, timesUpTo, type SortedSpans } from './visible-events.js';
import type { TimeWindow } from './time-window.js';

export interface Bucket {
  /**
   * The bucket's stretch of time, UTC ms: its members are the events overlapping the window whose start,
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
 * Where buckets start and end: at multiples of one bucket size (about `bucketPx` wide), so that they stay
 * put while the window pans; a partial bucket at either edge joins its neighbour, so none is narrower than
 * `bucketPx`. Gives the window's start, the inner boundaries, and the window's end.
 */
export function bucketBoundaries(window: TimeWindow, width: number, bucketPx: number): { boundaries: number[]; size: number } {
  const span = window.end - window.start;
  const count = Math.floor(width / bucketPx);
  if (!(span > 0) || !(count >= 1)) return { boundaries: [window.start, window.end], size: span };
  const size = span / count;
  const boundaries = [window.start];
  for (let index = Math.ceil(window.start / size + 1); index * size <= window.end - size; index++) boundaries.push(index * size);
  boundaries.push(window.end);
  return { boundaries, size };
}

/** Counts the events of `spans` overlapping the window into buckets about `bucketPx` wide; empty buckets are left out. */
export function aggregateIntoBuckets(spans: SortedSpans, window: TimeWindow, width: number, bucketPx: number): Bucket[] {
  if (!(window.end > window.start)) return [];
  const { boundaries } = bucketBoundaries(window, width, bucketPx);
  const { starts } = spans;
  const firstInView = timesBefore(starts, window.start);
  // Events that started before the window and still run count in the first bucket.
  const carried = firstInView - timesUpTo(spans.sortedEnds, window.start);
  const buckets: Bucket[] = [];
  let first = firstInView;
  for (let index = 0; index + 1 < boundaries.length; index++) {
    const from = boundaries[index]!;
    const to = boundaries[index + 1]!;
    const last = timesBefore(starts, to);
    const held = index === 0 ? carried : 0;
    const count = last - first + held;
    if (count > 0) {
      buckets.push({
        from,
        to,
        count,
        firstStart: held > 0 ? window.start : starts[first]!,
        lastStart: last > first ? starts[last - 1]! : window.start,
      });
    }
    first = last;
  }
  return buckets;
}

/** True when an event [start, end) is in the bucket. */
export function bucketHolds(bucket: Bucket, window: TimeWindow, start: number, end: number): boolean {
  if (!(end > window.start && start < window.end)) return false;
  const clamped = Math.max(start, window.start);
  return clamped >= bucket.from && clamped < bucket.to;
}

/** The orders of a bucket's events, in time order; at most `limit` of them, the earliest. */
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

/** A count badge's text: "+7", "+312", "+16667" (all digits, so that a count is read the same everywhere). */
export function countLabel(count: number): string {
  return `+${count}`;
}
