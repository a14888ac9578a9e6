/**
 * Where the events are when the view shows none: the nearest event on each side of an empty window, and how
 * far it is in calendar terms ("3 months", "5 days"), for the buttons that lead the reader back to them.
 * Pure: spans in start order in, orders and words out.
 */
import { utcMonth } from 'd3-time';
import { usableLocale } from '../model/format-date.js';
import { ENGLISH_PHRASES, fillPhrase, type Phrases } from '../model/interface-phrases.js';
import { DAY, type TimeWindow } from './time-window.js';
import { timesBefore, type SortedSpans } from './visible-events.js';

/** The nearest events on either side of an empty window, by order; undefined on a side with none. */
export interface NearestEvents {
  /** The event that ends last before the window. */
  earlier?: number;
  /** The event that starts first after the window. */
  later?: number;
}

/**
 * The nearest event on each side of `window`, or undefined when some event overlaps it (the view is not
 * empty) or there are no events. Found by binary search, so it costs the same for 10 events and for 100,000.
 */
export function nearestEvents(spans: SortedSpans, window: TimeWindow): NearestEvents | undefined {
  if (spans.size === 0 || spans.count(window) > 0) return undefined;
  // Every event that starts before the window's end has ended by its start: the one that ends last is nearest.
  const before = timesBefore(spans.starts, window.end);
  const nearest: NearestEvents = {};
  if (before > 0) {
    const latestEnd = spans.latestEnds[before - 1]!;
    // The latest ends never decrease: the first position that reaches the last of them holds it.
    nearest.earlier = spans.orderAt(timesBefore(spans.latestEnds, latestEnd));
  }
  if (before < spans.size) nearest.later = spans.orderAt(before);
  return nearest;
}

export type DistanceUnit = 'year' | 'month' | 'day';

/** A stretch of time in calendar units: whole years from two years on, whole months from two months on, else days. */
export interface CalendarDistance {
  value: number;
  unit: DistanceUnit;
}

/**
 * How far apart two instants are on the calendar (UTC, since calendar dates have no time zone): whole months
 * as the calendar counts them (31 January to 28 February is not yet a month), in years from two years on, in
 * months from two months on, else in days (at least one).
 */
export function calendarDistance(from: number, to: number): CalendarDistance {
  const [early, late] = from <= to ? [from, to] : [to, from];
  let months = utcMonth.count(new Date(early), new Date(late));
  while (months > 0 && utcMonth.offset(new Date(early), months).getTime() > late) months--;
  if (months >= 24) return { value: Math.floor(months / 12), unit: 'year' };
  if (months >= 2) return { value: months, unit: 'month' };
  return { value: Math.max(Math.round((late - early) / DAY), 1), unit: 'day' };
}

const unitFormats = new Map<string, Intl.NumberFormat | null>();

/** "3 months", "1 day", "22 years", in the locale's words through Intl's unit formatting ("3 Monate"). */
export function distanceText({ value, unit }: CalendarDistance, locale: string | undefined): string {
  const safe = usableLocale(locale) ?? '';
  const key = `${safe}|${unit}`;
  let format = unitFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(safe || undefined, { style: 'unit', unit, unitDisplay: 'long' });
    } catch {
      format = null;
    }
    unitFormats.set(key, format);
  }
  return format ? format.format(value) : `${value} ${unit}${value === 1 ? '' : 's'}`;
}

/** The text of a button to the nearest event: "3 months earlier: 3 October 2024", "5 days later: 12 November 2024". */
export function nearestEventText(direction: 'earlier' | 'later', distance: CalendarDistance, dateText: string, locale: string | undefined, phrases: Phrases = ENGLISH_PHRASES): string {
  return fillPhrase(direction === 'earlier' ? phrases.nearestEarlier : phrases.nearestLater, { distance: distanceText(distance, locale), date: dateText });
}
