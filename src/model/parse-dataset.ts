import * as v from 'valibot';
import { TimelineEventSchema, type TimelineEvent, type TimelineSource } from './schema.js';
import { coarserPrecision, parsePartialDate, type DateSpan } from './partial-date.js';
import type { DatasetInfo, DatasetIssue, NormalizedEvent, ParseResult } from './types.js';

/** Maps an event's index and a field path inside it to a JSON Pointer into the input. */
export type LocateField = (index: number, field: readonly (string | number)[]) => string;

const EVENT_FIELDS = new Set(Object.keys(TimelineEventSchema.entries));
const DATASET_FIELDS = new Set(['title', 'description', 'updated', 'events', '$schema']);
const SOURCE_FIELDS = new Set(['name', 'url', 'quote', 'date']);

/** Field names that authors often use for one of ours. */
const LIKELY_MEANT: Record<string, string> = {
  date: 'start', start_date: 'start', startDate: 'start', begin: 'start', from: 'start',
  end_date: 'end', endDate: 'end', to: 'end', until: 'end',
  name: 'title', headline: 'title', label: 'title',
  description: 'summary', text: 'summary', body: 'summary',
  actor: 'actors', group: 'category', type: 'category', tags: 'category',
  source: 'sources', links: 'sources', place: 'location', confidence: 'status',
};

const pointerEscape = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');
export const pointer = (...keys: (string | number)[]) => keys.map((key) => '/' + pointerEscape(key)).join('');

/** A short description of a value for messages: long strings are cut, types are named. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${String(value)}`;
}

function quoteDate(text: string): string {
  return text.length > 40 ? text.slice(0, 40) + '…' : text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ALLOWED_LINK = /^https?:$/;
const DANGEROUS_LINK = /^(javascript|data|vbscript|file|blob):$/;

/** Checks a source URL: http(s) is kept, script-like schemes reject the event, the rest are dropped. */
function checkSourceUrl(url: string): { keep: boolean; severity?: 'error' | 'warning'; message?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { keep: false, severity: 'warning', message: `url ${describeValue(url)} is not an absolute http(s) address, so it is not shown as a link` };
  }
  if (ALLOWED_LINK.test(parsed.protocol)) return { keep: true };
  if (DANGEROUS_LINK.test(parsed.protocol)) {
    return { keep: false, severity: 'error', message: `url uses ${parsed.protocol} which is never allowed: only http(s) links are shown` };
  }
  return { keep: false, severity: 'warning', message: `url uses ${parsed.protocol}, not http(s), so it is not shown as a link` };
}

function schemaIssueMessage(issue: v.BaseIssue<unknown>): string {
  const key = issue.path?.at(-1)?.key;
  if (issue.type === 'object' && issue.received === 'undefined' && key !== undefined) {
    return `${String(key)} is missing`;
  }
  if (issue.kind === 'schema' && issue.received !== 'undefined') {
    const value = issue.path?.at(-1)?.value;
    return `${issue.message}, but is ${describeValue(value)}`;
  }
  return issue.message;
}

/**
 * Validates and normalizes events one by one. Invalid events are left out and reported; valid ones
 * are kept, sorted chronologically (stable for ties).
 */
export function normalizeEvents(rawEvents: readonly unknown[], locate: LocateField, issues: DatasetIssue[]): NormalizedEvent[] {
  const events: NormalizedEvent[] = [];
  const firstUseOfId = new Map<string, number>();
  rawEvents.forEach((raw, index) => {
    const event = normalizeEvent(raw, index, locate, issues);
    if (!event) return;
    const earlier = firstUseOfId.get(event.id);
    if (earlier !== undefined) {
      issues.push({
        path: locate(index, ['id']),
        message: `id "${quoteDate(event.id)}" is already used by the event at ${locate(earlier, [])}; ids must be unique`,
        severity: 'error',
      });
      return;
    }
    firstUseOfId.set(event.id, index);
    events.push(event);
  });
  return events.sort((a, b) => a.start.getTime() - b.start.getTime());
}

function normalizeEvent(raw: unknown, index: number, locate: LocateField, issues: DatasetIssue[]): NormalizedEvent | undefined {
  const errorsBefore = issues.filter((issue) => issue.severity === 'error').length;
  const error = (field: (string | number)[], message: string) => issues.push({ path: locate(index, field), message, severity: 'error' });
  const warn = (field: (string | number)[], message: string) => issues.push({ path: locate(index, field), message, severity: 'warning' });

  if (!isPlainObject(raw)) {
    error([], `an event must be an object with id, title and start, but is ${describeValue(raw)}`);
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (EVENT_FIELDS.has(key)) continue;
    const meant = LIKELY_MEANT[key];
    warn([key], `unknown field "${quoteDate(key)}" is ignored${meant ? ` (did you mean "${meant}"?)` : ''}`);
  }
  const parsed = v.safeParse(TimelineEventSchema, raw, { abortPipeEarly: true });
  if (!parsed.success) {
    for (const issue of parsed.issues) error(issue.path?.map((item) => item.key as string | number) ?? [], schemaIssueMessage(issue));
    return undefined;
  }
  const authored: TimelineEvent = parsed.output;

  const startRead = parsePartialDate(authored.start);
  if (!startRead.ok) error(['start'], `start ${startRead.reason}`);
  const endRead = authored.end === undefined ? undefined : parsePartialDate(authored.end);
  if (endRead && !endRead.ok) error(['end'], `end ${endRead.reason}`);

  const startSpan: DateSpan | undefined = startRead.ok ? startRead.span : undefined;
  let endSpan: DateSpan | undefined = endRead?.ok ? endRead.span : undefined;
  if (startSpan && endSpan && endSpan.start < startSpan.start) {
    error(['end'], `end ${quoteDate(authored.end!)} is before start ${quoteDate(authored.start)}`);
  }

  const sources = authored.sources?.map((source, sourceIndex) => cleanSource(source, sourceIndex, error, warn));
  if (Array.isArray(raw.sources)) {
    raw.sources.forEach((rawSource, sourceIndex) => {
      if (!isPlainObject(rawSource)) return;
      for (const key of Object.keys(rawSource)) {
        if (!SOURCE_FIELDS.has(key)) warn(['sources', sourceIndex, key], `unknown source field "${quoteDate(key)}" is ignored`);
      }
    });
  }

  const errorsAfter = issues.filter((issue) => issue.severity === 'error').length;
  if (errorsAfter > errorsBefore || !startSpan) return undefined;

  const isRange = endSpan !== undefined && endSpan.end > startSpan.end;
  if (!isRange) endSpan = undefined;
  const { start: startText, end: endText, sources: _authoredSources, ...rest } = authored;
  const event: NormalizedEvent = {
    ...rest,
    start: startSpan.start,
    end: endSpan ? endSpan.end : startSpan.end,
    precision: endSpan ? coarserPrecision(startSpan.precision, endSpan.precision) : startSpan.precision,
    startPrecision: startSpan.precision,
    endPrecision: endSpan ? endSpan.precision : startSpan.precision,
    isRange,
    startText,
  };
  if (endSpan && endText !== undefined) event.endText = endText;
  if (sources) event.sources = sources;
  if (startSpan.utcOffsetMinutes !== undefined) event.utcOffsetMinutes = startSpan.utcOffsetMinutes;
  return event;
}

function cleanSource(
  source: TimelineSource,
  sourceIndex: number,
  error: (field: (string | number)[], message: string) => void,
  warn: (field: (string | number)[], message: string) => void,
): TimelineSource {
  const clean: TimelineSource = { name: source.name };
  if (source.quote !== undefined) clean.quote = source.quote;
  if (source.url !== undefined) {
    const verdict = checkSourceUrl(source.url.trim());
    if (verdict.keep) clean.url = source.url.trim();
    else if (verdict.severity === 'error') error(['sources', sourceIndex, 'url'], verdict.message!);
    else warn(['sources', sourceIndex, 'url'], verdict.message!);
  }
  if (source.date !== undefined) {
    const read = parsePartialDate(source.date);
    if (read.ok) clean.date = source.date.trim();
    else warn(['sources', sourceIndex, 'date'], `source date ${read.reason}; the date is left out`);
  }
  return clean;
}

/**
 * Reads a dataset (`{ title, events: [...] }`) or a bare array of events. Never throws on data:
 * each problem is an issue with a JSON Pointer and a message; valid events are kept.
 */
export function parseDataset(input: unknown): ParseResult {
  const issues: DatasetIssue[] = [];
  const locate: LocateField = (index, field) => pointer('events', index, ...field);
  if (Array.isArray(input)) {
    return { dataset: { title: '' }, events: normalizeEvents(input, (index, field) => pointer(index, ...field), issues), issues };
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
    if (!DATASET_FIELDS.has(key)) issues.push({ path: pointer(key), message: `unknown field "${quoteDate(key)}" is ignored`, severity: 'warning' });
  }
  if (!Array.isArray(input.events)) {
    issues.push({
      path: '/events',
      message: input.events === undefined ? 'events is missing: a dataset needs "events": [ … ]' : `events must be a list, but is ${describeValue(input.events)}`,
      severity: 'error',
    });
    return { dataset, events: [], issues };
  }
  return { dataset, events: normalizeEvents(input.events, locate, issues), issues };
}
