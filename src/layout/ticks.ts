import { utcDay, utcHour, utcMonth, utcMonday, type TimeInterval } from 'd3-time';
import { utcFormatter } from '../model/format-date.js';
import { utcDate } from '../model/partial-date.js';
import type { TimeWindow } from './time-window.js';

/** One tick of the time axis: where it sits, its label, and the second-level label where the parent unit changes. */
export interface AxisTick {
  time: number;
  /** Pixel offset along the axis. */
  position: number;
  label: string;
  /** E.g. the year under a month label, only on the first tick of each year (and on the first tick shown). */
  parentLabel?: string;
  /** Major ticks get a grid line. */
  major: boolean;
}

type Unit = 'hour' | 'day' | 'week' | 'month' | 'year';

interface TickLevel {
  unit: Unit;
  step: number;
  /** Typical length of one step, to choose a level. */
  approximateMs: number;
  range: TickRange;
}

/** The tick times from `start` (inclusive) to `stop` (exclusive). */
type TickRange = (start: Date, stop: Date) => Date[];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const YEAR_MS = 365.2425 * DAY_MS;

/**
 * Round years for a step, as readers count them: AD 1900, 1910…, and BC years counted back from 1 BC, so
 * ticks read "100 BC", "80 BC" rather than the astronomical -100, -80 (which are 101 BC and 81 BC).
 */
export function roundYears(startYear: number, endYear: number, step: number): number[] {
  const years: number[] = [];
  let year = startYear;
  while (year <= endYear) {
    if (year <= 0) {
      const yearsBeforeAD1 = Math.floor((1 - year) / step) * step;
      if (yearsBeforeAD1 === 0) {
        year = 1;
        continue;
      }
      if (1 - yearsBeforeAD1 >= startYear) years.push(1 - yearsBeforeAD1);
      year = 1 - yearsBeforeAD1 + step;
      if (year > 0) year = 1;
    } else {
      const next = Math.ceil(year / step) * step;
      if (next <= endYear) years.push(next);
      year = next + step;
    }
  }
  return [...new Set(years)];
}

function everyYears(step: number): TickRange {
  return (start, stop) =>
    roundYears(start.getUTCFullYear(), stop.getUTCFullYear(), step)
      .map((year) => utcDate(year))
      .filter((date) => date >= start && date < stop);
}

const every = (interval: TimeInterval): TickRange => (start, stop) => interval.range(start, stop);

const LEVELS: TickLevel[] = [
  ...[1, 3, 6, 12].map((step) => ({ unit: 'hour' as const, step, approximateMs: step * HOUR_MS, range: every(step === 1 ? utcHour : utcHour.every(step)!) })),
  { unit: 'day', step: 1, approximateMs: DAY_MS, range: every(utcDay) },
  { unit: 'week', step: 1, approximateMs: 7 * DAY_MS, range: every(utcMonday) },
  ...[1, 3, 6].map((step) => ({ unit: 'month' as const, step, approximateMs: (step * YEAR_MS) / 12, range: every(step === 1 ? utcMonth : utcMonth.every(step)!) })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].map((step) => ({ unit: 'year' as const, step, approximateMs: step * YEAR_MS, range: everyYears(step) })),
];

/** The finest tick level whose ticks are at least `minSpacing` pixels apart. */
export function chooseTickLevel(window: TimeWindow, length: number, minSpacing: number): TickLevel {
  const msPerPixel = (window.end - window.start) / Math.max(length, 1);
  return LEVELS.find((level) => level.approximateMs / msPerPixel >= minSpacing) ?? LEVELS[LEVELS.length - 1]!;
}

const yearOf = (time: number) => new Date(time).getUTCFullYear();
/** Years as readers number them: 1 BC is 1, 44 BC is 44. */
const readerYear = (time: number) => (yearOf(time) <= 0 ? 1 - yearOf(time) : yearOf(time));

function formatYear(time: number, locale: string | undefined): string {
  const era = yearOf(time) < 1000 ? { era: 'short' as const } : {};
  return utcFormatter(locale, { year: 'numeric', ...era }).format(time);
}

/**
 * Ticks for a time axis of `length` pixels, adapting from hours to millennia, labelled through `Intl` in
 * `locale`. Two levels: e.g. month names, with the year beneath the first month of each year.
 */
export function axisTicks(window: TimeWindow, length: number, locale: string | undefined, minSpacing = 64): AxisTick[] {
  if (!(window.end > window.start) || length <= 0) return [];
  const level = chooseTickLevel(window, length, minSpacing);
  const times = level.range(new Date(window.start), new Date(window.end)).map((date) => date.getTime());
  const toPosition = (time: number) => ((time - window.start) / (window.end - window.start)) * length;
  const parentKey = (time: number) => {
    const date = new Date(time);
    switch (level.unit) {
      case 'hour':
        return utcDay.floor(date).getTime();
      case 'day':
      case 'week':
        return utcMonth.floor(date).getTime();
      case 'month':
        return date.getUTCFullYear();
      case 'year':
        return undefined;
    }
  };
  let previousParent: number | undefined;
  return times.map((time, index) => {
    const parent = parentKey(time);
    const showParent = parent !== undefined && (index === 0 || parent !== previousParent);
    previousParent = parent;
    const tick: AxisTick = { time, position: toPosition(time), label: remembered(`${level.unit}|${locale}|${time}`, () => tickLabel(time, level.unit, locale)), major: false };
    if (showParent) tick.parentLabel = remembered(`parent|${level.unit}|${locale}|${time}`, () => parentLabel(time, level.unit, locale));
    tick.major = level.unit === 'year' ? readerYear(time) % (level.step * 5) === 0 : showParent;
    return tick;
  });
}

const labels = new Map<string, string>();

/** Tick labels, remembered: every zoom and pan step shows mostly the ticks of the step before. */
function remembered(key: string, label: () => string): string {
  let text = labels.get(key);
  if (text === undefined) {
    text = label();
    if (labels.size > 5000) labels.clear();
    labels.set(key, text);
  }
  return text;
}

function tickLabel(time: number, unit: Unit, locale: string | undefined): string {
  switch (unit) {
    case 'hour':
      return utcFormatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(time);
    case 'day':
    case 'week':
      return utcFormatter(locale, { day: 'numeric' }).format(time);
    case 'month':
      return utcFormatter(locale, { month: 'short' }).format(time);
    case 'year':
      return formatYear(time, locale);
  }
}

function parentLabel(time: number, unit: Unit, locale: string | undefined): string {
  switch (unit) {
    case 'hour':
      return utcFormatter(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(time);
    case 'day':
    case 'week':
      return utcFormatter(locale, { month: 'short', year: 'numeric', ...(yearOf(time) < 1000 ? { era: 'short' as const } : {}) }).format(time);
    case 'month':
    case 'year':
      return formatYear(time, locale);
  }
}
