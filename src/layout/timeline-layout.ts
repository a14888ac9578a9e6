import { bisectLeft } from 'd3-array';
import type { NormalizedEvent } from '../model/types.js';
import { eventDateText } from './event-date-text.js';
import type { Lane, LaneMode } from './lanes.js';
import { aggregateIntoBuckets, bucketHolds, bucketMembers, countLabel, type Bucket } from './aggregation.js';
import { packLabels, type PackingItem } from './label-packing.js';
import { axisTicks, type AxisTick } from './ticks.js';
import { layoutVertical, type GapMarker } from './vertical-layout.js';
import type { EventIndex, SortedSpans } from './visible-events.js';
import type { TimeWindow } from './time-window.js';
import { HORIZONTAL, VERTICAL } from './geometry.js';

/**
 * How an event is drawn: a point for a single day or minute, a bar for a range of days, a band over the
 * whole month or year for month- and year-precision dates.
 */
export type MarkKind = 'point' | 'bar' | 'band';

export function markKindOf(event: NormalizedEvent): MarkKind {
  if (event.precision === 'month' || event.precision === 'year') return 'band';
  return event.isRange ? 'bar' : 'point';
}

export { HORIZONTAL, VERTICAL };

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
  lane: number;
  y: number;
  /** The height of the cluster: a row, or for a bucket its column over all the rows of its lane. */
  height: number;
  /** The stretch the badge claims in pixels; for a bucket, its column. */
  start: number;
  end: number;
  /** The pixel span of the folded events' marks (for a bucket, of where they start), for the cluster's faint bar. */
  markStart: number;
  markEnd: number;
  /** How many events are folded in. */
  count: number;
  /** The badge's text: "+5", "+16667". */
  label: string;
  /** The orders of the folded events, for a cluster from label packing. */
  orders?: number[];
  /** For a bucket of an aggregated lane, which may hold thousands: its members are found on demand (`clusterMembers`). */
  bucket?: Bucket;
  /**
   * How crowded a bucket is next to the most crowded bucket in view (events per unit of time, since the buckets
   * at the edges are wider), from 0 to 1; 0 for clusters from label packing.
   */
  density: number;
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
  /**
   * A lane with more events in view than this is aggregated into buckets rather than labelled (default: four
   * times as many as cluster badges would fit side by side, far more than labels ever could).
   */
  aggregateAbove?: number;
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

/**
 * The width of a count badge with this text: its padding and border around the text, at least its minimum.
 * Digits are measured as zeros, since the badge sets them in tabular figures: every count with as many
 * digits then has one width, measured once, however the counts change from step to step.
 */
export function badgeWidth(label: string, measure: (text: string) => number): number {
  return Math.max(32, Math.ceil(measure(label.replace(/\d/g, '0'))) + 16);
}

/**
 * Buckets for each of the aggregated lanes, all of one width so that they line up, and wide enough for the
 * fullest bucket's badge: first sized for the busiest lane's whole count (which no bucket can pass), then
 * narrowed to what the fullest bucket needs if its badge still fits.
 */
function bucketsThatFit(lanes: readonly SortedSpans[], laneCounts: readonly number[], window: TimeWindow, width: number, bucketWidth: (count: number) => number): Bucket[][] {
  if (lanes.length === 0) return [];
  const fullest = (buckets: Bucket[][]) => Math.max(0, ...buckets.flatMap((laneBuckets) => laneBuckets.map((bucket) => bucket.count)));
  const bucketAt = (bucketPx: number) => lanes.map((spans) => aggregateIntoBuckets(spans, window, width, bucketPx));
  const widest = Math.max(HORIZONTAL.clusterWidth, bucketWidth(Math.max(...laneCounts)));
  const buckets = bucketAt(widest);
  const narrower = Math.max(HORIZONTAL.clusterWidth, bucketWidth(fullest(buckets)));
  if (narrower < widest) {
    const tried = bucketAt(narrower);
    if (bucketWidth(fullest(tried)) <= narrower) return tried;
  }
  return buckets;
}

/**
 * Lays out the visible events of a horizontal timeline: lanes, rows, labels and clusters. Lanes with few
 * enough events in view are labelled (label packing folds the overflow into clusters); crowded lanes are
 * aggregated into count buckets. The work grows with what is drawn, not with the number of events.
 */
export function layoutHorizontal(input: HorizontalInput): HorizontalLayout {
  const { index, window, width, height, laneMode, locale, measure } = input;
  const x = toPixels(window, width);
  const { lanes, spans } = index.lanes(laneMode);
  const aggregateAbove = input.aggregateAbove ?? (4 * width) / HORIZONTAL.clusterWidth;
  const counts = spans.map((laneSpans) => laneSpans.count(window));
  const aggregated = counts.map((count) => count > aggregateAbove);

  const datePrefixes = new Map<number, string>();
  const packingItems = spans.map((laneSpans, lane) =>
    aggregated[lane]
      ? []
      : laneSpans.visible(window).map((order): PackingItem => {
          const event = index.events[order]!;
          const kind = markKindOf(event);
          const start = x(index.starts[order]!);
          const end = kind === 'point' ? start : x(index.ends[order]!);
          let text = event.title;
          if (kind === 'band') {
            const prefix = eventDateText(event, locale);
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

  const fitted = bucketsThatFit(
    spans.filter((_, lane) => aggregated[lane]),
    counts.filter((_, lane) => aggregated[lane]),
    window,
    width,
    (count) => badgeWidth(countLabel(count), measure) + HORIZONTAL.gap,
  );
  let fittedLane = 0;
  const buckets = aggregated.map((isAggregated) => (isAggregated ? fitted[fittedLane++]! : []));
  const rate = (bucket: Bucket) => bucket.count / (bucket.to - bucket.from);
  const busiest = Math.max(0, ...buckets.flatMap((laneBuckets) => laneBuckets.map(rate)));

  const options = { gap: HORIZONTAL.gap, clusterWidth: HORIZONTAL.clusterWidth, viewStart: 0, viewEnd: width, maxLabelWidth: HORIZONTAL.maxLabelWidth };
  const laneChrome = laneMode === 'none' ? 0 : HORIZONTAL.laneHeaderHeight + HORIZONTAL.laneGap;
  const availableRows = Math.max(Math.floor((height - lanes.length * laneChrome) / HORIZONTAL.rowHeight), lanes.length);
  const histogramRows = Math.max(HORIZONTAL.aggregateRows, Math.floor(availableRows / lanes.length));
  const demands = packingItems.map((items, lane) => (aggregated[lane] ? histogramRows : Math.max(packLabels(items, options).rowCount, 1)));
  const rowsPerLane = allocateRows(demands, availableRows);

  const events: PlacedEvent[] = [];
  const clusters: PlacedCluster[] = [];
  const placedLanes: PlacedLane[] = [];
  let top = 0;
  lanes.forEach((lane, laneIndex) => {
    const rows = rowsPerLane[laneIndex]!;
    const rowsTop = top + (laneMode === 'none' ? 0 : HORIZONTAL.laneHeaderHeight);
    if (aggregated[laneIndex]) {
      buckets[laneIndex]!.forEach((bucket, number) => {
        const label = countLabel(bucket.count);
        const markStart = x(bucket.firstStart);
        const markEnd = Math.max(x(bucket.lastStart), markStart + 2);
        clusters.push({
          // Keyed by place, not time: a zoom step then updates the columns rather than making new ones.
          key: `${lane.key}:bucket:${number}`,
          lane: laneIndex,
          y: rowsTop,
          height: Math.max(rows, 1) * HORIZONTAL.rowHeight - HORIZONTAL.laneGap,
          // The column fills its bucket, less the gap to the next; it is at least as wide as its badge.
          start: x(bucket.from),
          end: x(bucket.to) - HORIZONTAL.gap,
          markStart,
          markEnd,
          count: bucket.count,
          label,
          bucket,
          density: busiest > 0 ? rate(bucket) / busiest : 0,
        });
      });
    } else {
      const packed = packLabels(packingItems[laneIndex]!, { ...options, maxRows: rows });
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
        // In time order (the packer folds them in the order of their marks, which a long range can break).
        const orders = cluster.ids.map(Number).sort((a, b) => a - b);
        clusters.push({
          key: `${lane.key}:${index.events[orders[0]!]!.id}`,
          lane: laneIndex,
          y: rowsTop + cluster.row * HORIZONTAL.rowHeight,
          height: HORIZONTAL.rowHeight,
          start: cluster.start,
          end: cluster.end,
          markStart: cluster.markStart,
          markEnd: cluster.markEnd,
          count: orders.length,
          label: countLabel(orders.length),
          orders,
          density: 0,
        });
      }
    }
    const laneHeight = (rowsTop - top) + Math.max(rows, 1) * HORIZONTAL.rowHeight;
    placedLanes.push({ lane, y: top, height: laneHeight, rows });
    top += laneHeight + (laneMode === 'none' ? 0 : HORIZONTAL.laneGap);
  });
  events.sort((a, b) => a.order - b.order);
  return { events, clusters, lanes: placedLanes, ticks: axisTicks(window, width, locale), height: top };
}

/** The orders of a cluster's events, in time order; for a bucket, at most `limit` of them, the earliest. */
export function clusterMembers(cluster: PlacedCluster, index: EventIndex, laneMode: LaneMode, window: TimeWindow, limit = Infinity): number[] {
  if (cluster.orders) return cluster.orders;
  if (!cluster.bucket) return [];
  return bucketMembers(index.lanes(laneMode).spans[cluster.lane]!, cluster.bucket, window, limit);
}

/** The stretch of time a cluster covers: its bucket's, or from its first event's start to its events' last end. */
export function clusterSpan(cluster: PlacedCluster, index: EventIndex): TimeWindow {
  let start = cluster.bucket?.from ?? Infinity;
  let end = cluster.bucket?.to ?? -Infinity;
  for (const order of cluster.orders ?? []) {
    start = Math.min(start, index.starts[order]!);
    end = Math.max(end, index.ends[order]!);
  }
  return { start, end };
}

/** True when the event at `order` is folded into the cluster. */
export function clusterHolds(cluster: PlacedCluster, order: number, index: EventIndex, laneMode: LaneMode, window: TimeWindow): boolean {
  if (cluster.orders) return cluster.orders.includes(order);
  if (!cluster.bucket || order < 0 || order >= index.size) return false;
  return index.lanes(laneMode).laneOf[order] === cluster.lane && bucketHolds(cluster.bucket, window, index.starts[order]!, index.ends[order]!);
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
  measure: (text: string) => number;
  /** The order of the event to list when the window holds more than `maxBlocks` (default: the first). */
  focusOrder?: number;
  /** The most blocks listed at once; the window's events are listed in pages of this many (default 400). */
  maxBlocks?: number;
}

/**
 * Lays out the visible events down a spine: dates on one side, titles on the other. A window with more events
 * than `maxBlocks` is listed a page at a time: the page that holds the focused event.
 */
export function layoutVerticalTimeline(input: VerticalInput): VerticalTimelineLayout {
  const { index, window, width, laneMode, locale, measure, focusOrder = 0, maxBlocks = 400 } = input;
  const { lanes, laneOf } = index.lanes(laneMode);
  const titleWidth = Math.max(width - VERTICAL.dateColumn - VERTICAL.markColumn, 80);
  const y = toPixels(window, VERTICAL.nominalHeight);
  const visible = index.visible(window);
  const pageSize = Math.max(1, Math.floor(maxBlocks));
  const focusPosition = Math.max(bisectLeft(visible, focusOrder), 0);
  const pageStart = Math.floor(Math.min(focusPosition, Math.max(visible.length - 1, 0)) / pageSize) * pageSize;
  const listed = visible.length > pageSize ? visible.slice(pageStart, pageStart + pageSize) : visible;
  const blocks: VerticalBlock[] = listed.map((order) => {
    const event = index.events[order]!;
    const titleLines = Math.min(Math.max(Math.ceil(measure(event.title) / titleWidth), 1), VERTICAL.maxTitleLines);
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
