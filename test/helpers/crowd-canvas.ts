/**
 * Reading a timeline's crowd canvas in tests: the marks its layout places (from the element's internals: the canvas
 * has no element per mark to query), where each lands on the canvas, and the pixels painted there.
 */
import type { CrowdMark, HorizontalLayout } from '../../src/layout/horizontal-layout.js';
import type { NormalizedEvent } from '../../src/model/types.js';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';

interface TimelineInternals {
  layout: { horizontal?: HorizontalLayout };
  data: { events: readonly NormalizedEvent[] };
}

export interface Pixel {
  r: number;
  g: number;
  b: number;
  /** 0 to 255. */
  a: number;
}

export interface CrowdView {
  canvas: HTMLCanvasElement;
  layout: HorizontalLayout;
  marks: readonly CrowdMark[];
  events: readonly NormalizedEvent[];
  rtl: boolean;
  /** A mark's box on the canvas, in CSS pixels from its physical left and top. */
  box(mark: CrowdMark): { left: number; top: number; right: number; bottom: number };
  /** The pixel painted at a point of the canvas, in CSS pixels from its physical left and top. */
  pixelAt(x: number, y: number): Pixel;
}

/** The crowd canvas of a timeline as it is painted now, or undefined when the timeline draws no crowd. */
export function crowdOf(timeline: DatelineTimeline): CrowdView | undefined {
  const canvas = timeline.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.crowd');
  if (!canvas) return undefined;
  const internals = timeline as unknown as TimelineInternals;
  const layout = internals.layout.horizontal!;
  const width = canvas.clientWidth;
  const scale = canvas.width / width;
  const image = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  const rtl = getComputedStyle(canvas).direction === 'rtl';
  return {
    canvas,
    layout,
    marks: layout.crowdMarks,
    events: internals.data.events,
    rtl,
    box(mark) {
      const left = rtl ? width - mark.x - mark.width : mark.x;
      return { left, top: mark.y, right: left + mark.width, bottom: mark.y + 6 };
    },
    pixelAt(x, y) {
      const index = (Math.floor(y * scale) * canvas.width + Math.floor(x * scale)) * 4;
      const { data } = image;
      return { r: data[index]!, g: data[index + 1]!, b: data[index + 2]!, a: data[index + 3]! };
    },
  };
}

/** A CSS colour as the browser resolves it, as a pixel. */
export function resolvedColor(color: string, within: Element): Pixel {
  const probe = document.createElement('span');
  probe.style.color = color;
  within.append(probe);
  const [r, g, b, a = 1] = getComputedStyle(probe).color.match(/[\d.]+/g)!.map(Number);
  probe.remove();
  return { r: r!, g: g!, b: b!, a: Math.round(a * 255) };
}

/** The largest difference of one channel between two pixels. */
export const colorDistance = (one: Pixel, other: Pixel): number => Math.max(Math.abs(one.r - other.r), Math.abs(one.g - other.g), Math.abs(one.b - other.b), Math.abs(one.a - other.a));
