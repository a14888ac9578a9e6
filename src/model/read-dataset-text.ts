import { finishReading, parsingDataset, type Reading } from './parse-dataset.js';
import { readingCSV } from './from-csv.js';
import { readingTimelineJS } from './from-timelinejs.js';
import type { ParseResult } from './types.js';

export type DatasetFormat = 'json' | 'csv';

/** True for TimelineJS3 JSON: events with `start_date` objects rather than `start` strings. */
export function looksLikeTimelineJS(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const events = (json as { events?: unknown }).events;
  return Array.isArray(events) && events.some((event) => typeof event === 'object' && event !== null && 'start_date' in event);
}

/** Guesses the format from a content type and file name: CSV by `text/csv` or `.csv`, otherwise JSON. */
export function formatOf(contentType: string | null, url: string): DatasetFormat {
  if (contentType && /\bcsv\b/i.test(contentType)) return 'csv';
  const path = url.split(/[?#]/)[0] ?? '';
  return /\.csv$/i.test(path) ? 'csv' : 'json';
}

/**
 * Reads dataset text of any supported kind (a JSON dataset, a JSON array of events, TimelineJS JSON, or
 * CSV) through the same validation. Text that is not JSON becomes an issue, not an exception.
 */
export function readDatasetText(text: string, format: DatasetFormat): ParseResult {
  return finishReading(readingDatasetText(text, format));
}

/** `readDatasetText` as a `Reading`, a step at a time. */
export function* readingDatasetText(text: string, format: DatasetFormat): Reading {
  if (format === 'csv') return yield* readingCSV(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      dataset: { title: '' },
      events: [],
      issues: [{ path: '', message: `the data is not valid JSON (${reason.slice(0, 120)})`, severity: 'error' }],
    };
  }
  return yield* (looksLikeTimelineJS(json) ? readingTimelineJS(json) : parsingDataset(json));
}
