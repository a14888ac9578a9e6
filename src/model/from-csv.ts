import { csvParseRows } from 'd3-dsv';
import { finishReading, normalizingEvents, pointer, type Reading } from './parse-dataset.js';
import type { DatasetIssue, ParseResult } from './types.js';

const KNOWN_COLUMNS = ['id', 'title', 'start', 'end', 'summary', 'actors', 'category', 'status', 'source', 'source_url', 'location', 'importance', 'claimed_by', 'denied_by'];
const REQUIRED_COLUMNS = ['title', 'start'];

/** Where an event's field came from in the CSV, for issue paths. */
const COLUMN_OF_FIELD: Record<string, string> = { sources: 'source', url: 'source_url', name: 'source' };

/** The names in a cell that lists several, separated by `;`. */
const namesIn = (cell: string | undefined) => cell?.split(';').map((name) => name.trim()).filter(Boolean) ?? [];

/**
 * Reads CSV with a header row `id,title,start,end,summary,actors,category,status,source,source_url,location,
 * importance,claimed_by,denied_by` (`actors`, `claimed_by` and `denied_by` list names separated by `;`; each name
 * in `denied_by` becomes a response that denies the claim). Issue paths name the spreadsheet row (the header
 * is row 1) and column: `/rows/5/start`. Rows without an id get `row-<n>`.
 */
export function fromCSV(text: string): ParseResult {
  return finishReading(readingCSV(text));
}

/** `fromCSV` as a `Reading`, a step at a time. */
export function* readingCSV(text: string): Reading {
  const issues: DatasetIssue[] = [];
  if (typeof text !== 'string') {
    issues.push({ path: '', message: 'CSV input must be text', severity: 'error' });
    return { dataset: { title: '' }, events: [], issues };
  }
  const [header = [], ...rows] = csvParseRows(text.replace(/^\uFEFF/, ''));
  const columns = header.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    issues.push({
      path: '/rows/1',
      message: `the header row has no ${missing.map((name) => `"${name}"`).join(' or ')} column; expected columns ${KNOWN_COLUMNS.join(',')}`,
      severity: 'error',
    });
    return { dataset: { title: '' }, events: [], issues };
  }
  columns.forEach((name, index) => {
    if (name && !KNOWN_COLUMNS.includes(name)) {
      issues.push({ path: pointer('rows', 1, index), message: `unknown column "${name}" is ignored`, severity: 'warning' });
    }
  });
  const dataRows = rows
    .map((cells, index) => ({ cells, rowNumber: index + 2 }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  const rawEvents = dataRows.map(({ cells, rowNumber }) => {
    const cell = (name: string) => {
      const value = cells[columns.indexOf(name)]?.trim();
      return value ? value : undefined;
    };
    const event: Record<string, unknown> = { id: cell('id') ?? `row-${rowNumber}`, title: cell('title') ?? '', start: cell('start') ?? '' };
    for (const name of ['end', 'summary', 'category', 'status', 'location', 'importance']) {
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
  return { dataset: { title: '' }, events: yield* normalizingEvents(rawEvents, locate, issues), issues };
}
