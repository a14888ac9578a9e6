import { parsePartialDate } from './partial-date.js';
import { describeValue, isPlainObject, pointer, quoteText, type LocateField } from './dataset-issues.js';
import { finishReading, normalizingEvents, type Reading } from './reading-events.js';
import type { DatasetInfo, DatasetIssue, ParseResult } from './types.js';

// Reading a whole dataset: the dataset-level fields (title, description, updated, unknown fields) of
// `{ title, events: [...] }` or a bare array of events, whose events the step-by-step reading normalizes.
// It also re-exports the reading and issue helpers that other modules have always imported from here.

export { describeValue, pointer, type LocateField } from './dataset-issues.js';
export { READ_STEP, finishReading, normalizeEvents, normalizingEvents, type ReadProgress, type Reading } from './reading-events.js';

const DATASET_FIELDS = new Set(['title', 'description', 'updated', 'events', '$schema']);

/**
 * Reads a dataset (`{ title, events: [...] }`) or a bare array of events. Never throws on data:
 * each problem is an issue with a JSON Pointer and a message; valid events are kept.
 */
export function parseDataset(input: unknown): ParseResult {
  return finishReading(parsingDataset(input));
}

/** `parseDataset` as a `Reading`, a step at a time. */
export function* parsingDataset(input: unknown): Reading {
  const issues: DatasetIssue[] = [];
  const locate: LocateField = (index, field) => pointer('events', index, ...field);
  if (Array.isArray(input)) {
    return { dataset: { title: '' }, events: yield* normalizingEvents(input, (index, field) => pointer(index, ...field), issues), issues };
  }
  if (!isPlainObject(input)) {
    issues.push({
      path: '',
      message: `expected a dataset ({ "title": …, "events": [ … ] }) or a list of events, but got ${describeValue(input)}`,
      severity: 'error',
    });
    return { dataset: { title: '' }, events: [], issues };
  }
  const dataset: DatasetInfo = { title: '' };
  if (typeof input.title === 'string') dataset.title = input.title;
  else if (input.title === undefined) issues.push({ path: '/title', message: 'title is missing', severity: 'warning' });
  else issues.push({ path: '/title', message: `title must be text, but is ${describeValue(input.title)}`, severity: 'warning' });
  if (typeof input.description === 'string') dataset.description = input.description;
  else if (input.description !== undefined) {
    issues.push({ path: '/description', message: `description must be text, but is ${describeValue(input.description)}`, severity: 'warning' });
  }
  if (typeof input.updated === 'string' && parsePartialDate(input.updated).ok) dataset.updated = input.updated.trim();
  else if (input.updated !== undefined) {
    const reason = typeof input.updated === 'string' ? (parsePartialDate(input.updated) as { reason: string }).reason : `must be a date, but is ${describeValue(input.updated)}`;
    issues.push({ path: '/updated', message: `updated ${reason}`, severity: 'warning' });
  }
  for (const key of Object.keys(input)) {
    if (!DATASET_FIELDS.has(key)) issues.push({ path: pointer(key), message: `unknown field "${quoteText(key)}" is ignored`, severity: 'warning' });
  }
  if (!Array.isArray(input.events)) {
    issues.push({
      path: '/events',
      message: input.events === undefined ? 'events is missing: a dataset needs "events": [ … ]' : `events must be a list, but is ${describeValue(input.events)}`,
      severity: 'error',
    });
    return { dataset, events: [], issues };
  }
  return { dataset, events: yield* normalizingEvents(input.events, locate, issues), issues };
}
