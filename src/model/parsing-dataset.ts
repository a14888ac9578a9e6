import { parsePartialDate } from './partial-date.js';
import { IssueReport, describeValue, isPlainObject, pointer, quoteText } from './dataset-issues.js';
import { normalizingEvents, waitingFor, type Reading } from './reading-events.js';
import { ReadingMemo } from './normalize-event.js';
import { erasNeedValidation, normalizeEras } from './normalize-era.js';
import { isCommonMedia } from './common-event.js';
import { mediaCode, schemaValidation } from './code-on-demand.js';
import type { DatasetInfo, DatasetIssue } from './types.js';

// Reading a whole dataset a step at a time: the dataset-level fields (title, description, updated, credit, media,
// eras, unknown fields) of `{ title, events: [...] }` or a bare array of events, whose events the step-by-step
// reading normalizes. Data not of the common shape waits for the schema's validation to load, and data with media
// for the media services (code-on-demand.ts); parse-dataset.ts reads at once, with both at hand.

const DATASET_FIELDS = new Set(['title', 'description', 'updated', 'credit', 'media', 'eras', 'events', '$schema']);

/**
 * Maps a place in a dataset, in our format's terms (`['events', 3, 'start']`, `['eras', 0, 'end']`,
 * `['media', 'alt']`), to a JSON Pointer into the input: the readers of other formats point into theirs.
 */
export type LocateDatasetPath = (path: readonly (string | number)[]) => string;

const locateInDataset: LocateDatasetPath = (path) => pointer(...path);

/**
 * Reads a dataset (`{ title, events: [...] }`) or a bare array of events, a step at a time, as `parseDataset`
 * does at once; `locate` places issues in the input when it was another format.
 */
export function* parsingDataset(input: unknown, locate: LocateDatasetPath = locateInDataset): Reading {
  const issues: DatasetIssue[] = [];
  if (Array.isArray(input)) {
    return { dataset: { title: '' }, events: yield* normalizingEvents(input, (index, field) => locate([index, ...field]), issues), issues };
  }
  if (!isPlainObject(input)) {
    issues.push({
      path: '',
      message: `expected a dataset ({ "title": …, "events": [ … ] }) or a list of events, but got ${describeValue(input)}`,
      severity: 'error',
    });
    return { dataset: { title: '' }, events: [], issues };
  }
  const progress = { read: 0, total: Array.isArray(input.events) ? input.events.length : 0 };
  if (infoNeedsValidation(input)) yield* waitingFor(schemaValidation, progress);
  if (input.media !== undefined) yield* waitingFor(mediaCode, progress);
  const dataset = readDatasetInfo(input, issues, locate);
  if (!Array.isArray(input.events)) {
    issues.push({
      path: locate(['events']),
      message: input.events === undefined ? 'events is missing: a dataset needs "events": [ … ]' : `events must be a list, but is ${describeValue(input.events)}`,
      severity: 'error',
    });
    return { dataset, events: [], issues };
  }
  return { dataset, events: yield* normalizingEvents(input.events, (index, field) => locate(['events', index, ...field]), issues), issues };
}

/** True when the dataset's media or an era is not of the common shape, so that reading them needs the schema's validation. */
const infoNeedsValidation = (input: Record<string, unknown>): boolean =>
  (input.media !== undefined && !isCommonMedia(input.media)) || (Array.isArray(input.eras) && erasNeedValidation(input.eras));

/**
 * The dataset's own fields, checked: its header (title, description, updated, credit, media) and its eras. The
 * schema's validation must be at hand when `infoNeedsValidation`, the media services when there is media.
 */
function readDatasetInfo(input: Record<string, unknown>, issues: DatasetIssue[], locate: LocateDatasetPath): DatasetInfo {
  const report = new IssueReport(issues, (_, field) => locate(field));
  const dataset: DatasetInfo = { title: '' };
  if (typeof input.title === 'string') dataset.title = input.title;
  else if (input.title === undefined) report.warn(['title'], 'title is missing');
  else report.warn(['title'], `title must be text, but is ${describeValue(input.title)}`);
  for (const field of ['description', 'credit'] as const) {
    const value = input[field];
    if (typeof value === 'string') dataset[field] = value;
    else if (value !== undefined) report.warn([field], `${field} must be text, but is ${describeValue(value)}`);
  }
  if (typeof input.updated === 'string' && parsePartialDate(input.updated).ok) dataset.updated = input.updated.trim();
  else if (input.updated !== undefined) {
    const reason = typeof input.updated === 'string' ? (parsePartialDate(input.updated) as { reason: string }).reason : `must be a date, but is ${describeValue(input.updated)}`;
    report.warn(['updated'], `updated ${reason}`);
  }
  if (input.media !== undefined) {
    const authored = isCommonMedia(input.media) ? input.media : schemaValidation.provided?.validateMedia(input.media, report, ['media']);
    const media = authored && mediaCode.provided?.cleanMedia(authored, report, ['media']);
    if (media) dataset.media = media;
  }
  if (Array.isArray(input.eras)) {
    dataset.eras = normalizeEras(input.eras, new IssueReport(issues, (index, field) => locate(['eras', index, ...field])), new ReadingMemo());
  } else if (input.eras !== undefined) {
    report.warn(['eras'], `eras must be a list of { title, start, end? }, but is ${describeValue(input.eras)}; they are left out`);
  }
  for (const key of Object.keys(input)) {
    if (!DATASET_FIELDS.has(key)) report.warn([key], `unknown field "${quoteText(key)}" is ignored`);
  }
  return dataset;
}
