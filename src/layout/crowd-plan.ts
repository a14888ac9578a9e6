/**
 * What the crowd canvas paints: each small mark of a crowded lane as a shape in the plot's physical pixels (left
 * to right, mirrored in a right-to-left plot), with the fill and the ring of its status and the colour of its
 * lane. Pure, so that where a mark lands and how it looks are tested without a browser; the canvas module
 * (components/timeline/crowd-painter.ts) only turns these shapes into pixels.
 */
import type { EventStatus } from '../model/schema.js';
import type { CrowdMark } from './crowds.js';
import type { MarkKind } from './mark-kind.js';

/**
 * How a status fills a small mark (the shared status language, at 6 px): confirmed (or no status) solid, reported
 * and expected hollow, alleged and disputed half filled (the right half in ink, as the points' half disc). A band
 * that is confirmed is only a tint: its extent is its top rule.
 */
export type CrowdFill = 'ink' | 'tint' | 'hollow' | 'half';

/** Its ring: disputed dashed, expected dotted (the finest dash that still reads at 6 px), others solid. */
export type CrowdRing = 'solid' | 'dashed' | 'dotted';

/** Sizes of a small mark, in CSS pixels. */
export const CROWD_MARK = {
  /** A point's disc and a band's height. */
  height: 6,
  /** A bar is thinner than a point, centred on the same row. */
  barHeight: 4,
  barOffset: 1,
  /** The ring of a point and a bar, and a band's top rule. */
  ringWidth: 1.5,
  /** A confirmed band's tint: this much of its ink. */
  tint: 0.25,
} as const;

export interface CrowdShape {
  kind: MarkKind;
  /** Its box in the plot, from the plot's physical left and top, in CSS pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
  fill: CrowdFill;
  ring: CrowdRing;
  /** The lane colour it is drawn in (0 for `--_lane-1` …), or -1 for the neutral mark colour. */
  ink: number;
}

export interface CrowdPlanInput {
  marks: readonly CrowdMark[];
  statusOf(order: number): EventStatus | undefined;
  /** The colour index of a lane of the layout, or -1 when lanes have no colour. */
  inkOf(lane: number): number;
  /** The plot's width: a right-to-left plot places a mark's inline start this far from its right edge. */
  plotWidth: number;
  rtl: boolean;
}

const FILLS: Record<EventStatus, CrowdFill> = { confirmed: 'ink', reported: 'hollow', alleged: 'half', disputed: 'half', expected: 'hollow' };
const RINGS: Record<EventStatus, CrowdRing> = { confirmed: 'solid', reported: 'solid', alleged: 'solid', disputed: 'dashed', expected: 'dotted' };

/** Every crowd mark as the shape to paint, in the layout's order. */
export function planCrowd({ marks, statusOf, inkOf, plotWidth, rtl }: CrowdPlanInput): CrowdShape[] {
  return marks.map((mark) => {
    const status = statusOf(mark.order) ?? 'confirmed';
    const fill = FILLS[status];
    const bar = mark.kind === 'bar';
    return {
      kind: mark.kind,
      left: rtl ? plotWidth - mark.x - mark.width : mark.x,
      top: mark.y + (bar ? CROWD_MARK.barOffset : 0),
      width: mark.width,
      height: bar ? CROWD_MARK.barHeight : CROWD_MARK.height,
      fill: mark.kind === 'band' && fill === 'ink' ? 'tint' : fill,
      ring: RINGS[status],
      ink: inkOf(mark.lane),
    };
  });
}
