/**
 * The clusters of the horizontal layout: the "+N" clusters a lane's label packing folds its overflow into, and
 * the count columns over a lane's calendar bins (the bins cut without slivers, and how crowded each is); and
 * the width of a count badge.
 */
import { aggregateIntoBins, countLabel, type Bucket } from './aggregation.js';
import type { TimeFold } from './axis-breaks.js';
import { HORIZONTAL } from './geometry.js';
import type { PlacedCluster } from './horizontal-layout.js';
import type { PackingResult } from './label-packing.js';
import { binLevel, unitEdges } from './ticks.js';
import type { TimeWindow } from './time-window.js';
import type { EventIndex, SortedSpans } from './visible-events.js';

/** The width of a count badge with this text: its padding and border around the text, at least its minimum. */
export function badgeWidth(label: string, measure: (text: string) => number): number {
  return Math.max(32, Math.ceil(measure(label.replace(/\d/g, '0'))) + 16);
}

/** The "+N" clusters of a lane's packing, in time order, from the lane's top. */
export function packedClusters(packed: PackingResult, index: EventIndex, laneKey: string, lane: number, top: number): PlacedCluster[] {
  return packed.clusters.map((cluster) => {
    // In time order (the packer folds them in the order of their marks, which a long range can break).
    const orders = cluster.ids.map(Number).sort((a, b) => a - b);
    return {
      key: `${laneKey}:${index.events[orders[0]!]!.id}`,
      lane,
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
    };
  });
}

/**
 * Count columns for a lane: calendar bins of the finest unit that nests in the axis's ticks and is at least
 * `HORIZONTAL.minColumn` wide, in each stretch of the window between breaks.
 */
export function binMaker(real: TimeWindow, window: TimeWindow, width: number, fold: TimeFold, x: (time: number) => number) {
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

/** How crowded a bin is: its events per unit of time, since bins differ in length. */
export const binRate = (bucket: Bucket) => bucket.count / (bucket.to - bucket.from);

/** Where a lane's count columns stand, and how they are drawn. */
export interface ColumnPlace {
  laneKey: string;
  lane: number;
  /** The columns' top and bottom, from the top of the plot. */
  top: number;
  bottom: number;
  /** True when the bins lie over a crowd of marks: targets only, the marks drawing the shape. */
  overlay: boolean;
  /** The highest `binRate` of the columns in view (0 for none). */
  busiest: number;
  x: (time: number) => number;
}

/** A lane's bins as count columns, each filling its bin. */
export function countColumns(bins: readonly Bucket[], place: ColumnPlace): PlacedCluster[] {
  const { laneKey, lane, top, bottom, overlay, busiest, x } = place;
  return bins.map((bucket, number) => {
    const markStart = x(bucket.firstStart);
    return {
      // Keyed by place, not time: a zoom step then updates the columns rather than making new ones.
      key: `${laneKey}:bucket:${number}`,
      lane,
      y: top,
      height: bottom - top,
      // The column fills its bin, less a hairline gap to the next.
      start: x(bucket.from),
      end: Math.max(x(bucket.to) - HORIZONTAL.columnGap, x(bucket.from) + 1),
      markStart,
      markEnd: Math.max(x(bucket.lastStart), markStart + 2),
      count: bucket.count,
      label: countLabel(bucket.count),
      bucket,
      // Over a crowd of marks, a bin is only what the reader points at: the marks draw the shape.
      density: overlay || busiest === 0 ? 0 : binRate(bucket) / busiest,
      overlay,
    };
  });
}
