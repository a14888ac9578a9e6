import * as v from 'valibot';
import { STATUSES, TimelineEventSchema, type TimelineEvent, type TimelineSource } from './schema.js';
import { coarserPrecision, parsePartialDate, type DateSpan, type PartialDateResult } from './partial-date.js';
import type { DatasetInfo, DatasetIssue, NormalizedEvent, ParseResult } from './types.js';

/** Maps an event's index and a field path inside it to a JSON Pointer into the input. */
export type LocateField = (index: number, field: readonly (string | number)[]) => string;

const EVENT_FIELDS = new Set(Object.keys(TimelineEventSchema.entries));
/** The authoring fields a normalized event keeps as they are (the dates become spans, the sources are cleaned). */
type CopiedField = 'summary' | 'actors' | 'category' | 'status' | 'location';
/**
 * Any field of the schema that the normalizer neither copies nor handles on its own, as a required field of
 * type never: while there is none this is `{}`; when the schema gains one, passing an event no longer compiles.
 */
type UnhandledFields = Record<Exclude<keyof TimelineEvent, 'id' | 'title' | 'start' | 'end' | 'sources' | CopiedField>, never>;

/** Copies the fields kept as they are, each only when the authored event has it. */
function copyAuthoredFields(event: NormalizedEvent, authored: TimelineEvent & UnhandledFields): void {
  if ('summary' in authored) event.summary = authored.summary;
  // The list is copied, so that changing the input later does not change the event (the schema copies too).
  if ('actors' in authored) event.actors = authored.actors && [...authored.actors];
  if ('category' in authored) event.category = authored.category;
  if ('status' in authored) event.status = authored.status;
  if ('location' in authored) event.location = authored.location;
}
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
/**
 * An http(s) address that `new URL` always reads (a named host, no port, printable ASCII), checked without
 * building a URL, which is slow for 100,000 sources. Anything else goes through `new URL`.
 */
const PLAIN_WEB_LINK = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z0-9-]*[a-z][a-z0-9-]*(?:[/?#][\x21-\x7e]*)?$/i;
const KEEP = { keep: true } as const;

/** Checks a source URL: http(s) is kept, script-like schemes reject the event, the rest are dropped. */
function checkSourceUrl(url: string): { keep: boolean; severity?: 'error' | 'warning'; message?: string } {
  if (PLAIN_WEB_LINK.test(url)) return KEEP;
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

/** Text with something besides white space; `trim` only when an end is white space (or less). */
const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && ((value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32) || value.trim().length > 0);
const isString = (value: unknown): value is string => typeof value === 'string';
const STATUS_NAMES: ReadonlySet<unknown> = new Set(STATUSES);

/** True when every own key of `value` is in `fields`, each set (not undefined), and none is inherited. */
function hasOnlySetFields(value: Record<string, unknown>, fields: ReadonlySet<string>): boolean {
  for (const key in value) {
    if (!Object.hasOwn(value, key) || !fields.has(key) || value[key] === undefined) return false;
  }
  return true;
}

function isCommonSource(source: unknown): boolean {
  return (
    isPlainObject(source) &&
    hasOnlySetFields(source, SOURCE_FIELDS) &&
    isText(source.name) &&
    (source.url === undefined || isString(source.url)) &&
    (source.quote === undefined || isString(source.quote)) &&
    (source.date === undefined || isText(source.date))
  );
}

/**
 * The common shape of a valid event, checked by hand because running the schema over 100,000 events takes
 * a noticeable part of a second. It accepts only events that `TimelineEventSchema` accepts unchanged: every
 * field known, set and of its type, the sources too. Anything else, valid or not, goes through the schema,
 * which stays the judge and the source of every message.
 */
function isCommonEvent(raw: Record<string, unknown>): raw is TimelineEvent {
  const { id, title, start, end, summary, actors, category, status, sources, location } = raw;
  return (
    hasOnlySetFields(raw, EVENT_FIELDS) &&
    isText(id) &&
    isText(title) &&
    isText(start) &&
    (end === undefined || isText(end)) &&
    (summary === undefined || isString(summary)) &&
    (actors === undefined || (Array.isArray(actors) && actors.every(isText))) &&
    (category === undefined || isString(category)) &&
    (status === undefined || STATUS_NAMES.has(status)) &&
    (sources === undefined || (Array.isArray(sources) && sources.every(isCommonSource))) &&
    (location === undefined || isString(location))
  );
}

/**
 * Sorts events by start, keeping the input order for ties. A comparator sort over 100,000 objects takes
 * long in a cold page; instead the start times are sorted natively and each event dealt to its place.
 */
function sortByStart(events: NormalizedEvent[]): NormalizedEvent[] {
  const starts = new Float64Array(events.length);
  let sorted = true;
  for (let index = 0; index < events.length; index++) {
    starts[index] = events[index]!.start.getTime();
    if (index > 0 && starts[index]! < starts[index - 1]!) sorted = false;
  }
  if (sorted) return events;
  const sortedStarts = starts.slice().sort();
  // Events with the same start fill the places from the first of them on, in input order.
  const taken = new Int32Array(events.length);
  const result = new Array<NormalizedEvent>(events.length);
  for (let index = 0; index < events.length; index++) {
    const first = bisectLeft(sortedStarts, starts[index]!);
    result[first + taken[first]!++] = events[index]!;
  }
  return result;
}

function bisectLeft(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Collects the issues of one event after another, counting each event's errors. */
class IssueReport {
  index = 0;
  errors = 0;

  constructor(
    private readonly issues: DatasetIssue[],
    private readonly locate: LocateField,
  ) {}

  startEvent(index: number): void {
    this.index = index;
    this.errors = 0;
  }

  readonly error = (field: (string | number)[], message: string): void => {
    this.errors++;
    this.issues.push({ path: this.locate(this.index, field), message, severity: 'error' });
  };

  readonly warn = (field: (string | number)[], message: string): void => {
    this.issues.push({ path: this.locate(this.index, field), message, severity: 'warning' });
  };
}

/** Reads partial dates, remembering each text's result: long timelines write the same dates many times. */
class DateReader {
  private readonly read = new Map<string, PartialDateResult>();

  /** The result for a text; results are shared between calls, so copy their dates before handing them out. */
  span(text: string): PartialDateResult {
    let result = this.read.get(text);
    if (result === undefined) {
      result = parsePartialDate(text);
      if (this.read.size < 100_000) this.read.set(text, result);
    }
    return result;
  }
}

/** How far a reading has come: events read, of how many. */
export interface ReadProgress {
  read: number;
  total: number;
}

/**
 * A reading done a step at a time, so that a page can read 100,000 events without freezing: each step reads
 * `READ_STEP` events and yields how far it has come; the reading returns the result. `finishReading` runs one
 * through at once.
 */
export type Reading<T = ParseResult> = Generator<ReadProgress, T, void>;

/** Events read in one step of a `Reading`. */
export const READ_STEP = 500;

/** Runs a reading to its end at once. */
export function finishReading<T>(reading: Reading<T>): T {
  for (;;) {
    const step = reading.next();
    if (step.done) return step.value;
  }
}

/**
 * Validates and normalizes events one by one. Invalid events are left out and reported; valid ones
 * are kept, sorted chronologically (stable for ties).
 */
export function normalizeEvents(rawEvents: readonly unknown[], locate: LocateField, issues: DatasetIssue[]): NormalizedEvent[] {
  return finishReading(normalizingEvents(rawEvents, locate, issues));
}

/** `normalizeEvents` as a `Reading`. */
export function* normalizingEvents(rawEvents: readonly unknown[], locate: LocateField, issues: DatasetIssue[]): Reading<NormalizedEvent[]> {
  const events: NormalizedEvent[] = [];
  const firstUseOfId = new Map<string, number>();
  const report = new IssueReport(issues, locate);
  const dates = new DateReader();
  for (let index = 0; index < rawEvents.length; index++) {
    if (index > 0 && index % READ_STEP === 0) yield { read: index, total: rawEvents.length };
    report.startEvent(index);
    const event = normalizeEvent(rawEvents[index], report, dates);
    if (!event) continue;
    const earlier = firstUseOfId.get(event.id);
    if (earlier !== undefined) {
      report.error(['id'], `id "${quoteDate(event.id)}" is already used by the event at ${locate(earlier, [])}; ids must be unique`);
      continue;
    }
    firstUseOfId.set(event.id, index);
    events.push(event);
  }
  // All read; the sort is a step of its own.
  if (rawEvents.length > READ_STEP) yield { read: rawEvents.length, total: rawEvents.length };
  return sortByStart(events);
}

function normalizeEvent(raw: unknown, report: IssueReport, dates: DateReader): NormalizedEvent | undefined {
  const { error, warn } = report;
  if (!isPlainObject(raw)) {
    error([], `an event must be an object with id, title and start, but is ${describeValue(raw)}`);
    return undefined;
  }
  const common = isCommonEvent(raw);
  let authored: TimelineEvent;
  if (common) authored = raw;
  else {
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
    authored = parsed.output;
  }

  const startRead = dates.span(authored.start);
  if (!startRead.ok) error(['start'], `start ${startRead.reason}`);
  const endRead = authored.end === undefined ? undefined : dates.span(authored.end);
  if (endRead && !endRead.ok) error(['end'], `end ${endRead.reason}`);

  const startSpan: DateSpan | undefined = startRead.ok ? startRead.span : undefined;
  let endSpan: DateSpan | undefined = endRead?.ok ? endRead.span : undefined;
  if (startSpan && endSpan && endSpan.start < startSpan.start) {
    error(['end'], `end ${quoteDate(authored.end!)} is before start ${quoteDate(authored.start)}`);
  }

  const sources = authored.sources?.map((source, sourceIndex) => cleanSource(source, sourceIndex, error, warn));
  // Common events have no unknown source fields.
  if (!common && Array.isArray(raw.sources)) {
    raw.sources.forEach((rawSource, sourceIndex) => {
      if (!isPlainObject(rawSource)) return;
      for (const key of Object.keys(rawSource)) {
        if (!SOURCE_FIELDS.has(key)) warn(['sources', sourceIndex, key], `unknown source field "${quoteDate(key)}" is ignored`);
      }
    });
  }

  if (report.errors > 0 || !startSpan) return undefined;

  const isRange = endSpan !== undefined && endSpan.end > startSpan.end;
  if (!isRange) endSpan = undefined;
  // Built field by field in one order, so that 100,000 events share a few hidden classes.
  const event = {
    id: authored.id,
    title: authored.title,
    start: new Date(startSpan.start.getTime()),
    end: new Date((endSpan ?? startSpan).end.getTime()),
    precision: endSpan ? coarserPrecision(startSpan.precision, endSpan.precision) : startSpan.precision,
    startPrecision: startSpan.precision,
    endPrecision: endSpan ? endSpan.precision : startSpan.precision,
    isRange,
    startText: authored.start,
  } as NormalizedEvent;
  copyAuthoredFields(event, authored);
  if (endSpan && authored.end !== undefined) event.endText = authored.end;
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
  return { dataset, events: yield* normalizingEvents(input.events, locate, issues), issues };
}
