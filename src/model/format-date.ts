import { ENGLISH_PHRASES, fillPhrase, type Phrases } from './interface-phrases.js';
import { usableLocale } from './locale-numbers.js';
import type { DateSpan } from './partial-date.js';
import type { NormalizedEvent, Precision } from './types.js';

/** What formatting an event's date reads of it. */
export type EventDates = Pick<
  NormalizedEvent,
  | 'start' | 'end' | 'startPrecision' | 'endPrecision' | 'isRange' | 'utcOffsetMinutes' | 'floatingTime' | 'secondsWritten'
  | 'approximate' | 'displayDate'
>;

type DateFormatOptions = Intl.DateTimeFormatOptions;

const PRECISION_FIELDS: Record<Precision, DateFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  minute: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' },
};

export { formatCount, usableLocale } from './locale-numbers.js';

const formatterCache = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` that reads dates in UTC, since calendar dates have no time zone. */
export function utcFormatter(locale: string | undefined, options: DateFormatOptions): Intl.DateTimeFormat {
  const safe = usableLocale(locale);
  const key = `${safe ?? ''}|${JSON.stringify(options)}`;
  let formatter = formatterCache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(safe, { ...options, timeZone: 'UTC' });
    formatterCache.set(key, formatter);
  }
  return formatter;
}

const SECONDS: DateFormatOptions = { second: '2-digit' };

function optionsFor(precision: Precision, showEra: boolean, showSeconds = false): DateFormatOptions {
  const fields = showSeconds && precision === 'minute' ? { ...PRECISION_FIELDS.minute, ...SECONDS } : PRECISION_FIELDS[precision];
  return showEra ? { ...fields, era: 'short' } : fields;
}

/** The one phrase for a date known only roughly: "c. 1200" (the phrase `approximateDate`). */
export function approximateDateText(dateText: string, phrases: Phrases = ENGLISH_PHRASES): string {
  return fillPhrase(phrases.approximateDate, { date: dateText });
}

/** "UTC", "UTC+9", "UTC−3:30": the offset a minute-precision date was written in. */
export function formatUtcOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '−';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `UTC${sign}${hours}${minutes ? ':' + String(minutes).padStart(2, '0') : ''}`;
}

/** The last instant inside an exclusive end, so that "to 9 Oct 00:00" reads as "8 Oct". */
function inclusiveEnd(event: EventDates): Date {
  return new Date(event.end.getTime() - (event.endPrecision === 'minute' ? 60_000 : 1));
}

/**
 * Formats an event's date as precisely as it is known, through `Intl`: "19 June 2024", "June 2024",
 * "7–8 October 2024", "2000", "44 BC" in en-GB. Minute-precision dates are shown in the offset they
 * were written in ("19 June 2024, 02:22 UTC+9"), a time written without an offset as written, in no zone
 * ("19 June 2024, 02:22:30"), with seconds when they were written. An approximate date reads "c. 1200".
 * The author's `displayDate` ("Spring 221 BC") is shown as written instead. Calendar dates read the same in
 * every time zone.
 */
export function formatEventDate(event: EventDates, locale?: string, phrases: Phrases = ENGLISH_PHRASES): string {
  const { displayDate } = event;
  if (typeof displayDate === 'string' && displayDate.trim() !== '') return displayDate.trim();
  const text = formatDates(event, locale);
  return event.approximate === true ? approximateDateText(text, phrases) : text;
}

function formatDates(event: EventDates, locale: string | undefined): string {
  const hasTime = event.startPrecision === 'minute' || event.endPrecision === 'minute';
  const floating = event.floatingTime === true;
  const offset = event.startPrecision === 'minute' && !floating ? (event.utcOffsetMinutes ?? 0) : 0;
  const shift = (date: Date) => new Date(date.getTime() + offset * 60_000);
  const start = shift(event.start);
  const showEra = start.getUTCFullYear() < 1000;
  const seconds = event.secondsWritten === true;
  const offsetLabel = hasTime && !floating ? ` ${formatUtcOffset(offset)}` : '';
  if (!event.isRange) {
    return utcFormatter(locale, optionsFor(event.startPrecision, showEra, seconds)).format(start) + offsetLabel;
  }
  const end = shift(inclusiveEnd(event));
  const rangeShowsEra = showEra || end.getUTCFullYear() < 1000;
  if (event.startPrecision === event.endPrecision) {
    return utcFormatter(locale, optionsFor(event.startPrecision, rangeShowsEra, seconds)).formatRange(start, end) + offsetLabel;
  }
  const startText = utcFormatter(locale, optionsFor(event.startPrecision, rangeShowsEra, seconds)).format(start);
  const endText = utcFormatter(locale, optionsFor(event.endPrecision, rangeShowsEra, seconds)).format(end);
  return `${startText} – ${endText}${offsetLabel}`;
}

/** Formats the span of one partial date as precisely as it is known, like `formatEventDate`: a history entry's "3 October 2024". */
export function formatDateSpan(span: DateSpan, locale?: string, phrases: Phrases = ENGLISH_PHRASES): string {
  const dates: EventDates = { start: span.start, end: span.end, startPrecision: span.precision, endPrecision: span.precision, isRange: false };
  if (span.utcOffsetMinutes !== undefined) dates.utcOffsetMinutes = span.utcOffsetMinutes;
  if (span.floatingTime) dates.floatingTime = true;
  if (span.secondsWritten) dates.secondsWritten = true;
  return formatEventDate(dates, locale, phrases);
}
