import { csvParseRows } from 'd3-dsv';
import { dateInPattern, readDatePattern, suggestDateFormats, type DatePattern } from './date-pattern.js';
import { readingTimelineStory, type StoryPath } from './from-timelinejs.js';
import { normalizingEvents, pointer, readAtOnce, type Reading } from './parse-dataset.js';
import { parsePartialDate } from './partial-date.js';
import type { DatasetIssue, ParseResult } from './types.js';

// Reading spreadsheets saved as CSV: our own columns (id, title, start, …), with dates in ISO 8601 or in a
// pattern the author declares (`dateFormat: 'dd/MM/yyyy'`), and the TimelineJS Google Sheets template (Year,
// Month, Day, Time, …, Headline, Text, Media, …, Type, Group, Background), told by its headers and read as a
// TimelineJS story. Issue paths name the spreadsheet row (the header is row 1) and column: `/rows/5/start`.

const KNOWN_COLUMNS = ['id', 'title', 'start', 'end', 'summary', 'actors', 'category', 'status', 'source', 'source_url', 'location', 'importance', 'claimed_by', 'denied_by'];
const REQUIRED_COLUMNS = ['title', 'start'];

/** Where an event's field came from in the CSV, for issue paths. */
const COLUMN_OF_FIELD: Record<string, string> = { sources: 'source', url: 'source_url', name: 'source' };

/** How a CSV is read. */
export interface CsvOptions {
  /**
   * The pattern the start and end columns write dates in, in date-fns's letters: `dd/MM/yyyy`, `d MMM yyyy`,
   * `MMM yyyy` (a month), `dd/MM/yyyy HH:mm` (a wall-clock time). Dates in ISO 8601 are read too.
   */
  dateFormat?: string;
}

/** The names in a cell that lists several, separated by `;`. */
const namesIn = (cell: string | undefined) => cell?.split(';').map((name) => name.trim()).filter(Boolean) ?? [];

/** A CSV's rows that hold something, each with its spreadsheet row number. */
interface DataRow {
  cells: string[];
  rowNumber: number;
}

/**
 * Reads CSV with a header row `id,title,start,end,summary,actors,category,status,source,source_url,location,
 * importance,claimed_by,denied_by` (`actors`, `claimed_by` and `denied_by` list names separated by `;`; each name
 * in `denied_by` becomes a response that denies the claim), or the TimelineJS Google Sheets template. Issue paths
 * name the spreadsheet row (the header is row 1) and column: `/rows/5/start`. Rows without an id get `row-<n>`.
 */
export function fromCSV(text: string, options: CsvOptions = {}): ParseResult {
  return readAtOnce(readingCSV(text, options));
}

/** `fromCSV` as a `Reading`, a step at a time. */
export function* readingCSV(text: string, options: CsvOptions = {}): Reading {
  const issues: DatasetIssue[] = [];
  if (typeof text !== 'string') {
    issues.push({ path: '', message: 'CSV input must be text', severity: 'error' });
    return { dataset: { title: '' }, events: [], issues };
  }
  const [header = [], ...rows] = csvParseRows(text.replace(/^\uFEFF/, ''));
  const columns = header.map((name) => name.trim().toLowerCase());
  const dataRows = rows
    .map((cells, index) => ({ cells, rowNumber: index + 2 }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (columns.includes('year') && columns.includes('headline')) return yield* readingTimelineSheet(columns, dataRows);
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    issues.push({
      path: '/rows/1',
      message: `the header row has no ${missing.map((name) => `"${name}"`).join(' or ')} column; expected columns ${KNOWN_COLUMNS.join(',')}, or the TimelineJS template's (Year, Month, Day, …, Headline, Text, …)`,
      severity: 'error',
    });
    return { dataset: { title: '' }, events: [], issues };
  }
  columns.forEach((name) => {
    if (name && !KNOWN_COLUMNS.includes(name)) {
      issues.push({ path: pointer('rows', 1, name), message: `unknown column "${name}" is ignored`, severity: 'warning' });
    }
  });
  let pattern: DatePattern | undefined;
  if (options.dateFormat !== undefined) {
    const read = readDatePattern(options.dateFormat);
    if (read.ok) pattern = read.pattern;
    else issues.push({ path: '', message: `${read.reason}; dates are read in ISO 8601 only`, severity: 'error' });
  }
  /** Messages that say more than the model's about a date cell: how the declared pattern was not met, or which to declare. */
  const dateMessages = new Map<string, string>();
  const rawEvents = dataRows.map(({ cells, rowNumber }) => {
    const cell = (name: string) => {
      const value = cells[columns.indexOf(name)]?.trim();
      return value ? value : undefined;
    };
    const date = (name: 'start' | 'end') => {
      const written = cell(name);
      if (written === undefined) return undefined;
      const read = readCellDate(written, pattern);
      if (read.message) dateMessages.set(pointer('rows', rowNumber, name), `${name} ${read.message}`);
      return read.date;
    };
    const event: Record<string, unknown> = { id: cell('id') ?? `row-${rowNumber}`, title: cell('title') ?? '', start: date('start') ?? '' };
    const end = date('end');
    if (end !== undefined) event.end = end;
    for (const name of ['summary', 'category', 'status', 'location', 'importance']) {
      if (cell(name) !== undefined) event[name] = cell(name);
    }
    const actors = namesIn(cell('actors'));
    if (actors.length) event.actors = actors;
    const claimants = namesIn(cell('claimed_by'));
    if (claimants.length) event.claimedBy = claimants;
    const deniers = namesIn(cell('denied_by'));
    if (deniers.length) event.responses = deniers.map((actor) => ({ actor, stance: 'denies' }));
    const source = cell('source');
    const sourceUrl = cell('source_url');
    if (source || sourceUrl) event.sources = [{ name: source ?? sourceUrl, ...(sourceUrl ? { url: sourceUrl } : {}) }];
    return event;
  });
  const locate = (index: number, field: readonly (string | number)[]) => {
    const rowNumber = dataRows[index]!.rowNumber;
    const column = field.filter((key) => typeof key === 'string').at(-1);
    return column === undefined ? pointer('rows', rowNumber) : pointer('rows', rowNumber, COLUMN_OF_FIELD[column] ?? column);
  };
  const events = yield* normalizingEvents(rawEvents, locate, issues);
  for (const issue of issues) {
    const message = issue.severity === 'error' ? dateMessages.get(issue.path) : undefined;
    if (message !== undefined) issue.message = message;
  }
  return { dataset: { title: '' }, events, issues };
}

/**
 * A date cell as the model reads it: in the declared pattern, or ISO 8601. When it is neither, a message that
 * names the fix (the pattern it missed, or the patterns to declare) replaces the model's.
 */
function readCellDate(written: string, pattern: DatePattern | undefined): { date: string; message?: string } {
  const inPattern = pattern && dateInPattern(written, pattern);
  if (inPattern !== undefined) return { date: inPattern };
  const iso = parsePartialDate(written);
  if (iso.ok) return { date: written };
  const quoted = `"${written.length > 40 ? written.slice(0, 40) + '…' : written}"`;
  if (pattern) return { date: written, message: `${quoted} does not match the date format "${pattern.pattern}", nor is it written in ISO 8601 (2024-10-03)` };
  const formats = suggestDateFormats(written);
  if (formats.length === 0) return { date: written };
  const declare = `set date-format="${formats[0]}"${formats[1] ? ` (or "${formats[1]}")` : ''}`;
  return { date: written, message: `${iso.reason}; or ${declare} to read the column's dates as written` };
}

// ——— the TimelineJS Google Sheets template ———

/** The template's columns, as its header names them. */
const SHEET_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text',
  'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const;
/** Columns we read besides the template's: the media's alt text, which the template has no room for. */
const EXTRA_SHEET_COLUMNS = ['Media Alt'] as const;
type SheetColumn = (typeof SHEET_COLUMNS)[number] | (typeof EXTRA_SHEET_COLUMNS)[number];

/** The column a place in a slide was read from. */
const COLUMN_OF_STORY_FIELD: Record<string, SheetColumn> = {
  headline: 'Headline', text: 'Text', display_date: 'Display Date', group: 'Group', background: 'Background',
  url: 'Media', credit: 'Media Credit', caption: 'Media Caption', thumbnail: 'Media Thumbnail', alt: 'Media Alt', media: 'Media',
};
const DATE_COLUMN: Record<string, string> = { year: 'Year', month: 'Month', day: 'Day', hour: 'Time', minute: 'Time', second: 'Time', display_date: 'Display Date' };

/** The column a place in a slide was read from: `['start_date', 'month']` is Month, `['media', 'credit']` Media Credit. */
function sheetColumnOf(field: readonly (string | number)[]): string | undefined {
  const [first, second] = field;
  if (first === 'start_date' || first === 'end_date') {
    const column = DATE_COLUMN[typeof second === 'string' ? second : 'year'] ?? 'Year';
    return first === 'end_date' && column !== 'Display Date' ? `End ${column}` : column;
  }
  const last = field.filter((key) => typeof key === 'string').at(-1);
  return last === undefined ? undefined : COLUMN_OF_STORY_FIELD[last];
}

/** A time of day as the template's Time column writes it: `14:30`, `14:30:15`, `2:30 PM`. */
function timeOf(written: string): { hour: number; minute: number; second?: number } | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?$/.exec(written.trim());
  if (!match) return undefined;
  const [, hourText, minuteText, secondText, meridiem] = match;
  let hour = Number(hourText);
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (/^p/i.test(meridiem) ? 12 : 0);
  }
  const time: { hour: number; minute: number; second?: number } = { hour, minute: Number(minuteText) };
  if (secondText !== undefined) time.second = Number(secondText);
  return time;
}

/**
 * Reads the TimelineJS Google Sheets template as a TimelineJS story: each row a slide, the row whose Type is
 * `title` the header, rows of Type `era` eras. Issues name the row and the template's column.
 */
function* readingTimelineSheet(columns: string[], dataRows: DataRow[]): Reading {
  const issues: DatasetIssue[] = [];
  const known = new Set([...SHEET_COLUMNS, ...EXTRA_SHEET_COLUMNS].map((name) => name.toLowerCase()));
  columns.forEach((name) => {
    if (name && !known.has(name)) issues.push({ path: pointer('rows', 1, name), message: `unknown column "${name}" is ignored`, severity: 'warning' });
  });
  const story: { title?: Record<string, unknown>; eras: unknown[]; events: unknown[] } = { eras: [], events: [] };
  /** The row each slide of the story came from: `events/3` → row 7. */
  const rowOf = new Map<string, number>();
  for (const { cells, rowNumber } of dataRows) {
    const cell = (name: SheetColumn) => cells[columns.indexOf(name.toLowerCase())]?.trim() ?? '';
    const time = (name: 'Time' | 'End Time') => {
      const written = cell(name);
      if (written === '') return {};
      const read = timeOf(written);
      if (!read) issues.push({ path: pointer('rows', rowNumber, name), message: `${name} "${written.slice(0, 40)}" is not a time like 14:30, 14:30:15 or 2:30 PM; the time is left out`, severity: 'warning' });
      return read ?? {};
    };
    const dateOf = (prefix: '' | 'End ') => {
      const date = {
        year: cell(`${prefix}Year`),
        month: cell(`${prefix}Month`),
        day: cell(`${prefix}Day`),
        ...time(`${prefix}Time`),
      };
      return date.year === '' && date.month === '' && date.day === '' ? undefined : date;
    };
    const type = cell('Type').toLowerCase();
    const slide: Record<string, unknown> = {
      start_date: dateOf(''),
      end_date: dateOf('End '),
      text: { headline: cell('Headline'), text: cell('Text') },
    };
    const displayDate = cell('Display Date');
    if (displayDate) slide.display_date = displayDate;
    if (cell('Media')) {
      const media: Record<string, string> = { url: cell('Media') };
      for (const [field, column] of [['credit', 'Media Credit'], ['caption', 'Media Caption'], ['thumbnail', 'Media Thumbnail'], ['alt', 'Media Alt']] as const) {
        if (cell(column)) media[field] = cell(column);
      }
      slide.media = media;
    }
    if (cell('Group')) slide.group = cell('Group');
    if (cell('Background')) slide.background = cell('Background');
    if (type === 'title' && story.title === undefined) {
      story.title = slide;
      rowOf.set('title', rowNumber);
    } else if (type === 'era') {
      rowOf.set(`eras/${story.eras.length}`, rowNumber);
      story.eras.push(slide);
    } else {
      if (type === 'title') issues.push({ path: pointer('rows', rowNumber, 'Type'), message: 'only the first row of Type "title" makes the header; this one is read as an event', severity: 'warning' });
      else if (type !== '') issues.push({ path: pointer('rows', rowNumber, 'Type'), message: `Type "${type.slice(0, 40)}" is not one the template knows (title, era); the row is read as an event`, severity: 'warning' });
      rowOf.set(`events/${story.events.length}`, rowNumber);
      story.events.push({ unique_id: `row-${rowNumber}`, ...slide });
    }
  }
  const locate = (path: StoryPath) => {
    const [list, index, ...field] = path;
    const rowNumber = list === 'title' ? rowOf.get('title') : rowOf.get(`${String(list)}/${String(index)}`);
    if (rowNumber === undefined) return '';
    const column = sheetColumnOf(list === 'title' ? path.slice(1) : field);
    return column === undefined ? pointer('rows', rowNumber) : pointer('rows', rowNumber, column);
  };
  const result = yield* readingTimelineStory(story, locate);
  return { ...result, issues: issues.concat(result.issues) };
}
