import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TextMeasurer } from './text-measurer.js';
import { AXIS, GUTTER, HORIZONTAL } from '../layout/geometry.js';
import { layoutHorizontal, type HorizontalLayout } from '../layout/horizontal-layout.js';
import type { layoutArchiveBins } from '../layout/archive-bins-layout.js';
import type { ArchiveBin } from '../model/archive-window.js';
import type { Phrases } from '../model/interface-phrases.js';
import type { LaneMode } from '../layout/lanes.js';
import { LayoutMemo } from '../layout/layout-memo.js';
import type { TimelineData } from '../layout/timeline-data.js';
import type { TimeWindow } from '../layout/time-window.js';
import { layoutVerticalTimeline, type VerticalTimelineLayout } from '../layout/vertical-layout.js';
import { ChartSizeController, UNMEASURED } from './chart-size-controller.js';
import { ResizeController } from './resize-controller.js';

/** Below this width, `orientation="auto"` becomes the vertical layout. */
const NARROW = 600;

/** What the layout is made from, read from the element at each update. */
export interface TimelineLayoutInputs {
  data: TimelineData;
  orientation: 'auto' | 'horizontal' | 'vertical';
  laneMode: LaneMode;
  locale: string | undefined;
  /** The interface's words that the layout measures (the "Other" lane's name, "c." of a rough date). */
  phrases: Phrases;
  /** The window shown, in folded time, and the real time it shows. */
  window: TimeWindow;
  realWindow: TimeWindow;
  /** The event with the tab stop: the vertical layout lists the page of events that holds it. */
  activeOrder: number;
  /** Room for the events' thumbnails beside their labels (the element's `thumbnails`). */
  thumbnails: boolean;
  /**
   * An archive's window answered with counts (a windowed source): its bins, drawn as count columns in the lanes'
   * kept order, always horizontally (a column is a target that zooms in, at any width).
   */
  archiveBins?: { bins: readonly ArchiveBin[]; laneOrder: readonly string[]; layOut: typeof layoutArchiveBins };
}

/**
 * The timeline's layout for its size: which orientation it takes, how big its plot is (watching the element
 * and its chart with ResizeObservers, which it owns), the text measurer, and the horizontal or vertical
 * layout, made again only when one of its inputs changed.
 */
export class TimelineLayoutController implements ReactiveController {
  horizontal?: HorizontalLayout;
  vertical?: VerticalTimelineLayout;
  /**
   * This update's horizontal chart leaves its events out (chart-views.ts): the element's height is fixed and its
   * chart not measured yet, so its rows are unknown. The chart is measured right after, and the events drawn in
   * the update that follows at once, before anything is painted: laid out once, not for a guess and again.
   */
  eventsWaitForChart = false;
  private waitedForChart = false;
  private readonly measurer = new TextMeasurer();
  private readonly horizontalLayouts = new LayoutMemo(layoutHorizontal);
  private readonly verticalLayouts = new LayoutMemo(layoutVerticalTimeline);
  /** Made with the first bins: their layout loads with an archive's requests. */
  private binLayouts?: LayoutMemo<Parameters<typeof layoutArchiveBins>[0], HorizontalLayout>;
  private readonly hostSize: ResizeController;
  private readonly chartSize: ChartSizeController;
  private orientation: TimelineLayoutInputs['orientation'] = 'auto';
  private drawsBins = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
    private readonly inputs: () => TimelineLayoutInputs,
  ) {
    // Only the element's width is laid out for (its chart's height is measured on the chart).
    this.hostSize = new ResizeController(host, undefined, (width) => width !== this.hostSize.width);
    this.chartSize = new ChartSizeController(
      host,
      () => host.renderRoot?.querySelector?.<HTMLElement>('.chart.horizontal'),
      () => ({ width: this.hostSize.width, height: 360 }),
    );
    host.addController(this);
  }

  /** The element's width. */
  get hostWidth(): number {
    return this.hostSize.width;
  }

  /** Narrower than a horizontal chart reads well. */
  get isNarrow(): boolean {
    return this.hostSize.width > 0 && this.hostSize.width < NARROW;
  }

  get isVertical(): boolean {
    return !this.drawsBins && (this.orientation === 'vertical' || (this.orientation === 'auto' && this.isNarrow));
  }

  get plotWidth(): number {
    return Math.max(this.chartSize.width - 2 * GUTTER, 0);
  }

  get plotHeight(): number {
    return Math.max(this.chartSize.height - AXIS.height, HORIZONTAL.rowHeight);
  }

  /**
   * The element's height is set where it can be seen: `--dateline-height` or its own `style`. A height from the
   * page's stylesheet cannot be told from content, and is taken as following it: its chart is then laid out a
   * second time once measured, as every chart was before.
   */
  private get hasFixedHeight(): boolean {
    return this.host.style.height !== '' || getComputedStyle(this.host).getPropertyValue('--dateline-height').trim() !== '';
  }

  /** Lays out before each render; a remembered layout is reused while none of its inputs change. */
  hostUpdate(): void {
    const { data, orientation, laneMode, locale, phrases, window, realWindow, activeOrder, thumbnails, archiveBins } = this.inputs();
    this.orientation = orientation;
    this.drawsBins = archiveBins !== undefined;
    this.eventsWaitForChart = false;
    this.measurer.setFontFamily(getComputedStyle(this.host).fontFamily || 'sans-serif');
    const common = { index: data.index, laneMode, locale, phrases, measure: this.measurer.measure, eras: data.result.dataset.eras };
    if (archiveBins) {
      this.vertical = undefined;
      const { bins, laneOrder, layOut } = archiveBins;
      this.binLayouts ??= new LayoutMemo(layOut);
      this.horizontal = this.binLayouts.get({ bins, laneOrder, window: realWindow, width: this.plotWidth, height: this.plotHeight, laneMode, locale, phrases, measure: this.measurer.measure, eras: common.eras });
    } else if (this.isVertical) {
      this.horizontal = undefined;
      // The vertical layout folds long gaps its own way, so it is given the real window.
      this.vertical = this.verticalLayouts.get({ ...common, window: realWindow, width: Math.max(this.hostSize.width - 2 * GUTTER, 200), focusOrder: activeOrder });
    } else {
      this.vertical = undefined;
      const input = { ...common, window, fold: data.fold, width: this.plotWidth, height: this.plotHeight, thumbnails };
      this.horizontal = this.horizontalLayouts.get(input);
      // Before the chart has been measured, its height is a guess. An element whose height follows its content
      // (the default) gives its chart the height the rows want: laid out for that at once, its first drawing is
      // its last, rather than drawn again, every event moved, once the chart is measured. An element whose height
      // is fixed (and that is laid out, not hidden) draws its events once its chart is measured.
      const unmeasured = !this.chartSize.isMeasured;
      const fixedHeight = unmeasured && this.hasFixedHeight;
      /** What this drawing is laid out for, when not the chart's guessed size. */
      let laidOutFor: { width: number; height: number } | undefined;
      // Once only: a chart that could not be measured then (not laid out) is drawn for the guess, as before.
      if (fixedHeight && !this.waitedForChart && this.hostSize.width > 0 && data.events.length > 0) {
        this.eventsWaitForChart = this.waitedForChart = true;
        laidOutFor = UNMEASURED;
      } else if (unmeasured && !fixedHeight && this.horizontal.wantedHeight > input.height) {
        this.horizontal = this.horizontalLayouts.get({ ...input, height: this.horizontal.wantedHeight });
        // The chart takes the rows' height (timeline-panels.ts): measured so, it is not laid out again.
        laidOutFor = { width: this.chartSize.width, height: Math.ceil(AXIS.height + this.horizontal.wantedHeight) };
      }
      this.chartSize.laidOutFor(laidOutFor);
    }
  }
}
