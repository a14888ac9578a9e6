/**
 * A windowed source: a `src` written as a URL template (`https://host/events?start={start}&end={end}&bins={bins}`)
 * names an archive on a server that answers for one window at a time, with the protocol of `dateline serve`
 * (README, "An archive on a server"). This module is its pure part: filling the template, planning the window to
 * ask for (the view and a margin either side), reading an answer, and telling whether an answer already held
 * serves a view. The controller (controllers/archive-window-controller.ts) does the fetching.
 */
import { parseDataset } from './parse-dataset.js';
import type { ParseResult } from './types.js';

/** A stretch of real time, UTC ms, end exclusive. */
export interface ArchiveSpan {
  start: number;
  end: number;
}

/** A calendar bin the server counted: the events starting in it, in one lane ("" without lanes). */
export interface ArchiveBin extends ArchiveSpan {
  lane: string;
  count: number;
}

/** What every answer says: the window it covers, the archive's own span and size, and the window's total. */
interface AnswerCommon {
  /** The window the answer covers (the server widens a window of bins to whole bins). */
  window: ArchiveSpan;
  /** The span of the whole archive, when it holds any event. */
  archive?: ArchiveSpan;
  /** How many events the archive holds. */
  archiveTotal: number;
  /** How many events the window holds. */
  total: number;
  title?: string;
}

/** The window's events, read as a dataset. */
export interface ArchiveEventsAnswer extends AnswerCommon {
  kind: 'events';
  result: ParseResult;
  /** For a window with no event, where the nearest ones start on each side (UTC ms), as the server tells it. */
  nearest?: { before?: number; after?: number };
}

/** Counts in calendar bins, per lane when asked. */
export interface ArchiveBinsAnswer extends AnswerCommon {
  kind: 'bins';
  bins: ArchiveBin[];
  /** The lane mode the bins were counted in (`none` without lanes). */
  lanes: string;
  /** How many lanes the server folded into "Other". */
  foldedLanes: number;
}

export type ArchiveAnswer = ArchiveEventsAnswer | ArchiveBinsAnswer;

/** One window asked for: its edges (undefined: the archive's own), how many bins the view can draw, the lanes. */
export interface WindowRequest {
  start?: number;
  end?: number;
  bins: number;
  lanes: string;
}

/** The most bins asked for at once (the reference server's default `--max-bins`). */
export const MAX_REQUESTED_BINS = 2000;
/** The margin asked for either side of the view, in views: a pan of a whole screen needs no request. */
export const WINDOW_MARGIN = 1;
/** An answer of bins serves a view zoomed this many times in or out of the view it was asked for. */
const BIN_ZOOM_TOLERANCE = 2;

/** The farthest instant a JavaScript date holds, either side of 1970. */
const MAX_TIME = 8.64e15;

const PLACEHOLDER = /\{(start|end|bins|lanes)\}/g;

const isoText = (time: number | undefined) => (time === undefined ? '' : new Date(time).toISOString());

/**
 * The URL of one window: `{start}` and `{end}` as instants (`2024-06-19T00:00:00.000Z`; empty for the archive's
 * own edge), `{bins}` and `{lanes}`. A template without `{lanes}` gets a `lanes` parameter when the view has
 * lanes and the template sets none, so that bins are counted in the lanes drawn.
 */
export function windowUrl(template: string, request: WindowRequest): string {
  const values: Record<string, string> = { start: isoText(request.start), end: isoText(request.end), bins: String(request.bins), lanes: request.lanes };
  let url = template.replace(PLACEHOLDER, (_whole, name: string) => encodeURIComponent(values[name]!));
  if (!template.includes('{lanes}') && request.lanes !== 'none' && !/[?&]lanes=/.test(template.split('#')[0]!)) {
    // Into the query, before a fragment, which a request does not send.
    const hashAt = url.includes('#') ? url.indexOf('#') : url.length;
    const query = url.slice(0, hashAt);
    url = `${query}${query.includes('?') ? '&' : '?'}lanes=${encodeURIComponent(request.lanes)}${url.slice(hashAt)}`;
  }
  return url;
}

/** The URL of one event by its id: the template's address and fixed parameters, without those it fills in. */
export function eventUrl(template: string, id: string): string {
  const [beforeHash] = template.split('#');
  const [address, query = ''] = beforeHash!.split('?');
  const kept = query.split('&').filter((pair) => pair !== '' && !pair.includes('{') && !/^(id|start|end|bins|lanes)=/.test(pair));
  kept.push(`id=${encodeURIComponent(id)}`);
  return `${address}?${kept.join('&')}`;
}

/**
 * The window to ask for to show `view` on a plot `plotWidth` wide: the view and a margin of `WINDOW_MARGIN`
 * views either side, inside the archive when its span is known, and as many bins as columns of `minColumn`
 * pixels would fill it. `binWidth` is the time a column of the view stands for.
 */
export function plannedWindow(view: ArchiveSpan, archive: ArchiveSpan | undefined, plotWidth: number, minColumn: number, lanes: string): WindowRequest & { binWidth: number } {
  const span = view.end - view.start;
  // Inside the archive, and always inside what a date holds (an empty archive tells no span).
  const start = Math.max(view.start - WINDOW_MARGIN * span, archive?.start ?? -MAX_TIME);
  const end = Math.min(view.end + WINDOW_MARGIN * span, archive?.end ?? MAX_TIME);
  const binWidth = span / Math.max(Math.floor(plotWidth / minColumn), 1);
  const wanted = end > start ? Math.ceil((end - start) / binWidth) : 1;
  return { start, end: end > start ? end : start + span, bins: Math.min(Math.max(wanted, 1), MAX_REQUESTED_BINS), lanes, binWidth };
}

/**
 * True when an answer serves a view whose columns each stand for `binWidth`: it covers the part of the view
 * inside the archive, and, for bins, was asked for columns of about that width (zoomed in or out at most
 * `BIN_ZOOM_TOLERANCE` times since; `askedBinWidth`), so that its columns are neither slivers nor blocks.
 * A window's events serve any zoom inside it.
 */
export function answerServes(answer: ArchiveAnswer, askedBinWidth: number, view: ArchiveSpan, binWidth: number): boolean {
  const archive = answer.archive;
  const start = archive ? Math.max(view.start, archive.start) : view.start;
  const end = archive ? Math.min(view.end, archive.end) : view.end;
  const covered = end <= start || (answer.window.start <= start && answer.window.end >= end);
  if (!covered) return false;
  if (answer.kind === 'events') return true;
  return binWidth * BIN_ZOOM_TOLERANCE >= askedBinWidth && binWidth <= askedBinWidth * BIN_ZOOM_TOLERANCE;
}

/** How many events of an answer overlap a view, for the announcement when the view rests; bins count whole. */
export function countInView(answer: ArchiveAnswer, view: ArchiveSpan): number {
  if (answer.kind === 'bins') {
    return answer.bins.reduce((sum, bin) => (bin.end > view.start && bin.start < view.end ? sum + bin.count : sum), 0);
  }
  return answer.result.events.reduce((sum, event) => (event.end.getTime() > view.start && event.start.getTime() < view.end ? sum + 1 : sum), 0);
}

/**
 * Where the nearest items are, on each side of a view that shows none (UTC ms): the nearest bin's edge, the
 * server's `nearest` for an empty window, or the archive's own edge for a view beyond it. For a window's events,
 * those loaded are for the caller to find (it has them indexed); this adds what lies past the window.
 */
export function nearestInArchive(answer: ArchiveAnswer, view: ArchiveSpan): { earlier?: number; later?: number } {
  let earlier: number | undefined;
  let later: number | undefined;
  const consider = (start: number | undefined, end: number | undefined) => {
    if (end !== undefined && end <= view.start && (earlier === undefined || end > earlier)) earlier = end;
    if (start !== undefined && start >= view.end && (later === undefined || start < later)) later = start;
  };
  if (answer.kind === 'bins') for (const bin of answer.bins) consider(bin.start, bin.end);
  else consider(answer.nearest?.after, answer.nearest?.before === undefined ? undefined : answer.nearest.before + 1);
  if (answer.archive) consider(answer.archive.start, answer.archive.end);
  return { earlier, later };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An instant the server wrote, as UTC ms; undefined when it does not read. */
function instant(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : undefined;
}

function span(value: unknown): ArchiveSpan | undefined {
  if (!isRecord(value)) return undefined;
  const start = instant(value.start);
  const end = instant(value.end);
  return start !== undefined && end !== undefined && end >= start ? { start, end } : undefined;
}

const PROTOCOL_FIELDS = new Set(['archive', 'window', 'total', 'nearest', 'unit', 'step', 'lanes', 'foldedLanes', 'bins']);

/**
 * Reads a window's answer: its events as a dataset (the protocol's own fields taken off first, so that they are
 * not reported as unknown), or its bins. A bin that does not read is left out; an answer without a window, or
 * with neither events nor bins, is a message saying what it lacks.
 */
export function readWindowAnswer(json: unknown): ArchiveAnswer | { error: string } {
  if (!isRecord(json)) return { error: 'the answer is not a JSON object' };
  const window = span(json.window);
  if (!window) return { error: 'the answer has no window with a start and an end' };
  const archiveRecord = isRecord(json.archive) ? json.archive : {};
  const common: AnswerCommon = {
    window,
    archive: span(archiveRecord),
    archiveTotal: typeof archiveRecord.total === 'number' ? archiveRecord.total : 0,
    total: typeof json.total === 'number' ? json.total : 0,
    ...(typeof json.title === 'string' ? { title: json.title } : {}),
  };
  if (Array.isArray(json.bins)) {
    const bins: ArchiveBin[] = [];
    for (const bin of json.bins) {
      const binSpan = span(bin);
      const count = isRecord(bin) ? bin.count : undefined;
      if (!binSpan || typeof count !== 'number' || !(count > 0)) continue;
      bins.push({ ...binSpan, lane: isRecord(bin) && typeof bin.lane === 'string' ? bin.lane : '', count });
    }
    return { ...common, kind: 'bins', bins, lanes: typeof json.lanes === 'string' ? json.lanes : 'none', foldedLanes: typeof json.foldedLanes === 'number' ? json.foldedLanes : 0 };
  }
  if (Array.isArray(json.events)) {
    const dataset = Object.fromEntries(Object.entries(json).filter(([key]) => !PROTOCOL_FIELDS.has(key)));
    const nearest = isRecord(json.nearest) ? { before: instant(json.nearest.before), after: instant(json.nearest.after) } : undefined;
    return { ...common, kind: 'events', result: parseDataset(dataset), ...(nearest ? { nearest } : {}) };
  }
  return { error: 'the answer has neither events nor bins' };
}

/** Reads the answer for one event (`?id=`): the event, read as a one-event dataset. */
export function readEventAnswer(json: unknown): ParseResult | { error: string } {
  if (!isRecord(json) || !isRecord(json.event)) return { error: 'the answer has no event' };
  return parseDataset({ title: typeof json.title === 'string' ? json.title : '', events: [json.event] });
}
