/**
 * The crowd canvas: where a timeline draws the small marks of its crowded lanes. This directive only hands the
 * marks to the painter (crowd-painter.ts), a chunk of its own that it asks for when a timeline first draws a crowd:
 * a story of tens of events never draws one, and the painter took 1.7 KB off what every page loads. Until it has
 * come, the canvas is blank; the timeline's `updateComplete` waits for it (`crowdPainterLoaded`).
 */
import { nothing } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { CrowdCanvasInput, CrowdPainter } from './crowd-painter.js';

export type { CrowdCanvasInput };

let painterCode: Promise<typeof import('./crowd-painter.js') | undefined> | undefined;

/** The painter's code, asked for once; undefined if it failed to load (the crowd then stays blank, and says why once). */
export function crowdPainterLoaded(): Promise<typeof import('./crowd-painter.js') | undefined> {
  painterCode ??= import('./crowd-painter.js').catch((error: unknown) => {
    console.error('Dateline: the crowd of small marks could not be drawn, its code did not load.', error);
    return undefined;
  });
  return painterCode;
}

class CrowdCanvasDirective extends AsyncDirective {
  private canvas?: HTMLCanvasElement;
  private input?: CrowdCanvasInput;
  private painter?: CrowdPainter;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('crowdCanvas() belongs on a <canvas> element');
  }

  render(_input: CrowdCanvasInput): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [input]: [CrowdCanvasInput]): typeof nothing {
    this.canvas = part.element as HTMLCanvasElement;
    this.input = input;
    if (this.painter) this.painter.draw(input);
    else void crowdPainterLoaded().then((code) => this.begin(code));
    return nothing;
  }

  protected override disconnected(): void {
    this.painter?.stop();
  }

  protected override reconnected(): void {
    this.painter?.restart();
  }

  /** The painter's code has come: paints what the last update asked for, unless the canvas has left meanwhile. */
  private begin(code: typeof import('./crowd-painter.js') | undefined): void {
    if (!code || this.painter || !this.canvas || !this.input) return;
    this.painter = new code.CrowdPainter(this.canvas);
    this.painter.draw(this.input);
    // It paints in a microtask: gone by then, it paints when the canvas comes back.
    if (!this.isConnected) this.painter.stop();
  }
}

/**
 * Paints a layout's crowd marks on the `<canvas>` it is placed on:
 * `` html`<canvas ${crowdCanvas({ marks, events, laneColor })}></canvas>` ``. The canvas's `data-marks` says how
 * many marks it shows.
 */
export const crowdCanvas = directive(CrowdCanvasDirective);
