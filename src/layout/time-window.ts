import { parsePartialDate } from '../model/partial-date.js';

/** A visible stretch of time, as UTC milliseconds: `start` inclusive, `end` exclusive. */
export interface TimeWindow {
  start: number;
  end: number;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const YEAR = 365.2425 * DAY;

/** The narrowest window a user may zoom to. */
export const MIN_SPAN = HOUR;

/** The span of all events, or undefined when there are none. */
export function dataExtent(events: readonly { start: Date; end: Date }[]): TimeWindow | undefined {
  if (events.length === 0) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    start = Math.min(start, event.start.getTime());
    end = Math.max(end, event.end.getTime());
  }
  return { start, end };
}

/** The window that shows every event with a margin on each side (5% of the span, at least a day). */
export function fitWindow(extent: TimeWindow | undefined, now = Date.UTC(2024, 0, 1)): TimeWindow {
  if (!extent) return { start: now - 180 * DAY, end: now + 180 * DAY };
  const span = Math.max(extent.end - extent.start, DAY);
  const margin = Math.max(span * 0.05, DAY);
  const middle = (extent.start + extent.end) / 2;
  const half = Math.max(span / 2 + margin, 3 * DAY);
  return { start: middle - half, end: middle + half };
}

/** The widest window a user may zoom out to: the fitted window, doubled. */
export function maxSpan(extent: TimeWindow | undefined): number {
  const fitted = fitWindow(extent);
  return (fitted.end - fitted.start) * 2;
}

/**
 * Zooms around a point: `factor` > 1 zooms in. `anchor` is a fraction 0..1 of the window that stays put.
 * The result is bounded in span (an hour to `maxSpan`) and kept over the data.
 */
export function zoomWindow(window: TimeWindow, factor: number, anchor: number, extent: TimeWindow | undefined): TimeWindow {
  const span = window.end - window.start;
  const nextSpan = Math.min(Math.max(span / factor, MIN_SPAN), maxSpan(extent));
  const pivot = window.start + span * anchor;
  return clampWindow({ start: pivot - nextSpan * anchor, end: pivot - nextSpan * anchor + nextSpan }, extent);
}

/** Moves a window by `fraction` of its span (positive: later). */
export function panWindow(window: TimeWindow, fraction: number, extent: TimeWindow | undefined): TimeWindow {
  const shift = (window.end - window.start) * fraction;
  return clampWindow({ start: window.start + shift, end: window.end + shift }, extent);
}

/** Keeps a window from drifting off the data: some of the fitted window must stay in view. */
export function clampWindow(window: TimeWindow, extent: TimeWindow | undefined): TimeWindow {
  const span = Math.min(Math.max(window.end - window.start, MIN_SPAN), maxSpan(extent));
  const fitted = fitWindow(extent);
  let start = window.start;
  // The window may not start after the fitted end minus a tenth of itself, nor end before the fitted start plus a tenth.
  start = Math.min(start, fitted.end - span * 0.1);
  start = Math.max(start, fitted.start - span * 0.9);
  return { start, end: start + span };
}

/** Shifts a window just enough to show [start, end), keeping its span when that fits. */
export function revealInWindow(window: TimeWindow, start: number, end: number, extent: TimeWindow | undefined): TimeWindow {
  const span = window.end - window.start;
  const padding = span * 0.08;
  if (start >= window.start + padding * 0.5 && Math.min(end, start + span * 0.5) <= window.end - padding * 0.5) return window;
  const nextStart = start - padding;
  return clampWindow({ start: nextStart, end: nextStart + span }, extent);
}

/**
 * A window edge from a partial date (`"2024-10"`) or a `Date`: `edge` picks the start or the end of the span the
 * date names, so `"2024-10"` as an end is the end of October. Undefined for what is not a date.
 */
export function windowEdge(value: Date | string | undefined, edge: 'start' | 'end'): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const read = parsePartialDate(value);
  return read.ok ? read.span[edge].getTime() : undefined;
}

/**
 * The window from written edges (`start`/`end` attributes), or the fitted window when they do not make one.
 * With axis breaks, the edges are folded (`fold`) and `extent` is in folded time.
 */
export function windowFromEdges(
  start: Date | string | undefined,
  end: Date | string | undefined,
  extent: TimeWindow | undefined,
  fold?: { fold(time: number): number },
): TimeWindow {
  const from = windowEdge(start, 'start');
  const to = windowEdge(end, 'end');
  if (from !== undefined && to !== undefined && to > from) {
    return clampWindow(fold ? { start: fold.fold(from), end: fold.fold(to) } : { start: from, end: to }, extent);
  }
  return fitWindow(extent);
}

/** The window that shows a stretch [start, end) with a margin of 15% (at least an hour) each side, or undefined if empty. */
export function windowAround(start: number, end: number, extent: TimeWindow | undefined): TimeWindow | undefined {
  if (!(end > start)) return undefined;
  const margin = Math.max((end - start) * 0.15, HOUR);
  return clampWindow({ start: start - margin, end: end + margin }, extent);
}

/** Where `+` and `−` zoom around, as a fraction of the window: at `focus` when it is in view, else the middle. */
export function zoomAnchor(window: TimeWindow, focus: number | undefined): number {
  if (focus === undefined || !(focus >= window.start && focus <= window.end)) return 0.5;
  return (focus - window.start) / (window.end - window.start);
}
