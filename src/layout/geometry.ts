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
  /** Between one lane's last row and the next lane's first, with a hairline in the middle. */
  laneGap: 4,
  pointRadius: 6,
  /** Space between a point and its label's text. */
  pointLabelGap: 4,
  /** A label's box pads its text on both sides, on a knockout of the background that keeps grid lines off the text. */
  labelPadding: 3,
  /** Lane names are set in capitals, spaced by this much of their size. */
  laneLetterSpacing: 0.06,
  /** Space between marks drawn side by side in a crowd. */
  markGap: 12,
  /** The narrowest count column, and the gap between columns. */
  minColumn: 24,
  columnGap: 1,
  /** Inset of a label inside its band. */
  bandInset: 6,
  /** Space between neighbours on a row: marks alone stand 24 px apart, each a 24 px target (WCAG 2.5.8). */
  gap: 12,
  clusterWidth: 40,
  maxLabelWidth: 600,
  /**
   * Rows an aggregated lane asks for at least (or its share of the height, if more): its buckets stand as the
   * columns of a histogram under their badges.
   */
  aggregateRows: 3,
  /** The top of a bucket's column kept for its badge. */
  bucketBadgeRoom: 30,
  /** With eras, a strip at the plot's top for their names, over the rows. */
  eraStrip: 18,
  /** A thumbnail beside a label (with `thumbnails`), at the start of its box, and the space after it. */
  thumbnail: 24,
  thumbnailGap: 4,
} as const;

/**
 * A crowd: a lane whose events do not fit one by one draws them as small marks in thin rows (no labels, no
 * targets of their own) under the calendar bins the reader points at.
 */
export const CROWD = {
  rowHeight: 10,
  pointRadius: 3,
  gap: 2,
  /** A lane with at most this many events in view folds the few that do not fit into "+N" clusters instead. */
  fewestEvents: 60,
  /** Above this many events in view, a lane is drawn as columns without trying a crowd. */
  mostEvents: 4000,
  /** The most rows a crowded lane asks for when the height follows the content. */
  mostRows: 24,
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
  /** Room above an era's first block for its name. */
  eraRoom: 20,
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
    '--_label-padding': px(HORIZONTAL.labelPadding),
    '--_lane-letter-spacing': `${HORIZONTAL.laneLetterSpacing}em`,
    '--_point-size': px(2 * HORIZONTAL.pointRadius),
    '--_era-strip': px(HORIZONTAL.eraStrip),
    '--_thumbnail': px(HORIZONTAL.thumbnail),
    '--_thumbnail-gap': px(HORIZONTAL.thumbnailGap),
    '--_vertical-era-room': px(VERTICAL.eraRoom),
    '--_vertical-date-column': px(VERTICAL.dateColumn),
    '--_vertical-mark-column': px(VERTICAL.markColumn),
    '--_vertical-line-height': px(VERTICAL.lineHeight),
    '--_vertical-date-line-height': px(VERTICAL.dateLineHeight),
    '--_vertical-block-padding': px(VERTICAL.blockPadding),
    '--_vertical-title-lines': String(VERTICAL.maxTitleLines),
    '--_spine-width': px(VERTICAL.spineWidth),
  };
}
