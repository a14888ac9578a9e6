import { bisectLeft } from 'd3-array';
import type { NormalizedEvent } from '../model/types.js';
import { eventDateText } from './event-date-text.js';
import { VERTICAL } from './geometry.js';
import type { Lane, LaneMode } from './lanes.js';
import { markKindOf, type MarkKind } from './mark-kind.js';
import type { MeasureText } from './text-style.js';
import type { TimeWindow } from './time-window.js';
import type { EventIndex } from './visible-events.js';

/**
 * The vertical (phone) layout: time runs down a spine, each event a block beside it. Blocks sit at their
 * proportional position where they fit, are pushed down where they would overlap, and gaps that would
 * waste more than `maxGap` pixels collapse into a "…3 months later…" marker.
 */

export interface VerticalItem {
  id: string;
  /** Proportional position along the spine, in pixels from the top. */
  position: number;
  /** UTC ms of the event's start, for the gap markers. */
  time: number;
  height: number;
}

export interface PlacedBlock {
  id: string;
  y: number;
  height: number;
}

export interface GapMarker {
  y: number;
  /** The time skipped: from the end of the previous block's event to the next block's. */
  fromTime: number;
  toTime: number;
}

export interface VerticalLayout {
  blocks: PlacedBlock[];
  gaps: GapMarker[];
  height: number;
}

export interface VerticalOptions {
  gap: number;
  maxGap: number;
  gapMarkerHeight: number;
}

const DEFAULTS: VerticalOptions = { gap: 12, maxGap: 160, gapMarkerHeight: 36 };

/** Lays out blocks down the spine; `items` must be sorted by `position`. */
export function layoutVertical(items: readonly VerticalItem[], options: Partial<VerticalOptions> = {}): VerticalLayout {
  const { gap, maxGap, gapMarkerHeight } = { ...DEFAULTS, ...options };
  const blocks: PlacedBlock[] = [];
  const gaps: GapMarker[] = [];
  let bottom = 0;
  let shift = 0;
  let previous: VerticalItem | undefined;
  for (const item of items) {
    if (!previous) shift = item.position;
    let y = item.position - shift;
    const free = y - bottom;
    if (previous && free > maxGap) {
      gaps.push({ y: bottom + gap / 2, fromTime: previous.time, toTime: item.time });
      const collapsedY = bottom + gap + gapMarkerHeight;
      shift += y - collapsedY;
      y = collapsedY;
    }
    y = Math.max(y, blocks.length ? bottom + gap : 0);
    blocks.push({ id: item.id, y, height: item.height });
    bottom = y + item.height;
    previous = item;
  }
  return { blocks, gaps, height: bottom };
}

export interface VerticalBlock {
  event: NormalizedEvent;
  order: number;
  lane: number;
  kind: MarkKind;
  y: number;
  height: number;
  date: string;
  titleLines: number;
}

export interface VerticalTimelineLayout {
  blocks: VerticalBlock[];
  gaps: GapMarker[];
  lanes: Lane[];
  height: number;
  /** Events in the window before and after the blocks, when there are too many to list at once. */
  earlier: number;
  later: number;
  /** The orders of the events just before and just after the blocks, when there are such. */
  lastEarlier?: number;
  firstLater?: number;
}

export interface VerticalInput {
  index: EventIndex;
  window: TimeWindow;
  width: number;
  laneMode: LaneMode;
  locale: string | undefined;
  measure: MeasureText;
  /** The order of the event to list when the window holds more than `maxBlocks` (default: the first). */
  focusOrder?: number;
  /** The most blocks listed at once; the window's events are listed in pages of this many (default 400). */
  maxBlocks?: number;
}

/**
 * How many lines a text takes when wrapped at spaces into `width` pixels, as a browser wraps it: a word goes to
 * the next line when it does not fit on this one; a word longer than a line breaks anywhere.
 */
export function wrappedLines(text: string, width: number, measure: (text: string) => number): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || !(width > 0)) return 1;
  const space = measure(' ');
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const wordWidth = measure(word);
    const needed = used === 0 ? wordWidth : used + space + wordWidth;
    if (needed <= width) {
      used = needed;
      continue;
    }
    if (used > 0) lines++;
    // A word wider than a line breaks anywhere (overflow-wrap: anywhere) over as many lines as it needs.
    lines += Math.max(Math.ceil(wordWidth / width) - 1, 0);
    used = wordWidth % width || width;
  }
  return lines;
}

/**
 * Lays out the visible events down a spine: dates on one side, titles on the other. A window with more events
 * than `maxBlocks` is listed a page at a time: the page that holds the focused event.
 */
export function layoutVerticalTimeline(input: VerticalInput): VerticalTimelineLayout {
  const { index, window, width, laneMode, locale, measure, focusOrder = 0, maxBlocks = 400 } = input;
  const { lanes, laneOf } = index.lanes(laneMode);
  const titleWidth = Math.max(width - VERTICAL.dateColumn - VERTICAL.markColumn, 80);
  const pixelsPerMs = VERTICAL.nominalHeight / (window.end - window.start);
  const y = (time: number) => (time - window.start) * pixelsPerMs;
  const visible = index.visible(window);
  const pageSize = Math.max(1, Math.floor(maxBlocks));
  const focusPosition = Math.max(bisectLeft(visible, focusOrder), 0);
  const pageStart = Math.floor(Math.min(focusPosition, Math.max(visible.length - 1, 0)) / pageSize) * pageSize;
  const listed = visible.length > pageSize ? visible.slice(pageStart, pageStart + pageSize) : visible;
  const blocks: VerticalBlock[] = listed.map((order) => {
    const event = index.events[order]!;
    const style = event.importance === 'key' ? 'strong' : 'label';
    const titleLines = Math.min(wrappedLines(event.title, titleWidth, (text) => measure(text, style)), VERTICAL.maxTitleLines);
    return {
      event,
      order,
      lane: laneOf[order]!,
      kind: markKindOf(event),
      y: 0,
      height: Math.max(titleLines * VERTICAL.lineHeight, VERTICAL.dateLineHeight * 2) + VERTICAL.blockPadding * 2,
      date: eventDateText(event, locale),
      titleLines,
    };
  });
  const placed = layoutVertical(
    blocks.map((block) => ({ id: String(block.order), position: y(Math.max(index.starts[block.order]!, window.start)), time: index.starts[block.order]!, height: block.height })),
    { gap: VERTICAL.gap, maxGap: VERTICAL.maxGap, gapMarkerHeight: VERTICAL.gapMarkerHeight },
  );
  placed.blocks.forEach((position, number) => (blocks[number]!.y = position.y));
  const earlier = listed === visible ? 0 : pageStart;
  const layout: VerticalTimelineLayout = { blocks, gaps: placed.gaps, lanes, height: placed.height, earlier, later: visible.length - earlier - listed.length };
  if (layout.earlier > 0) layout.lastEarlier = visible[earlier - 1]!;
  if (layout.later > 0) layout.firstLater = visible[earlier + listed.length]!;
  return layout;
}
