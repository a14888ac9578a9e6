import { eventColumnsOf, type LaneColumn } from '../model/event-columns.js';
import { timesBefore, timesUpTo } from '../model/sorted-times.js';
import type { NormalizedEvent } from '../model/types.js';
import { assignLanes, laneKeyOf, lanesFromCounts, type Lane, type LaneMode } from './lanes.js';
import type { TimeWindow } from './time-window.js';

export { timesBefore, timesUpTo };

/**
 * Time spans of events in start order, found by binary search rather than by visiting them all: which
 * overlap a window, and how many. Events are sorted by start; the latest end so far finds the first span
 * still running at a time, and a sorted copy of the ends counts those that ended before it.
 */
export class SortedSpans {
  /** Starts and (exclusive) ends in UTC ms, in start order. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** The ends again, sorted. */
  readonly sortedEnds: Float64Array;
  /** At each position, the latest end of the spans up to it: never decreasing, so it can be searched. */
  readonly latestEnds: Float64Array;

  /**
   * @param orders each span's position in time order among all events, when these spans are a subset of them
   *   (one lane's); by default the spans are all the events, so a span's position is its order
   * @param sortedEnds the ends sorted, when they are known already
   */
  constructor(
    starts: Float64Array,
    ends: Float64Array,
    readonly orders?: Int32Array,
    sortedEnds?: Float64Array,
  ) {
    this.starts = starts;
    this.ends = ends;
    this.sortedEnds = sortedEnds ?? ends.slice().sort();
    this.latestEnds = new Float64Array(ends.length);
    let latest = -Infinity;
    for (let position = 0; position < ends.length; position++) this.latestEnds[position] = latest = Math.max(latest, ends[position]!);
  }

  /** The first position whose span ends after `time`: no span before it is still running then. */
  firstRunningAfter(time: number): number {
    return timesUpTo(this.latestEnds, time);
  }

  get size(): number {
    return this.starts.length;
  }

  /** The event order of the span at `position`. */
  orderAt(position: number): number {
    return this.orders ? this.orders[position]! : position;
  }

  /** How many spans overlap [start, end): those that start before its end, less those that end by its start. */
  count(window: TimeWindow): number {
    if (!(window.end > window.start)) return 0;
    return Math.max(timesBefore(this.starts, window.end) - timesUpTo(this.sortedEnds, window.start), 0);
  }

  /** Orders of the events overlapping [start, end), in time order. */
  visible(window: TimeWindow): number[] {
    const from = this.firstRunningAfter(window.start);
    const to = timesBefore(this.starts, window.end);
    const orders: number[] = [];
    for (let position = from; position < to; position++) {
      if (this.ends[position]! > window.start) orders.push(this.orderAt(position));
    }
    return orders;
  }
}

/** The lanes of a lane mode and, for each, the spans of its events. */
export interface LaneGroups {
  lanes: Lane[];
  /** The lane number of each event, by order. */
  laneOf: Int32Array;
  /** Each lane's events. */
  spans: SortedSpans[];
}

/** How many events each lane key of a column holds, the keys in order of first appearance. */
function countsOfKeys({ codes, keys }: LaneColumn): Map<string, number> {
  const counts = new Uint32Array(keys.length);
  for (let order = 0; order < codes.length; order++) counts[codes[order]!]!++;
  return new Map(keys.map((key, code) => [key, counts[code]!]));
}

/** Each event's start and end in UTC ms, read from the events (filled in a plain loop: `Float64Array.from` with a mapping function is many times slower). */
function startsAndEnds(events: readonly NormalizedEvent[]): { starts: Float64Array; ends: Float64Array } {
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  for (let order = 0; order < events.length; order++) {
    starts[order] = events[order]!.start.getTime();
    ends[order] = events[order]!.end.getTime();
  }
  return { starts, ends };
}

/**
 * Finds the events that overlap a window without scanning them all. Built once per list of events (which
 * must be sorted by start); lanes and ids are worked out on first use and kept. Starts, ends, key events and
 * lane keys come from the reading's columns when it kept them (`model/event-columns.ts`), else from the events.
 */
export class EventIndex extends SortedSpans {
  private ids?: Map<string, number>;
  private keys?: readonly number[];
  private readonly laneGroups = new Map<LaneMode, LaneGroups>();
  /** The span of all events, or undefined when there are none. */
  readonly extent: TimeWindow | undefined;

  /** @param laneOrder lane keys that come first, in this order, in every lane mode (see `assignLanes`) */
  constructor(
    readonly events: readonly NormalizedEvent[],
    private readonly laneOrder: (mode: LaneMode) => readonly string[] = () => [],
  ) {
    const columns = eventColumnsOf(events);
    const { starts, ends } = columns ?? startsAndEnds(events);
    super(starts, ends, undefined, columns?.sortedEnds);
    this.keys = columns?.keyOrders;
    this.extent = events.length ? { start: starts[0]!, end: this.sortedEnds[events.length - 1]! } : undefined;
  }

  /** The orders of the key events (`importance: "key"`), in time order: few, and found once. */
  get keyOrders(): readonly number[] {
    if (!this.keys) {
      const keys: number[] = [];
      for (let order = 0; order < this.events.length; order++) if (this.events[order]!.importance === 'key') keys.push(order);
      this.keys = keys;
    }
    return this.keys;
  }

  /** The position of an event in time order, or -1. */
  indexOf(id: string): number {
    this.ids ??= new Map(this.events.map((event, order) => [event.id, order]));
    return this.ids.get(id) ?? -1;
  }

  /** The lanes for a mode, each with its events' spans; the same object for the same mode. */
  lanes(mode: LaneMode): LaneGroups {
    let groups = this.laneGroups.get(mode);
    if (!groups) {
      groups = this.groupByLane(mode);
      this.laneGroups.set(mode, groups);
    }
    return groups;
  }

  private groupByLane(mode: LaneMode): LaneGroups {
    const column = mode === 'none' ? undefined : eventColumnsOf(this.events)?.lanes[mode];
    const lanes = column ? lanesFromCounts(countsOfKeys(column), 8, this.laneOrder(mode)) : assignLanes(this.events, mode, 8, this.laneOrder(mode));
    const laneOf = new Int32Array(this.events.length);
    if (lanes.length === 1) return { lanes, laneOf, spans: [this] };
    const laneNumber = new Map(lanes.map((lane, number) => [lane.key, number]));
    const sizes = new Int32Array(lanes.length);
    if (column) {
      const laneOfCode = Int32Array.from(column.keys, (key) => laneNumber.get(key) ?? 0);
      for (let order = 0; order < laneOf.length; order++) sizes[(laneOf[order] = laneOfCode[column.codes[order]!]!)]!++;
    } else {
      this.events.forEach((event, order) => {
        const lane = laneNumber.get(laneKeyOf(event, mode)) ?? 0;
        laneOf[order] = lane;
        sizes[lane]!++;
      });
    }
    const orders = Array.from(sizes, (size) => new Int32Array(size));
    const filled = new Int32Array(lanes.length);
    laneOf.forEach((lane, order) => (orders[lane]![filled[lane]!++] = order));
    const spans = orders.map((laneOrders) => {
      const starts = new Float64Array(laneOrders.length);
      const ends = new Float64Array(laneOrders.length);
      laneOrders.forEach((order, position) => {
        starts[position] = this.starts[order]!;
        ends[position] = this.ends[order]!;
      });
      return new SortedSpans(starts, ends, laneOrders);
    });
    return { lanes, laneOf, spans };
  }
}
