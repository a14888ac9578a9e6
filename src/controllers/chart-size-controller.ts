import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResizeController } from './resize-controller.js';

/**
 * The size of a chart inside the host, for laying it out. A ResizeObserver reports a new chart's size only a
 * frame after it appears, and until then the chart would show for a frame laid out for a guessed size. So a
 * chart is also measured once, right after the update that first draws it, and the host is asked to lay out
 * again at once, before anything is painted, when the guess was wrong.
 */
export class ChartSizeController implements ReactiveController {
  private readonly observed: ResizeController;
  /** The chart's size, measured when it first appears, until its ResizeObserver reports. */
  private firstSize?: { width: number; height: number };

  /**
   * @param chart finds the chart element after an update (it may be re-rendered)
   * @param guess the size to lay out for before the chart has been measured
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly chart: () => HTMLElement | null | undefined,
    private readonly guess: () => { width: number; height: number },
  ) {
    this.observed = new ResizeController(host, chart);
    host.addController(this);
  }

  get width(): number {
    return this.observed.width || this.firstSize?.width || this.guess().width;
  }

  get height(): number {
    return this.observed.height || this.firstSize?.height || this.guess().height;
  }

  hostUpdated(): void {
    if (this.observed.width || this.firstSize) return;
    const chart = this.chart();
    if (!chart?.clientWidth) return;
    const guessed = { width: this.width, height: this.height };
    this.firstSize = { width: chart.clientWidth, height: chart.clientHeight };
    if (this.width !== guessed.width || this.height !== guessed.height) this.host.requestUpdate();
  }
}
