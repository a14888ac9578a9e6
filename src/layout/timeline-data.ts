/**
 * The events a timeline shows, ready for layout: the parse result, its index, the axis's breaks, the statuses
 * present and whether any claim is contested, and what the element asks of them (the event with an id, the events a cluster holds, the
 * window that shows a cluster or the edges an author wrote). Made once per data; pure.
 */
import { isContested } from '../model/claims.js';
import { eventColumnsOf } from '../model/event-columns.js';
import { STATUSES, type EventStatus } from '../model/vocabulary.js';
import type { NormalizedEvent, ParseResult } from '../model/types.js';
import { eventsAsOf } from './as-of.js';
import { NO_BREAKS, findBreaks, type TimeFold } from './axis-breaks.js';
import { clusterHolds, clusterMembers, clusterSpan } from './cluster-queries.js';
import type { PlacedCluster } from './horizontal-layout.js';
import type { LaneMode } from './lanes.js';
import { windowAround, windowFromEdges, type TimeWindow } from './time-window.js';
import { EventIndex } from './visible-events.js';

export type BreakMode = 'auto' | 'none';

export class TimelineData {
  static readonly EMPTY = new TimelineData({ dataset: { title: '' }, events: [], issues: [] });

  /** The index of the events shown: all of them, or with `asOf`, those known then, each as it stood then. */
  readonly index: EventIndex;
  /** The axis's breaks: the view window and the horizontal layout work in folded time. */
  readonly fold: TimeFold;
  /** The statuses of the events shown, in the legend's order. */
  readonly statuses: readonly EventStatus[];
  /** True when someone denies or disputes the claim of an event shown. */
  readonly hasContested: boolean;

  /**
   * `asOf` shows the timeline as it stood at that instant: the events not yet reported then are left out, and
   * each of the others is a copy with its status, history and responses as of then (the parse result keeps the
   * events as they are now).
   */
  constructor(
    readonly result: ParseResult,
    readonly breaks: BreakMode = 'auto',
    index?: EventIndex,
    readonly asOf?: Date,
    private readonly laneOrder?: (mode: LaneMode) => readonly string[],
  ) {
    this.index = index ?? new EventIndex(asOf ? eventsAsOf(result.events, asOf) : result.events, laneOrder);
    this.fold = breaks === 'none' ? NO_BREAKS : findBreaks(this.index.starts, this.index.ends);
    const columns = eventColumnsOf(this.events);
    const present = columns?.statuses ?? new Set(this.events.map((event) => event.status));
    this.statuses = STATUSES.filter((status) => present.has(status));
    this.hasContested = columns?.hasContested ?? this.events.some(isContested);
  }

  /** The events shown, in time order (as of `asOf` when it is set). */
  get events(): readonly NormalizedEvent[] {
    return this.index.events;
  }

  /** The same data with breaks folded another way (the index is kept). */
  withBreaks(breaks: BreakMode): TimelineData {
    return breaks === this.breaks ? this : new TimelineData(this.result, breaks, this.index, this.asOf, this.laneOrder);
  }

  /** The same data as of another instant, or as it is now (undefined). */
  withAsOf(asOf: Date | undefined): TimelineData {
    return asOf?.getTime() === this.asOf?.getTime() ? this : new TimelineData(this.result, this.breaks, undefined, asOf, this.laneOrder);
  }

  /** The span of the events in folded time, or undefined when there are none. */
  get foldedExtent(): TimeWindow | undefined {
    const extent = this.index.extent;
    return extent && this.fold.foldWindow(extent);
  }

  /** The event with an id, or undefined. */
  eventById(id: string | undefined): NormalizedEvent | undefined {
    return id === undefined ? undefined : this.events[this.index.indexOf(id)];
  }

  /** The first window, in folded time: the stretch an author's `start` and `end` name, or all the events. */
  windowFromEdges(start: string | undefined, end: string | undefined): TimeWindow {
    return windowFromEdges(start, end, this.foldedExtent, this.fold);
  }

  /** True when the cluster holds the event at `order`; `window` is the real time shown. */
  clusterHolds(cluster: PlacedCluster, order: number, laneMode: LaneMode, window: TimeWindow): boolean {
    return clusterHolds(cluster, order, this.index, laneMode, window);
  }

  /** The orders of a cluster's events, in time order; at most `limit` of a bin's, the earliest. */
  clusterMembers(cluster: PlacedCluster, laneMode: LaneMode, window: TimeWindow, limit?: number): number[] {
    return clusterMembers(cluster, this.index, laneMode, window, limit);
  }

  /** The folded window that shows a cluster's events with a margin, or undefined for an empty one. */
  clusterWindow(cluster: PlacedCluster): TimeWindow | undefined {
    const span = clusterSpan(cluster, this.index);
    return windowAround(this.fold.fold(span.start), this.fold.fold(span.end), this.foldedExtent);
  }
}
