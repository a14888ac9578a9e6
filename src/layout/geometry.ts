/**
 * The timeline's geometry, in CSS pixels: the one place where row heights, the axis, gutters, the card and the
 * vertical layout's columns are set. The layout computes with these numbers and the stylesheets read them as
 * custom properties (`geometryCustomProperties`), so what is drawn is what was laid out.
 */

/** The inline space between the element's edges and its axis, plot and header. */
export const GUTTER = 16;

/** The time axis above the plot: tick labels on two lines. */
export const AXIS = {
  height: 40,
  tickLength: 5,
} as const;

/** The card docked beside (or below) the horizontal chart, and an open cluster's list floating next to its badge. */
export const CARD = {
  width: 340,
  /** From this element width the card docks in a panel beside the plot (the plot narrows); below it, under the plot. */
  dockBesideFrom: 900,
  /** Space between a cluster and its open list, and between the list and the plot's edges. */
  offset: 4,
  /** The height a cluster's list would like: with less room under and over its cluster, it opens beside it. */
  preferredHeight: 320,
} as const;

/** Sizes of the horizontal layout. */
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
  /**
   * Rows an aggregated lane asks for at least (or its share of the height, if more): its buckets stand as the
   * columns of a histogram under their badges.
   */
  aggregateRows: 3,
  /** The top of a bucket's column kept for its badge. */
  bucketBadgeRoom: 30,
} as const;

/** Sizes of the vertical (phone) layout: a date column, the spine's column, then the titles. */
export const VERTICAL = {
  dateColumn: 104,
  /** The column the spine and the marks stand in, between the dates and the titles. */
  markColumn: 32,
  lineHeight: 20,
  dateLineHeight: 18,
  blockPadding: 6,
  maxTitleLines: 3,
  gap: 10,
  maxGap: 120,
  gapMarkerHeight: 32,
  /** Pixels the whole window would take if spaced purely by time. */
  nominalHeight: 1400,
  /** The spine's line. */
  spineWidth: 2,
} as const;

/** The private custom properties (`--_*`) through which the stylesheets read this geometry. */
export function geometryCustomProperties(): Record<string, string> {
  const px = (value: number) => `${value}px`;
  return {
    '--_gutter': px(GUTTER),
    '--_axis-height': px(AXIS.height),
    '--_tick-length': px(AXIS.tickLength),
    '--_card-width': px(CARD.width),
    '--_row-height': px(HORIZONTAL.rowHeight),
    '--_lane-header-height': px(HORIZONTAL.laneHeaderHeight),
    '--_point-size': px(2 * HORIZONTAL.pointRadius),
    '--_vertical-date-column': px(VERTICAL.dateColumn),
    '--_vertical-mark-column': px(VERTICAL.markColumn),
    '--_vertical-line-height': px(VERTICAL.lineHeight),
    '--_vertical-date-line-height': px(VERTICAL.dateLineHeight),
    '--_vertical-block-padding': px(VERTICAL.blockPadding),
    '--_vertical-title-lines': String(VERTICAL.maxTitleLines),
    '--_spine-width': px(VERTICAL.spineWidth),
  };
}
