import { utcDay, utcHour, utcMonth, utcMonday, utcYear, type TimeInterval } from 'd3-time';
import { utcFormatter } from '../model/format-date.js';
import { utcDate } from '../model/partial-date.js';
import type { TimeWindow } from './time-window.js';
import { NO_BREAKS, type TimeFold } from './axis-breaks.js';

/** One tick of the time axis: where it sits, its label, and the second-level label where the parent unit changes. */
export interface AxisTick {
  time: number;
  /** Pixel offset along the axis. */
  position: number;
  label: string;
  /** E.g. the year over a month label, only on the first tick of each year (and on the first tick shown). */
  parentLabel?: string;
  /**
   * Where the parent label (and a major tick's grid line) stands, from the tick: at the start of its unit (a
   * month label over weeks stands at the 1st, not at the first Monday), or at the start of the axis or of the
   * stretch after a break when its unit began before. Zero or less.
   */
  parentOffset?: number;
  /** Major ticks get a grid line, at the start of their parent unit. */
  major: boolean;
}

type Unit = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface TickLevel {
  unit: Unit;
  step: number;
  /** Typical length of one step, to choose a level. */
  approximateMs: number;
  /** The shortest a step can be (a February, a common year), so that no column of this unit is narrower than asked. */
  shortestMs: number;
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
  ...[1, 3, 6, 12].map((step) => ({ unit: 'hour' as const, step, approximateMs: step * HOUR_MS, shortestMs: step * HOUR_MS, range: every(step === 1 ? utcHour : utcHour.every(step)!) })),
  { unit: 'day', step: 1, approximateMs: DAY_MS, shortestMs: DAY_MS, range: every(utcDay) },
  { unit: 'week', step: 1, approximateMs: 7 * DAY_MS, shortestMs: 7 * DAY_MS, range: every(utcMonday) },
  ...[1, 3, 6].map((step) => ({
    unit: 'month' as const,
    step,
    approximateMs: (step * YEAR_MS) / 12,
    shortestMs: (step === 1 ? 28 : step === 3 ? 89 : 181) * DAY_MS,
    range: every(step === 1 ? utcMonth : utcMonth.every(step)!),
  })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].map((step) => ({ unit: 'year' as const, step, approximateMs: step * YEAR_MS, shortestMs: step * 365 * DAY_MS, range: everyYears(step) })),
];

/** The finest tick level whose ticks are at least `minSpacing` pixels apart. */
export function chooseTickLevel(window: TimeWindow, length: number, minSpacing: number): TickLevel {
  const msPerPixel = (window.end - window.start) / Math.max(length, 1);
  return LEVELS.find((level) => level.approximateMs / msPerPixel >= minSpacing) ?? LEVELS[LEVELS.length - 1]!;
}

/** True when every boundary of a `coarse` step is also a boundary of a `fine` one: fine units nest in coarse ones. */
function nestsIn(fine: TickLevel, coarse: TickLevel): boolean {
  switch (coarse.unit) {
    case 'hour':
      return fine.unit === 'hour' && coarse.step % fine.step === 0;
    case 'day':
      return fine.unit === 'hour' || fine === coarse;
    case 'week':
      return fine.unit === 'hour' || fine.unit === 'day' || fine === coarse;
    case 'month':
      return fine.unit === 'hour' || fine.unit === 'day' || (fine.unit === 'month' && coarse.step % fine.step === 0);
    case 'year':
      return fine.unit !== 'week' && (fine.unit !== 'year' || coarse.step % fine.step === 0);
  }
}

/**
 * The calendar unit of count columns: the finest unit, of those the axis uses, that nests in the axis's ticks
 * (so that every tick is the edge of a column) and whose columns are at least `minColumn` pixels wide.
 */
export function binLevel(window: TimeWindow, length: number, minSpacing: number, minColumn: number): TickLevel {
  const ticks = chooseTickLevel(window, length, minSpacing);
  const msPerPixel = (window.end - window.start) / Math.max(length, 1);
  return (
    LEVELS.find((level) => level.approximateMs <= ticks.approximateMs && nestsIn(level, ticks) && level.shortestMs / msPerPixel >= minColumn) ?? ticks
  );
}

/** The edges of a level's units within a stretch of real time: its start, every unit start inside, its end. */
export function unitEdges(level: TickLevel, stretch: TimeWindow): number[] {
  const inside = level.range(new Date(stretch.start), new Date(stretch.end)).map((date) => date.getTime()).filter((time) => time > stretch.start && time < stretch.end);
  return [stretch.start, ...inside, stretch.end];
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
 * `locale`. Two levels: e.g. month names, with the year over the first month of each year. With breaks in the
 * axis (`fold`), the window is in folded time and each stretch between breaks gets its own ticks.
 */
export function axisTicks(window: TimeWindow, length: number, locale: string | undefined, minSpacing = 64, fold: TimeFold = NO_BREAKS): AxisTick[] {
  if (!(window.end > window.start) || length <= 0) return [];
  const level = chooseTickLevel(window, length, minSpacing);
  const toPosition = (time: number) => ((fold.fold(time) - window.start) / (window.end - window.start)) * length;
  const ticks: AxisTick[] = [];
  for (const segment of fold.segments(window)) {
    const times = level.range(new Date(segment.start), new Date(segment.end)).map((date) => date.getTime());
    const segmentStart = Math.max(toPosition(segment.start), 0);
    let previousParent: number | undefined;
    let previousParentPosition = -Infinity;
    times.forEach((time, index) => {
      const parent = parentStart(time, level.unit);
      const showParent = parent !== undefined && (index === 0 || parent !== previousParent);
      previousParent = parent;
      const position = toPosition(time);
      const tick: AxisTick = { time, position, label: remembered(`${level.unit}|${locale}|${time}`, () => tickLabel(time, level.unit, locale)), major: false };
      if (showParent) {
        const parentPosition = Math.max(toPosition(parent), segmentStart);
        // A parent label held at the start of the stretch gives way to the next one when they would touch.
        const previous = ticks.at(-1);
        if (previous?.parentLabel !== undefined && previousParentPosition > parentPosition - minSpacing && index > 0) {
          delete previous.parentLabel;
          delete previous.parentOffset;
          previous.major = level.unit === 'year' ? previous.major : false;
        }
        tick.parentLabel = remembered(`parent|${level.unit}|${locale}|${time}`, () => parentLabel(time, level.unit, locale));
        tick.parentOffset = Math.min(parentPosition - position, 0);
        previousParentPosition = parentPosition;
      }
      tick.major = level.unit === 'year' ? readerYear(time) % (level.step * 5) === 0 : showParent;
      ticks.push(tick);
    });
    // A stretch between breaks too short for a tick still says when it is.
    if (times.length === 0 && level.unit !== 'year') {
      ticks.push({ time: segment.start, position: segmentStart, label: '', parentLabel: parentLabel(segment.start, level.unit, locale), parentOffset: 0, major: true });
    } else if (times.length === 0) {
      ticks.push({ time: segment.start, position: segmentStart, label: formatYear(segment.start, locale), major: false });
    }
  }
  return ticks;
}

/** The start of the unit a tick's parent label names (its day, month or year), or undefined for year ticks. */
function parentStart(time: number, unit: Unit): number | undefined {
  const date = new Date(time);
  switch (unit) {
    case 'hour':
      return utcDay.floor(date).getTime();
    case 'day':
    case 'week':
      return utcMonth.floor(date).getTime();
    case 'month':
      return utcYear.floor(date).getTime();
    case 'year':
      return undefined;
  }
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
