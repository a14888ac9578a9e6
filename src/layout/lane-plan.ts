/**
 * The rows of the horizontal layout's lanes: what each lane asks for (its events one by one with their labels,
 * a crowd of small marks, or count columns), the sharing out of the rows there is room for, and what a lane
 * draws in the rows it got.
 */
import type { Bucket } from './aggregation.js';
import { packCrowd, type PlacedCrowd } from './crowds.js';
import { CROWD, HORIZONTAL } from './geometry.js';
import { marksMustFold, type PackingItem, type PackingResult } from './label-packing.js';
import type { MarkKind } from './mark-kind.js';
import type { TimeWindow } from './time-window.js';
import type { SortedSpans } from './visible-events.js';

/** The room a mark alone takes on a row, with its gap: 24 px, a target's width (WCAG 2.5.8). */
const MARK_PITCH = 2 * HORIZONTAL.pointRadius + HORIZONTAL.gap;

export interface LanePlan {
  /**
   * The lane's packing items, or undefined for a lane too crowded to draw its events one by one. Items of a
   * lane planned as a crowd carry no label (their titles are not measured).
   */
  items?: PackingItem[];
  /** Rows the lane wants: to label all it shows, for a crowd, or for its histogram. */
  wanted: number;
  /** The packing with as many rows as wanted, kept to reuse when the lane gets them; undefined for a crowd. */
  unconstrained?: PackingResult;
  /** The crowd of small marks the lane's events make, when they fit in the most rows a crowd may want. */
  crowd?: ReturnType<typeof packCrowd>;
}

/** What a lane is drawn as in the rows it got. Crowds and columns keep a row for the key events. */
export type LaneDrawing =
  | { mode: 'events'; packed: PackingResult }
  | { mode: 'crowd' | 'columns'; bins: Bucket[]; keyRow?: PackingResult; crowd?: PlacedCrowd };

/** What the lanes of one layout share, to be planned and drawn. */
export interface LaneRoom {
  /** The real window shown (unfolded). */
  real: TimeWindow;
  width: number;
  maxRowsPerLane: number;
  /** The rows a lane of count columns asks for. */
  histogramRows: number;
  /** An event's place on its row; with its label's measured width unless `labelled` is false (and it is not key). */
  packingItem: (order: number, labelled?: boolean) => PackingItem;
  /** Packs a lane's items into at most `maxRows` rows, clear of the lane's name. */
  pack: (items: readonly PackingItem[], lane: number, maxRows: number) => PackingResult;
  /** Packs as `pack` does, or gives up (undefined) when some of the items must fold into clusters. */
  packUnlessClustered: (items: readonly PackingItem[], lane: number, maxRows: number) => PackingResult | undefined;
  kindOf: (order: number) => MarkKind;
}

/** What drawing a lane needs beyond its plan. */
export interface LaneDrawingRoom extends LaneRoom {
  /** The key events of a lane too crowded to have packing items. */
  keyItemsIn: (lane: number) => PackingItem[];
  /** Keeps an item drawn (labelled or as a mark), to be placed by its order. */
  remember: (item: PackingItem) => void;
  /** The calendar bins of a lane, for its count columns. */
  binsOf: (lane: number) => Bucket[];
}

/** The rows a lane wants, and what it will draw with them: its events one by one, a crowd, or count columns. */
export function planLane(laneSpans: SortedSpans, lane: number, room: LaneRoom): LanePlan {
  const { real, width, maxRowsPerLane, histogramRows, packingItem, kindOf } = room;
  const count = laneSpans.count(real);
  // More events than the lane could draw even as a crowd of small marks: columns, without trying.
  if (count > CROWD.mostEvents || count > CROWD.mostRows * (width / (2 * CROWD.pointRadius + CROWD.gap))) return { wanted: histogramRows };
  const orders = laneSpans.visible(real);
  // More events than even marks alone could stand on the rows: a crowd, without measuring a title.
  const crowded = count > CROWD.fewestEvents && count > maxRowsPerLane * (width / MARK_PITCH);
  const items = orders.map((order) => packingItem(order, !crowded));
  const unconstrained = crowded ? undefined : packedOneByOne(items, lane, room, maxRowsPerLane);
  if (unconstrained) return { items, unconstrained, wanted: Math.max(unconstrained.rowCount, 1) };
  // Not every event fits one by one: the rows a crowd of small marks would want, under a row of key events
  // (which stand apart from the crowd). Packed, its events took every row and folded (more would with fewer).
  const packedRows = crowded ? 0 : maxRowsPerLane;
  const hasKeys = items.some((item) => item.key);
  const keyRow = hasKeys ? HORIZONTAL.rowHeight : 0;
  const crowd = packCrowd(hasKeys ? items.filter((item) => !item.key) : items, Math.floor((CROWD.mostRows * HORIZONTAL.rowHeight - keyRow) / CROWD.rowHeight), kindOf);
  const crowdWanted = crowd ? Math.ceil((crowd.rows * CROWD.rowHeight + keyRow + HORIZONTAL.laneGap) / HORIZONTAL.rowHeight) : CROWD.mostRows;
  return { items, crowd, wanted: Math.min(Math.max(packedRows, crowdWanted), CROWD.mostRows) };
}

/**
 * A lane's events packed one by one in `rows` rows, or undefined when they are a crowd: many, and some must fold.
 * A few events too many for the rows fold into "+N" clusters; a crowd is for many, and the labels a packing with
 * clusters gives them would never be shown, so its packing gives up there, or is not tried when more marks overlap
 * than there are rows.
 */
function packedOneByOne(items: readonly PackingItem[], lane: number, room: LaneRoom, rows: number): PackingResult | undefined {
  if (items.length <= CROWD.fewestEvents) return room.pack(items, lane, rows);
  if (marksMustFold(items, rows, HORIZONTAL.gap)) return undefined;
  return room.packUnlessClustered(items, lane, rows);
}

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

/**
 * What a lane can draw in the rows it got: its events one by one, its events as a crowd of small marks over
 * calendar bins, or calendar columns. Crowds and columns keep a row for the key events.
 */
export function drawLane(plan: LanePlan, rows: number, lane: number, room: LaneDrawingRoom): LaneDrawing {
  const { width, pack, kindOf, keyItemsIn, remember } = room;
  const marksFit = plan.items !== undefined && (plan.items.length <= CROWD.fewestEvents || plan.items.length <= rows * (width / MARK_PITCH));
  if (plan.items && plan.unconstrained && marksFit) {
    const packed = plan.unconstrained.rowCount <= rows ? plan.unconstrained : packedOneByOne(plan.items, lane, room, rows);
    if (packed) {
      for (const item of plan.items) remember(item);
      return { mode: 'events', packed };
    }
  }
  const keyItems = (plan.items ?? keyItemsIn(lane)).filter((item) => item.key);
  for (const item of keyItems) remember(item);
  const keyRow = keyItems.length > 0 && rows > 1 ? pack(keyItems, lane, 1) : undefined;
  const crowdTop = keyRow ? HORIZONTAL.rowHeight : 0;
  const bins = room.binsOf(lane);
  if (plan.items) {
    const crowdRows = Math.floor((rows * HORIZONTAL.rowHeight - crowdTop - HORIZONTAL.laneGap) / CROWD.rowHeight);
    // Key events stand in their own row above the crowd (they are still counted in their bins).
    const planned = plan.crowd && plan.crowd.rows <= crowdRows && (keyRow !== undefined || keyItems.length === 0) ? plan.crowd : undefined;
    const crowd = planned ?? packCrowd(keyRow ? plan.items.filter((item) => !item.key) : plan.items, crowdRows, kindOf);
    if (crowd) return { mode: 'crowd', bins, keyRow, crowd: { ...crowd, top: crowdTop } };
  }
  return { mode: 'columns', bins, keyRow };
}
