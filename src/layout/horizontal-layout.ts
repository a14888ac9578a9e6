/**
 * The horizontal layout: the lanes, rows, labels, marks, "+N" clusters, crowds and count columns of the
 * events in view, and the time axis with its breaks. How a lane's rows are planned is in lane-plan.ts, where
 * its clusters stand in horizontal-clusters.ts, and what a cluster holds in cluster-queries.ts.
 */
import type { NormalizedEra, NormalizedEvent } from '../model/types.js';
import { eventDateText } from './event-date-text.js';
import { eventThumbnail } from './event-thumbnail.js';
import { placeEras, type PlacedEra } from './eras.js';
import { laneName, OTHER_LANE, type Lane, type LaneMode } from './lanes.js';
import { ENGLISH_PHRASES, type Phrases } from '../model/interface-phrases.js';
import type { Bucket } from './aggregation.js';
import { packLabels, packLabelsUnlessClustered, type PackingItem, type PackingResult, type RowObstacle } from './label-packing.js';
import { axisTicks, type AxisTick } from './ticks.js';
import { describeBreak } from './timeline-text.js';
import { NO_BREAKS, type TimeFold } from './axis-breaks.js';
import type { CrowdMark } from './crowds.js';
import { markKindOf, type MarkKind } from './mark-kind.js';
import type { MeasureText } from './text-style.js';
import type { EventIndex } from './visible-events.js';
import type { TimeWindow } from './time-window.js';
import { HORIZONTAL } from './geometry.js';
import { allocateRows, drawLane, planLane, type LaneRoom } from './lane-plan.js';
import { binMaker, binRate, countColumns, packedClusters } from './horizontal-clusters.js';

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
  /** A bin the archive's server counted (a windowed source): its events are not loaded, and pressing it zooms into it. */
  remote?: boolean;
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
  /** Its label on the axis: "⋯ 22 years ⋯", or "⋯" alone where that would cover a tick's label. */
  label: string;
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
  /** The interface's words (the "Other" lane's name, "c." of a rough date); English by default. */
  phrases?: Phrases;
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

/** The width of each lane's name at the start of its first row (0 without lanes), at most a third of the plot. */
export function laneNameWidths(lanes: readonly Lane[], laneMode: LaneMode, measure: MeasureText, width: number): number[] {
  // Lane names are set in capitals with a little letter spacing (HORIZONTAL.laneLetterSpacing em of 11 px).
  return lanes.map((lane) =>
    laneMode === 'none' || !lane.label
      ? 0
      : Math.min(Math.ceil(measure(lane.label.toUpperCase(), 'lane') + lane.label.length * HORIZONTAL.laneLetterSpacing * 11) + 2 * HORIZONTAL.labelPadding, width / 3),
  );
}

/** The pixel mapping of a horizontal plot: linear in folded time. */
const toPixels = (window: TimeWindow, width: number, fold: TimeFold) => {
  const pixelsPerMs = width / (window.end - window.start);
  return fold.isIdentity ? (time: number) => (time - window.start) * pixelsPerMs : (time: number) => (fold.fold(time) - window.start) * pixelsPerMs;
};

/** A packing item whose label is measured when its width is first asked for, once. */
class LabelMeasuredOnDemand implements PackingItem {
  private measured: number | undefined;
  readonly flippedLabelEnd = -HORIZONTAL.pointLabelGap;

  constructor(
    readonly id: string,
    readonly markStart: number,
    readonly markEnd: number,
    readonly labelOffset: number,
    readonly key: boolean,
    private readonly measureLabel: () => number,
  ) {}

  get labelWidth(): number {
    return (this.measured ??= this.measureLabel());
  }
}

/**
 * Lays out the visible events of a horizontal timeline: lanes, rows, labels, marks, clusters and count
 * columns, and the axis with its breaks. A lane draws every event it shows with its label when they fit; as
 * marks with labels where there is room when they do not; folds the overflow into "+N" clusters when even
 * the marks do not fit; and counts its events into calendar columns when it holds far more than its rows can
 * draw. Key events are labelled first and never folded. The work grows with what is drawn, not with the
 * number of events.
 */
export function layoutHorizontal(input: HorizontalInput): HorizontalLayout {
  const { index, window, width, height, laneMode, locale, measure, fold = NO_BREAKS, phrases = ENGLISH_PHRASES } = input;
  const x = toPixels(window, width, fold);
  const real = fold.unfoldWindow(window);
  const { lanes: keyedLanes, spans } = index.lanes(laneMode);
  const lanes = keyedLanes.map((lane) => (lane.key === OTHER_LANE ? { ...lane, label: laneName(lane.key, phrases) } : lane));
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
  const laneNames = laneNameWidths(lanes, laneMode, measure, width);
  const obstaclesOf = (lane: number): RowObstacle[] => (laneNames[lane]! > 0 ? [{ row: 0, start: 0, end: laneNames[lane]! }] : []);

  const datePrefixes = new Map<number, string>();
  const thumbnailOf = new Map<number, string>();
  const keys = new Set<number>();
  const kindOf = (order: number) => markKindOf(index.events[order]!);
  const room: LaneRoom = {
    real,
    width,
    maxRowsPerLane,
    histogramRows,
    packingItem,
    pack: (items, lane, maxRows) => packLabels(items, { ...options, maxRows, obstacles: obstaclesOf(lane) }),
    packUnlessClustered: (items, lane, maxRows) => packLabelsUnlessClustered(items, { ...options, maxRows, obstacles: obstaclesOf(lane) }),
    kindOf,
  };
  // What each lane asks for: its events one by one, a crowd of small marks, or count columns.
  const plans = spans.map((laneSpans, lane) => planLane(laneSpans, lane, room));

  /** A band's date, written before its title (a month or a year is not shown by the mark's place alone). */
  function datePrefixOf(order: number): string | undefined {
    const event = index.events[order]!;
    if (markKindOf(event) !== 'band') return undefined;
    let prefix = datePrefixes.get(order);
    if (prefix === undefined) datePrefixes.set(order, (prefix = eventDateText(event, locale, phrases)));
    return prefix;
  }

  /**
   * An event's place on its row; with its label's width unless `labelled` is false (and it is not key). The label
   * is measured when the packing first asks for its width: a lane of hundreds of events that turns out to fold
   * into clusters, and so to be drawn as a crowd, asks for only the first few.
   */
  function packingItem(order: number, labelled = true): PackingItem {
    const event = index.events[order]!;
    const kind = markKindOf(event);
    const key = event.importance === 'key';
    if (key) keys.add(order);
    const start = x(index.starts[order]!);
    const markStart = kind === 'point' ? start - HORIZONTAL.pointRadius : start;
    const markEnd = kind === 'point' ? start + HORIZONTAL.pointRadius : Math.max(x(index.ends[order]!), start + 2);
    if (!labelled && !key) return { id: String(order), markStart, markEnd, labelWidth: 0 };
    // One rule for every mark: the label's box starts just after where the mark begins (after a point's dot,
    // at a bar's or band's start), and when flipped ends just before it.
    const labelOffset = kind === 'point' ? 2 * HORIZONTAL.pointRadius + HORIZONTAL.pointLabelGap - HORIZONTAL.labelPadding : 0;
    return new LabelMeasuredOnDemand(String(order), markStart, markEnd, labelOffset, key, () => {
      const prefix = datePrefixOf(order);
      const thumbnail = input.thumbnails ? eventThumbnail(event) : undefined;
      if (thumbnail) thumbnailOf.set(order, thumbnail);
      const text = prefix === undefined ? event.title : `${prefix} · ${event.title}`;
      return Math.ceil(measure(text, key ? 'strong' : 'label')) + 2 * HORIZONTAL.labelPadding + (thumbnail ? HORIZONTAL.thumbnail + HORIZONTAL.thumbnailGap : 0);
    });
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
  const placePacked = (packed: PackingResult, laneIndex: number, top: number) => {
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
      const prefix = datePrefixOf(order);
      if (prefix) placed.datePrefix = prefix;
      const thumbnail = label.labelled ? thumbnailOf.get(order) : undefined;
      if (thumbnail) placed.thumbnail = thumbnail;
      events.push(placed);
    }
    clusters.push(...packedClusters(packed, index, lanes[laneIndex]!.key, laneIndex, top));
  };

  // First what each lane can draw in the rows it got; then where it stands.
  const drawn = lanes.map((_lane, laneIndex) =>
    drawLane(plans[laneIndex]!, rowsPerLane[laneIndex]!, laneIndex, {
      ...room,
      keyItemsIn,
      remember: (item) => itemOf.set(Number(item.id), item),
      binsOf: (lane) => binsOf(spans[lane]!),
    }),
  );

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

  const busiest = Math.max(0, ...drawn.flatMap((lane) => (lane.mode === 'columns' ? lane.bins.map(binRate) : [])));
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
      clusters.push(
        ...countColumns(lanePlan.bins, {
          laneKey: lane.key,
          lane: laneIndex,
          top: columnTop,
          bottom: top + rows * HORIZONTAL.rowHeight - HORIZONTAL.laneGap,
          overlay: crowd,
          busiest,
          x,
        }),
      );
    }
    placedLanes.push(placedLane);
    top += placedLane.height + (laneIndex < lanes.length - 1 ? HORIZONTAL.laneGap : 0);
  });
  events.sort((a, b) => a.order - b.order);
  const wantedRows = plans.reduce((sum, plan) => sum + plan.wanted, 0);
  crowdMarks.sort((a, b) => a.order - b.order);
  const ticks = axisTicks(window, width, locale, 64, fold);
  return {
    laneMode,
    events,
    clusters,
    crowdMarks,
    lanes: placedLanes,
    ticks,
    breaks: placedBreaks(fold, window, x, width, ticks, locale, measure),
    eras: placeEras(input.eras, x, width),
    eraStrip,
    height: top,
    wantedHeight: eraStrip + wantedRows * HORIZONTAL.rowHeight + laneGaps,
  };
}

/** The axis's text is set smaller than labels (11 px against 13 px): its widths, from a label's. */
const AXIS_TEXT_SCALE = 11 / 13;
/** A tick's label starts this far after its tick; a break's label has this padding on each side. */
const TICK_LABEL_INSET = 3;
const BREAK_LABEL_PADDING = 4;

/**
 * The breaks in view, each with its label: "⋯ 22 years ⋯" centred on it, or "⋯" alone where the whole label
 * would cover a tick's label (a short stretch between two breaks still says its year). Screen readers hear
 * every break in words either way.
 */
function placedBreaks(fold: TimeFold, window: TimeWindow, x: (time: number) => number, width: number, ticks: AxisTick[], locale: string | undefined, measure: MeasureText): PlacedBreak[] {
  const placed: PlacedBreak[] = [];
  const axisWidth = (text: string) => measure(text, 'label') * AXIS_TEXT_SCALE;
  const tickLabels = ticks.filter((tick) => tick.label).map((tick) => ({ start: tick.position + TICK_LABEL_INSET, end: tick.position + TICK_LABEL_INSET + axisWidth(tick.label) }));
  for (const axisBreak of fold.breaks) {
    if (axisBreak.foldedFrom + axisBreak.foldedWidth <= window.start || axisBreak.foldedFrom >= window.end) continue;
    const start = Math.max(x(axisBreak.from), 0);
    const end = Math.min(x(axisBreak.to), width);
    const whole = describeBreak(axisBreak.emptyFrom, axisBreak.emptyTo, locale);
    const half = axisWidth(whole) / 2 + BREAK_LABEL_PADDING;
    const centre = (start + end) / 2;
    const coversATick = tickLabels.some((label) => label.start < centre + half && label.end > centre - half);
    placed.push({ start, end, emptyFrom: axisBreak.emptyFrom, emptyTo: axisBreak.emptyTo, label: coversATick ? '⋯' : whole });
  }
  return placed;
}
