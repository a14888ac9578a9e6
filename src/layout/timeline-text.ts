/**
 * The words the timeline composes besides the data's own: what a screen reader hears for an event or a
 * cluster, counts, the range announced after a zoom, gap markers and the labels of lists and buttons. Pure
 * functions of the data, the locale and the interface phrases (interface-phrases.ts), so they are tested without a
 * browser. The phrases default to English.
 */
import { attributionText } from '../model/attribution-text.js';
import { utcFormatter } from '../model/format-date.js';
import { countText } from '../model/locale-numbers.js';
import { countPhrase, ENGLISH_PHRASES, fillPhrase, type Phrases } from '../model/interface-phrases.js';
import type { NormalizedEvent } from '../model/types.js';
import { eventDateText } from './event-date-text.js';
import { laneKeyOf, laneName, type LaneMode } from './lanes.js';
import { calendarDistance, distanceText } from './nearest-events.js';
import type { PlacedCluster } from './horizontal-layout.js';
import { DAY, type TimeWindow } from './time-window.js';

export { countText } from '../model/locale-numbers.js';

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
  phrases?: Phrases;
}

/**
 * What a screen reader hears after an event's visible text: its date (unless shown), status with who claims it
 * and how others answered ("Alleged by the United States; denied by Russia and North Korea"), lane and place in
 * time order ("event 3 of 17", which the list item's posinset gives only when reading the list, not on focus).
 */
export function spokenEventDetails(event: NormalizedEvent, { dateShown, order, total, laneMode, locale, phrases = ENGLISH_PHRASES }: SpokenEventContext): string {
  const parts: string[] = [];
  if (!dateShown) parts.push(eventDateText(event, locale, phrases));
  const attribution = attributionText(event, locale, phrases);
  if (attribution) parts.push(attribution);
  if (laneMode !== 'none') parts.push(fillPhrase(phrases.laneName, { lane: laneName(laneKeyOf(event, laneMode), phrases) }));
  parts.push(fillPhrase(phrases.eventPosition, { position: countText(order + 1, locale), total: countText(total, locale) }));
  return `, ${parts.join(', ')}`;
}

/**
 * A cluster's accessible name: "3 more events, 2 June 2024 to 9 June 2024" for a "+N" badge (the dates of its
 * first and last event), "120 events, 1 Jun 2024 to 7 Jun 2024" for a count column (the days its events start on).
 */
export function describeCluster(cluster: PlacedCluster, events: readonly NormalizedEvent[], locale: string | undefined, phrases: Phrases = ENGLISH_PHRASES): string {
  const [first, last] = cluster.orders
    ? [eventDateText(events[cluster.orders[0]!]!, locale, phrases), eventDateText(events[cluster.orders.at(-1)!]!, locale, phrases)]
    : [dayText(cluster.bucket!.firstStart, locale), dayText(cluster.bucket!.lastStart, locale)];
  const dates = first === last ? first : fillPhrase(phrases.dateRange, { from: first, to: last });
  const count = countPhrase(cluster.orders ? phrases.moreEventCount : phrases.eventCount, cluster.count, locale);
  return fillPhrase(phrases.countAndDates, { count, dates });
}

/** What is announced when the view comes to rest: "1 Oct 2024 to 31 Oct 2024: 6 events". */
export function describeRange(window: TimeWindow, count: number, locale: string | undefined, phrases: Phrases = ENGLISH_PHRASES): string {
  return fillPhrase(phrases.rangeAnnouncement, { from: dayText(window.start, locale), to: dayText(window.end - 1, locale), count: countPhrase(phrases.eventCount, count, locale) });
}

/**
 * "22 years", "3 months", "5 days": the calendar distance between two instants (whole years, months or days as
 * the calendar counts them, not milliseconds over an average year), in the locale's words through Intl.
 */
export function gapAmount(from: number, to: number, locale: string | undefined): string {
  return distanceText(calendarDistance(from, to), locale);
}

/** "⋯ 3 months later ⋯" for a collapsed gap between two instants. */
export function describeGap(from: number, to: number, locale: string | undefined, phrases: Phrases = ENGLISH_PHRASES): string {
  return fillPhrase(phrases.gapLater, { amount: gapAmount(from, to, locale) });
}

/** The text on an axis break: "⋯ 22 years ⋯", the empty stretch it stands for. */
export function describeBreak(from: number, to: number, locale: string | undefined): string {
  return `⋯ ${gapAmount(from, to, locale)} ⋯`;
}

/** What a screen reader hears of an axis break: "The axis skips 22 years without events, from July 2000 to September 2022." */
export function describeBreakInWords(from: number, to: number, locale: string | undefined, phrases: Phrases = ENGLISH_PHRASES): string {
  const month = (time: number) => utcFormatter(locale, { month: 'long', year: 'numeric', ...(new Date(time).getUTCFullYear() < 1000 ? { era: 'short' as const } : {}) }).format(time);
  return fillPhrase(phrases.axisSkips, { amount: gapAmount(from, to, locale), from: month(from), to: month(to) });
}

/** The accessible name of the list of drawn events. */
export function eventsInViewLabel(total: number, locale: string | undefined, phrases: Phrases = ENGLISH_PHRASES): string {
  return fillPhrase(phrases.eventsInView, { total: countText(total, locale) });
}

/** The heading of an open cluster's list: "12 events". */
export function clusterListHeading(count: number, locale: string | undefined, phrases: Phrases = ENGLISH_PHRASES): string {
  return countPhrase(phrases.eventCount, count, locale);
}

/** The last line of a cluster's list when it shows only some of them. */
export function clusterListRest(unlisted: number, locale: string | undefined, phrases: Phrases = ENGLISH_PHRASES): string {
  return countPhrase(phrases.clusterRest, unlisted, locale);
}

/** The vertical layout's buttons to the page of events before or after the one listed. */
export function pageButtonText(direction: 'earlier' | 'later', count: number, locale: string | undefined, phrases: Phrases = ENGLISH_PHRASES): string {
  return countPhrase(direction === 'earlier' ? phrases.pageEarlier : phrases.pageLater, count, locale);
}
