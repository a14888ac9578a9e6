/**
 * Axis breaks: long stretches with no event are folded out of the horizontal axis, so that one old event does
 * not squeeze the story into a corner. The axis then runs on "folded time": real time everywhere except in a
 * break, where the empty stretch takes only a short, fixed share of the axis, drawn as a marked break
 * ("⋯ 22 years ⋯"). Folding is a monotonic, continuous, piecewise-linear map, so windows, zoom and pan work
 * on folded time exactly as on real time, and no event can ever fall inside a break.
 */
import type { TimeWindow } from './time-window.js';

/** A stretch of real time folded into a short piece of the axis. */
export interface AxisBreak {
  /** The real time folded away, [from, to). No event overlaps it. */
  from: number;
  to: number;
  /** Where the break sits on the folded axis, [foldedFrom, foldedFrom + foldedWidth). */
  foldedFrom: number;
  foldedWidth: number;
  /** The empty time the break stands for: from the end of the last event before it to the start of the first after. */
  emptyFrom: number;
  emptyTo: number;
}

/** Maps real time to folded time and back. The identity when there are no breaks. */
export class TimeFold {
  constructor(readonly breaks: readonly AxisBreak[] = []) {}

  get isIdentity(): boolean {
    return this.breaks.length === 0;
  }

  /** Real time to folded time. */
  fold(time: number): number {
    let shift = 0;
    for (const axisBreak of this.breaks) {
      if (time < axisBreak.from) break;
      if (time < axisBreak.to) return axisBreak.foldedFrom + ((time - axisBreak.from) / (axisBreak.to - axisBreak.from)) * axisBreak.foldedWidth;
      shift += axisBreak.to - axisBreak.from - axisBreak.foldedWidth;
    }
    return time - shift;
  }

  /** Folded time back to real time. */
  unfold(folded: number): number {
    let shift = 0;
    for (const axisBreak of this.breaks) {
      if (folded < axisBreak.foldedFrom) break;
      if (folded < axisBreak.foldedFrom + axisBreak.foldedWidth) {
        return axisBreak.from + ((folded - axisBreak.foldedFrom) / axisBreak.foldedWidth) * (axisBreak.to - axisBreak.from);
      }
      shift += axisBreak.to - axisBreak.from - axisBreak.foldedWidth;
    }
    return folded + shift;
  }

  /** A folded window in real time. */
  unfoldWindow(window: TimeWindow): TimeWindow {
    return this.isIdentity ? window : { start: this.unfold(window.start), end: this.unfold(window.end) };
  }

  /** A real window in folded time. */
  foldWindow(window: TimeWindow): TimeWindow {
    return this.isIdentity ? window : { start: this.fold(window.start), end: this.fold(window.end) };
  }

  /**
   * The stretches of real time between the breaks that overlap a folded window, in order: each is drawn
   * linearly, so ticks and bins are made for each on its own.
   */
  segments(window: TimeWindow): TimeWindow[] {
    const real = this.unfoldWindow(window);
    const segments: TimeWindow[] = [];
    let start = real.start;
    for (const axisBreak of this.breaks) {
      if (axisBreak.to <= start) continue;
      if (axisBreak.from >= real.end) break;
      if (axisBreak.from > start) segments.push({ start, end: axisBreak.from });
      start = axisBreak.to;
    }
    if (start < real.end) segments.push({ start, end: real.end });
    return segments;
  }
}

export const NO_BREAKS = new TimeFold();

export interface BreakOptions {
  /** A gap is folded only when it is at least this share of the whole span of the events (default 0.2). */
  minShare?: number;
  /** …and at least this many times all the time that stays on the axis (default 1). */
  minRatio?: number;
  /** A timeline of fewer events than this keeps a plain axis: a handful of labels has room anyway (default 6). */
  minEvents?: number;
  /**
   * The folded width of a break, and the real time kept on each side of it, as shares of the time that stays
   * on the axis (default 0.04 each): marks near a break keep room for their labels, and the break reads as a
   * short, clearly marked piece of the axis.
   */
  breakShare?: number;
  padShare?: number;
}

/**
 * The breaks for a set of events, from their spans in start order: every stretch between events (the union of
 * their spans) that is long next to the whole, and far longer than the time that stays, is folded, keeping a
 * little real time on each side. A handful of events keeps a plain axis.
 */
export function findBreaks(starts: ArrayLike<number>, ends: ArrayLike<number>, options: BreakOptions = {}): TimeFold {
  const { minShare = 0.2, minRatio = 1, minEvents = 6, breakShare = 0.04, padShare = 0.04 } = options;
  const count = starts.length;
  if (count < Math.max(minEvents, 2)) return NO_BREAKS;
  const gaps: { from: number; to: number }[] = [];
  let latestEnd = ends[0]!;
  let first = starts[0]!;
  for (let order = 1; order < count; order++) {
    const start = starts[order]!;
    if (start > latestEnd) gaps.push({ from: latestEnd, to: start });
    latestEnd = Math.max(latestEnd, ends[order]!);
    first = Math.min(first, start);
  }
  const whole = latestEnd - first;
  const long = gaps.filter((gap) => gap.to - gap.from >= whole * minShare);
  const kept = whole - long.reduce((sum, gap) => sum + (gap.to - gap.from), 0);
  // Folded only where it gives the events real room: a gap far longer than all the time that stays.
  const folded = long.filter((gap) => gap.to - gap.from >= minRatio * Math.max(kept, 86_400_000));
  if (folded.length === 0 || !(whole > 0)) return NO_BREAKS;
  // What stays on the axis: the events' own time, never less than a day, so that points alone still get room.
  const stays = Math.max(kept, 86_400_000);
  const pad = stays * padShare;
  const width = stays * breakShare;
  const breaks: AxisBreak[] = [];
  let shift = 0;
  for (const gap of folded) {
    const from = gap.from + pad;
    const to = gap.to - pad;
    if (!(to - from > width)) continue;
    breaks.push({ from, to, foldedFrom: from - shift, foldedWidth: width, emptyFrom: gap.from, emptyTo: gap.to });
    shift += to - from - width;
  }
  return breaks.length ? new TimeFold(breaks) : NO_BREAKS;
}
