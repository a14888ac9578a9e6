/**
 * Packing one lane of a horizontal timeline into rows. Each event claims a stretch of a row: its mark, and its
 * label when it has one. Nothing placed overlaps anything else on its row.
 *
 * When every label fits in the rows there are, every event is labelled, greedily in time order (key events
 * first). When they do not, every event is still drawn as a mark while the marks fit, and labels are then given
 * wherever there is room for them (key events first). Only when even the marks do not fit do the ones left
 * over fold into "+N" count clusters, on a row of their own. A label sits after its mark in reading order and
 * goes before it only when it would run off the end of the view with more room before the mark.
 */

export interface PackingItem {
  id: string;
  /** Where the mark starts and ends, in pixels (for a point, its dot's edges). */
  markStart: number;
  markEnd: number;
  /** The width of the label's box (its text and padding), in pixels. */
  labelWidth: number;
  /** Where the label's box starts when it sits after the mark, from `markStart` (default: the packing option). */
  labelOffset?: number;
  /** Where the label's box ends when it sits before the mark, from `markStart` (default: minus the gap). */
  flippedLabelEnd?: number;
  /** A key event: labelled first, never folded into a cluster. */
  key?: boolean;
}

export interface PlacedLabel {
  id: string;
  row: number;
  /** The stretch of the row the event claims: its mark, and its label if it has one. */
  start: number;
  end: number;
  /** False when the event is drawn as a mark alone, for lack of room for its label. */
  labelled: boolean;
  /** Where the label's box starts (clamped to the view). */
  labelStart: number;
  /** True when the label sits before its mark, for lack of room after it. */
  flipped: boolean;
  /** The width the label's box may use; less than asked when cut with an ellipsis; 0 when not labelled. */
  labelWidth: number;
}

export interface LabelCluster {
  /** Ids of the folded events, in the order of their marks. */
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

/** Something already on a row that events must keep clear of (a lane's name). */
export interface RowObstacle {
  row: number;
  start: number;
  end: number;
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
  /** Stretches of rows taken before any event is placed. */
  obstacles: readonly RowObstacle[];
}

const DEFAULTS: PackingOptions = { maxRows: Infinity, gap: 8, clusterWidth: 36, viewStart: 0, viewEnd: Infinity, maxLabelWidth: 240, labelOffset: 0, obstacles: [] };

/** Packs a lane's events into rows; `items` must be sorted by `markStart`. */
export function packLabels(items: readonly PackingItem[], options: Partial<PackingOptions> = {}): PackingResult {
  return packing(items, options, false)!;
}

/**
 * Packs as `packLabels` does, or gives up (undefined) as soon as some events must fold into clusters: for a lane
 * that then draws its many events as a crowd, the labels it would give the rest are never shown. With fewer rows,
 * at least as many events would fold: the rows an event finds first are the same, and some find none.
 */
export function packLabelsUnlessClustered(items: readonly PackingItem[], options: Partial<PackingOptions> = {}): PackingResult | undefined {
  return packing(items, options, true);
}

/**
 * True when more than `rows` of the marks overlap somewhere (keeping the gap between neighbours): then some must fold,
 * however the events are packed, and `packLabelsUnlessClustered` would give up, unless a key event (which never folds)
 * stands among them. A sweep over the marks' ends, without packing; `items` sorted by `markStart`.
 */
export function marksMustFold(items: readonly PackingItem[], rows: number, gap: number): boolean {
  if (items.length <= rows || items.some((item) => item.key)) return false;
  const ends = Float64Array.from(items, (item) => item.markEnd + gap).sort();
  // The marks that overlap where mark `index` starts are it and those before it that have not ended.
  let ended = 0;
  for (let index = 0; index < items.length; index++) {
    const start = items[index]!.markStart;
    while (ends[ended]! <= start) ended++;
    if (index + 1 - ended > rows) return true;
  }
  return false;
}

function packing(items: readonly PackingItem[], options: Partial<PackingOptions>, giveUpOnClusters: boolean): PackingResult | undefined {
  const settings = { ...DEFAULTS, ...options };
  const maxRows = Math.max(1, Math.floor(settings.maxRows));
  const order = keyEventsFirst(items);

  const labelled = new Rows(maxRows, settings);
  const placedLabelled: PlacedLabel[] = [];
  let allLabelled = true;
  for (const item of order) {
    const claim = labelledClaim(item, settings);
    const row = labelled.firstFree(claim.start, claim.end);
    if (row === -1) {
      allLabelled = false;
      break;
    }
    labelled.take(row, claim.start, claim.end, item.id);
    placedLabelled.push({ id: item.id, row, ...claim });
  }
  if (allLabelled) return { labels: inMarkOrder(placedLabelled, items), clusters: [], rowCount: labelled.used };

  // Not every label fits: every event as a mark while the marks fit, labels where there is room.
  let marks = placeMarks(order, maxRows, settings);
  let clusters: LabelCluster[] = [];
  if (marks.overflow.length > 0) {
    if (maxRows === 1) ({ marks, clusters } = shareSingleRow(order, settings));
    else {
      marks = placeMarks(order, maxRows - 1, settings);
      // Key events that found no room stand on the cluster row, and the badges keep clear of them.
      const clusterRow = maxRows - 1;
      const keysOnClusterRow: RowObstacle[] = [];
      const folded: PackingItem[] = [];
      for (const item of marks.overflow) {
        const free = item.key && marks.rows.isFree(clusterRow, item.markStart, item.markEnd);
        if (!free) {
          folded.push(item);
          continue;
        }
        marks.rows.take(clusterRow, item.markStart, item.markEnd, item.id);
        marks.placed.push({ item, row: clusterRow });
        keysOnClusterRow.push({ row: clusterRow, start: item.markStart, end: item.markEnd });
      }
      clusters = foldIntoClusters(folded, clusterRow, { ...settings, obstacles: [...settings.obstacles, ...keysOnClusterRow] });
      for (const cluster of clusters) marks.rows.take(clusterRow, cluster.start, cluster.end);
    }
  }
  if (giveUpOnClusters && clusters.length > 0) return undefined;
  const placed = giveLabelsWhereThereIsRoom(marks, settings);
  const rowCount = Math.max(marks.rows.used, ...clusters.map((cluster) => cluster.row + 1));
  return { labels: inMarkOrder(placed, items), clusters, rowCount };
}

/** Key events first, each group in the order of its marks. */
function keyEventsFirst(items: readonly PackingItem[]): PackingItem[] {
  if (!items.some((item) => item.key)) return [...items];
  return [...items.filter((item) => item.key), ...items.filter((item) => !item.key)];
}

function inMarkOrder(labels: PlacedLabel[], items: readonly PackingItem[]): PlacedLabel[] {
  const position = new Map(items.map((item, index) => [item.id, index]));
  return labels.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

/** The claim of an event with its label: after the mark, or before it near the end of the view. */
export function labelledClaim(item: PackingItem, { viewStart, viewEnd, maxLabelWidth, labelOffset, gap }: PackingOptions) {
  const wanted = Math.min(item.labelWidth, maxLabelWidth);
  const afterStart = Math.max(item.markStart + (item.labelOffset ?? labelOffset), viewStart);
  const roomAfter = viewEnd - afterStart;
  const beforeEnd = item.markStart + (item.flippedLabelEnd ?? -gap);
  const roomBefore = beforeEnd - viewStart;
  const flipped = roomAfter < wanted && roomBefore > roomAfter;
  const labelWidth = Math.max(Math.min(wanted, flipped ? roomBefore : roomAfter), 0);
  const labelStart = flipped ? beforeEnd - labelWidth : afterStart;
  return {
    start: Math.min(item.markStart, labelStart),
    end: Math.max(item.markEnd, labelStart + labelWidth),
    labelled: true,
    labelStart,
    labelWidth,
    flipped,
  };
}

/** The claim of an event drawn as its mark alone. */
function markClaim(item: PackingItem) {
  return { start: item.markStart, end: item.markEnd, labelled: false, labelStart: item.markStart, labelWidth: 0, flipped: false };
}

/** The taken stretches of each row, kept sorted, so that a free place is found by binary search. */
class Rows {
  private readonly taken: { start: number; end: number; id?: string }[][] = [];

  constructor(
    readonly limit: number,
    private readonly settings: PackingOptions,
  ) {
    for (const obstacle of settings.obstacles) this.take(obstacle.row, obstacle.start, obstacle.end);
  }

  /** Rows with something in them (obstacles alone do not count). */
  used = 0;

  /** True when [start, end] keeps the gap from everything on the row (except the stretch of `ignore`). */
  isFree(row: number, start: number, end: number, ignore?: string): boolean {
    const stretches = this.taken[row];
    if (!stretches) return true;
    const gap = this.settings.gap;
    // The first stretch that ends at or after `start - gap` is the first that could touch.
    let low = 0;
    let high = stretches.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (stretches[middle]!.end + gap <= start) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < stretches.length; index++) {
      const stretch = stretches[index]!;
      if (stretch.start >= end + gap) return true;
      if (stretch.id !== undefined && stretch.id === ignore) continue;
      return false;
    }
    return true;
  }

  firstFree(start: number, end: number): number {
    for (let row = 0; row < this.limit; row++) if (this.isFree(row, start, end)) return row;
    return -1;
  }

  take(row: number, start: number, end: number, id?: string): void {
    while (this.taken.length <= row) this.taken.push([]);
    const stretches = this.taken[row]!;
    let index = stretches.length;
    while (index > 0 && stretches[index - 1]!.start > start) index--;
    stretches.splice(index, 0, { start, end, id });
    if (id !== undefined) this.used = Math.max(this.used, row + 1);
  }

  release(row: number, id: string): void {
    const stretches = this.taken[row]!;
    stretches.splice(
      stretches.findIndex((stretch) => stretch.id === id),
      1,
    );
  }
}

interface PlacedMarks {
  rows: Rows;
  placed: { item: PackingItem; row: number }[];
  overflow: PackingItem[];
}

/** Every event as a mark alone, first fit, key events first; those with no room left overflow. */
function placeMarks(order: readonly PackingItem[], rowLimit: number, settings: PackingOptions): PlacedMarks {
  const rows = new Rows(rowLimit, settings);
  const placed: PlacedMarks['placed'] = [];
  const overflow: PackingItem[] = [];
  for (const item of order) {
    const row = rows.firstFree(item.markStart, item.markEnd);
    if (row === -1) overflow.push(item);
    else {
      rows.take(row, item.markStart, item.markEnd, item.id);
      placed.push({ item, row });
    }
  }
  return { rows, placed, overflow };
}

/**
 * Gives each placed mark its label where the label has room, on the mark's row or, moving the mark with it,
 * on another label row; key events are served first, then the rest in time order.
 */
function giveLabelsWhereThereIsRoom(marks: PlacedMarks, settings: PackingOptions): PlacedLabel[] {
  // Clusters are already taken on their row: obstacles to the labels around them.
  const { rows } = marks;
  const result: PlacedLabel[] = [];
  for (const { item, row } of marks.placed) {
    const claim = labelledClaim(item, settings);
    let target = rows.isFree(row, claim.start, claim.end, item.id) ? row : -1;
    for (let candidate = 0; target === -1 && candidate < rows.limit; candidate++) {
      if (candidate !== row && rows.isFree(candidate, claim.start, claim.end)) target = candidate;
    }
    if (target === -1) {
      result.push({ id: item.id, row, ...markClaim(item) });
      continue;
    }
    rows.release(row, item.id);
    rows.take(target, claim.start, claim.end, item.id);
    result.push({ id: item.id, row: target, ...claim });
  }
  return result;
}

/**
 * Neighbouring folded events share a badge: an event joins the badge before it when its mark starts within
 * that badge's reach, so a dense stretch becomes a run of badges rather than one. A badge claims its own
 * width and its events' marks; a badge that would touch the one before moves after it.
 */
function foldIntoClusters(folded: readonly PackingItem[], row: number, { gap, clusterWidth, viewStart, obstacles }: PackingOptions): LabelCluster[] {
  const clusters: LabelCluster[] = [];
  const inRow = obstacles.filter((obstacle) => obstacle.row === row);
  /** The first place from `start` where a badge keeps the gap from the row's obstacles. */
  const clearOfObstacles = (start: number, markEnd: number) => {
    for (const obstacle of inRow) if (start < obstacle.end + gap && obstacle.start < Math.max(start + clusterWidth, markEnd) + gap) start = obstacle.end + gap;
    return start;
  };
  /** How far a badge starting at `start` may claim: short of the next obstacle on the row. */
  const reachFrom = (start: number) => Math.min(Infinity, ...inRow.filter((obstacle) => obstacle.start >= start).map((obstacle) => obstacle.start - gap));
  for (const item of [...folded].sort((a, b) => a.markStart - b.markStart)) {
    const last = clusters.at(-1);
    if (last && item.markStart < last.start + clusterWidth + gap) {
      const end = Math.min(Math.max(last.end, item.markEnd), reachFrom(last.start));
      if (end >= last.start + clusterWidth) {
        last.ids.push(item.id);
        last.markEnd = Math.max(last.markEnd, Math.min(item.markEnd, end));
        last.end = end;
        continue;
      }
    }
    const start = clearOfObstacles(Math.max(item.markStart, viewStart, last ? last.end + gap : -Infinity), item.markEnd);
    const markStart = Math.max(item.markStart, start);
    const end = Math.max(start + clusterWidth, Math.min(item.markEnd, reachFrom(start)));
    clusters.push({ ids: [item.id], row, start, end, markStart, markEnd: Math.max(Math.min(item.markEnd, end), markStart) });
  }
  return clusters;
}

/**
 * With one row only, marks and clusters share it: every ordinary mark that a badge would touch joins the badge.
 * Key events' marks are not folded: badges keep clear of them (only key marks that overlap each other fold).
 */
function shareSingleRow(order: readonly PackingItem[], settings: PackingOptions): { marks: PlacedMarks; clusters: LabelCluster[] } {
  const first = placeMarks(order, 1, settings);
  let folded = first.overflow;
  const keyMarks = first.placed.filter(({ item }) => item.key).map(({ item }) => ({ row: 0, start: item.markStart, end: item.markEnd }));
  const badgeSettings = { ...settings, obstacles: [...settings.obstacles, ...keyMarks] };
  for (;;) {
    const clusters = foldIntoClusters(folded, 0, badgeSettings);
    const foldedIds = new Set(folded.map((item) => item.id));
    const touches = (item: PackingItem) =>
      clusters.some((cluster) => item.markStart < cluster.end + settings.gap && cluster.start < item.markEnd + settings.gap);
    const clashing = order.filter((item) => !foldedIds.has(item.id) && !item.key && touches(item));
    if (clashing.length === 0) {
      const marks = placeMarks(
        order.filter((item) => !foldedIds.has(item.id)),
        1,
        { ...settings, obstacles: [...settings.obstacles, ...clusters.map((cluster) => ({ row: 0, start: cluster.start, end: cluster.end }))] },
      );
      return { marks, clusters };
    }
    folded = [...folded, ...clashing];
  }
}
