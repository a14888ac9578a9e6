import * as v from 'valibot';
import { TimelineEventSchema, type TimelineEvent, type TimelineSource } from './schema.js';
import { coarserPrecision, parsePartialDate, type DateSpan, type PartialDateResult } from './partial-date.js';
import { describeValue, isPlainObject, quoteText, type IssueReport, type ReportField } from './dataset-issues.js';
import { EVENT_FIELDS, SOURCE_FIELDS, isCommonEvent } from './common-event.js';
import { judgeSourceUrl } from './source-url.js';
import type { NormalizedEvent } from './types.js';

// Normalizing one authored event: validation (the fast path for the common shape, else the schema, which
// words every message), reading its dates into spans, cleaning its sources, and building the event the
// layout reads, field by field.

/** The authoring fields a normalized event keeps as they are (the dates become spans, the sources are cleaned). */
type CopiedField = 'summary' | 'actors' | 'category' | 'status' | 'location' | 'importance';
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
  if ('importance' in authored) event.importance = authored.importance;
}

/** Field names that authors often use for one of ours. */
const LIKELY_MEANT: Record<string, string> = {
  date: 'start', start_date: 'start', startDate: 'start', begin: 'start', from: 'start',
  end_date: 'end', endDate: 'end', to: 'end', until: 'end',
  name: 'title', headline: 'title', label: 'title',
  description: 'summary', text: 'summary', body: 'summary',
  actor: 'actors', group: 'category', type: 'category', tags: 'category',
  source: 'sources', links: 'sources', place: 'location', confidence: 'status', priority: 'importance', weight: 'importance',
};

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

/** Reads partial dates, remembering each text's result: long timelines write the same dates many times. */
export class DateReader {
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

/**
 * Validates and normalizes one authored event, reporting its problems to `report` (whose current event it
 * is). Returns undefined when the event has an error and is left out.
 */
export function normalizeEvent(raw: unknown, report: IssueReport, dates: DateReader): NormalizedEvent | undefined {
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
      warn([key], `unknown field "${quoteText(key)}" is ignored${meant ? ` (did you mean "${meant}"?)` : ''}`);
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
    error(['end'], `end ${quoteText(authored.end!)} is before start ${quoteText(authored.start)}`);
  }

  const sources = authored.sources?.map((source, sourceIndex) => cleanSource(source, sourceIndex, error, warn));
  // Common events have no unknown source fields.
  if (!common && Array.isArray(raw.sources)) {
    raw.sources.forEach((rawSource, sourceIndex) => {
      if (!isPlainObject(rawSource)) return;
      for (const key of Object.keys(rawSource)) {
        if (!SOURCE_FIELDS.has(key)) warn(['sources', sourceIndex, key], `unknown source field "${quoteText(key)}" is ignored`);
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

/** A source as the event keeps it: its url only when the source-URL rule calls it a link, its date only when readable. */
function cleanSource(source: TimelineSource, sourceIndex: number, error: ReportField, warn: ReportField): TimelineSource {
  const clean: TimelineSource = { name: source.name };
  if (source.quote !== undefined) clean.quote = source.quote;
  if (source.url !== undefined) {
    const verdict = judgeSourceUrl(source.url);
    const field = ['sources', sourceIndex, 'url'];
    if (verdict.kind === 'link') clean.url = verdict.url;
    else if (verdict.kind === 'dangerous') error(field, `url uses ${verdict.scheme} which is never allowed: only http(s) links are shown`);
    else if (verdict.scheme === undefined) warn(field, `url ${describeValue(verdict.url)} is not an absolute http(s) address, so it is not shown as a link`);
    else warn(field, `url uses ${verdict.scheme}, not http(s), so it is not shown as a link`);
  }
  if (source.date !== undefined) {
    const read = parsePartialDate(source.date);
    if (read.ok) clean.date = source.date.trim();
    else warn(['sources', sourceIndex, 'date'], `source date ${read.reason}; the date is left out`);
  }
  return clean;
}
