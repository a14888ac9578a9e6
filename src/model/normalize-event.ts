import type { EventStatus, TimelineEvent, TimelineHistoryEntry, TimelineResponse, TimelineSource } from './schema.js';
import { coarserPrecision, parsePartialDate, type DateSpan, type PartialDateResult } from './partial-date.js';
import { describeValue, isPlainObject, quoteText, type IssueReport } from './dataset-issues.js';
import { isCommonEvent } from './common-event.js';
import { mediaCode, schemaValidation, type CodeOnDemand } from './code-on-demand.js';
import { judgeSourceUrl } from './source-url.js';
import type { NormalizedEvent, NormalizedHistoryEntry } from './types.js';

// Normalizing one authored event: validation (the fast path for the common shape, else the schema field by
// field, which words every message), reading its dates into spans, cleaning its sources, responses and
// history, and building the event the layout reads, field by field.

/** The authoring fields a normalized event keeps as they are (the dates become spans, the lists of entries are cleaned). */
type CopiedField = 'summary' | 'actors' | 'category' | 'status' | 'location' | 'importance' | 'claimedBy' | 'displayDate' | 'approximate';
/** The fields the normalizer reads on its own. */
type HandledField = 'id' | 'title' | 'start' | 'end' | 'sources' | 'responses' | 'history' | 'media';
/**
 * Any field of the schema that the normalizer neither copies nor handles on its own, as a required field of
 * type never: while there is none this is `{}`; when the schema gains one, passing an event no longer compiles.
 */
type UnhandledFields = Record<Exclude<keyof TimelineEvent, HandledField | CopiedField>, never>;

/** Copies the fields kept as they are, each only when the authored event has it; lists as the memo's shared copies. */
function copyAuthoredFields(event: NormalizedEvent, authored: TimelineEvent & UnhandledFields, memo: ReadingMemo): void {
  if ('summary' in authored) event.summary = authored.summary;
  if ('actors' in authored) event.actors = authored.actors && memo.list(authored.actors);
  if ('category' in authored) event.category = authored.category;
  if ('status' in authored) event.status = authored.status;
  if ('location' in authored) event.location = authored.location;
  if ('importance' in authored) event.importance = authored.importance;
  if ('claimedBy' in authored) event.claimedBy = authored.claimedBy && memo.list(authored.claimedBy);
  if ('displayDate' in authored) event.displayDate = authored.displayDate;
  if ('approximate' in authored) event.approximate = authored.approximate;
}

/**
 * A date that every event written with the same text shares, so that 100,000 events on a few thousand dates
 * hold a few thousand `Date`s, not 200,000 (10 MB, and as many objects for each major GC to mark). Its setters
 * throw, since a change would move every event that shares it: copy it first (`new Date(event.start)`).
 */
class SharedDate extends Date {}
for (const name of Object.getOwnPropertyNames(Date.prototype)) {
  if (!name.startsWith('set')) continue;
  Object.defineProperty(SharedDate.prototype, name, {
    value() {
      throw new TypeError(`Dateline: an event's dates are shared by the events written with the same date, so ${name} cannot change one; copy it first (new Date(event.start))`);
    },
  });
}

const sharedSpan = (span: DateSpan): DateSpan => ({ ...span, start: new SharedDate(span.start.getTime()), end: new SharedDate(span.end.getTime()) });

/** How many date texts, and lists, one reading remembers; beyond that each is read anew (and not shared). */
const MEMO_LIMIT = 100_000;

/**
 * What one reading of a dataset remembers, since long timelines write the same dates and the same lists of names
 * many times: each date text's result, its dates shared (`SharedDate`) by every event and history entry written
 * with that text; and each list of names (actors, claimants), one frozen copy shared by the events that list
 * the same names in the same order.
 */
export class ReadingMemo {
  private readonly spans = new Map<string, PartialDateResult>();
  private readonly lists = new Map<string, readonly string[]>();

  /** The result for a date text, the same object for the same text. */
  span(text: string): PartialDateResult {
    let result = this.spans.get(text);
    if (result === undefined) {
      const parsed = parsePartialDate(text);
      result = parsed.ok ? { ok: true, span: sharedSpan(parsed.span) } : parsed;
      if (this.spans.size < MEMO_LIMIT) this.spans.set(text, result);
    }
    return result;
  }

  /** A frozen copy of a list of names, the same array for the same names: changing the input later changes no event. */
  list(names: readonly string[]): string[] {
    const key = names.length === 1 ? names[0]! : names.join('\u0000');
    let shared = this.lists.get(key);
    // The key of ["a\u0000b"] is that of ["a", "b"]: a list is shared only when its names are the same.
    if (shared === undefined || shared.length !== names.length || (names.length > 1 && shared.some((name, index) => name !== names[index]))) {
      shared = Object.freeze([...names]);
      if (this.lists.size < MEMO_LIMIT) this.lists.set(key, shared);
    }
    // Frozen, so no reader of the event can change it for the others; typed as the schema's lists are.
    return shared as string[];
  }
}

/**
 * Validates and normalizes one authored event, reporting its problems to `report` (whose current event it
 * is). Returns undefined when the event cannot be kept: its id, title, start or end is unusable. Any other
 * bad part is left out alone and reported. An event not of the common shape needs the schema's validation, and
 * one with media the media services (code-on-demand.ts): when what it needs has not loaded, returns that code,
 * to load before reading it again, and reports nothing.
 */
export function normalizeEvent(raw: unknown, report: IssueReport, memo: ReadingMemo): NormalizedEvent | undefined | CodeOnDemand<unknown> {
  const { error } = report;
  if (!isPlainObject(raw)) {
    error([], `an event must be an object with id, title and start, but is ${describeValue(raw)}`);
    return undefined;
  }
  const common = isCommonEvent(raw);
  const validation = schemaValidation.provided;
  if (!common && !validation) return schemaValidation;
  const media = mediaCode.provided;
  if (raw.media !== undefined && !media) return mediaCode;
  const authored = common ? raw : validation!.validateEvent(raw, report);
  if (!authored) return undefined;

  const startRead = memo.span(authored.start);
  if (!startRead.ok) error(['start'], `start ${startRead.reason}`);
  const endRead = authored.end === undefined ? undefined : memo.span(authored.end);
  if (endRead && !endRead.ok) error(['end'], `end ${endRead.reason}`);

  const startSpan: DateSpan | undefined = startRead.ok ? startRead.span : undefined;
  let endSpan: DateSpan | undefined = endRead?.ok ? endRead.span : undefined;
  const endsBeforeStart = startSpan !== undefined && endSpan !== undefined && endSpan.start < startSpan.start;
  if (endsBeforeStart) error(['end'], `end ${quoteText(authored.end!)} is before start ${quoteText(authored.start)}`);

  // The parts are cleaned (and their problems reported) even when the dates leave the event out.
  const sources = authored.sources?.map((source, index) => cleanSource(source, report, memo, 'sources', index));
  const responses = authored.responses?.map((response, index) => cleanResponse(response, index, report, memo));
  const history = authored.history && cleanHistory(authored.history, report, memo);
  // The authored media is the raw event's, read or checked: the media services are at hand.
  const cleanedMedia = authored.media && media!.cleanMedia(authored.media, report, ['media']);

  if (!startSpan || (endRead && !endRead.ok) || endsBeforeStart) return undefined;

  const isRange = endSpan !== undefined && endSpan.end > startSpan.end;
  if (!isRange) endSpan = undefined;
  // Built field by field in one order, so that 100,000 events share a few hidden classes.
  const event = {
    id: authored.id,
    title: authored.title,
    start: startSpan.start,
    end: (endSpan ?? startSpan).end,
    precision: endSpan ? coarserPrecision(startSpan.precision, endSpan.precision) : startSpan.precision,
    startPrecision: startSpan.precision,
    endPrecision: endSpan ? endSpan.precision : startSpan.precision,
    isRange,
    startText: authored.start,
  } as NormalizedEvent;
  copyAuthoredFields(event, authored, memo);
  if (endSpan && authored.end !== undefined) event.endText = authored.end;
  if (sources) event.sources = sources;
  if (startSpan.utcOffsetMinutes !== undefined) event.utcOffsetMinutes = startSpan.utcOffsetMinutes;
  // A wall-clock time when the date that has a time (the start's, else the end's) was written without an offset.
  if ((startSpan.precision === 'minute' ? startSpan : endSpan)?.floatingTime) event.floatingTime = true;
  if (startSpan.secondsWritten || endSpan?.secondsWritten) event.secondsWritten = true;
  if (endSpan && endSpan.precision === 'minute' && startSpan.precision === 'minute' && !endSpan.floatingTime !== !startSpan.floatingTime) {
    report.warn(['end'], `end ${quoteText(authored.end!)} and start ${quoteText(authored.start)} differ: one has an offset from UTC, the other is a wall-clock time without one; write both alike`);
  }
  if (cleanedMedia) event.media = cleanedMedia;
  if (responses) event.responses = responses;
  if (history) setHistory(event, history, authored.status, report);
  return event;
}

/** Gives the event its history and the status of the history's latest entry, warning when the authored status disagrees. */
function setHistory(event: NormalizedEvent, history: NormalizedHistoryEntry[], authoredStatus: EventStatus | undefined, report: IssueReport): void {
  event.history = history;
  const latest = history.at(-1);
  if (!latest) return;
  if (authoredStatus !== undefined && authoredStatus !== latest.status) {
    report.warn(
      ['status'],
      `status "${authoredStatus}" disagrees with the latest history entry ("${latest.status}" from ${quoteText(latest.date)}); the history's "${latest.status}" is shown`,
    );
  }
  event.status = latest.status;
}

type Field = (string | number)[];
/** The path of a source's field: `sources/2/url`, `responses/0/source/url`. Built only to report, not for every source. */
const pathOf = (list: string, index: number, nested: string | undefined, field: string): Field =>
  nested === undefined ? [list, index, field] : [list, index, nested, field];

/**
 * A source as the event keeps it: its url only when the source-URL rule calls it a link (a dangerous one is an
 * error, but only the link is lost), its date only when readable. It sits at `list/index` or `list/index/nested`.
 */
function cleanSource(source: TimelineSource, report: IssueReport, memo: ReadingMemo, list: string, index: number, nested?: string): TimelineSource {
  const clean: TimelineSource = { name: source.name };
  if (source.quote !== undefined) clean.quote = source.quote;
  if (source.url !== undefined) {
    const verdict = judgeSourceUrl(source.url);
    if (verdict.kind === 'link') clean.url = verdict.url;
    else if (verdict.kind === 'dangerous') report.error(pathOf(list, index, nested, 'url'), `url uses ${verdict.scheme} which is never allowed: only http(s) links are shown, so the source is kept without its link`);
    else if (verdict.scheme === undefined) report.warn(pathOf(list, index, nested, 'url'), `url ${describeValue(verdict.url)} is not an absolute http(s) address, so it is not shown as a link`);
    else report.warn(pathOf(list, index, nested, 'url'), `url uses ${verdict.scheme}, not http(s), so it is not shown as a link`);
  }
  if (source.date !== undefined) {
    const read = memo.span(source.date);
    if (read.ok) clean.date = source.date.trim();
    else report.warn(pathOf(list, index, nested, 'date'), `source date ${read.reason}; the date is left out`);
  }
  return clean;
}

/** A response as the event keeps it: its date only when readable, its source cleaned. */
function cleanResponse(response: TimelineResponse, index: number, report: IssueReport, memo: ReadingMemo): TimelineResponse {
  const clean: TimelineResponse = { actor: response.actor, stance: response.stance };
  if (response.date !== undefined) {
    const read = memo.span(response.date);
    if (read.ok) clean.date = response.date.trim();
    else report.warn(['responses', index, 'date'], `response date ${read.reason}; the date is left out`);
  }
  if (response.source !== undefined) clean.source = cleanSource(response.source, report, memo, 'responses', index, 'source');
  return clean;
}

/** The history with each entry's date read, oldest first (ties keep their order); an entry whose date is unreadable is left out. */
function cleanHistory(history: readonly TimelineHistoryEntry[], report: IssueReport, memo: ReadingMemo): NormalizedHistoryEntry[] {
  const entries: NormalizedHistoryEntry[] = [];
  history.forEach((entry, index) => {
    const read = memo.span(entry.date);
    if (!read.ok) {
      report.warn(['history', index, 'date'], `history date ${read.reason}; the history entry is left out`);
      return;
    }
    const { start, end, precision, utcOffsetMinutes } = read.span;
    const span: DateSpan = { start, end, precision };
    if (utcOffsetMinutes !== undefined) span.utcOffsetMinutes = utcOffsetMinutes;
    const clean: NormalizedHistoryEntry = { date: entry.date.trim(), status: entry.status, span };
    if (entry.note !== undefined) clean.note = entry.note;
    if (entry.source !== undefined) clean.source = cleanSource(entry.source, report, memo, 'history', index, 'source');
    entries.push(clean);
  });
  // Array#sort is stable.
  return entries.sort((a, b) => a.span.start.getTime() - b.span.start.getTime());
}
