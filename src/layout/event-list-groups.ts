/**
 * The outline of `<dateline-event-list>`: the events it draws grouped by the year they start in (as written),
 * and by month within a busy year, with the words of those headings. Pure: what each event becomes in the list
 * is the caller's (`itemOf`).
 */
import { utcFormatter } from '../model/format-date.js';
import type { NormalizedEvent } from '../model/types.js';

/** A year with more events than this is split under month headings. */
export const EVENTS_BEFORE_MONTHS = 6;

/** The events of one month of a dense year (or, with no `label`, the year-precision events that fit no month). */
export interface MonthGroup<Item> {
  key: string;
  label?: string;
  items: Item[];
}

export interface YearGroup<Item> {
  key: string;
  label: string;
  /** Set when the year is split under month headings. */
  months?: MonthGroup<Item>[];
  items: Item[];
}

/** The calendar date an event starts on, as written: minute-precision dates in their own UTC offset. */
export function writtenStart(event: NormalizedEvent): Date {
  const offset = event.startPrecision === 'minute' ? (event.utcOffsetMinutes ?? 0) : 0;
  return new Date(event.start.getTime() + offset * 60_000);
}

/** A year's heading: the year alone, with its era before year 1000 ("44 BC", "AD 800"). */
export function yearLabel(date: Date, locale: string | undefined): string {
  const options: Intl.DateTimeFormatOptions = date.getUTCFullYear() < 1000 ? { year: 'numeric', era: 'short' } : { year: 'numeric' };
  return utcFormatter(locale, options).format(date);
}

/**
 * Groups the first `shown` events (in time order) by year, and by month within a year that has many. Whether a
 * year is split is decided on all its events, so showing more never changes the headings already shown. Each
 * event becomes one `itemOf(event, order)`, the same object in its year's `items` and in its month's.
 */
export function groupEvents<Item>(
  events: readonly NormalizedEvent[],
  shown: number,
  locale: string | undefined,
  itemOf: (event: NormalizedEvent, order: number) => Item,
): YearGroup<Item>[] {
  const yearSizes = new Map<number, number>();
  for (const event of events) {
    const year = writtenStart(event).getUTCFullYear();
    yearSizes.set(year, (yearSizes.get(year) ?? 0) + 1);
  }
  const years = new Map<number, YearGroup<Item>>();
  const monthFormat = utcFormatter(locale, { month: 'long' });
  events.slice(0, shown).forEach((event, order) => {
    const date = writtenStart(event);
    const year = date.getUTCFullYear();
    let group = years.get(year);
    if (!group) {
      group = { key: String(year), label: yearLabel(date, locale), items: [] };
      if (yearSizes.get(year)! > EVENTS_BEFORE_MONTHS) group.months = [];
      years.set(year, group);
    }
    const item = itemOf(event, order);
    group.items.push(item);
    if (!group.months) return;
    // Year-precision events belong to no month: they lead the year, in a group without a heading.
    const isWholeYear = event.startPrecision === 'year';
    const key = isWholeYear ? group.key : `${group.key}-${date.getUTCMonth() + 1}`;
    let month = group.months.find((candidate) => candidate.key === key);
    if (!month) {
      month = isWholeYear ? { key, items: [] } : { key, label: monthFormat.format(date), items: [] };
      if (isWholeYear) group.months.unshift(month);
      else group.months.push(month);
    }
    month.items.push(item);
  });
  return [...years.values()];
}
