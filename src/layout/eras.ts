/**
 * A dataset's eras as the elements show them: placed along the horizontal axis (pale bands behind the lanes,
 * their names in a strip at the plot's top), whether an event falls in one, and their words: "1947–1991",
 * "since 2022", and the line a screen reader hears before the events ("Eras: The Cold War, 1947–1991; …"),
 * since eras are context, not events. Pure.
 */
import { formatEventDate } from '../model/format-date.js';
import { ENGLISH_PHRASES, fillPhrase, type Phrases } from '../model/interface-phrases.js';
import type { NormalizedEra } from '../model/types.js';

/** An era placed along the horizontal plot, in pixels, clipped to the view. */
export interface PlacedEra {
  title: string;
  /** Its index in the dataset's eras (oldest first), for a key. */
  index: number;
  /** Where its band starts and ends in the plot, clipped to [0, width]. */
  start: number;
  end: number;
  /** The room its name has in the strip: up to the next era's start in view, or the band's end; 0 for no name. */
  labelWidth: number;
  /** It began before the view: its name stands at the view's start. */
  startsBefore: boolean;
  /** It has no end (it goes on): its band runs to the view's end with a cue that it continues. */
  ongoing: boolean;
}

/** The least room in which an era's name is shown (cut, with an ellipsis): a few letters. */
export const MIN_NAME_ROOM = 32;

/**
 * The eras that show in a view of `width` pixels, where `x` maps real time to the plot (through the axis's
 * breaks): each band clipped to the view, an open-ended era running to its end. An era narrower than a pixel in
 * view is left out.
 */
export function placeEras(eras: readonly NormalizedEra[] | undefined, x: (time: number) => number, width: number): PlacedEra[] {
  if (!eras?.length || !(width > 0)) return [];
  const placed: PlacedEra[] = [];
  const began = new Map<PlacedEra, number>();
  eras.forEach((era, index) => {
    const from = x(era.start.getTime());
    const to = era.end ? x(era.end.getTime()) : Infinity;
    const start = Math.max(from, 0);
    const end = Math.min(to, width);
    if (!(end - start >= 1)) return;
    const band = { title: era.title, index, start, end, labelWidth: end - start, startsBefore: from < 0, ongoing: !era.end };
    placed.push(band);
    began.set(band, era.start.getTime());
  });
  // A name runs no further than the next era's band, so that names of eras side by side never overlap; of eras
  // whose names would stand in the same place (both began before the view), the one that began last is named;
  // a name with room for less than a few letters is left out rather than cut to one.
  for (const era of placed) {
    const sharesItsPlace = placed.some((other) => other !== era && Math.abs(other.start - era.start) < 1 && began.get(other)! > began.get(era)!);
    if (sharesItsPlace) {
      era.labelWidth = 0;
      continue;
    }
    const next = placed.find((other) => other !== era && other.start >= era.start + 1 && other.start < era.end);
    if (next) era.labelWidth = next.start - era.start;
    if (era.labelWidth < MIN_NAME_ROOM) era.labelWidth = 0;
  }
  return placed;
}

/** An era's dates in words: "1947–1991", "June 2024 – March 2025", "since 2022" for one that goes on. */
export function eraSpanText(era: NormalizedEra, locale: string | undefined, phrases: Phrases = ENGLISH_PHRASES): string {
  const start = formatEventDate({ start: era.start, end: era.start, startPrecision: era.startPrecision, endPrecision: era.startPrecision, isRange: false }, locale);
  if (!era.end) return fillPhrase(phrases.eraSince, { date: start });
  return formatEventDate({ start: era.start, end: era.end, startPrecision: era.startPrecision, endPrecision: era.endPrecision ?? era.startPrecision, isRange: true }, locale);
}

/** What a screen reader hears before the events: "Eras: The Cold War, 1947–1991; Détente, since 1969." Empty without eras. */
export function erasInWords(eras: readonly NormalizedEra[] | undefined, locale: string | undefined, phrases: Phrases = ENGLISH_PHRASES): string {
  if (!eras?.length) return '';
  return fillPhrase(phrases.erasSpoken, { eras: eras.map((era) => `${era.title}, ${eraSpanText(era, locale, phrases)}`).join(phrases.clauseSeparator) });
}

/** True when an instant falls in an era: from its start, up to its (exclusive) end, or on for one that goes on. */
export function eraHolds(era: NormalizedEra, time: number): boolean {
  return era.start.getTime() <= time && (!era.end || time < era.end.getTime());
}
