/**
 * Where the card (or an open cluster's list) floats over the horizontal chart: next to the event or cluster it
 * belongs to, under its row, or over it when there is more room there; never past the plot's edges.
 */
import { CARD, HORIZONTAL } from './geometry.js';

export interface FloatingPanelInput {
  /** Where the event's mark (or the cluster) starts along the plot, in pixels. */
  anchorStart: number;
  /** The top of its row, from the top of the plot. */
  rowTop: number;
  plotWidth: number;
  plotHeight: number;
}

export interface FloatingPanelPlacement {
  /** From the plot's inline start. */
  inlineStart: number;
  width: number;
  /** From the plot's top when the panel opens under the row, from its bottom when it opens over it. */
  top?: number;
  bottom?: number;
  /** The panel scrolls inside itself past this height. */
  maxHeight: number;
}

/** Places a panel under its row, or over it when the room under is smaller than the room over (up to a card's height). */
export function placeFloatingPanel({ anchorStart, rowTop, plotWidth, plotHeight }: FloatingPanelInput): FloatingPanelPlacement {
  const width = Math.min(CARD.width, plotWidth);
  const inlineStart = Math.min(Math.max(anchorStart, 0), Math.max(plotWidth - width, 0));
  const below = rowTop + HORIZONTAL.rowHeight + CARD.offset;
  const roomBelow = plotHeight - below - CARD.offset;
  const roomAbove = rowTop - 2 * CARD.offset;
  if (roomBelow >= Math.min(roomAbove, CARD.preferredHeight)) {
    return { inlineStart, width, top: below, maxHeight: Math.max(roomBelow, CARD.minHeight) };
  }
  return { inlineStart, width, bottom: plotHeight - rowTop + CARD.offset, maxHeight: Math.max(roomAbove, CARD.minHeight) };
}
