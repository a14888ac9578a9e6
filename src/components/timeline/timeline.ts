/**
 * `<dateline-timeline>`: the element, its properties and public API, its lifecycle (reading data, choosing
 * the layout, firing events) and its top-level template. What the charts are given (chart-views.ts), their
 * templates, the panels, keyboard navigation, deep links, gestures and the words it composes live in their own
 * files beside it.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { DataSourceController } from '../../controllers/data-source-controller.js';
import { ArchiveWindowController } from '../../controllers/archive-window-controller.js';
import { SelectionController } from '../../controllers/selection-controller.js';
import { GestureController } from '../../controllers/gesture-controller.js';
import { KeyboardNavigationController, ZOOM_STEP } from '../../controllers/keyboard-navigation-controller.js';
import { ViewWindowController } from '../../controllers/view-window-controller.js';
import { TimelineLayoutController } from '../../controllers/timeline-layout-controller.js';
import { InterfacePhrasesController } from '../../controllers/interface-phrases-controller.js';
import { ENGLISH_PHRASES } from '../../model/interface-phrases.js';
import type { LaneMode } from '../../layout/lanes.js';
import type { PlacedCluster } from '../../layout/horizontal-layout.js';
import { clampWindow, fitWindow, windowAround, windowEdge, windowFromEdges, type TimeWindow } from '../../layout/time-window.js';
import { TimelineData } from '../../layout/timeline-data.js';
import { asOfText, readAsOf } from '../../layout/as-of.js';
import type { DatasetInput, DatasetIssue, NormalizedEvent, ParseResult } from '../../model/types.js';
import type { ArchiveAnswer } from '../../model/archive-window.js';
import { isWindowTemplate } from '../../model/window-template.js';
import { DatelineErrorEvent } from '../../events.js';
import { announceData, dataStateStyles, loadingState, problemsPanel } from '../shared/data-states.js';
import { datasetHeader, datasetHeaderStyles, type HeaderMode } from '../shared/dataset-header.js';
import { eventMediaStyles } from '../shared/event-media.js';
import { richTextStyles } from '../shared/rich-text.styles.js';
import { inheritedAttribute } from '../shared/event-text.js';
import { readLightDomData } from '../shared/light-dom-data.js';
import { stringsAttribute } from '../shared/strings-attribute.js';
import { themeStyles } from '../theme.styles.js';
import { clusterHolds, clusterMembers, horizontalView, verticalView, type TimelineChartState } from './chart-views.js';
import { crowdPainterLoaded } from './crowd-canvas.js';
import { timelineHeader, timelineHeaderStyles } from './timeline-header.js';
import { timelineFooter } from './timeline-footer.js';
import { panelHeadingLevel } from './timeline-panels.js';
import { timelineStyles } from './timeline.styles.js';

export type Orientation = 'auto' | 'horizontal' | 'vertical';

/** What the error summary says failed when no event is valid. */

/**
 * Draws dated events on a zoomable, time-proportional axis: exact about vague dates (a month-precision event
 * is a band over its month), honest about claims (status is the mark's fill), with sources one click away.
 *
 * @summary A zoomable, accessible timeline of dated news events.
 *
 * @fires {DatelineSelectEvent} dateline-select - The user selected an event (`detail.event`).
 * @fires {DatelineDeselectEvent} dateline-deselect - The user closed the selected event's card (`detail.event`).
 * @fires {DatelineRangeChangeEvent} dateline-range-change - The user zoomed or panned (`detail.start`, `detail.end`).
 * @fires {DatelineLoadEvent} dateline-load - Data is in (`detail.events`, `detail.issues`).
 * @fires {DatelineErrorEvent} dateline-error - The data had errors or could not be loaded (`detail.message`, `detail.issues`).
 *
 * @csspart header - The dataset's headline above the chart: its title (a heading of `heading-level`), dek, "Updated …" and credit line, and its media.
 * @csspart media - The header's media (the dataset's own): a figure with the image or the button that loads it, its caption and credit.
 * @csspart era - An era: a pale band behind the lanes with its name at the top.
 * @csspart axis - The time axis.
 * @csspart event - Each event's mark and label (a button); also has `selected` when selected.
 * @csspart event-label - The title beside a mark.
 * @csspart lane-label - A lane's name.
 * @csspart card - The card of the selected event.
 * @csspart error - The list of problems in the data.
 * @csspart controls - The zoom-in, zoom-out and fit buttons.
 * @csspart cluster - A "+N" badge of events folded together, or a count column of a crowded lane.
 * @csspart progress - The progress bar while a large dataset is read.
 * @csspart selected - With `event`, on the selected event: `::part(event selected)`.
 *
 * @cssprop [--dateline-font=inherit] - Font family.
 * @cssprop [--dateline-color=#1f1f1f] - Text colour.
 * @cssprop [--dateline-muted=#5c5c5c] - Secondary text: dates, axis labels, lane names.
 * @cssprop [--dateline-background=#ffffff] - Background.
 * @cssprop [--dateline-surface=#f6f6f4] - Background of the card, the open cluster's list and the problems panel.
 * @cssprop [--dateline-accent=#b3261e] - Selection and focus.
 * @cssprop [--dateline-grid=#e3e3e3] - Grid lines and hairlines.
 * @cssprop [--dateline-axis=#767676] - The axis line and ticks.
 * @cssprop [--dateline-mark=#3d3d3d] - Marks when there are no lanes.
 * @cssprop [--dateline-lane-1=#0072b2] - Colour of lane 1 (and of lane 9, 17, …).
 * @cssprop [--dateline-lane-2=#b84a00] - Colour of lane 2 (and of lane 10, 18, …).
 * @cssprop [--dateline-lane-3=#00775a] - Colour of lane 3 (and of lane 11, 19, …).
 * @cssprop [--dateline-lane-4=#a3457f] - Colour of lane 4 (and of lane 12, 20, …).
 * @cssprop [--dateline-lane-5=#8a6400] - Colour of lane 5 (and of lane 13, 21, …).
 * @cssprop [--dateline-lane-6=#3b5ba5] - Colour of lane 6 (and of lane 14, 22, …).
 * @cssprop [--dateline-lane-7=#6b6b6b] - Colour of lane 7 (and of lane 15, 23, …).
 * @cssprop [--dateline-lane-8=#7a3b1c] - Colour of lane 8 (and of lane 16, 24, …).
 * @cssprop [--dateline-height=auto] - The element's height; by default it is as tall as its content (the header and the rows its events want, or every block of the vertical layout). A fixed height (also from the element's style) makes the chart fit it, and the vertical layout scroll inside it.
 */
export class DatelineTimeline extends LitElement {
  static override styles = [themeStyles, dataStateStyles, ...timelineStyles, timelineHeaderStyles, richTextStyles, eventMediaStyles, datasetHeaderStyles];

  /**
   * Settles once `<dateline-event-card>`, which draws the selected event, is defined (or its code failed to load):
   * `define.ts` loads it on demand. Already settled when the card is defined otherwise.
   */
  static cardDefinition: Promise<void> = Promise.resolve();

  /**
   * Some timeline on the page has drawn its events: the code a first drawing runs has run, and the idle rehearsal
   * (`rehearsal.ts`) is not needed.
   */
  static eventsDrawn = false;

  /**
   * Draw a small story unseen at the page's first idle moment, unless a timeline has drawn its events by then, so
   * that the first timeline inserted later draws about twice as fast (`rehearsal.ts`). It costs that moment two
   * tasks of about 30 and 100 ms on a slow machine. A site that loads the script on every page and draws a timeline
   * on few may set this to false before then (`customElements.whenDefined('dateline-timeline')` gives the class).
   */
  static rehearseWhenIdle = true;

  /** The events: a list in the authoring format (`TimelineEvent[]`), a whole dataset, or TimelineJS JSON (told by its shape). */
  @property({ attribute: false }) events?: DatasetInput;

  /**
   * URL of a JSON dataset, JSON array of events, TimelineJS JSON, or CSV. A URL template with `{start}` and
   * `{end}` (and `{bins}`, `{lanes}`) is a windowed source, an archive on a server (`dateline serve`): the
   * timeline asks it for the window in view, and a margin either side, each time the view rests, and draws its
   * events, or the counts it answers with when the window holds too many, as count columns.
   */
  @property() src?: string;

  /**
   * How a CSV `src` writes its dates, as a date-fns pattern (`dd/MM/yyyy`, `MMM yyyy`, `dd.MM.yyyy HH:mm`):
   * needed when they are not ISO dates. The pattern's finest field is the dates' precision.
   */
  @property({ attribute: 'date-format' }) dateFormat?: string;

  /**
   * Group events into lanes by their first actor or their category, or `none` for one strip. Unset, the data
   * decides: lanes by category when it has groups (TimelineJS's `group`), else one strip.
   */
  @property({ reflect: true }) lanes?: LaneMode;

  /** `auto` is horizontal, or vertical below 600 px of width. */
  @property({ reflect: true }) orientation: Orientation = 'auto';

  /**
   * Locale for dates, axis labels and the interface's words; defaults to the nearest `lang`, then the browser's
   * language. The interface speaks the nearest shipped language (`pt-BR` → Portuguese), else English; its words load
   * on demand from beside the script.
   */
  @property() locale?: string;

  /**
   * A newsroom's own words for interface strings, by phrase id (`ENGLISH_PHRASES` lists them), laid over the
   * interface language's: `strings='{"statusReported": "Unverified"}'`. `setInterfaceStrings` does it for the
   * whole page.
   */
  @property({ converter: stringsAttribute }) strings?: Record<string, string>;

  /** Id of the selected event; selecting in the UI sets it. */
  @property({ reflect: true }) selected?: string;

  /** Start of the first visible window, as a partial date (`2024-10`). */
  @property() start?: string;

  /** End of the first visible window, as a partial date (inclusive: `2024-10` shows all of October). */
  @property() end?: string;

  /** Force the light or dark look; by default it follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Accessible name of the chart; defaults to the dataset's title. */
  @property() label?: string;

  /**
   * With an `id` on the element: selecting an event sets `?<id>=<event id>` in the page's URL (through
   * `history.replaceState`, leaving the hash and other parameters alone), and opening such a URL selects it.
   */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;

  /**
   * The heading level of the dataset's title in the header and of the selected event's card (2 to 6, default 2),
   * to fit the page's outline; the card's sections are one level below. Both take the same level, so that the
   * card's headings do not move with whether the data has a title.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * `auto` (default) shows the dataset's header above the chart when it has one: its title, dek (`description`),
   * "Updated …" and credit line, and its media (loaded on the reader's word unless `thumbnails` is set); `none`
   * hides it (the title still names the chart for screen readers).
   */
  @property({ reflect: true }) header: HeaderMode = 'auto';

  /**
   * Loads pictures up front, the embedder's choice: a 24 px thumbnail of each labelled event's media (its
   * `thumbnail`, or the image itself) at the start of its label where the label fits, and the header's image
   * without a button. Without it, no media host is asked for anything until the reader opens an event.
   */
  @property({ type: Boolean, reflect: true }) thumbnails = false;

  /**
   * `auto` folds long stretches with no event out of the horizontal axis into marked breaks ("⋯ 22 years ⋯"),
   * so that the story gets the width; `none` keeps a plain linear axis.
   */
  @property({ reflect: true }) breaks: 'auto' | 'none' = 'auto';

  /**
   * Shows the timeline as it stood on a date (a partial date, `2024-10-05`, to the end of that day): events not
   * yet reported then are hidden, each other shows the status it had then (from its `history`) in its mark, card
   * and spoken text, and a line under the legend says "As of 5 October 2024". Text that is not a date is ignored.
   */
  @property({ attribute: 'as-of' }) asOf?: string;

  @state() private data = TimelineData.EMPTY;

  /** True when the data came from a list written in the page, which then stands in for the chart in print. */
  private printsWrittenList = false;
  private pendingDataEvents = false;
  private resolvedLocale?: string;
  /** A windowed source's requests; before the layout, which draws the answer it chooses for the view. */
  private readonly archive: ArchiveWindowController = new ArchiveWindowController(
    this,
    () => ({ view: this.view.realWindow, plotWidth: this.layout.plotWidth, lanes: this.laneMode }),
    {
      draw: (answer, first) => this.useArchiveAnswer(answer, first),
      failed: (message) => this.dispatchEvent(new DatelineErrorEvent(message, [{ path: '', message, severity: 'error' }])),
      found: (event) => this.revealFound(event),
    },
  );
  private readonly interfaceText = new InterfacePhrasesController(this, () => ({ declaredLocale: this.locale || inheritedAttribute(this, 'lang'), strings: this.strings }));
  private readonly layout: TimelineLayoutController = new TimelineLayoutController(this, () => ({
    data: this.data,
    orientation: this.orientation,
    laneMode: this.laneMode,
    locale: this.resolvedLocale,
    phrases: this.interfaceText.phrases,
    window: this.view.window,
    realWindow: this.view.realWindow,
    activeOrder: this.navigation.activeOrder,
    thumbnails: this.thumbnails,
    archiveBins:
      this.archive.answer?.kind === 'bins' && this.archive.layOutBins
        ? { bins: this.archive.answer.bins, laneOrder: this.archive.laneOrder(this.laneMode), layOut: this.archive.layOutBins }
        : undefined,
  }));
  private readonly dataSource = new DataSourceController(this, (result) => this.useResult(result));
  private readonly view = new ViewWindowController(
    this,
    { extent: () => this.extent, count: (window) => this.archive.countIn(window) ?? this.data.index.count(window), locale: () => this.resolvedLocale, phrases: () => this.interfaceText.phrases, fold: () => this.data.fold },
    () => this.selection.closeCluster(),
  );
  private readonly selection = new SelectionController(
    this,
    (id) => this.eventById(id),
    () => this.navigation.focusAfterUpdate(),
  );
  private readonly gestures = new GestureController(
    this,
    () => this.layout.plotWidth,
    (change) => this.view.applyGesture(change),
    () => this.isRightToLeft,
  );
  private readonly navigation: KeyboardNavigationController = new KeyboardNavigationController(this, {
    eventCount: () => this.data.events.length,
    reveal: (order) => this.view.reveal(this.data.index.starts[order]!, this.data.index.ends[order]!, true),
    page: (direction) => {
      this.view.page(direction);
      return this.data.index.visible(this.view.realWindow);
    },
    // Keys zoom around the focused event, which then stays in view; the toolbar around the selected one.
    zoomBy: (factor) => this.view.zoomBy(factor, this.data.events[this.navigation.activeOrder]?.start.getTime()),
    hasOpenPanel: () => this.selection.isOpen,
    closePanel: () => this.selection.close(),
    isRightToLeft: () => this.isRightToLeft,
    isVertical: () => this.layout.isVertical,
    clusterKeyHolding: (order) => {
      const state = this.chartState;
      return this.layout.horizontal?.clusters.find((cluster) => clusterHolds(state, cluster, order))?.key;
    },
  });

  /** The window currently shown. */
  get visibleRange(): { start: Date; end: Date } {
    const { start, end } = this.view.realWindow;
    return { start: new Date(start), end: new Date(end) };
  }

  /** The events as parsed and validated, in time order; with `as-of`, those shown, each as it stood then. */
  get normalizedEvents(): readonly NormalizedEvent[] {
    return this.data.events;
  }

  /** Problems found in the data. */
  get issues(): readonly DatasetIssue[] {
    return this.data.result.issues;
  }

  /** Shows the given stretch of time. Does not fire `dateline-range-change`. */
  zoomTo(start: Date | string, end: Date | string): void {
    const from = windowEdge(start, 'start');
    const to = windowEdge(end, 'end');
    if (from === undefined || to === undefined || !(to > from)) return;
    this.view.show(clampWindow(this.data.fold.foldWindow({ start: from, end: to }), this.extent));
  }

  /** Shows every event, with a margin. Does not fire `dateline-range-change`. */
  fit(): void {
    this.view.show(fitWindow(this.extent));
  }

  /** The span of every event in folded time: the data's, or a windowed source's whole archive. */
  private get extent(): TimeWindow | undefined {
    return this.archive.extent ?? this.data.foldedExtent;
  }

  /** The first window: the one `start` and `end` name, else every event. */
  private get firstWindow(): TimeWindow {
    return this.archive.active ? windowFromEdges(this.start, this.end, this.extent) : this.data.windowFromEdges(this.start, this.end);
  }

  private get isRightToLeft(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  private get chartLabel(): string {
    return this.label || this.data.result.dataset.title || this.interfaceText.phrases.timelineLabel;
  }

  private get selectedEvent(): NormalizedEvent | undefined {
    return this.eventById(this.selected);
  }

  /** An event of the data, or with a windowed source, of any window answered or fetched by its id. */
  private eventById(id: string | undefined): NormalizedEvent | undefined {
    return this.data.eventById(id) ?? (id !== undefined && this.archive.active ? this.archive.eventById(id) : undefined);
  }

  /** "As of 5 October 2024" when the timeline is shown as of a date. */
  private get asOfLine(): string | undefined {
    const asOf = this.data.asOf && readAsOf(this.asOf);
    return asOf ? asOfText(asOf, this.resolvedLocale, this.interfaceText.phrases) : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && this.events === undefined && !this.src) {
      const written = readLightDomData(this);
      if (written) this.dataSource.readWritten(written);
      this.printsWrittenList = written !== undefined && this.querySelector(':scope > ol, :scope > ul') !== null;
    }
  }

  /**
   * Also waits for `events` set from code to be read and drawn: a large dataset is read a slice at a time,
   * so `await element.updateComplete` means the same for 10 events and for 100,000; and for the interface
   * language's words, when they load.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.dataSource.afterReading(async () => {
      // The update decides the interface language; its words may still be on their way, then drawn once more.
      await super.getUpdateComplete();
      await this.interfaceText.whenReady();
      // A card drawn before its element's code came fills in when it does; so does a crowd before its painter's.
      if (this.selectedEvent) await DatelineTimeline.cardDefinition;
      if (this.layout.horizontal?.crowdMarks.length) await crowdPainterLoaded();
      return super.getUpdateComplete();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events') && this.events !== undefined) {
      this.archive.follow(undefined);
      this.dataSource.read(this.events);
    }
    if (changed.has('src') || (changed.has('dateFormat') && this.src)) this.followSource();
    // An archive's axis has no breaks: they would move with each window's events.
    if (changed.has('breaks')) this.data = this.data.withBreaks(this.archive.active ? 'none' : this.breaks);
    if (changed.has('asOf')) this.showAsOf();
    if ((changed.has('breaks') || changed.has('start') || changed.has('end')) && this.hasUpdated) this.view.show(this.firstWindow);
    const { index } = this.data;
    if (changed.has('selected') && this.selected && index.indexOf(this.selected) >= 0) {
      const order = index.indexOf(this.selected);
      this.navigation.activeOrder = order;
      this.view.reveal(index.starts[order]!, index.ends[order]!, false);
    } else if (changed.has('selected') && this.selected && this.archive.answer) {
      // An event outside the archive's window: fetched by its id, then shown.
      const known = this.archive.eventById(this.selected);
      if (known) this.revealFound(known);
      else void this.archive.fetchEvent(this.selected);
    }
    this.resolvedLocale = this.locale || inheritedAttribute(this, 'lang') || undefined;
    this.interfaceText.update();
  }

  /** The data as of `as-of` (or as it is), in a fresh first window; text that is not a date is ignored, with a warning. */
  private showAsOf(): void {
    const asOf = readAsOf(this.asOf);
    if (this.asOf && !asOf) console.warn(`<dateline-timeline>: as-of="${this.asOf}" is not a date like 2024-10-05; it is ignored`);
    const data = this.data.withAsOf(asOf?.time);
    if (data === this.data) return;
    this.data = data;
    this.navigation.clampTo(data.events.length);
    this.selection.closeCluster();
    if (this.hasUpdated) this.view.show(this.firstWindow);
  }

  /** Follows `src`: a window template through the archive's requests, any other URL (or none) through the data source. */
  private followSource(): void {
    if (isWindowTemplate(this.src)) {
      this.dataSource.cancel();
      this.archive.follow(this.src);
    } else {
      this.archive.follow(undefined);
      this.dataSource.follow(this.src, { dateFormat: this.dateFormat });
    }
  }

  /**
   * Draws a window's answer from an archive: its events, or none beside its bins (the layout draws those). The
   * first answer tells the archive's span and gives the first window; later ones keep the view. `dateline-load`
   * fires for each, with the window's events.
   */
  private useArchiveAnswer(answer: ArchiveAnswer, first: boolean): void {
    const result: ParseResult = answer.kind === 'events' ? answer.result : { dataset: { title: answer.title ?? '' }, events: [], issues: [] };
    this.data = new TimelineData(result, 'none', undefined, readAsOf(this.asOf)?.time, (mode) => this.archive.laneOrder(mode));
    this.navigation.clampTo(this.data.events.length);
    if (this.selected) {
      const order = this.data.index.indexOf(this.selected);
      if (order >= 0) this.navigation.activeOrder = order;
    }
    this.selection.closeCluster();
    if (first) {
      this.view.show(this.firstWindow);
      const linked = this.selection.linkedEventId();
      if (linked) this.selected = linked;
    }
    this.pendingDataEvents = true;
  }

  /** An event fetched by its id (a deep link, or `selected` outside the window): the view moves to show it. */
  private revealFound(event: NormalizedEvent): void {
    if (this.selected !== event.id) return;
    const window = windowAround(event.start.getTime(), event.end.getTime(), this.extent);
    if (window) this.view.show(window);
    this.requestUpdate();
  }

  private useResult(result: ParseResult): void {
    this.data = new TimelineData(result, this.breaks, undefined, readAsOf(this.asOf)?.time);
    const linked = this.selection.linkedEvent();
    if (linked) this.selected = linked.id;
    this.navigation.clampTo(this.data.events.length);
    this.selection.closeCluster();
    this.view.show(this.firstWindow);
    this.pendingDataEvents = true;
  }

  protected override updated(): void {
    if (this.data.events.length > 0 && !this.layout.eventsWaitForChart) DatelineTimeline.eventsDrawn = true;
    const layout = this.layout.isVertical ? 'vertical' : 'horizontal';
    if (this.getAttribute('data-layout') !== layout) this.setAttribute('data-layout', layout);
    // Told once the events are drawn: not by a drawing that waits for its chart to be measured.
    if (this.pendingDataEvents && !this.layout.eventsWaitForChart) {
      this.pendingDataEvents = false;
      announceData(this, this.data.result, ENGLISH_PHRASES.timelineNotShown);
    }
  }

  /** The lanes asked for: `lanes`, or when it is unset the data's own (by category when it has groups). */
  private get laneMode(): LaneMode {
    return this.lanes ?? this.data.result.dataset.lanes ?? 'none';
  }

  // ——— user actions ———

  /** Zooms around the selected event when it is in view, else around the middle of the view. */
  private zoomBy(factor: number): void {
    this.view.zoomBy(factor, this.selectedEvent?.start.getTime());
  }

  private select(event: NormalizedEvent): void {
    this.navigation.activeOrder = this.data.index.indexOf(event.id);
    this.selection.select(event);
  }

  private onEventClick(event: NormalizedEvent): void {
    if (this.gestures.justDragged) {
      this.gestures.justDragged = false;
      return;
    }
    this.select(event);
  }

  private onClusterClick(cluster: PlacedCluster): void {
    if (this.gestures.justDragged) {
      this.gestures.justDragged = false;
      return;
    }
    // A server's bin has no events here to list: it zooms in, and the window's events are asked for.
    if (cluster.remote) {
      this.zoomIntoCluster(cluster);
      return;
    }
    this.navigation.activeOrder = clusterMembers(this.chartState, cluster, 1)[0] ?? this.navigation.activeOrder;
    this.selection.toggleCluster(cluster.key);
  }

  private zoomIntoCluster(cluster: PlacedCluster): void {
    const window = cluster.remote && cluster.bucket ? windowAround(cluster.bucket.from, cluster.bucket.to, this.extent) : this.data.clusterWindow(cluster);
    if (!window) return;
    this.view.moveByUser(window);
    this.navigation.focusAfterUpdate();
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const { phrases } = this.interfaceText;
    // A windowed source shows its loading state only until its first answer; later windows load behind the chart.
    const loading = this.dataSource.state === 'loading' || (this.archive.loading && !this.archive.answer);
    const hasEvents = this.data.events.length > 0 || this.archive.answer !== undefined;
    return html`
      <div class=${classMap({ frame: true, 'prints-written-list': this.printsWrittenList, 'awaits-language': this.interfaceText.waiting })} aria-busy=${loading || this.archive.loading || this.interfaceText.waiting ? 'true' : 'false'}>
        ${datasetHeader(this.data.result.dataset, { mode: this.header, level: panelHeadingLevel(this.headingLevel), locale: this.resolvedLocale, phrases, loadMedia: this.thumbnails })}
        ${timelineHeader({ statuses: this.data.statuses, contested: this.data.hasContested, asOf: this.asOfLine, phrases })}
        ${problemsPanel(this.shownResult, phrases.timelineNotShown, phrases, this.resolvedLocale)}
        ${loading
          ? loadingState(phrases.loadingTimeline, this.dataSource.progress, this.resolvedLocale, phrases)
          : hasEvents
            ? this.layout.isVertical
              ? verticalView(this.chartState)
              : horizontalView(this.chartState)
            : this.data.result.issues.some((issue) => issue.severity === 'error')
              ? nothing
              : html`<p class="state" role="status">${phrases.noEvents}</p>`}
        ${timelineFooter({ controls: hasEvents, hintKey: this.gestures.scrollHintKey, phrases, onToolbarKeyDown: this.navigation.onToolbarKeyDown, onZoomIn: () => this.zoomBy(ZOOM_STEP), onZoomOut: () => this.zoomBy(1 / ZOOM_STEP), onFit: () => this.view.fitByUser() })}
        <div class="visually-hidden" role="status" aria-live="polite">${this.view.announcement}</div>
      </div>
      <div class="written-list"><slot></slot></div>
    `;
  }

  /** The data's result, and a windowed source's failed request as an error beside what is drawn. */
  private get shownResult(): ParseResult {
    const { result } = this.data;
    const failure = this.archive.failure;
    return failure ? { ...result, issues: [{ path: '', message: failure, severity: 'error' }, ...result.issues] } : result;
  }

  /** The element as its charts see it now (chart-views.ts builds their views from it). */
  private get chartState(): TimelineChartState {
    return {
      data: this.data,
      layout: this.layout,
      view: this.view,
      navigation: this.navigation,
      selection: this.selection,
      gestures: this.gestures,
      laneMode: this.laneMode,
      selectedId: this.selected,
      selectedEvent: this.selectedEvent,
      label: this.chartLabel,
      locale: this.resolvedLocale,
      phrases: this.interfaceText.phrases,
      strings: this.strings,
      theme: this.theme,
      headingLevel: this.headingLevel,
      isRightToLeft: () => this.isRightToLeft,
      archiveBeyond: () => this.archive.beyond(this.view.realWindow),
      onRevealTime: (time) => this.view.reveal(time, time + 1, true),
      onSelect: (event) => this.select(event),
      onEventClick: (event) => this.onEventClick(event),
      onClusterClick: (cluster) => this.onClusterClick(cluster),
      onClusterZoomIn: (cluster) => this.zoomIntoCluster(cluster),
    };
  }
}
