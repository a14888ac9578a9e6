import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResizeController } from './resize-controller.js';

/** The size a drawing is laid out for when what depends on the chart's size waits until it is measured: no measure equals it. */
export const UNMEASURED: Readonly<{ width: number; height: number }> = { width: NaN, height: NaN };

/**
 * The size of a chart inside the host, for laying it out. The chart's size changes with the host's, and also
 * with what the host draws around it: a card docked beside it narrows it, the rows it asks for make it taller
 * when the host's height follows its content. So the chart is measured right after every update, and when it
 * was laid out for another size the host is asked to lay out again at once, before anything is painted (a
 * ResizeObserver would report it only a frame later, after a frame laid out for the wrong size). The observer
 * still watches it, for what changes its size without an update of the host.
 */
export class ChartSizeController implements ReactiveController {
  /** The chart's size as last measured; until then, the guess. */
  private measured?: { width: number; height: number };
  /** The size the drawing was laid out for before the chart was first measured, when the host knew better than the guess. */
  private drawnFor?: { width: number; height: number };

  /**
   * @param chart finds the chart element after an update (it may be re-rendered)
   * @param guess the size to lay out for before the chart has been measured
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly chart: () => HTMLElement | null | undefined,
    private readonly guess: () => { width: number; height: number },
  ) {
    // Asks for an update when the chart's size changes on its own, from the size it was last measured at (the
    // observer's first report is of the size the first update measured); the update measures it.
    new ResizeController(host, chart, (width, height) => width !== this.measured?.width || height !== this.measured.height);
    host.addController(this);
  }

  /** The chart has been measured at least once: until then its size is the guess. */
  get isMeasured(): boolean {
    return this.measured !== undefined;
  }

  get width(): number {
    return this.measured?.width ?? this.guess().width;
  }

  get height(): number {
    return this.measured?.height ?? this.guess().height;
  }

  /**
   * Before the chart is first measured: the drawing is laid out for this size rather than the guess (the rows'
   * wanted height, for a chart whose height follows them), or for the guess (undefined), or for no size at all
   * (`UNMEASURED`: what depends on the size waits for it, and the host updates once it is measured). When the chart
   * measures as the drawing was laid out, it is not laid out again.
   */
  laidOutFor(size: { width: number; height: number } | undefined): void {
    if (!this.measured) this.drawnFor = size;
  }

  hostUpdated(): void {
    const chart = this.chart();
    // Not drawn, or not laid out (detached, or hidden): keep what was known.
    if (!chart?.clientWidth) return;
    const width = chart.clientWidth;
    const height = chart.clientHeight;
    const drawnFor = this.measured ?? this.drawnFor ?? this.guess();
    this.measured = { width, height };
    this.drawnFor = undefined;
    if (width !== drawnFor.width || height !== drawnFor.height) this.host.requestUpdate();
  }
}
