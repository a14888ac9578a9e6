/**
 * The events a timeline shows, ready for layout: the parse result, its index, the axis's breaks and the
 * statuses present, and what the element asks of them (the event with an id, the events a cluster holds, the
 * window that shows a cluster or the edges an author wrote). Made once per data; pure.
 */
import { STATUSES, type EventStatus } from '../model/schema.js';
import type { NormalizedEvent, ParseResult } from '../model/types.js';
import { NO_BREAKS, findBreaks, type TimeFold } from './axis-breaks.js';
import { clusterHolds, clusterMembers, clusterSpan, type PlacedCluster } from './horizontal-layout.js';
import type { LaneMode } from './lanes.js';
import { windowAround, windowFromEdges, type TimeWindow } from './time-window.js';
import { EventIndex } from './visible-events.js';

export type BreakMode = 'auto' | 'none';

export class TimelineData {
  static readonly EMPTY = new TimelineData({ dataset: { title: '' }, events: [], issues: [] });

  readonly index: EventIndex;
  /** The axis's breaks: the view window and the horizontal layout work in folded time. */
  readonly fold: TimeFold;
  /** The statuses in the data, in the legend's order. */
  readonly statuses: readonly EventStatus[];

  constructor(
    readonly result: ParseResult,
    readonly breaks: BreakMode = 'auto',
    index?: EventIndex,
  ) {
    this.index = index ?? new EventIndex(result.events);
    this.fold = breaks === 'none' ? NO_BREAKS : findBreaks(this.index.starts, this.index.ends);
    const present = new Set<string | undefined>();
    for (const event of result.events) present.add(event.status);
    this.statuses = STATUSES.filter((status) => present.has(status));
  }

  get events(): readonly NormalizedEvent[] {
    return this.result.events;
  }

  /** The same data with breaks folded another way (the index is kept). */
  withBreaks(breaks: BreakMode): TimelineData {
    return breaks === this.breaks ? this : new TimelineData(this.result, breaks, this.index);
  }

  /** The span of the events in folded time, or undefined when there are none. */
  get foldedExtent(): TimeWindow | undefined {
    const extent = this.index.extent;
    return extent && this.fold.foldWindow(extent);
  }

  /** The event with an id, or undefined. */
  eventById(id: string | undefined): NormalizedEvent | undefined {
    return id === undefined ? undefined : this.result.events[this.index.indexOf(id)];
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
