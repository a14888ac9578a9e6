// The calendar units an archive's counts are binned by: the element's tick levels (src/layout/ticks.ts: hours
// by 1, 3, 6 and 12, days, weeks from Monday, months by 1, 3 and 6, years by 1, 2, 5, 10 … 5000), so that the
// server's bins nest in the axis's ticks as the element's own count columns do. Each level knows its floor
// exactly as SQL's `time_bucket` (DuckDB) and `toStartOfInterval` (ClickHouse) compute it, all in UTC: hours and
// days from midnight, weeks from a Monday, months and years from 1 January 2000 (so quarters start in January,
// April, July and October, decades in 1990, 2000, 2010). Years before AD 1 count by astronomical numbers.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Monday 5 January 1970, the first Monday after the epoch: weeks are counted from it. */
const FIRST_MONDAY_MS = 4 * DAY_MS;

/**
 * @typedef {{ unit: 'hour' | 'day' | 'week' | 'month' | 'year', step: number }} BinLevel
 */

/** @type {readonly BinLevel[]} finest first */
export const BIN_LEVELS = Object.freeze([
  ...[1, 3, 6, 12].map((step) => ({ unit: 'hour', step })),
  { unit: 'day', step: 1 },
  { unit: 'week', step: 1 },
  ...[1, 3, 6].map((step) => ({ unit: 'month', step })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].map((step) => ({ unit: 'year', step })),
]);

/** The length of a level's unit in whole months (months and years) or milliseconds (the rest). */
function fixedLength(level) {
  if (level.unit === 'hour') return level.step * HOUR_MS;
  if (level.unit === 'day') return DAY_MS;
  if (level.unit === 'week') return 7 * DAY_MS;
  return undefined;
}

const monthsOf = (level) => (level.unit === 'month' ? level.step : 12 * level.step);

/** Months since January of year 0 (astronomical), UTC. */
function monthIndex(time) {
  const date = new Date(time);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** The first instant of a month index (years 0–99 included, which Date.UTC would read as 1900–1999). */
function monthStart(index) {
  const date = new Date(0);
  date.setUTCFullYear(Math.floor(index / 12), ((index % 12) + 12) % 12, 1);
  return date.getTime();
}

/** Months are bucketed from January 2000, as time_bucket does: a multiple of the step away from it. */
const ORIGIN_MONTH = 2000 * 12;

/** The start of the unit of `level` that holds `time` (UTC ms). */
export function floorToLevel(level, time) {
  const length = fixedLength(level);
  if (length !== undefined) {
    const origin = level.unit === 'week' ? FIRST_MONDAY_MS : 0;
    return origin + Math.floor((time - origin) / length) * length;
  }
  const months = monthsOf(level);
  return monthStart(ORIGIN_MONTH + Math.floor((monthIndex(time) - ORIGIN_MONTH) / months) * months);
}

/** The start of the unit after the one starting at `unitStart`. */
export function nextUnit(level, unitStart) {
  const length = fixedLength(level);
  return length !== undefined ? unitStart + length : monthStart(monthIndex(unitStart) + monthsOf(level));
}

/** The window grown to whole units of the level: from the start of the unit holding `start` to the end of the one holding the last instant before `end`. */
export function wholeUnits(level, window) {
  const start = floorToLevel(level, window.start);
  const lastStart = floorToLevel(level, window.end - 1);
  return { start, end: nextUnit(level, lastStart) };
}

/** How many units of the level a window grown to whole units holds. */
export function unitCount(level, window) {
  const whole = wholeUnits(level, window);
  const length = fixedLength(level);
  if (length !== undefined) return Math.round((whole.end - whole.start) / length);
  return Math.round((monthIndex(whole.end) - monthIndex(whole.start)) / monthsOf(level));
}

/**
 * The finest level that cuts the window into at most `bins` units (the coarsest level when none does), from
 * `from` on: a caller that found a level's answer too long asks again from the next one.
 */
export function chooseBinLevel(window, bins, from = 0) {
  for (let index = from; index < BIN_LEVELS.length; index++) {
    if (unitCount(BIN_LEVELS[index], window) <= bins) return index;
  }
  return BIN_LEVELS.length - 1;
}

/** The level as the SQL interval that time_bucket takes: { months, days, micros }. */
export function levelInterval(level) {
  if (level.unit === 'hour') return { months: 0, days: 0, micros: BigInt(level.step * HOUR_MS) * 1000n };
  if (level.unit === 'day') return { months: 0, days: 1, micros: 0n };
  if (level.unit === 'week') return { months: 0, days: 7, micros: 0n };
  return { months: monthsOf(level), days: 0, micros: 0n };
}
