import { bisector } from 'd3-array';
import type { NormalizedEvent } from '../model/types.js';
import type { TimeWindow } from './time-window.js';

/**
 * Finds the events that overlap a window without scanning them all: events are sorted by start, and the
 * longest event bounds how far before the window a still-visible event can start.
 */
export class EventIndex {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly longest: number;
  private static readonly byStart = bisector((time: number) => time);

  constructor(readonly events: readonly NormalizedEvent[]) {
    this.starts = Float64Array.from(events, (event) => event.start.getTime());
    this.ends = Float64Array.from(events, (event) => event.end.getTime());
    let longest = 0;
    for (let index = 0; index < events.length; index++) longest = Math.max(longest, this.ends[index]! - this.starts[index]!);
    this.longest = longest;
  }

  /** Indices of events overlapping [start, end), in time order. */
  visible(window: TimeWindow): number[] {
    const from = EventIndex.byStart.left(this.starts as unknown as number[], window.start - this.longest);
    const to = EventIndex.byStart.left(this.starts as unknown as number[], window.end);
    const indices: number[] = [];
    for (let index = from; index < to; index++) {
      if (this.ends[index]! > window.start) indices.push(index);
    }
    return indices;
  }

  /** The position of an event in time order, or -1. */
  indexOf(id: string): number {
    return this.events.findIndex((event) => event.id === id);
  }
}
