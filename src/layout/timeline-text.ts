/**
 * The words the timeline composes besides the data's own: what a screen reader hears for an event or a
 * cluster, counts, the range announced after a zoom, gap markers and the labels of lists and buttons. Pure
 * functions of the data and the locale, so they are tested without a browser.
 */
import { attributionText } from '../model/attribution-text.js';
import { formatCount, usableLocale, utcFormatter } from '../model/format-date.js';
import type { NormalizedEvent } from '../model/types.js';
import { eventDateText } from './event-date-text.js';
import { laneKeyOf, type LaneMode } from './lanes.js';
import type { PlacedCluster } from './horizontal-layout.js';
import { DAY, type TimeWindow } from './time-window.js';

const eventsNoun = (count: number) => (count === 1 ? 'event' : 'events');

/** A count as text: in the locale's grouping from a thousand on ("12", "1,234", "1 234"). */
export function countText(count: number, locale: string | undefined): string {
  return count < 1000 ? String(count) : formatCount(count, locale);
}

const dayTexts = new Map<string, string>();

/** A day as text, "3 Jun 2024"; remembered, since buckets and ranges are described again on every step. */
export function dayText(time: number, locale: string | undefined): string {
  const key = `${locale}|${Math.floor(time / DAY)}`;
  let text = dayTexts.get(key);
  if (text === undefined) {
    const era = new Date(time).getUTCFullYear() < 1000 ? { era: 'short' as const } : {};
    text = utcFormatter(locale, { day: 'numeric', month: 'short', year: 'numeric', ...era }).format(time);
    if (dayTexts.size > 5000) dayTexts.clear();
    dayTexts.set(key, text);
  }
  return text;
}

export interface SpokenEventContext {
  /** True when the event's date is already in its visible text (a band's prefix, the vertical layout's date). */
  dateShown: boolean;
  /** Its position in time order, 0-based. */
  order: number;
  total: number;
  laneMode: LaneMode;
  locale: string | undefined;
}

/**
 * What a screen reader hears after an event's visible text: its date (unless shown), status with who claims it
 * and how others answered ("Alleged by the United States; denied by Russia and North Korea"), lane and place in
 * time order ("event 3 of 17", which the list item's posinset gives only when reading the list, not on focus).
 */
export function spokenEventDetails(event: NormalizedEvent, { dateShown, order, total, laneMode, locale }: SpokenEventContext): string {
  const parts: string[] = [];
  if (!dateShown) parts.push(eventDateText(event, locale));
  const attribution = attributionText(event, locale);
  if (attribution) parts.push(attribution);
  if (laneMode !== 'none') parts.push(`${laneKeyOf(event, laneMode)} lane`);
  parts.push(`event ${countText(order + 1, locale)} of ${countText(total, locale)}`);
  return `, ${parts.join(', ')}`;
}

/**
 * A cluster's accessible name: "3 more events, 2 June 2024 to 9 June 2024" for a "+N" badge (the dates of its
 * first and last event), "120 events, 1 Jun 2024 to 7 Jun 2024" for a count column (the days its events start on).
 */
export function describeCluster(cluster: PlacedCluster, events: readonly NormalizedEvent[], locale: string | undefined): string {
  const count = `${countText(cluster.count, locale)} ${eventsNoun(cluster.count)}`;
  const [first, last] = cluster.orders
    ? [eventDateText(events[cluster.orders[0]!]!, locale), eventDateText(events[cluster.orders.at(-1)!]!, locale)]
    : [dayText(cluster.bucket!.firstStart, locale), dayText(cluster.bucket!.lastStart, locale)];
  const when = first === last ? first : `${first} to ${last}`;
  return cluster.orders ? `${countText(cluster.count, locale)} more ${eventsNoun(cluster.count)}, ${when}` : `${count}, ${when}`;
}

/** What is announced when the view comes to rest: "1 Oct 2024 to 31 Oct 2024: 6 events". */
export function describeRange(window: TimeWindow, count: number, locale: string | undefined): string {
  return `${dayText(window.start, locale)} to ${dayText(window.end - 1, locale)}: ${countText(count, locale)} ${eventsNoun(count)}`;
}

/** "⋯ 3 months later ⋯" for a collapsed gap, through Intl's unit formatting. */
export function describeGap(milliseconds: number, locale: string | undefined): string {
  return `⋯ ${gapAmount(milliseconds, locale)} later ⋯`;
}

/** "22 years", "3 months", "5 days": a stretch of time in its largest fitting unit, through Intl. */
function gapAmount(milliseconds: number, locale: string | undefined): string {
  const days = milliseconds / DAY;
  const [value, unit] = days >= 730 ? [Math.round(days / 365.25), 'year'] : days >= 60 ? [Math.round(days / 30.44), 'month'] : [Math.max(Math.round(days), 1), 'day'];
  let amount: string;
  try {
    amount = new Intl.NumberFormat(usableLocale(locale), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  } catch {
    amount = `${value} ${unit}${value === 1 ? '' : 's'}`;
  }
  return amount;
}

/** The text on an axis break: "⋯ 22 years ⋯", the empty stretch it stands for. */
export function describeBreak(milliseconds: number, locale: string | undefined): string {
  return `⋯ ${gapAmount(milliseconds, locale)} ⋯`;
}

/** What a screen reader hears of an axis break: "The axis skips 22 years without events, from July 2000 to September 2022." */
export function describeBreakInWords(from: number, to: number, locale: string | undefined): string {
  const month = (time: number) => utcFormatter(locale, { month: 'long', year: 'numeric', ...(new Date(time).getUTCFullYear() < 1000 ? { era: 'short' as const } : {}) }).format(time);
  return `The axis skips ${gapAmount(to - from, locale)} without events, from ${month(from)} to ${month(to)}.`;
}

/** The accessible name of the list of drawn events. */
export function eventsInViewLabel(total: number, locale: string | undefined): string {
  return `Events in view, in time order, of ${countText(total, locale)}`;
}

/** The heading of an open cluster's list: "12 events". */
export function clusterListHeading(count: number, locale: string | undefined): string {
  return `${countText(count, locale)} ${eventsNoun(count)}`;
}

/** The last line of a cluster's list when it shows only some of them. */
export function clusterListRest(unlisted: number, locale: string | undefined): string {
  return `…and ${countText(unlisted, locale)} more: zoom in to see them`;
}

/** The vertical layout's buttons to the page of events before or after the one listed. */
export function pageButtonText(direction: 'earlier' | 'later', count: number, locale: string | undefined): string {
  return `Show ${direction} events (${countText(count, locale)} more in view)`;
}
