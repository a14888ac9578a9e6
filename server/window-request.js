// What a request to /events asks for, read and checked before anything reaches the database: a window (start,
// end, bins, lanes) or one event (id). Every value is checked here and later bound to a prepared statement as
// a typed parameter; no request text ever becomes SQL. A request that cannot be read gets a plain message,
// which the server sends back with a 400.

export const LANE_MODES = ['none', 'actor', 'category'];

const DEFAULT_BINS = 100;
const MAX_ID_LENGTH = 500;
/** Far enough for any archive, near enough that whole units of 5,000 years stay inside what Date and DuckDB hold. */
const MAX_YEAR = 100_000;

/**
 * A partial ISO 8601 date as events are written (YYYY, YYYY-MM, YYYY-MM-DD) or an instant with a time, as
 * `Date.toISOString()` writes it (six-digit signed years included); a time without Z or an offset is read in UTC.
 */
const DATE_PATTERN = /^([+-]\d{6}|-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

export class RequestError extends Error {}

const isLeap = (year) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year, monthIndex) => [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][monthIndex];

/** A UTC instant from calendar fields, years 0–99 included (Date.UTC would read them as 1900–1999). */
function utcInstant(year, monthIndex, day, hours = 0, minutes = 0, ms = 0) {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hours, minutes, 0, ms);
  return date.getTime();
}

/**
 * Reads a window edge. A date without a time names its whole span: as `start` it gives its first instant, as
 * `end` the instant after its last (`end=2024-10` runs through 31 October). An instant is itself.
 */
export function readEdge(text, name, edge) {
  const match = DATE_PATTERN.exec(text);
  if (!match) throw new RequestError(`${name} must be a date like 2024, 2024-06, 2024-06-19 or an instant like 2024-06-19T02:22:00Z`);
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fractionText, offsetText] = match;
  const year = Number(yearText);
  if (Math.abs(year) > MAX_YEAR) throw new RequestError(`${name} is out of range: years run from -${MAX_YEAR} to ${MAX_YEAR}`);
  const month = monthText === undefined ? 1 : Number(monthText);
  if (month < 1 || month > 12) throw new RequestError(`${name} has no month ${monthText}`);
  const day = dayText === undefined ? 1 : Number(dayText);
  if (day < 1 || day > daysIn(year, month - 1)) throw new RequestError(`${name} names a day that does not exist`);
  if (hourText === undefined) {
    const first = utcInstant(year, month - 1, day);
    if (edge === 'start') return first;
    if (dayText !== undefined) return utcInstant(year, month - 1, day + 1);
    return monthText !== undefined ? utcInstant(year, month, 1) : utcInstant(year + 1, 0, 1);
  }
  const hours = Number(hourText);
  const minutes = Number(minuteText);
  const seconds = secondText === undefined ? 0 : Number(secondText);
  if (hours > 23 || minutes > 59 || seconds > 59) throw new RequestError(`${name} has an impossible time of day`);
  const ms = seconds * 1000 + (fractionText === undefined ? 0 : Math.floor(Number(`0.${fractionText}`) * 1000));
  let offsetMinutes = 0;
  if (offsetText !== undefined && offsetText !== 'Z') {
    const [offsetHours, offsetRest] = offsetText.slice(1).split(':').map(Number);
    if (offsetHours > 23 || offsetRest > 59) throw new RequestError(`${name} has an impossible offset from UTC`);
    offsetMinutes = (offsetText[0] === '-' ? -1 : 1) * (offsetHours * 60 + offsetRest);
  }
  return utcInstant(year, month - 1, day, hours, minutes, ms) - offsetMinutes * 60_000;
}

function readWholeNumber(text, name, { min, max }) {
  if (!/^\d{1,9}$/.test(text)) throw new RequestError(`${name} must be a whole number from ${min} to ${max}`);
  const value = Number(text);
  if (value < min || value > max) throw new RequestError(`${name} must be a whole number from ${min} to ${max} (was ${value})`);
  return value;
}

/**
 * The request as the archive answers it:
 * - `{ kind: 'event', id }` for `?id=`;
 * - `{ kind: 'window', start?, end?, bins, lanes }` otherwise, start and end as UTC ms (absent or empty: the
 *   archive's own first or last instant).
 * Parameters this protocol does not know (a cache-buster, say) are passed over; a known one given twice is an error.
 */
export function readWindowRequest(searchParams, { maxBins }) {
  for (const name of ['id', 'start', 'end', 'bins', 'lanes']) {
    if (searchParams.getAll(name).length > 1) throw new RequestError(`${name} is given more than once`);
  }
  const id = searchParams.get('id');
  if (id !== null) {
    if (id.length === 0 || id.length > MAX_ID_LENGTH) throw new RequestError(`id must be from 1 to ${MAX_ID_LENGTH} characters long`);
    for (const name of ['start', 'end', 'bins', 'lanes']) {
      if (searchParams.has(name)) throw new RequestError(`id asks for one event: ${name} cannot go with it`);
    }
    return { kind: 'event', id };
  }
  // Left out or empty (a template's edge the element leaves open): the archive's own.
  const startText = searchParams.get('start') || undefined;
  const endText = searchParams.get('end') || undefined;
  const start = startText === undefined ? undefined : readEdge(startText, 'start', 'start');
  const end = endText === undefined ? undefined : readEdge(endText, 'end', 'end');
  if (start !== undefined && end !== undefined && !(end > start)) throw new RequestError('end must come after start');
  const binsText = searchParams.get('bins');
  const bins = binsText === null ? Math.min(DEFAULT_BINS, maxBins) : readWholeNumber(binsText, 'bins', { min: 1, max: maxBins });
  const lanes = searchParams.get('lanes') ?? 'none';
  if (!LANE_MODES.includes(lanes)) throw new RequestError(`lanes must be one of ${LANE_MODES.join(', ')}`);
  return { kind: 'window', start, end, bins, lanes };
}
