import type { Precision } from './types.js';

/** The span that a partial ISO 8601 date names: `start` inclusive, `end` exclusive, both UTC instants. */
export interface DateSpan {
  start: Date;
  end: Date;
  precision: Precision;
  /** Minute precision only: the written offset from UTC, in minutes. Absent for a floating time. */
  utcOffsetMinutes?: number;
  /**
   * Minute precision only: the time was written without an offset (`2024-06-19T02:22`), a wall-clock time shown
   * as written, in no zone. It is placed on the axis at that wall-clock time read as UTC.
   */
  floatingTime?: true;
  /** Minute precision only: the seconds were written (`02:22:30`), so they are shown. */
  secondsWritten?: true;
}

export type PartialDateResult = { ok: true; span: DateSpan } | { ok: false; reason: string };

const PRECISION_ORDER: Precision[] = ['year', 'month', 'day', 'minute'];

/** The coarser of two precisions (`year` is coarsest). */
export function coarserPrecision(a: Precision, b: Precision): Precision {
  return PRECISION_ORDER.indexOf(a) <= PRECISION_ORDER.indexOf(b) ? a : b;
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

// A year of four digits (a minus before years before 1), or of five or six with a sign: ISO 8601's expanded form.
const FORMS =
  /^(-?\d{4}|[+-]\d{5,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

const HELP = 'write it as YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss], with an offset (Z or +09:00) or without one for a wall-clock time';

/**
 * The years a JavaScript Date holds whole: it reaches from 20 April 271,821 BC to 13 September AD 275,760, so
 * -271820 (written) to 275759. A month or day nearer the edges still reads, since only the span must fit.
 */
const RANGE_HELP = 'beyond the range of dates this timeline can draw (years -271820 to +275759); TimelineJS\'s cosmological scale is not supported';

/**
 * A UTC instant for a proleptic Gregorian calendar date. Unlike `Date.UTC`, years 0–99 stay
 * themselves instead of becoming 1900–1999.
 */
export function utcDate(year: number, monthIndex = 0, day = 1, hours = 0, minutes = 0, seconds = 0, ms = 0): Date {
  if (year < 0 || year > 99) return new Date(Date.UTC(year, monthIndex, day, hours, minutes, seconds, ms));
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  return date;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, monthIndex: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][monthIndex]!;
}

/** Explains why a string that is not one of the forms was rejected, in a data author's words. */
function explainUnreadable(text: string): string {
  const slashed = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (slashed) {
    const [, a, b, year] = slashed;
    const pad = (n: string) => n.padStart(2, '0');
    return `"${text}" is ambiguous (day/month or month/day?): write it as ${year}-${pad(b!)}-${pad(a!)} or ${year}-${pad(a!)}-${pad(b!)}`;
  }
  if (/^-?\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(text)) {
    return `"${text}" has a space before its time: write a T instead (${text.replace(' ', 'T')})`;
  }
  if (/^-?\d{1,3}$/.test(text) || /^-?\d{1,3}-/.test(text)) {
    return `"${text}" needs a four-digit year (pad with zeros: 0044, or -0043 for 44 BC)`;
  }
  const longYear = /^([+-]?)(\d{5,})(?=$|-)/.exec(text);
  if (longYear) {
    const [, sign, digits] = longYear;
    if (digits!.length > 6) return `"${text}" is ${RANGE_HELP}`;
    return `"${text}" has a year of more than four digits: write it in ISO 8601's expanded form, with a sign (${sign || '+'}${digits!.padStart(6, '0')}${text.slice(longYear[0].length)})`;
  }
  if (/^\+\d{4}(?=$|-)/.test(text)) return `"${text}" has a sign before a four-digit year: write it without the + (${text.slice(1)})`;
  return `"${text}" is not a date: ${HELP}`;
}

/** Reads a partial ISO 8601 date into the exact span it names. Never throws. */
export function parsePartialDate(written: string): PartialDateResult {
  const match = FORMS.exec(written.trim());
  // Messages quote the text, so keep it short.
  const text = written.length > 40 ? written.trim().slice(0, 40) + '…' : written.trim();
  if (!match) return { ok: false, reason: explainUnreadable(text) };
  const result = readFields(text, match);
  if (result.ok && !(fits(result.span.start) && fits(result.span.end))) return { ok: false, reason: `"${text}" is ${RANGE_HELP}` };
  return result;
}

/** True for a date inside the range a JavaScript Date holds. */
const fits = (date: Date) => !Number.isNaN(date.getTime());

/** The span of a date whose form matched, from its fields as written. */
function readFields(text: string, fields: RegExpExecArray): PartialDateResult {
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, msText, offsetText] = fields;
  const year = Number(yearText);
  if (Object.is(year, -0)) return { ok: false, reason: `"${text}" has year ${yearText}: write year 0 as 0000 (1 BC)` };
  if (monthText === undefined) {
    return { ok: true, span: { start: utcDate(year), end: utcDate(year + 1), precision: 'year' } };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) return { ok: false, reason: `"${text}" has month ${monthText}, but months run from 01 to 12` };
  const monthIndex = month - 1;
  if (dayText === undefined) {
    return {
      ok: true,
      span: { start: utcDate(year, monthIndex), end: utcDate(year, monthIndex + 1), precision: 'month' },
    };
  }
  const day = Number(dayText);
  const monthLength = daysInMonth(year, monthIndex);
  if (day < 1 || day > monthLength) {
    return {
      ok: false,
      reason: `"${text}" does not exist: ${MONTH_NAMES[monthIndex]} ${yearText} has ${monthLength} days`,
    };
  }
  if (hourText === undefined) {
    return {
      ok: true,
      span: { start: utcDate(year, monthIndex, day), end: utcDate(year, monthIndex, day + 1), precision: 'day' },
    };
  }
  const hours = Number(hourText);
  const minutes = Number(minuteText);
  const seconds = secondText === undefined ? 0 : Number(secondText);
  const ms = msText === undefined ? 0 : Number(msText.padEnd(3, '0'));
  if (hours > 23 || minutes > 59 || seconds > 59) {
    return { ok: false, reason: `"${text}" has an impossible time of day: hours run 00–23, minutes and seconds 00–59` };
  }
  const local = utcDate(year, monthIndex, day, hours, minutes, seconds, ms);
  const written = secondText === undefined ? {} : { secondsWritten: true as const };
  if (offsetText === undefined) {
    const span: DateSpan = { start: local, end: new Date(local.getTime() + 60_000), precision: 'minute', floatingTime: true, ...written };
    return { ok: true, span };
  }
  let utcOffsetMinutes = 0;
  if (offsetText !== 'Z') {
    const sign = offsetText.startsWith('-') ? -1 : 1;
    const [offsetHours, offsetMinutes] = offsetText.slice(1).split(':').map(Number) as [number, number];
    if (offsetHours > 14 || offsetMinutes > 59) {
      return { ok: false, reason: `"${text}" has offset ${offsetText}, but offsets run from -14:00 to +14:00` };
    }
    utcOffsetMinutes = sign * (offsetHours * 60 + offsetMinutes);
  }
  const start = new Date(local.getTime() - utcOffsetMinutes * 60_000);
  return {
    ok: true,
    span: { start, end: new Date(start.getTime() + 60_000), precision: 'minute', utcOffsetMinutes, ...written },
  };
}

/** A year as a partial date writes it: four digits (a minus before years before 1), or ISO 8601's expanded form beyond. */
export function formatYear(year: number): string {
  const digits = String(Math.abs(year));
  if (digits.length <= 4) return (year < 0 ? '-' : '') + digits.padStart(4, '0');
  return (year < 0 ? '-' : '+') + digits.padStart(6, '0');
}

/** Writes a UTC date back as a partial date of the given precision (minute precision is written in UTC). */
export function formatPartialDate(date: Date, precision: Precision): string {
  const yearText = formatYear(date.getUTCFullYear());
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = `${yearText}-${pad(date.getUTCMonth() + 1)}`;
  const day = `${month}-${pad(date.getUTCDate())}`;
  switch (precision) {
    case 'year':
      return yearText;
    case 'month':
      return month;
    case 'day':
      return day;
    case 'minute':
      return `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}Z`;
  }
}
