/**
 * Crowds: a lane whose events do not fit one by one draws each as a small mark in thin rows, without a label
 * and without a target of its own (the calendar bins over the crowd are what the reader points at), so that
 * a thousand events still read as events, not as a count.
 */
import { CROWD, HORIZONTAL } from './geometry.js';
import type { PackingItem } from './label-packing.js';
import type { MarkKind } from './mark-kind.js';

/**
 * An event of a crowded lane drawn as a small mark, without a label and not a target of its own: the lane's
 * calendar bins over the crowd are what the reader points at and moves between.
 */
export interface CrowdMark {
  order: number;
  lane: number;
  kind: MarkKind;
  /** Its box, from the plot's start and top. */
  x: number;
  width: number;
  y: number;
}


/** A crowd of small marks packed into thin rows, from the top of the crowd. */
export interface PlacedCrowd {
  marks: Omit<CrowdMark, 'lane'>[];
  top: number;
}

/**
 * Packs a lane's events as small marks into thin rows, first fit in time order, or undefined when they do not
 * all fit in `rowLimit` rows. A crowd's marks are no targets of their own, so they may stand closer than 24 px.
 */
export function packCrowd(items: readonly PackingItem[], rowLimit: number, kindOf: (order: number) => MarkKind): { marks: Omit<CrowdMark, 'lane'>[]; rows: number } | undefined {
  if (rowLimit < 1) return undefined;
  const rowEnds: number[] = [];
  const marks: Omit<CrowdMark, 'lane'>[] = [];
  for (const item of items) {
    const order = Number(item.id);
    const kind = kindOf(order);
    const centre = item.markStart + HORIZONTAL.pointRadius;
    const start = kind === 'point' ? centre - CROWD.pointRadius : item.markStart;
    const end = kind === 'point' ? centre + CROWD.pointRadius : Math.max(item.markEnd, item.markStart + 2);
    let row = rowEnds.findIndex((rowEnd) => rowEnd + CROWD.gap <= start);
    if (row === -1) {
      if (rowEnds.length >= rowLimit) return undefined;
      row = rowEnds.length;
      rowEnds.push(end);
    } else rowEnds[row] = end;
    marks.push({ order, kind, x: start, width: end - start, y: row * CROWD.rowHeight });
  }
  return { marks, rows: rowEnds.length };
}
