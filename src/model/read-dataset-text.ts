import { finishReadingNowOrSoon, type Reading } from './reading-events.js';
import { parsingDataset } from './parsing-dataset.js';
import type { ParseResult } from './types.js';
import type { CsvOptions } from './from-csv.js';
import { csvUrlOfSheet } from './sheet-url.js';
import { mediaCode, schemaValidation } from './code-on-demand.js';

// Reading data of any supported kind through the same validation: our JSON dataset, a JSON array of events,
// TimelineJS JSON (told by its shape) or CSV, as text or as input given in code. The CSV and TimelineJS
// readers are loaded when first needed (a typical story needs neither, so the standalone bundle keeps them
// in chunks of their own); reading is then asynchronous.

export type DatasetFormat = 'json' | 'csv';

/** True for TimelineJS3 JSON: events with `start_date` objects rather than `start` strings. */
export function looksLikeTimelineJS(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const events = (json as { events?: unknown }).events;
  return Array.isArray(events) && events.some((event) => typeof event === 'object' && event !== null && 'start_date' in event);
}

/**
 * Guesses the format from a content type and address: CSV by `text/csv`, a `.csv` file or a published Google
 * Sheet's CSV (`output=csv`, `format=csv`), otherwise JSON.
 */
export function formatOf(contentType: string | null, url: string): DatasetFormat {
  if (contentType && /\bcsv\b/i.test(contentType)) return 'csv';
  const [path = '', query = ''] = url.split('#')[0]!.split('?');
  return /\.csv$/i.test(path) || /(^|&)(output|format)=csv(&|$)/i.test(query) || csvUrlOfSheet(url) !== undefined ? 'csv' : 'json';
}

/**
 * Reads input given in code: a dataset or a list of events as a `Reading` at once; TimelineJS JSON as a
 * promise of one, once its reader has loaded.
 */
export function readingInput(input: unknown): Reading | Promise<Reading> {
  if (!looksLikeTimelineJS(input)) return parsingDataset(input);
  return withReader('TimelineJS', withItsCode(() => import('./from-timelinejs.js')), (reader) => reader.readingTimelineJS(input));
}

/**
 * A reader's loading, with the code it imports (the schema's validation and the media services, which its
 * synchronous function reads with) asked for alongside rather than once the reader has come.
 */
const withItsCode =
  <Reader>(load: () => Promise<Reader>) =>
  (): Promise<Reader> =>
    Promise.all([load(), schemaValidation.load(), mediaCode.load()]).then(([reader]) => reader);

/**
 * `readDatasetText` as a `Reading`, a step at a time, once the reader it needs has loaded. Never rejects: text
 * that is not JSON, or a reader that could not load, becomes an error issue.
 */
export async function readingDatasetText(text: string, format: DatasetFormat, options: CsvOptions = {}): Promise<Reading> {
  if (format === 'csv') return withReader('CSV', withItsCode(() => import('./from-csv.js')), (reader) => reader.readingCSV(text, options));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return readAlready(failure(`the data is not valid JSON (${reason.slice(0, 120)})`));
  }
  return readingInput(json);
}

/**
 * Reads dataset text of any supported kind at once; `options` are for CSV (its date pattern). Never rejects:
 * every failure is an issue.
 */
export async function readDatasetText(text: string, format: DatasetFormat, options: CsvOptions = {}): Promise<ParseResult> {
  return finishReadingNowOrSoon(await readingDatasetText(text, format, options));
}

/** Loads a reader and starts a reading with it; a reader that cannot load (a chunk lost to the network) is an error issue. */
async function withReader<Reader>(name: string, load: () => Promise<Reader>, read: (reader: Reader) => Reading): Promise<Reading> {
  let reader: Reader;
  try {
    reader = await load();
  } catch (error) {
    return readAlready(failure(`the ${name} reader could not be loaded (${error instanceof Error ? error.message : String(error)})`));
  }
  return read(reader);
}

const failure = (message: string): ParseResult => ({ dataset: { title: '' }, events: [], issues: [{ path: '', message, severity: 'error' }] });

/** A reading with nothing left to do: its result is known. */
// eslint-disable-next-line require-yield
function* readAlready(result: ParseResult): Reading {
  return result;
}
