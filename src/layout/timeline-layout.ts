import type { NormalizedEvent } from '../model/types.js';
import { formatEventDate } from '../model/format-date.js';
import { assignLanes, laneKeyOf, type Lane, type LaneMode } from './lanes.js';
import { packLabels, type PackingItem } from './label-packing.js';
import { axisTicks, type AxisTick } from './ticks.js';
import { layoutVertical, type GapMarker } from './vertical-layout.js';
import type { EventIndex } from './visible-events.js';
import type { TimeWindow } from './time-window.js';

/**
 * How an event is drawn: a point for a single day or minute, a bar for a range of days, a band over the
 * whole month or year for month- and year-precision dates.
 */
export type MarkKind = 'point' | 'bar' | 'band';

export function markKindOf(event: NormalizedEvent): MarkKind {
  if (event.precision === 'month' || event.precision === 'year') return 'band';
  return event.isRange ? 'bar' : 'point';
}

/** Sizes of the horizontal layout, in CSS pixels. */
export const HORIZONTAL = {
  rowHeight: 26,
  laneHeaderHeight: 16,
  laneGap: 4,
  pointRadius: 6,
  /** Space between a point and its label. */
  pointLabelGap: 4,
  /** Inset of a label inside its band. */
  bandInset: 6,
  gap: 10,
  clusterWidth: 40,
  maxLabelWidth: 440,
} as const;

export interface PlacedEvent {
  event: NormalizedEvent;
  /** Position among all events in time order (0-based). */
  order: number;
  lane: number;
  /** Top of the event's row, from the top of the plot. */
  y: number;
  kind: MarkKind;
  markStart: number;
  markEnd: number;
  /** The stretch claimed by mark and label together; the event's hit area. */
  claimStart: number;
  claimEnd: number;
  labelStart: number;
  labelWidth: number;
  /** True when the label sits before the mark for lack of room after it. */
  labelFlipped: boolean;
  /** For bands: the precision-aware date shown before the title ("June 2024"). */
  datePrefix?: string;
}

export interface PlacedCluster {
  key: string;
  events: NormalizedEvent[];
  lane: number;
  y: number;
  start: number;
  end: number;
  markStart: number;
  markEnd: number;
}

export interface PlacedLane {
  lane: Lane;
  y: number;
  height: number;
  /** Rows given to the lane, including its cluster row. */
  rows: number;
}

export interface HorizontalLayout {
  events: PlacedEvent[];
  clusters: PlacedCluster[];
  lanes: PlacedLane[];
  ticks: AxisTick[];
  height: number;
}

export interface HorizontalInput {
  index: EventIndex;
  window: TimeWindow;
  width: number;
  /** Height available for lanes and rows. */
  height: number;
  laneMode: LaneMode;
  locale: string | undefined;
  /** Width of a label's text in pixels. */
  measure: (text: string) => number;
}

const toPixels = (window: TimeWindow, width: number) => {
  const pixelsPerMs = width / (window.end - window.start);
  return (time: number) => (time - window.start) * pixelsPerMs;
};

/**
 * Shares out the rows there is room for: every lane gets one, then the lanes closest to fitting get
 * theirs first, since a row that ends a lane's clustering shows the most events for its space.
 */
export function allocateRows(demands: readonly number[], available: number): number[] {
  const total = demands.reduce((sum, demand) => sum + demand, 0);
  if (total <= available) return [...demands];
  const rows = demands.map((demand) => Math.min(demand, 1));
  let left = available - rows.reduce((sum, count) => sum + count, 0);
  while (left > 0) {
    let closest = -1;
    for (let lane = 0; lane < demands.length; lane++) {
      const unmet = demands[lane]! - rows[lane]!;
      if (unmet > 0 && (closest === -1 || unmet < demands[closest]! - rows[closest]!)) closest = lane;
    }
    if (closest === -1) break;
    rows[closest]!++;
    left--;
  }
  return rows;
}

/** Lays out the visible events of a horizontal timeline: lanes, rows, labels and clusters. */
export function layoutHorizontal(input: HorizontalInput): HorizontalLayout {
  const { index, window, width, height, laneMode, locale, measure } = input;
  const x = toPixels(window, width);
  const visible = index.visible(window);
  const lanes = assignLanes(index.events, laneMode);
  const laneNumber = new Map(lanes.map((lane, number) => [lane.key, number]));
  const byLane: number[][] = lanes.map(() => []);
  for (const order of visible) byLane[laneNumber.get(laneKeyOf(index.events[order]!, laneMode)) ?? 0]!.push(order);

  const datePrefixes = new Map<number, string>();
  const packingItems = byLane.map((orders) =>
    orders.map((order): PackingItem => {
      const event = index.events[order]!;
      const kind = markKindOf(event);
      const start = x(event.start.getTime());
      const end = kind === 'point' ? start : x(event.end.getTime());
      let text = event.title;
      if (kind === 'band') {
        const prefix = formatEventDate(event, locale);
        datePrefixes.set(order, prefix);
        text = `${prefix} · ${event.title}`;
      }
      const markStart = kind === 'point' ? start - HORIZONTAL.pointRadius : start;
      const markEnd = kind === 'point' ? start + HORIZONTAL.pointRadius : Math.max(end, start + 2);
      const beside = kind === 'point' ? 2 * HORIZONTAL.pointRadius + HORIZONTAL.pointLabelGap : kind === 'band' ? HORIZONTAL.bandInset : 0;
      return {
        id: String(order),
        markStart,
        markEnd,
        labelWidth: measure(text) + 2,
        labelOffset: beside,
        flippedLabelEnd: -beside,
      };
    }),
  );

  const options = { gap: HORIZONTAL.gap, clusterWidth: HORIZONTAL.clusterWidth, viewStart: 0, viewEnd: width, maxLabelWidth: HORIZONTAL.maxLabelWidth };
  const laneChrome = laneMode === 'none' ? 0 : HORIZONTAL.laneHeaderHeight + HORIZONTAL.laneGap;
  const availableRows = Math.max(Math.floor((height - lanes.length * laneChrome) / HORIZONTAL.rowHeight), lanes.length);
  const demands = packingItems.map((items) => Math.max(packLabels(items, options).rowCount, 1));
  const rowsPerLane = allocateRows(demands, availableRows);

  const events: PlacedEvent[] = [];
  const clusters: PlacedCluster[] = [];
  const placedLanes: PlacedLane[] = [];
  let top = 0;
  lanes.forEach((lane, laneIndex) => {
    const rows = rowsPerLane[laneIndex]!;
    const packed = packLabels(packingItems[laneIndex]!, { ...options, maxRows: rows });
    const rowsTop = top + (laneMode === 'none' ? 0 : HORIZONTAL.laneHeaderHeight);
    const itemById = new Map(packingItems[laneIndex]!.map((item) => [item.id, item]));
    for (const label of packed.labels) {
      const order = Number(label.id);
      const event = index.events[order]!;
      const item = itemById.get(label.id)!;
      const placed: PlacedEvent = {
        event,
        order,
        lane: laneIndex,
        y: rowsTop + label.row * HORIZONTAL.rowHeight,
        kind: markKindOf(event),
        markStart: item.markStart,
        markEnd: item.markEnd,
        claimStart: label.start,
        claimEnd: label.end,
        labelStart: label.labelStart,
        labelWidth: label.labelWidth,
        labelFlipped: label.flipped,
      };
      const prefix = datePrefixes.get(order);
      if (prefix) placed.datePrefix = prefix;
      events.push(placed);
    }
    for (const cluster of packed.clusters) {
      const clustered = cluster.ids.map((id) => index.events[Number(id)]!);
      clusters.push({
        key: `${lane.key}:${clustered[0]!.id}`,
        events: clustered,
        lane: laneIndex,
        y: rowsTop + cluster.row * HORIZONTAL.rowHeight,
        start: cluster.start,
        end: cluster.end,
        markStart: cluster.markStart,
        markEnd: cluster.markEnd,
      });
    }
    const laneHeight = (rowsTop - top) + Math.max(rows, 1) * HORIZONTAL.rowHeight;
    placedLanes.push({ lane, y: top, height: laneHeight, rows });
    top += laneHeight + (laneMode === 'none' ? 0 : HORIZONTAL.laneGap);
  });
  events.sort((a, b) => a.order - b.order);
  return { events, clusters, lanes: placedLanes, ticks: axisTicks(window, width, locale), height: top };
}

/** Sizes of the vertical layout, in CSS pixels. */
export const VERTICAL = {
  dateColumn: 112,
  spineGap: 28,
  lineHeight: 20,
  dateLineHeight: 18,
  blockPadding: 6,
  maxTitleLines: 3,
  gap: 10,
  maxGap: 120,
  gapMarkerHeight: 32,
  /** Pixels the whole window would take if spaced purely by time. */
  nominalHeight: 1400,
} as const;

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
}

export interface VerticalInput {
  index: EventIndex;
  window: TimeWindow;
  width: number;
  laneMode: LaneMode;
  locale: string | undefined;
  measure: (text: string) => number;
}

/** Lays out the visible events down a spine: dates on one side, titles on the other. */
export function layoutVerticalTimeline(input: VerticalInput): VerticalTimelineLayout {
  const { index, window, width, laneMode, locale, measure } = input;
  const lanes = assignLanes(index.events, laneMode);
  const laneNumber = new Map(lanes.map((lane, number) => [lane.key, number]));
  const titleWidth = Math.max(width - VERTICAL.dateColumn - VERTICAL.spineGap - 8, 80);
  const y = toPixels(window, VERTICAL.nominalHeight);
  const visible = index.visible(window);
  const blocks: VerticalBlock[] = visible.map((order) => {
    const event = index.events[order]!;
    const titleLines = Math.min(Math.max(Math.ceil(measure(event.title) / titleWidth), 1), VERTICAL.maxTitleLines);
    return {
      event,
      order,
      lane: laneNumber.get(laneKeyOf(event, laneMode)) ?? 0,
      kind: markKindOf(event),
      y: 0,
      height: Math.max(titleLines * VERTICAL.lineHeight, VERTICAL.dateLineHeight * 2) + VERTICAL.blockPadding * 2,
      date: formatEventDate(event, locale),
      titleLines,
    };
  });
  const placed = layoutVertical(
    blocks.map((block) => ({ id: String(block.order), position: y(Math.max(block.event.start.getTime(), window.start)), time: block.event.start.getTime(), height: block.height })),
    { gap: VERTICAL.gap, maxGap: VERTICAL.maxGap, gapMarkerHeight: VERTICAL.gapMarkerHeight },
  );
  placed.blocks.forEach((position, number) => (blocks[number]!.y = position.y));
  return { blocks, gaps: placed.gaps, lanes, height: placed.height };
}
