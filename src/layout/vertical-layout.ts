/**
 * The vertical (phone) layout: time runs down a spine, each event a block beside it. Blocks sit at their
 * proportional position where they fit, are pushed down where they would overlap, and gaps that would
 * waste more than `maxGap` pixels collapse into a "…3 months later…" marker.
 */

export interface VerticalItem {
  id: string;
  /** Proportional position along the spine, in pixels from the top. */
  position: number;
  /** UTC ms of the event's start, for the gap markers. */
  time: number;
  height: number;
}

export interface PlacedBlock {
  id: string;
  y: number;
  height: number;
}

export interface GapMarker {
  y: number;
  /** The time skipped: from the end of the previous block's event to the next block's. */
  fromTime: number;
  toTime: number;
}

export interface VerticalLayout {
  blocks: PlacedBlock[];
  gaps: GapMarker[];
  height: number;
}

export interface VerticalOptions {
  gap: number;
  maxGap: number;
  gapMarkerHeight: number;
}

const DEFAULTS: VerticalOptions = { gap: 12, maxGap: 160, gapMarkerHeight: 36 };

/** Lays out blocks down the spine; `items` must be sorted by `position`. */
export function layoutVertical(items: readonly VerticalItem[], options: Partial<VerticalOptions> = {}): VerticalLayout {
  const { gap, maxGap, gapMarkerHeight } = { ...DEFAULTS, ...options };
  const blocks: PlacedBlock[] = [];
  const gaps: GapMarker[] = [];
  let bottom = 0;
  let shift = 0;
  let previous: VerticalItem | undefined;
  for (const item of items) {
    if (!previous) shift = item.position;
    let y = item.position - shift;
    const free = y - bottom;
    if (previous && free > maxGap) {
      gaps.push({ y: bottom + gap / 2, fromTime: previous.time, toTime: item.time });
      const collapsedY = bottom + gap + gapMarkerHeight;
      shift += y - collapsedY;
      y = collapsedY;
    }
    y = Math.max(y, blocks.length ? bottom + gap : 0);
    blocks.push({ id: item.id, y, height: item.height });
    bottom = y + item.height;
    previous = item;
  }
  return { blocks, gaps, height: bottom };
}
