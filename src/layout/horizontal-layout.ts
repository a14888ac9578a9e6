/**
 * The horizontal layout: the lanes, rows, labels, marks, "+N" clusters, crowds and count columns of the
 * events in view, and the time axis with its breaks; and which events a cluster holds.
 */
import type { NormalizedEra, NormalizedEvent } from '../model/types.js';
import { eventDateText } from './event-date-text.js';
import { eventThumbnail } from './event-thumbnail.js';
import { placeEras, type PlacedEra } from './eras.js';
import type { Lane, LaneMode } from './lanes.js';
import { aggregateIntoBins, bucketHolds, bucketMembers, countLabel, type Bucket } from './aggregation.js';
import { packLabels, type PackingItem, type RowObstacle } from './label-packing.js';
import { axisTicks, binLevel, unitEdges, type AxisTick } from './ticks.js';
import { NO_BREAKS, type TimeFold } from './axis-breaks.js';
import { packCrowd, type CrowdMark, type PlacedCrowd } from './crowds.js';
import { markKindOf, type MarkKind } from './mark-kind.js';
import type { MeasureText } from './text-style.js';
import type { EventIndex, SortedSpans } from './visible-events.js';
import type { TimeWindow } from './time-window.js';
import { CROWD, HORIZONTAL } from './geometry.js';

export type { CrowdMark } from './crowds.js';

export interface PlacedEvent {
  event: NormalizedEvent;
  /** Position among all events in time order (0-based). */
  order: number;
  lane: number;
  /** Top of the event's row, from the top of the plot. */
  y: number;
  kind: MarkKind;
  /** A key event: drawn with more weight, labelled first, never folded. */
  key: boolean;
  markStart: number;
  markEnd: number;
  /** The stretch claimed by mark and label together; the event's hit area. */
  claimStart: number;
  claimEnd: number;
  /** False when the event is drawn as its mark alone, for lack of room for its label. */
  labelled: boolean;
  /** Where the label's box starts, and its width (its text and padding; less when cut). */
  labelStart: number;
  labelWidth: number;
  /** True when the label sits before the mark for lack of room after it. */
  labelFlipped: boolean;
  /** For bands: the precision-aware date shown before the title ("June 2024"). */
  datePrefix?: string;
  /** With `thumbnails`, the picture at the start of the label's box (its width is in `labelWidth`). */
  thumbnail?: string;
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
  /** For a bin of an aggregated lane, which may hold thousands: its members are found on demand (`clusterMembers`). */
  bucket?: Bucket;
  /**
   * How crowded a bin is next to the most crowded bin in view (events per unit of time, since bins differ in
   * length), from 0 to 1; 0 for clusters from label packing and for bins over a crowd of marks.
   */
  density: number;
  /** A bin laid over a crowd of small marks: it is drawn as a target only, the marks showing its events. */
  overlay?: boolean;
}

export interface PlacedLane {
  lane: Lane;
  y: number;
  height: number;
  /** Rows given to the lane, including its cluster row. */
  rows: number;
  /** The width of the lane's name, which stands at the start of its first row (0 without lanes). */
  nameWidth: number;
  /** For an aggregated lane: the most events in one of its bins in view, which its tallest column stands for. */
  peakCount?: number;
}

/** A break in the axis, where a long stretch with no event is folded away. */
export interface PlacedBreak {
  /** Its place along the plot, in pixels. */
  start: number;
  end: number;
  /** The empty time it stands for: from the last event before it to the first after. */
  emptyFrom: number;
  emptyTo: number;
}

export interface HorizontalLayout {
  events: PlacedEvent[];
  clusters: PlacedCluster[];
  /** The small marks of crowded lanes. */
  crowdMarks: CrowdMark[];
  lanes: PlacedLane[];
  ticks: AxisTick[];
  breaks: PlacedBreak[];
  /** The dataset's eras in view: bands behind the lanes, their names in the strip at the plot's top. */
  eras: PlacedEra[];
  /** The lanes drawn: the input's, or `none` when the plot was too low for a row per lane. */
  laneMode: LaneMode;
  /** The strip kept at the plot's top for the eras' names when the data has eras (the rows start under it), or 0. */
  eraStrip: number;
  height: number;
  /**
   * The height the rows would like: every lane with every label in view placed (at most `maxRowsPerLane` rows
   * a lane), or its histogram. An element whose height follows its content asks for this much.
   */
  wantedHeight: number;
}

export interface HorizontalInput {
  index: EventIndex;
  /** The window shown, in folded time when the axis has breaks. */
  window: TimeWindow;
  width: number;
  /** Height available for lanes and rows. */
  height: number;
  laneMode: LaneMode;
  locale: string | undefined;
  /** Width of a text in pixels, set in a style. */
  measure: MeasureText;
  /** The axis's breaks (default: none). */
  fold?: TimeFold;
  /** A lane asks for at most this many rows when the height follows the content (default 12, 15 for two lanes, 30 for one). */
  maxRowsPerLane?: number;
  /** The dataset's eras, drawn as bands behind the lanes; with any, the rows start under a strip for their names. */
  eras?: readonly NormalizedEra[];
  /** Room for a thumbnail at the start of each label whose event has one (`eventThumbnail`). */
  thumbnails?: boolean;
}

/** The pixel mapping of a horizontal plot: linear in folded time. */
const toPixels = (window: TimeWindow, width: number, fold: TimeFold) => {
  const pixelsPerMs = width / (window.end - window.start);
  return fold.isIdentity ? (time: number) => (time - window.start) * pixelsPerMs : (time: number) => (fold.fold(time) - window.start) * pixelsPerMs;
};

/**
 * Shares out the rows there is room for: every lane gets one, then the lanes closest to fitting get
 * theirs first, since a row that ends a lane's crowding shows the most events for its space.
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

/** The width of a count badge with this text: its padding and border around the text, at least its minimum. */
export function badgeWidth(label: string, measure: (text: string) => number): number {
  return Math.max(32, Math.ceil(measure(label.replace(/\d/g, '0'))) + 16);
}

interface LanePlan {
  /**
   * The lane's packing items, or undefined for a lane too crowded to draw its events one by one. Items of a
   * lane planned as a crowd carry no label (their titles are not measured).
   */
  items?: PackingItem[];
  /** Rows the lane wants: to label all it shows, for a crowd, or for its histogram. */
  wanted: number;
  /** The packing with as many rows as wanted, kept to reuse when the lane gets them; undefined for a crowd. */
  unconstrained?: ReturnType<typeof packLabels>;
  /** The crowd of small marks the lane's events make, when they fit in the most rows a crowd may want. */
  crowd?: ReturnType<typeof packCrowd>;
}

/** The room a mark alone takes on a row, with its gap: 24 px, a target's width (WCAG 2.5.8). */
const MARK_PITCH = 2 * HORIZONTAL.pointRadius + HORIZONTAL.gap;

/**
 * Lays out the visible events of a horizontal timeline: lanes, rows, labels, marks, clusters and count
 * columns, and the axis with its breaks. A lane draws every event it shows with its label when they fit; as
 * marks with labels where there is room when they do not; folds the overflow into "+N" clusters when even
 * the marks do not fit; and counts its events into calendar columns when it holds far more than its rows can
 * draw. Key events are labelled first and never folded. The work grows with what is drawn, not with the
 * number of events.
 */
export function layoutHorizontal(input: HorizontalInput): HorizontalLayout {
  const { index, window, width, height, laneMode, locale, measure, fold = NO_BREAKS } = input;
  const x = toPixels(window, width, fold);
  const real = fold.unfoldWindow(window);
  const { lanes, spans } = index.lanes(laneMode);
  // The strip for eras' names is kept whenever the data has eras, so that rows do not move as eras pan in and out.
  const eraStrip = input.eras?.length ? HORIZONTAL.eraStrip : 0;
  const laneGaps = (lanes.length - 1) * HORIZONTAL.laneGap;
  // A plot too low for a row per lane (a small fixed height under a header) draws its events in one lane.
  // It still asks for the height its lanes want, so that an element whose height follows its content grows to it.
  const lanesHeight = lanes.length * HORIZONTAL.rowHeight + laneGaps + eraStrip;
  if (lanes.length > 1 && height < lanesHeight) {
    const { wantedHeight } = layoutHorizontal({ ...input, height: lanesHeight });
    return { ...layoutHorizontal({ ...input, laneMode: 'none' }), wantedHeight };
  }
  // A lone lane may ask for more rows than one of several.
  const maxRowsPerLane = input.maxRowsPerLane ?? Math.max(12, Math.floor(30 / lanes.length));
  const availableRows = Math.max(Math.floor((height - laneGaps - eraStrip) / HORIZONTAL.rowHeight), lanes.length);
  const rowsEach = Math.max(Math.floor(availableRows / lanes.length), 1);
  const histogramRows = Math.min(Math.max(HORIZONTAL.aggregateRows, rowsEach), maxRowsPerLane);
  const options = {
    gap: HORIZONTAL.gap,
    clusterWidth: HORIZONTAL.clusterWidth,
    viewStart: 0,
    viewEnd: width,
    maxLabelWidth: HORIZONTAL.maxLabelWidth,
  };
  // Lane names are set in capitals with a little letter spacing (HORIZONTAL.laneLetterSpacing em of 11 px).
  const laneNames = lanes.map((lane) =>
    laneMode === 'none' || !lane.label
      ? 0
      : Math.min(Math.ceil(measure(lane.label.toUpperCase(), 'lane') + lane.label.length * HORIZONTAL.laneLetterSpacing * 11) + 2 * HORIZONTAL.labelPadding, width / 3),
  );
  const obstaclesOf = (lane: number): RowObstacle[] => (laneNames[lane]! > 0 ? [{ row: 0, start: 0, end: laneNames[lane]! }] : []);

  const datePrefixes = new Map<number, string>();
  const thumbnailOf = new Map<number, string>();
  const keys = new Set<number>();
  const kindOf = (order: number) => markKindOf(index.events[order]!);
  const plans: LanePlan[] = spans.map((laneSpans, lane) => {
    const count = laneSpans.count(real);
    // More events than the lane could draw even as a crowd of small marks: columns, without trying.
    if (count > CROWD.mostEvents || count > CROWD.mostRows * (width / (2 * CROWD.pointRadius + CROWD.gap))) return { wanted: histogramRows };
    const orders = laneSpans.visible(real);
    // More events than even marks alone could stand on the rows: a crowd, without measuring a title.
    const crowded = count > CROWD.fewestEvents && count > maxRowsPerLane * (width / MARK_PITCH);
    const items = orders.map((order) => packingItem(order, !crowded));
    const unconstrained = crowded ? undefined : packLabels(items, { ...options, maxRows: maxRowsPerLane, obstacles: obstaclesOf(lane) });
    if (unconstrained && (unconstrained.clusters.length === 0 || items.length <= CROWD.fewestEvents)) {
      return { items, unconstrained, wanted: Math.max(unconstrained.rowCount, 1) };
    }
    // Not every event fits one by one: the rows a crowd of small marks would want, under a row of key events
    // (which stand apart from the crowd).
    const hasKeys = items.some((item) => item.key);
    const keyRow = hasKeys ? HORIZONTAL.rowHeight : 0;
    const crowd = packCrowd(hasKeys ? items.filter((item) => !item.key) : items, Math.floor((CROWD.mostRows * HORIZONTAL.rowHeight - keyRow) / CROWD.rowHeight), kindOf);
    const crowdWanted = crowd ? Math.ceil((crowd.rows * CROWD.rowHeight + keyRow + HORIZONTAL.laneGap) / HORIZONTAL.rowHeight) : CROWD.mostRows;
    return { items, unconstrained, crowd, wanted: Math.min(Math.max(unconstrained?.rowCount ?? 0, crowdWanted), CROWD.mostRows) };
  });

  /** An event's place on its row; with its label's measured width unless `labelled` is false (and it is not key). */
  function packingItem(order: number, labelled = true): PackingItem {
    const event = index.events[order]!;
    const kind = markKindOf(event);
    const key = event.importance === 'key';
    if (key) keys.add(order);
    const start = x(index.starts[order]!);
    if (!labelled && !key) {
      return { id: String(order), markStart: kind === 'point' ? start - HORIZONTAL.pointRadius : start, markEnd: kind === 'point' ? start + HORIZONTAL.pointRadius : Math.max(x(index.ends[order]!), start + 2), labelWidth: 0 };
    }
    let text = event.title;
    if (kind === 'band') {
      const prefix = eventDateText(event, locale);
      datePrefixes.set(order, prefix);
      text = `${prefix} · ${event.title}`;
    }
    const thumbnail = input.thumbnails ? eventThumbnail(event) : undefined;
    if (thumbnail) thumbnailOf.set(order, thumbnail);
    const markStart = kind === 'point' ? start - HORIZONTAL.pointRadius : start;
    const markEnd = kind === 'point' ? start + HORIZONTAL.pointRadius : Math.max(x(index.ends[order]!), start + 2);
    // One rule for every mark: the label's box starts just after where the mark begins (after a point's dot,
    // at a bar's or band's start), and when flipped ends just before it.
    const labelOffset = kind === 'point' ? 2 * HORIZONTAL.pointRadius + HORIZONTAL.pointLabelGap - HORIZONTAL.labelPadding : 0;
    return {
      id: String(order),
      markStart,
      markEnd,
      labelWidth: Math.ceil(measure(text, key ? 'strong' : 'label')) + 2 * HORIZONTAL.labelPadding + (thumbnail ? HORIZONTAL.thumbnail + HORIZONTAL.thumbnailGap : 0),
      labelOffset,
      flippedLabelEnd: -HORIZONTAL.pointLabelGap,
      key,
    };
  }

  const rowsPerLane = allocateRows(
    plans.map((plan) => plan.wanted),
    availableRows,
  );

  const events: PlacedEvent[] = [];
  const clusters: PlacedCluster[] = [];
  const crowdMarks: CrowdMark[] = [];
  const placedLanes: PlacedLane[] = [];
  const itemOf = new Map<number, PackingItem>();
  const binsOf = binMaker(real, window, width, fold, x);

  /** Places the events a packing labelled or drew as marks, and its "+N" clusters, from the lane's top. */
  const placePacked = (packed: ReturnType<typeof packLabels>, laneIndex: number, top: number) => {
    for (const label of packed.labels) {
      const order = Number(label.id);
      const event = index.events[order]!;
      const item = itemOf.get(order)!;
      const placed: PlacedEvent = {
        event,
        order,
        lane: laneIndex,
        y: top + label.row * HORIZONTAL.rowHeight,
        kind: markKindOf(event),
        key: keys.has(order),
        markStart: item.markStart,
        markEnd: item.markEnd,
        claimStart: label.start,
        claimEnd: label.end,
        labelled: label.labelled,
        labelStart: label.labelStart,
        labelWidth: label.labelWidth,
        labelFlipped: label.flipped,
      };
      const prefix = datePrefixes.get(order);
      if (prefix) placed.datePrefix = prefix;
      const thumbnail = label.labelled ? thumbnailOf.get(order) : undefined;
      if (thumbnail) placed.thumbnail = thumbnail;
      events.push(placed);
    }
    for (const cluster of packed.clusters) {
      // In time order (the packer folds them in the order of their marks, which a long range can break).
      const orders = cluster.ids.map(Number).sort((a, b) => a - b);
      clusters.push({
        key: `${lanes[laneIndex]!.key}:${index.events[orders[0]!]!.id}`,
        lane: laneIndex,
        y: top + cluster.row * HORIZONTAL.rowHeight,
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
  };

  // First what each lane can draw in the rows it got: its events one by one, its events as a crowd of small
  // marks over calendar bins, or calendar columns. Crowds and columns keep a row for the key events.
  type Drawn =
    | { mode: 'events'; packed: ReturnType<typeof packLabels> }
    | { mode: 'crowd' | 'columns'; bins: Bucket[]; keyRow?: ReturnType<typeof packLabels>; crowd?: PlacedCrowd };
  const drawn: Drawn[] = lanes.map((_lane, laneIndex) => {
    const rows = rowsPerLane[laneIndex]!;
    const plan = plans[laneIndex]!;
    const marksFit = plan.items !== undefined && (plan.items.length <= CROWD.fewestEvents || plan.items.length <= rows * (width / MARK_PITCH));
    if (plan.items && plan.unconstrained && marksFit) {
      for (const item of plan.items) itemOf.set(Number(item.id), item);
      const packed = plan.unconstrained.rowCount <= rows ? plan.unconstrained : packLabels(plan.items, { ...options, maxRows: rows, obstacles: obstaclesOf(laneIndex) });
      // A few events too many for the rows fold into "+N" clusters; a crowd is for many.
      if (packed.clusters.length === 0 || plan.items.length <= CROWD.fewestEvents) return { mode: 'events', packed };
    }
    const keyItems = (plan.items ?? keyItemsIn(laneIndex)).filter((item) => item.key);
    for (const item of keyItems) itemOf.set(Number(item.id), item);
    const keyRow = keyItems.length > 0 && rows > 1 ? packLabels(keyItems, { ...options, maxRows: 1, obstacles: obstaclesOf(laneIndex) }) : undefined;
    const crowdTop = keyRow ? HORIZONTAL.rowHeight : 0;
    const bins = binsOf(spans[laneIndex]!);
    if (plan.items) {
      const crowdRows = Math.floor((rows * HORIZONTAL.rowHeight - crowdTop - HORIZONTAL.laneGap) / CROWD.rowHeight);
      // Key events stand in their own row above the crowd (they are still counted in their bins).
      const planned = plan.crowd && plan.crowd.rows <= crowdRows && (keyRow !== undefined || keyItems.length === 0) ? plan.crowd : undefined;
      const crowd = planned ?? packCrowd(keyRow ? plan.items.filter((item) => !item.key) : plan.items, crowdRows, kindOf);
      if (crowd) return { mode: 'crowd', bins, keyRow, crowd: { ...crowd, top: crowdTop } };
    }
    return { mode: 'columns', bins, keyRow };
  });

  /** The key events of a lane too crowded to have packing items: few, so found one by one. */
  function keyItemsIn(laneIndex: number): PackingItem[] {
    const { laneOf } = index.lanes(laneMode);
    return index.keyOrders
      .filter((order) => laneOf[order] === laneIndex && index.starts[order]! < real.end && index.ends[order]! > real.start)
      .map((order) => {
        const item = packingItem(order);
        itemOf.set(order, item);
        return item;
      });
  }

  const rate = (bucket: Bucket) => bucket.count / (bucket.to - bucket.from);
  const busiest = Math.max(0, ...drawn.flatMap((lane) => (lane.mode === 'columns' ? lane.bins.map(rate) : [])));
  let top = eraStrip;
  lanes.forEach((lane, laneIndex) => {
    const rows = rowsPerLane[laneIndex]!;
    const placedLane: PlacedLane = { lane, y: top, height: rows * HORIZONTAL.rowHeight, rows, nameWidth: laneNames[laneIndex]! };
    const lanePlan = drawn[laneIndex]!;
    if (lanePlan.mode === 'events') placePacked(lanePlan.packed, laneIndex, top);
    else {
      if (lanePlan.keyRow) placePacked(lanePlan.keyRow, laneIndex, top);
      const columnTop = top + (lanePlan.keyRow ? HORIZONTAL.rowHeight : 0);
      const crowd = lanePlan.mode === 'crowd';
      if (!crowd) placedLane.peakCount = Math.max(0, ...lanePlan.bins.map((bin) => bin.count));
      for (const mark of lanePlan.crowd?.marks ?? []) crowdMarks.push({ ...mark, lane: laneIndex, y: top + lanePlan.crowd!.top + mark.y });
      lanePlan.bins.forEach((bucket, number) => {
        const markStart = x(bucket.firstStart);
        clusters.push({
          // Keyed by place, not time: a zoom step then updates the columns rather than making new ones.
          key: `${lane.key}:bucket:${number}`,
          lane: laneIndex,
          y: columnTop,
          height: top + rows * HORIZONTAL.rowHeight - HORIZONTAL.laneGap - columnTop,
          // The column fills its bin, less a hairline gap to the next.
          start: x(bucket.from),
          end: Math.max(x(bucket.to) - HORIZONTAL.columnGap, x(bucket.from) + 1),
          markStart,
          markEnd: Math.max(x(bucket.lastStart), markStart + 2),
          count: bucket.count,
          label: countLabel(bucket.count),
          bucket,
          // Over a crowd of marks, a bin is only what the reader points at: the marks draw the shape.
          density: crowd || busiest === 0 ? 0 : rate(bucket) / busiest,
          overlay: crowd,
        });
      });
    }
    placedLanes.push(placedLane);
    top += placedLane.height + (laneIndex < lanes.length - 1 ? HORIZONTAL.laneGap : 0);
  });
  events.sort((a, b) => a.order - b.order);
  const wantedRows = plans.reduce((sum, plan) => sum + plan.wanted, 0);
  crowdMarks.sort((a, b) => a.order - b.order);
  return {
    laneMode,
    events,
    clusters,
    crowdMarks,
    lanes: placedLanes,
    ticks: axisTicks(window, width, locale, 64, fold),
    breaks: placedBreaks(fold, window, x, width),
    eras: placeEras(input.eras, x, width),
    eraStrip,
    height: top,
    wantedHeight: eraStrip + wantedRows * HORIZONTAL.rowHeight + laneGaps,
  };
}

/**
 * Count columns for a lane: calendar bins of the finest unit that nests in the axis's ticks and is at least
 * `HORIZONTAL.minColumn` wide, in each stretch of the window between breaks.
 */
function binMaker(real: TimeWindow, window: TimeWindow, width: number, fold: TimeFold, x: (time: number) => number) {
  const level = binLevel(window, width, 64, HORIZONTAL.minColumn);
  const edges = fold.segments(window).map((segment) => withoutSlivers(unitEdges(level, segment), x));
  return (spans: SortedSpans) => aggregateIntoBins(spans, real, edges);
}

/**
 * A stretch's bin edges without the slivers at its ends: the part of a unit cut by the window's edge or a break
 * joins the next bin when it is narrower than a column may be, so that every column is a target of 24 px.
 */
function withoutSlivers(edges: number[], x: (time: number) => number): number[] {
  const kept = [...edges];
  if (kept.length > 2 && x(kept[1]!) - x(kept[0]!) < HORIZONTAL.minColumn) kept.splice(1, 1);
  if (kept.length > 2 && x(kept.at(-1)!) - x(kept.at(-2)!) < HORIZONTAL.minColumn) kept.splice(kept.length - 2, 1);
  return kept;
}

function placedBreaks(fold: TimeFold, window: TimeWindow, x: (time: number) => number, width: number): PlacedBreak[] {
  const placed: PlacedBreak[] = [];
  for (const axisBreak of fold.breaks) {
    if (axisBreak.foldedFrom + axisBreak.foldedWidth <= window.start || axisBreak.foldedFrom >= window.end) continue;
    const start = x(axisBreak.from);
    const end = x(axisBreak.to);
    placed.push({ start: Math.max(start, 0), end: Math.min(end, width), emptyFrom: axisBreak.emptyFrom, emptyTo: axisBreak.emptyTo });
  }
  return placed;
}

/** The orders of a cluster's events, in time order; for a bucket, at most `limit` of them, the earliest. */
/** `window` is the real window shown (unfolded). */
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

