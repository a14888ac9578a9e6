import { UTCDate } from '@date-fns/utc';
import { parse } from 'date-fns/parse';
import { formatYear } from './partial-date.js';
import type { Precision } from './types.js';

// Dates written in a spreadsheet's own style (`03/10/2024`, `3 Oct 2024`, `Oct 2024`), read with a pattern the
// author declares (`dd/MM/yyyy`, date-fns's tokens) into the partial ISO dates the model reads. The pattern
// sets the precision: `MMM yyyy` names a month, `dd/MM/yyyy HH:mm` a wall-clock minute. Dates are parsed in
// UTC, so that no time zone or daylight-saving gap can move them.

/** A declared pattern, checked: how precisely the dates written in it are known. */
export interface DatePattern {
  pattern: string;
  precision: Precision;
  /** True when the pattern writes seconds. */
  seconds: boolean;
}

export type DatePatternResult = { ok: true; pattern: DatePattern } | { ok: false; reason: string };

/** The pattern's letters outside quoted literals (`'at'`). */
const tokensOf = (pattern: string) => pattern.replace(/'[^']*'/g, '');

/** Checks a declared pattern and tells its precision; an unusable one (no year, a time zone) is explained. */
export function readDatePattern(written: string): DatePatternResult {
  const pattern = written.trim();
  const tokens = tokensOf(pattern);
  const quoted = `date format "${pattern.length > 40 ? pattern.slice(0, 40) + '…' : pattern}"`;
  if (!/[yYu]/.test(tokens)) return { ok: false, reason: `${quoted} has no year: write one like "dd/MM/yyyy" (date-fns's letters)` };
  if (/[XxOzZ]/.test(tokens)) return { ok: false, reason: `${quoted} reads a time zone, which dates in a pattern cannot have: write such dates in ISO 8601 with their offset` };
  try {
    parse('2000', pattern, REFERENCE);
  } catch (error) {
    // date-fns refuses letters that are no token of its own.
    return { ok: false, reason: `${quoted} cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  let precision: Precision = 'year';
  if (/[HhKkm]/.test(tokens)) precision = 'minute';
  else if (/[dD]/.test(tokens)) precision = 'day';
  else if (/[ML]/.test(tokens)) precision = 'month';
  return { ok: true, pattern: { pattern, precision, seconds: /s/.test(tokens) } };
}

const pad = (value: number) => String(value).padStart(2, '0');
/** Where the fields a pattern leaves out come from: 1 January, midnight. */
const REFERENCE = new UTCDate(2000, 0, 1);

/**
 * Reads a date written in a declared pattern as the partial date it names: `03/10/2024` in `dd/MM/yyyy` is
 * `2024-10-03`, `Oct 2024` in `MMM yyyy` is `2024-10`, `03/10/2024 14:30` in `dd/MM/yyyy HH:mm` the wall-clock
 * time `2024-10-03T14:30`. Undefined when the text does not match the pattern or names no real date.
 */
export function dateInPattern(text: string, { pattern, precision, seconds }: DatePattern): string | undefined {
  let date: Date;
  try {
    date = parse(text.trim(), pattern, REFERENCE);
  } catch {
    return undefined;
  }
  if (Number.isNaN(date.getTime())) return undefined;
  const year = formatYear(date.getUTCFullYear());
  if (precision === 'year') return year;
  const month = `${year}-${pad(date.getUTCMonth() + 1)}`;
  if (precision === 'month') return month;
  const day = `${month}-${pad(date.getUTCDate())}`;
  if (precision === 'day') return day;
  const minute = `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  return seconds ? `${minute}:${pad(date.getUTCSeconds())}` : minute;
}

/**
 * The patterns a date written in a common spreadsheet style may be in, for a message that names the fix:
 * `["dd/MM/yyyy", "MM/dd/yyyy"]` for `03/10/2024` (only one when the day is over 12), `["d MMM yyyy"]` for
 * `3 Oct 2024`. Empty when the text looks like none of them.
 */
export function suggestDateFormats(text: string): string[] {
  const written = text.trim();
  const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(written);
  if (numeric) {
    const [, first, separator, second] = numeric;
    const wide = first!.length === 2 && second!.length === 2;
    const [day, month] = wide ? ['dd', 'MM'] : ['d', 'M'];
    const dayFirst = `${day}${separator}${month}${separator}yyyy`;
    const monthFirst = `${month}${separator}${day}${separator}yyyy`;
    if (Number(first) > 12) return [dayFirst];
    if (Number(second) > 12) return [monthFirst];
    return [dayFirst, monthFirst];
  }
  const monthWord = (word: string) => (word.replace(/\.$/, '').length <= 3 ? 'MMM' : 'MMMM');
  const dayMonthYear = /^(\d{1,2}) ([A-Za-z]+\.?) (\d{4})$/.exec(written);
  if (dayMonthYear) return [`d ${monthWord(dayMonthYear[2]!)} yyyy`];
  const monthDayYear = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(written);
  if (monthDayYear) return [`${monthWord(monthDayYear[1]!)} d${written.includes(',') ? ',' : ''} yyyy`];
  const monthYear = /^([A-Za-z]+\.?) (\d{4})$/.exec(written);
  if (monthYear) return [`${monthWord(monthYear[1]!)} yyyy`];
  if (/^\d{4}\/\d{2}\/\d{2}$/.test(written)) return ['yyyy/MM/dd'];
  return [];
}
