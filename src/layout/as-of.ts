/**
 * A timeline shown "as of" a date (`as-of="2024-10-05"`): which date that is, the events known then, each as it
 * stood then (the status it had, its history so far, the responses and sources dated by then), and the line
 * that says so ("As of 5 October 2024"). Pure; the timeline (through `TimelineData`) and the list share it.
 */
import { asOfTime, knownAsOf, readHistory, statusAsOf } from '../model/claims.js';
import { formatDateSpan } from '../model/format-date.js';
import { ENGLISH_PHRASES, fillPhrase, type Phrases } from '../model/interface-phrases.js';
import { parsePartialDate, type DateSpan } from '../model/partial-date.js';
import type { NormalizedEvent } from '../model/types.js';

/** An `as-of` date as read: the instant it stands for (the last moment of its span) and the span, for its words. */
export interface AsOf {
  time: Date;
  span: DateSpan;
}

/** Reads an `as-of` attribute: undefined when it is unset, blank or not a partial date. */
export function readAsOf(written: unknown): AsOf | undefined {
  if (typeof written !== 'string' || written.trim() === '') return undefined;
  const read = parsePartialDate(written.trim());
  const time = asOfTime(written.trim());
  return read.ok && time ? { time, span: read.span } : undefined;
}

/** True when two `as-of` readings stand for the same instant (or are both unset). */
export function sameAsOf(a: AsOf | undefined, b: AsOf | undefined): boolean {
  return a?.time.getTime() === b?.time.getTime();
}

/** The line under the legend or above the list: "As of 5 October 2024". */
export function asOfText(asOf: AsOf, locale: string | undefined, phrases: Phrases = ENGLISH_PHRASES): string {
  return fillPhrase(phrases.asOf, { date: formatDateSpan(asOf.span, locale, phrases) });
}

/** True when a response or a source is dated by `time`, or gives no readable date (then it counts as known all along). */
function datedBy(item: unknown, time: number): boolean {
  const date = (item as { date?: unknown } | null)?.date;
  if (typeof date !== 'string') return true;
  const read = parsePartialDate(date);
  return !read.ok || read.span.start.getTime() <= time;
}

/**
 * The event as it stood at `time`: a copy with the status it had then, the history entries up to then, and the
 * responses and sources dated by then (one without a date counts as known). Its summary is the author's, as it
 * is now. The event itself is left alone.
 */
export function eventAsOf(event: NormalizedEvent, time: Date): NormalizedEvent {
  const at = time.getTime();
  const copy: NormalizedEvent = { ...event };
  const status = statusAsOf(event, time);
  if (status) copy.status = status;
  else delete copy.status;
  if (Array.isArray(event.history)) copy.history = readHistory(event).filter((entry) => entry.span.start.getTime() <= at);
  if (Array.isArray(event.responses)) copy.responses = event.responses.filter((response) => datedBy(response, at));
  if (Array.isArray(event.sources)) copy.sources = event.sources.filter((source) => datedBy(source, at));
  return copy;
}

/** The events known at `time` (`knownAsOf`), in their order, each as it stood then (`eventAsOf`). */
export function eventsAsOf(events: readonly NormalizedEvent[], time: Date): NormalizedEvent[] {
  const shown: NormalizedEvent[] = [];
  for (const event of events) if (knownAsOf(event, time)) shown.push(eventAsOf(event, time));
  return shown;
}
