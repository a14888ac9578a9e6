/**
 * Where the horizontal chart's panels go. The selected event's card never covers the chart: it docks in a
 * panel beside the plot when the element is wide enough (the plot narrows), else under the plot. An open
 * cluster's list, a small menu, floats next to its badge: under the cluster or over it when there is more room
 * there, never over the cluster itself, never past the plot's edges.
 */
import { CARD, HORIZONTAL } from './geometry.js';

/** Where the selected event's card sits in the horizontal layout: beside the plot, or under it. */
export type CardDock = 'beside' | 'below';

/** Beside the plot from `CARD.dockBesideFrom` pixels of element width (the plot keeps the rest), else under it. */
export function cardDock(elementWidth: number): CardDock {
  return elementWidth >= CARD.dockBesideFrom ? 'beside' : 'below';
}

export interface FloatingPanelInput {
  /** Where the cluster starts and ends along the plot, in pixels. */
  anchorStart: number;
  anchorEnd: number;
  /** The top of the cluster, from the top of the plot. */
  rowTop: number;
  /** The cluster's height: a row, or a count column's whole height (default: a row). */
  anchorHeight?: number;
  plotWidth: number;
  plotHeight: number;
}

export interface FloatingPanelPlacement {
  /** From the plot's inline start. */
  inlineStart: number;
  width: number;
  /** From the plot's top when the panel opens under the cluster or beside it, from its bottom when it opens over it. */
  top?: number;
  bottom?: number;
  /** The panel scrolls inside itself past this height, which keeps it inside the plot. */
  maxHeight: number;
}

/**
 * Places a panel next to its cluster, inside the plot, never over the cluster: under it, or over it when the room
 * under is smaller than the room over (up to a card's preferred height). When neither has a card's preferred
 * height and the plot has more height beside the cluster, the panel stands beside it (after it, else before it)
 * with the plot's whole height; narrower than a card if it must, down to half a card. Only in a plot too small
 * for any of these does it cover its cluster, from the plot's top, rather than open where it cannot be seen.
 */
export function placeFloatingPanel({ anchorStart, anchorEnd, rowTop, anchorHeight = HORIZONTAL.rowHeight, plotWidth, plotHeight }: FloatingPanelInput): FloatingPanelPlacement {
  const { offset, preferredHeight } = CARD;
  const width = Math.min(CARD.width, plotWidth);
  const below = rowTop + anchorHeight + offset;
  const roomBelow = Math.max(plotHeight - below - offset, 0);
  const roomAbove = Math.max(rowTop - 2 * offset, 0);
  const roomBeside = Math.max(plotHeight - 2 * offset, 0);
  // Beside the cluster, within the plot (a cluster may start before it or end after it).
  const afterStart = Math.max(anchorEnd + offset, 0);
  const beforeEnd = Math.min(anchorStart - offset, plotWidth);
  const roomAfter = plotWidth - afterStart;
  const roomBefore = beforeEnd;
  const roomUnderOrOver = Math.max(roomBelow, roomAbove);
  const after = (panelWidth: number) => ({ inlineStart: afterStart, width: panelWidth, top: offset, maxHeight: roomBeside });
  const before = (panelWidth: number) => ({ inlineStart: beforeEnd - panelWidth, width: panelWidth, top: offset, maxHeight: roomBeside });
  if (roomUnderOrOver < Math.min(preferredHeight, roomBeside)) {
    if (roomAfter >= width) return after(width);
    if (roomBefore >= width) return before(width);
    // Too little under and over for a heading and an event: beside, narrower.
    if (roomUnderOrOver < 2 * HORIZONTAL.rowHeight && Math.max(roomAfter, roomBefore) >= width / 2) {
      return roomAfter >= roomBefore ? after(roomAfter) : before(roomBefore);
    }
  }
  const inlineStart = Math.min(Math.max(anchorStart, 0), Math.max(plotWidth - width, 0));
  if (roomUnderOrOver < 2 * HORIZONTAL.rowHeight) return { inlineStart, width, top: Math.min(offset, plotHeight), maxHeight: roomBeside };
  if (roomBelow >= Math.min(roomAbove, preferredHeight)) return { inlineStart, width, top: below, maxHeight: roomBelow };
  return { inlineStart, width, bottom: plotHeight - rowTop + offset, maxHeight: roomAbove };
}
