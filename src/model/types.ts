import type { DateSpan } from './partial-date.js';
import type { TimelineEvent, TimelineHistoryEntry } from './schema.js';

/** How finely a date is known. Ordered from coarsest to finest. */
export type Precision = 'year' | 'month' | 'day' | 'minute';

/** A step of an event's history, with its date read: the entry holds from `span.start` on (`2024-10` from 1 October). */
export interface NormalizedHistoryEntry extends TimelineHistoryEntry {
  span: DateSpan;
}

/**
 * An event ready for layout: the authoring fields, with `start`/`end` turned into the exact span
 * the dates name. `end` is exclusive: `2024-06` is 1 June 00:00Z to 1 July 00:00Z.
 */
export interface NormalizedEvent extends Omit<TimelineEvent, 'start' | 'end' | 'history'> {
  start: Date;
  end: Date;
  /** The coarser of the start and end precisions: how finely the whole event is known. */
  precision: Precision;
  /** The precision of the start date alone. */
  startPrecision: Precision;
  /** The precision of `end` when the event has one, else the same as `precision`. */
  endPrecision: Precision;
  /** True when `end` was given and names a later span than `start`. */
  isRange: boolean;
  /** For minute precision only: the author's UTC offset in minutes, used to show local time. */
  utcOffsetMinutes?: number;
  /** The authoring strings, kept for display and round-tripping. */
  startText: string;
  endText?: string;
  /**
   * What was known when, oldest first (ties in the authored order), each entry's date read. When there is a
   * history, `status` is its latest entry's.
   */
  history?: NormalizedHistoryEntry[];
}

export interface DatasetIssue {
  /** JSON Pointer to the problem, e.g. "/events/3/start"; CSV uses "/rows/<spreadsheet row>/<column>". */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface DatasetInfo {
  title: string;
  description?: string;
  updated?: string;
}

export interface ParseResult {
  dataset: DatasetInfo;
  events: NormalizedEvent[];
  issues: DatasetIssue[];
}
