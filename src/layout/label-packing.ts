/**
 * Label packing for a horizontal timeline lane. Each row is a line of marks with their labels beside
 * them; an event claims the stretch of its row from its mark's start to the end of its mark or its label,
 * whichever is further. Rows stack; where rows run out, neighbouring events fold into count clusters
 * ("+5") on a row of their own. Nothing placed overlaps anything else.
 */

export interface PackingItem {
  id: string;
  /** Where the mark starts, in pixels. */
  markStart: number;
  /** Where the mark ends (same as `markStart` for a point, plus its radius). */
  markEnd: number;
  /** Width of the label text, in pixels. */
  labelWidth: number;
  /** Where the label starts when it sits after the mark, from `markStart` (default: the packing option). */
  labelOffset?: number;
  /** Where the label ends when there is no room after the mark and it sits before it instead, from `markEnd`. */
  flippedLabelEnd?: number;
}

export interface PlacedLabel {
  id: string;
  row: number;
  /** The stretch of the row the event claims: its mark and its label. */
  start: number;
  end: number;
  /** Where the label starts (clamped to the visible area). */
  labelStart: number;
  /** True when the label sits before its mark, for lack of room after it. */
  flipped: boolean;
  /** The width the label may use; less than its text when cut with an ellipsis. */
  labelWidth: number;
}

export interface LabelCluster {
  /** Ids of the folded events, in time order. */
  ids: string[];
  row: number;
  /** The stretch the badge claims on its row. */
  start: number;
  end: number;
  /** The pixel span of the folded events' marks, for the cluster's faint bar. */
  markStart: number;
  markEnd: number;
}

export interface PackingResult {
  labels: PlacedLabel[];
  clusters: LabelCluster[];
  /** Rows used, including the cluster row. */
  rowCount: number;
}

export interface PackingOptions {
  /** Rows available, including the row that clusters need when rows run out. At least 1. */
  maxRows: number;
  /** Space kept between neighbours on a row, in pixels. */
  gap: number;
  /** The width of a cluster badge. */
  clusterWidth: number;
  /** The visible area: labels of marks that start before it are moved to its start. */
  viewStart: number;
  /** The end of the visible area: labels that would run past it go before their mark, or are cut. */
  viewEnd: number;
  /** Labels longer than this are cut with an ellipsis. */
  maxLabelWidth: number;
  /** Space between a mark's start and its label's start. */
  labelOffset: number;
}

const DEFAULTS: PackingOptions = { maxRows: Infinity, gap: 8, clusterWidth: 36, viewStart: 0, viewEnd: Infinity, maxLabelWidth: 240, labelOffset: 0 };

/** Packs labels into rows; `items` must be sorted by `markStart`. */
export function packLabels(items: readonly PackingItem[], options: Partial<PackingOptions> = {}): PackingResult {
  const settings = { ...DEFAULTS, ...options };
  const maxRows = Math.max(1, Math.floor(settings.maxRows));
  const everything = packIntoRows(items, maxRows, settings);
  if (everything.overflow.length === 0) return { labels: everything.labels, clusters: [], rowCount: everything.rowCount };
  if (maxRows === 1) return shareSingleRow(items, settings);
  // Rows ran out: the last row holds clusters, the others labels.
  const labelRows = maxRows - 1;
  const packed = packIntoRows(items, labelRows, settings);
  const clusters = foldIntoClusters(packed.overflow, labelRows, settings);
  return { labels: packed.labels, clusters, rowCount: labelRows + 1 };
}

/** Greedy first fit: each item goes to the first row with room; the rest overflow. */
function packIntoRows(items: readonly PackingItem[], rowLimit: number, settings: PackingOptions) {
  const rowEnds: number[] = [];
  const labels: PlacedLabel[] = [];
  const overflow: PackingItem[] = [];
  for (const item of items) {
    const claim = claimOf(item, settings);
    let row = rowEnds.findIndex((rowEnd) => rowEnd + settings.gap <= claim.start);
    if (row === -1 && rowEnds.length < rowLimit) row = rowEnds.length;
    if (row === -1) {
      overflow.push(item);
      continue;
    }
    rowEnds[row] = claim.end;
    labels.push({ id: item.id, row, ...claim });
  }
  return { labels, overflow, rowCount: rowEnds.length };
}

function claimOf(item: PackingItem, { viewStart, viewEnd, maxLabelWidth, labelOffset }: PackingOptions) {
  const wanted = Math.min(item.labelWidth, maxLabelWidth);
  const afterStart = Math.max(item.markStart + (item.labelOffset ?? labelOffset), viewStart);
  const roomAfter = viewEnd - afterStart;
  const beforeEnd = item.markEnd + (item.flippedLabelEnd ?? -(item.markEnd - item.markStart));
  const roomBefore = beforeEnd - viewStart;
  // A label goes after its mark, unless it would run off the end and there is more room before the mark.
  const flipped = roomAfter < wanted && roomBefore > roomAfter;
  const labelWidth = Math.max(Math.min(wanted, flipped ? roomBefore : roomAfter), 0);
  const labelStart = flipped ? beforeEnd - labelWidth : afterStart;
  return {
    start: Math.min(item.markStart, labelStart),
    end: Math.max(item.markEnd, labelStart + labelWidth),
    labelStart,
    labelWidth,
    flipped,
  };
}

/**
 * Neighbouring folded events share a badge: an event joins the badge before it when its mark starts within
 * that badge's reach, so a dense stretch becomes a run of badges rather than one. A badge claims its own
 * width and its events' marks; a badge that would touch the one before moves after it.
 */
function foldIntoClusters(folded: readonly PackingItem[], row: number, { gap, clusterWidth, viewStart }: PackingOptions): LabelCluster[] {
  const clusters: LabelCluster[] = [];
  for (const item of [...folded].sort((a, b) => a.markStart - b.markStart)) {
    const last = clusters.at(-1);
    if (last && item.markStart < last.start + clusterWidth + gap) {
      last.ids.push(item.id);
      last.markEnd = Math.max(last.markEnd, item.markEnd);
      last.end = Math.max(last.end, item.markEnd);
      continue;
    }
    const start = Math.max(item.markStart, viewStart, last ? last.end + gap : -Infinity);
    const markStart = Math.max(item.markStart, start);
    clusters.push({ ids: [item.id], row, start, end: Math.max(start + clusterWidth, item.markEnd), markStart, markEnd: Math.max(item.markEnd, markStart) });
  }
  return clusters;
}

/** With one row only, labels and clusters share it: every label that a badge would touch joins the badge. */
function shareSingleRow(items: readonly PackingItem[], settings: PackingOptions): PackingResult {
  let { labels, overflow } = packIntoRows(items, 1, settings);
  let clusters = foldIntoClusters(overflow, 0, settings);
  for (;;) {
    const touches = (label: PlacedLabel) =>
      clusters.some((cluster) => label.start < cluster.end + settings.gap && cluster.start < label.end + settings.gap);
    const clashing = labels.filter(touches);
    if (clashing.length === 0) return { labels, clusters, rowCount: 1 };
    const clashingIds = new Set(clashing.map((label) => label.id));
    labels = labels.filter((label) => !clashingIds.has(label.id));
    overflow = [...overflow, ...items.filter((item) => clashingIds.has(item.id))];
    clusters = foldIntoClusters(overflow, 0, settings);
  }
}
