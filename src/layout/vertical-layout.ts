import { bisectLeft } from 'd3-array';
import type { NormalizedEra, NormalizedEvent } from '../model/types.js';
import { eventDateText } from './event-date-text.js';
import { eraHolds } from './eras.js';
import { VERTICAL } from './geometry.js';
import type { Lane, LaneMode } from './lanes.js';
import { ENGLISH_PHRASES, type Phrases } from '../model/interface-phrases.js';
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
  /** Room kept right above the block (for the names of the eras it opens), besides the gap. */
  headroom?: number;
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
    const headroom = item.headroom ?? 0;
    if (!previous) shift = item.position - headroom;
    let y = item.position - shift;
    const free = y - headroom - bottom;
    if (previous && free > maxGap) {
      gaps.push({ y: bottom + gap / 2, fromTime: previous.time, toTime: item.time });
      const collapsedY = bottom + gap + gapMarkerHeight + headroom;
      shift += y - collapsedY;
      y = collapsedY;
    }
    y = Math.max(y, blocks.length ? bottom + gap + headroom : headroom);
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

/** An era beside the spine: a band from the room above its first block listed to the end of its last, its name at the top. */
export interface VerticalEra {
  title: string;
  /** Its index in the dataset's eras, for a key. */
  index: number;
  top: number;
  bottom: number;
  /** It has no end: it goes on. */
  ongoing: boolean;
}

export interface VerticalTimelineLayout {
  blocks: VerticalBlock[];
  gaps: GapMarker[];
  /** The eras that hold listed events, each over the blocks of its events. */
  eras: VerticalEra[];
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
  /** The interface's words ("c." of a rough date); English by default. */
  phrases?: Phrases;
  measure: MeasureText;
  /** The order of the event to list when the window holds more than `maxBlocks` (default: the first). */
  focusOrder?: number;
  /** The most blocks listed at once; the window's events are listed in pages of this many (default 400). */
  maxBlocks?: number;
  /** The dataset's eras: each one that holds listed events is a band over them, its name in room kept above the first. */
  eras?: readonly NormalizedEra[];
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
  const { index, window, width, laneMode, locale, measure, focusOrder = 0, maxBlocks = 400, phrases = ENGLISH_PHRASES } = input;
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
      date: eventDateText(event, locale, phrases),
      titleLines,
    };
  });
  // Each era that holds listed events spans from its first such block to its last (by their starts).
  const eraSpans: { era: NormalizedEra; index: number; first: number; last: number }[] = [];
  (input.eras ?? []).forEach((era, eraIndex) => {
    const holds = (order: number) => eraHolds(era, index.starts[order]!);
    const first = listed.findIndex(holds);
    if (first < 0) return;
    let last = first;
    for (let number = first + 1; number < listed.length; number++) if (holds(listed[number]!)) last = number;
    eraSpans.push({ era, index: eraIndex, first, last });
  });
  const opened = new Map<number, number>();
  for (const span of eraSpans) opened.set(span.first, (opened.get(span.first) ?? 0) + 1);
  const placed = layoutVertical(
    blocks.map((block, number) => ({
      id: String(block.order),
      position: y(Math.max(index.starts[block.order]!, window.start)),
      time: index.starts[block.order]!,
      height: block.height,
      headroom: (opened.get(number) ?? 0) * VERTICAL.eraRoom,
    })),
    { gap: VERTICAL.gap, maxGap: VERTICAL.maxGap, gapMarkerHeight: VERTICAL.gapMarkerHeight },
  );
  placed.blocks.forEach((position, number) => (blocks[number]!.y = position.y));
  // Names of eras that open at the same block stand one above the other, the earliest-starting highest.
  const stacked = new Map<number, number>();
  const eras: VerticalEra[] = eraSpans.map(({ era, index: eraIndex, first, last }) => {
    const above = opened.get(first)! - (stacked.get(first) ?? 0);
    stacked.set(first, (stacked.get(first) ?? 0) + 1);
    return { title: era.title, index: eraIndex, top: blocks[first]!.y - above * VERTICAL.eraRoom, bottom: blocks[last]!.y + blocks[last]!.height, ongoing: !era.end };
  });
  const earlier = listed === visible ? 0 : pageStart;
  const layout: VerticalTimelineLayout = { blocks, gaps: placed.gaps, eras, lanes, height: placed.height, earlier, later: visible.length - earlier - listed.length };
  if (layout.earlier > 0) layout.lastEarlier = visible[earlier - 1]!;
  if (layout.later > 0) layout.firstLater = visible[earlier + listed.length]!;
  return layout;
}
