import type { DateSpan } from './partial-date.js';
import type { TimelineDataset, TimelineEvent, TimelineHistoryEntry, TimelineMedia } from './schema.js';

/** How finely a date is known. Ordered from coarsest to finest. */
export type Precision = 'year' | 'month' | 'day' | 'minute';

/** A step of an event's history, with its date read: the entry holds from `span.start` on (`2024-10` from 1 October). */
export interface NormalizedHistoryEntry extends TimelineHistoryEntry {
  span: DateSpan;
}

/**
 * An event ready for layout: the authoring fields, with `start`/`end` turned into the exact span
 * the dates name. `end` is exclusive: `2024-06` is 1 June 00:00Z to 1 July 00:00Z.
 *
 * Read-only once read: events written with the same date text share its `Date`s (their setters throw: copy one
 * with `new Date(event.start)` to change it), and events that list the same `actors` or `claimedBy` share one
 * frozen list. A long timeline holds a few thousand dates and lists rather than one of each per event.
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
  /**
   * For minute precision only: the time was written without an offset (`2024-06-19T02:22`; the start's, or the
   * end's when only the end has a time), a floating wall-clock time, shown as written in no zone and placed on
   * the axis as if it were UTC.
   */
  floatingTime?: true;
  /** For minute precision only: seconds were written in the start or the end, so they are shown. */
  secondsWritten?: true;
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

/**
 * An era ready for layout: its title and the exact span its dates name, `end` exclusive like an event's. An era
 * without an end goes on: it has no `end`, and reaches as far as the axis does.
 */
export interface NormalizedEra {
  title: string;
  start: Date;
  end?: Date;
  startPrecision: Precision;
  endPrecision?: Precision;
  /** The authoring strings, kept for display. */
  startText: string;
  endText?: string;
}

/** What a dataset says about itself, checked: its header (title, dek, updated, credit, media) and its eras. */
export interface DatasetInfo {
  title: string;
  /** A dek, shown under the title: plain text, or simple HTML to sanitise (`looksLikeMarkup`). */
  description?: string;
  /** When the story was last updated, a partial date as written. */
  updated?: string;
  /** Who made the timeline: plain text, or simple HTML to sanitise. */
  credit?: string;
  /** Media for the header (a TimelineJS title slide's), its URLs checked. */
  media?: TimelineMedia;
  /** Named stretches of time, in chronological order (ties in the authored order). */
  eras?: NormalizedEra[];
  /**
   * A hint for the element when its `lanes` is not set: `'category'` when the data groups its events (TimelineJS
   * groups), so that lanes follow the groups.
   */
  lanes?: 'category';
}

export interface ParseResult {
  dataset: DatasetInfo;
  events: NormalizedEvent[];
  issues: DatasetIssue[];
}

/**
 * A TimelineJS3 story as its JSON is written (`{ title?, events: [{ start_date, text, media, group, … }], eras?,
 * scale? }`): read by `fromTimelineJS`, and by the elements' `events` and `src`, told by its shape.
 */
export interface TimelineJSStory {
  events: readonly unknown[];
  title?: unknown;
  eras?: readonly unknown[];
  scale?: unknown;
  [field: string]: unknown;
}

/** What the elements' `events` property takes: a list of events, a dataset, or a TimelineJS story. */
export type DatasetInput = readonly TimelineEvent[] | TimelineDataset | TimelineJSStory;
