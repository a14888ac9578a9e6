/**
 * The crowd's painter: the small marks of crowded lanes painted on one `<canvas>` behind the plot's buttons, instead
 * of an element per mark (a thousand spans cost a zoom step most of its time in style and layout). It owns the
 * canvas's pixels: sized to the plot in CSS pixels times the device pixel ratio, repainted after each update that
 * changes the marks, the plot's size or the colours, and when the colour scheme, forced colours or the pixel
 * ratio change under it. Colours come from the element's own custom properties (`--_lane-N`, `--_mark`,
 * `--_background`), or the system's in forced colours; where and how each mark looks comes from `planCrowd`.
 *
 * A chunk of its own, loaded when a timeline first draws a crowd (crowd-canvas.ts): a story of tens of events never
 * draws one.
 */
import { CROWD_MARK, planCrowd, type CrowdRing, type CrowdShape } from '../../layout/crowd-plan.js';
import type { CrowdMark } from '../../layout/crowds.js';
import type { NormalizedEvent } from '../../model/types.js';
import { LANE_COLOR_COUNT } from '../theme.styles.js';

export interface CrowdCanvasInput {
  marks: readonly CrowdMark[];
  events: readonly NormalizedEvent[];
  /** The colour index of a lane of the layout, or -1 when lanes have no colour. */
  laneColor(lane: number): number;
}

/** The colours a paint uses, resolved to what a canvas understands. */
interface CrowdColors {
  lanes: string[];
  mark: string;
  hollow: string;
}

const LANE_PROPERTIES = Array.from({ length: LANE_COLOR_COUNT }, (_, index) => `--_lane-${index + 1}`);
/** A ring's dashes, in ring widths: as the browser draws a dashed and a dotted border. */
const DASHES: Record<CrowdRing, number[]> = { solid: [], dashed: [3, 2], dotted: [1, 1] };

/** Paints a crowd on its canvas, and again when what its colours depend on changes. */
export class CrowdPainter {
  private input?: CrowdCanvasInput;
  /** What the pixels show now: repainting the same again is skipped. */
  private painted?: { marks: readonly CrowdMark[]; events: readonly NormalizedEvent[]; key: string };
  private resolved?: { key: string; colors: CrowdColors };
  private scheduled = false;
  private stopWatching?: () => void;
  private active = true;

  constructor(private readonly canvas: HTMLCanvasElement) {}

  /** Paints these marks, after the update that drew them has committed (and the host has measured its chart). */
  draw(input: CrowdCanvasInput): void {
    this.input = input;
    this.watch();
    this.schedule();
  }

  /** Lets go of what it watches: the canvas left the page. */
  stop(): void {
    this.active = false;
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /** The canvas is back: paints again. */
  restart(): void {
    this.active = true;
    this.painted = undefined;
    this.watch();
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.paint();
    });
  }

  /** Repaints when what the colours or the pixel ratio depend on changes without an update of the host. */
  private watch(): void {
    if (this.stopWatching || typeof matchMedia !== 'function') return;
    const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)', `(resolution: ${devicePixelRatio}dppx)`].map((query) => matchMedia(query));
    const changed = (): void => {
      // The resolution query is for one ratio: watch the new one.
      this.stopWatching?.();
      this.stopWatching = undefined;
      this.watch();
      this.schedule();
    };
    for (const query of queries) query.addEventListener('change', changed);
    this.stopWatching = () => {
      for (const query of queries) query.removeEventListener('change', changed);
    };
  }

  private paint(): void {
    const canvas = this.canvas;
    const input = this.input;
    if (!input || !this.active || !canvas.isConnected) return;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    // Not laid out (hidden): nothing to paint into.
    if (!width || !height) return;
    const style = getComputedStyle(canvas);
    const forced = matchMedia('(forced-colors: active)').matches;
    const raw = [...LANE_PROPERTIES, '--_mark', '--_background'].map((name) => style.getPropertyValue(name).trim());
    const colorKey = `${forced}|${raw.join('|')}`;
    const ratio = devicePixelRatio || 1;
    const rtl = style.direction === 'rtl';
    const key = `${colorKey}|${width}×${height}@${ratio}|${rtl}`;
    const painted = this.painted;
    if (painted && painted.marks === input.marks && painted.events === input.events && painted.key === key) return;

    const context = canvas.getContext('2d');
    if (!context) return;
    if (this.resolved?.key !== colorKey) this.resolved = { key: colorKey, colors: resolveColors(canvas, raw, forced) };
    const shapes = planCrowd({
      marks: input.marks,
      statusOf: (order) => input.events[order]?.status,
      inkOf: input.laneColor,
      plotWidth: width,
      rtl,
    });
    // Setting a size clears the canvas, so only when it changes.
    const pixelWidth = Math.round(width * ratio);
    const pixelHeight = Math.round(height * ratio);
    if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
    if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, pixelWidth, pixelHeight);
    paintShapes(context, shapes, this.resolved.colors, ratio, atlasFor(ratio));
    canvas.dataset.marks = String(shapes.length);
    this.painted = { marks: input.marks, events: input.events, key };
  }
}

/**
 * The colours as the canvas is to paint them: each custom property's value resolved by the browser (a page may set
 * `--dateline-lane-1` to any CSS colour, `light-dark()` included), or in forced colours the system's text colour
 * for every ink and its background for the hollows, read from a probe that forced colours leave alone.
 */
function resolveColors(canvas: HTMLCanvasElement, raw: readonly string[], forced: boolean): CrowdColors {
  const probe = document.createElement('span');
  probe.style.cssText = 'position: absolute; visibility: hidden; forced-color-adjust: none';
  canvas.after(probe);
  const read = (color: string, fallback: string): string => {
    probe.style.color = fallback;
    if (color) probe.style.color = color;
    return getComputedStyle(probe).color;
  };
  let colors: CrowdColors;
  if (forced) {
    const ink = read('CanvasText', 'CanvasText');
    colors = { lanes: LANE_PROPERTIES.map(() => ink), mark: ink, hollow: read('Canvas', 'Canvas') };
  } else {
    const mark = read(raw[LANE_COLOR_COUNT]!, 'currentColor');
    colors = { lanes: raw.slice(0, LANE_COLOR_COUNT).map((color) => read(color, mark)), mark, hollow: read(raw[LANE_COLOR_COUNT + 1]!, 'Canvas') };
  }
  probe.remove();
  return colors;
}

/** A shape's box in whole device pixels: its edges snapped as the browser snaps a border box. */
interface DeviceBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

const deviceBoxOf = (shape: CrowdShape, ratio: number): DeviceBox => {
  const left = Math.round(shape.left * ratio);
  return {
    left,
    top: Math.round(shape.top * ratio),
    width: Math.max(Math.round((shape.left + shape.width) * ratio) - left, 1),
    height: Math.round(shape.height * ratio),
  };
};

/** Room around each copy in the atlas, in device pixels, for the edge pixels anti-aliasing may touch. */
const ATLAS_MARGIN = 1;

/** The atlas's side in device pixels: room for about a thousand looks of a point at 1×, far more than there are. */
const ATLAS_SIDE = 512;

interface AtlasSlot {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Each point's look (size, ink, fill, ring, and the background a hollow shows) drawn once, side by side on one
 * canvas of their own, to be copied from there: rasterising a disc and its dashed ring costs far more than copying
 * its pixels, and at 1,000 events the canvas's drawing was most of a step's paint. One canvas for all of them,
 * since making a canvas and its context costs about as much as drawing a hundred points.
 */
class PointAtlas {
  readonly canvas = document.createElement('canvas');
  private readonly context: CanvasRenderingContext2D | null;
  private readonly slots = new Map<string, AtlasSlot>();
  /** Looks are shelved in rows: where the next goes, and the height of the row it goes in. */
  private shelf = { x: 0, y: 0, height: 0 };

  constructor(private readonly ratio: number) {
    this.canvas.width = ATLAS_SIDE;
    this.canvas.height = ATLAS_SIDE;
    this.context = this.canvas.getContext('2d');
  }

  /** Where a look is in the atlas, drawn by `draw` (at 0, 0 of its box) the first time; undefined once the atlas is full. */
  slotOf(look: string, box: DeviceBox, draw: (context: CanvasRenderingContext2D) => void): AtlasSlot | undefined {
    const known = this.slots.get(look);
    if (known || !this.context) return known;
    const width = box.width + 2 * ATLAS_MARGIN;
    const height = box.height + 2 * ATLAS_MARGIN;
    if (this.shelf.x + width > ATLAS_SIDE) this.shelf = { x: 0, y: this.shelf.y + this.shelf.height, height: 0 };
    if (width > ATLAS_SIDE || this.shelf.y + height > ATLAS_SIDE) return undefined;
    const slot = { x: this.shelf.x, y: this.shelf.y, width, height };
    this.shelf.x += width;
    this.shelf.height = Math.max(this.shelf.height, height);
    this.context.setTransform(this.ratio, 0, 0, this.ratio, slot.x + ATLAS_MARGIN, slot.y + ATLAS_MARGIN);
    draw(this.context);
    this.slots.set(look, slot);
    return slot;
  }
}

/**
 * The page's atlas for a pixel ratio, shared by its timelines and kept while the page lives: a crowd comes and goes
 * as a reader zooms (a canvas each time), and its points' looks stay the same.
 */
const atlases = new Map<number, PointAtlas>();
function atlasFor(ratio: number): PointAtlas {
  let atlas = atlases.get(ratio);
  if (!atlas) atlases.set(ratio, (atlas = new PointAtlas(ratio)));
  return atlas;
}

/**
 * Paints the shapes, each as the crowd's spans were drawn: a box (a disc for a point) filled for its status, its
 * ring inside its edge (a band's only its top rule), boxes and rings on whole device pixels. A point is copied
 * from the atlas, on whole device pixels, so as it would be drawn in place (but for rounding where anti-aliased
 * edges overlap: at most a few levels of a channel). Bars and bands, whose widths change with every zoom step,
 * are drawn in place.
 */
function paintShapes(context: CanvasRenderingContext2D, shapes: readonly CrowdShape[], colors: CrowdColors, ratio: number, atlas: PointAtlas): void {
  for (const shape of shapes) {
    const ink = shape.ink >= 0 ? (colors.lanes[shape.ink % colors.lanes.length] ?? colors.mark) : colors.mark;
    const box = deviceBoxOf(shape, ratio);
    const slot =
      shape.kind === 'point'
        ? atlas.slotOf(`${shape.fill} ${shape.ring} ${ink} ${shape.fill === 'hollow' || shape.fill === 'half' ? colors.hollow : ''} ${box.width}×${box.height}`, box, (drawing) => paintShape(drawing, shape, { ...box, left: 0, top: 0 }, ink, colors, ratio))
        : undefined;
    if (slot) {
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.drawImage(atlas.canvas, slot.x, slot.y, slot.width, slot.height, box.left - ATLAS_MARGIN, box.top - ATLAS_MARGIN, slot.width, slot.height);
    } else {
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      paintShape(context, shape, box, ink, colors, ratio);
    }
  }
}

/** Paints one shape in its device-pixel box, on a context scaled to CSS pixels. */
function paintShape(context: CanvasRenderingContext2D, shape: CrowdShape, box: DeviceBox, ink: string, colors: CrowdColors, ratio: number): void {
  // A 1.5 px ring is a whole number of device pixels, as the browser draws a border: 1 px at 1×, 1.5 px at 2×.
  const ring = Math.max(1, Math.floor(CROWD_MARK.ringWidth * ratio)) / ratio;
  const left = box.left / ratio;
  const top = box.top / ratio;
  const width = box.width / ratio;
  const height = box.height / ratio;
  const outline = new Path2D();
  if (shape.kind === 'point') outline.arc(left + width / 2, top + height / 2, Math.min(width, height) / 2, 0, Math.PI * 2);
  else outline.rect(left, top, width, height);

  // The fill, under the ring (a dashed ring's gaps show it).
  if (shape.fill === 'tint') {
    context.globalAlpha = CROWD_MARK.tint;
    context.fillStyle = ink;
    context.fill(outline);
    context.globalAlpha = 1;
  } else {
    context.fillStyle = shape.fill === 'ink' ? ink : colors.hollow;
    context.fill(outline);
  }
  if (shape.fill === 'half') {
    context.save();
    context.beginPath();
    context.rect(left + width / 2, top, width / 2, height);
    context.clip();
    context.fillStyle = ink;
    context.fill(outline);
    context.restore();
  }

  // The ring, inside the edge.
  context.lineWidth = ring;
  context.strokeStyle = ink;
  context.setLineDash(DASHES[shape.ring].map((length) => length * ring));
  context.beginPath();
  if (shape.kind === 'band') {
    context.moveTo(left, top + ring / 2);
    context.lineTo(left + width, top + ring / 2);
  } else if (shape.kind === 'point') {
    context.arc(left + width / 2, top + height / 2, Math.max(Math.min(width, height) / 2 - ring / 2, 0), 0, Math.PI * 2);
  } else {
    context.rect(left + ring / 2, top + ring / 2, Math.max(width - ring, 0), Math.max(height - ring, 0));
  }
  // A bar's ring starts half a ring inside its corner: shifted back as much, its dots fall on whole pixels.
  context.lineDashOffset = shape.kind === 'bar' ? ring / 2 : 0;
  context.stroke();
  context.setLineDash([]);
}
