import { isPlainObject, isValidDate } from './dataset-issues.js';
import { parsePartialDate } from './partial-date.js';
import type { EventStatus } from './schema.js';
import type { NormalizedEvent, NormalizedHistoryEntry } from './types.js';

// What an event's attribution and history say about its claim: whether it is contested, and what was known
// when (for a timeline shown "as of" a date: events not yet reported are hidden, each with the status it had
// then). Calendar dates have no time zone: a history entry dated "2024-10" counts from 1 October 00:00 UTC.
// An embedder may hand the elements an event normalized by hand: parts that are not what the parser makes
// (a history entry without a span, responses that are no list) are passed over, never thrown on.

/** The stances that contest a claim. */
const CONTESTING: ReadonlySet<unknown> = new Set(['denies', 'disputes']);

/** True when someone denies or disputes the event's claim. */
export function isContested(event: Pick<NormalizedEvent, 'responses'>): boolean {
  const { responses } = event;
  return Array.isArray(responses) && responses.some((response: unknown) => isPlainObject(response) && CONTESTING.has(response.stance));
}

/** The history entries whose span the parser read, oldest first; none when the history is no list. */
export function readHistory(event: Pick<NormalizedEvent, 'history'>): NormalizedHistoryEntry[] {
  const { history } = event;
  if (!Array.isArray(history)) return [];
  return history.filter((entry: unknown) => isPlainObject(entry) && isPlainObject(entry.span) && isValidDate(entry.span.start) && isValidDate(entry.span.end));
}

/**
 * The instant an "as of" date stands for: the last moment of the span it names, so that the timeline "as of
 * 2024-10-05" includes what was known during 5 October. Undefined when the text is not a partial date.
 */
export function asOfTime(written: string): Date | undefined {
  const read = parsePartialDate(written);
  return read.ok ? new Date(read.span.end.getTime() - 1) : undefined;
}

/**
 * The status the event had at `time`: that of the last history entry at or before it (undefined when every
 * entry is later), or the event's status when it has no history.
 */
export function statusAsOf(event: Pick<NormalizedEvent, 'status' | 'history'>, time: Date): EventStatus | undefined {
  const history = readHistory(event);
  if (history.length === 0) return event.status;
  const at = time.getTime();
  let status: EventStatus | undefined;
  // The history is sorted oldest first.
  for (const entry of history) {
    if (entry.span.start.getTime() > at) break;
    status = entry.status;
  }
  return status;
}

/**
 * False when the event was not yet reported at `time`: its first history entry (or, without a history, its
 * start) is after it.
 */
export function knownAsOf(event: Pick<NormalizedEvent, 'start' | 'history'>, time: Date): boolean {
  const first = readHistory(event)[0];
  return (first ? first.span.start : event.start).getTime() <= time.getTime();
}
