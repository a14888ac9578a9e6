import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssomStyle } from '../shared/cssom-style.js';
import { classMap } from 'lit/directives/class-map.js';
import { DataSourceController } from '../../controllers/data-source-controller.js';
import { GestureController, type ViewChange } from '../../controllers/gesture-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { PoliteAnnouncer } from '../../controllers/polite-announcer.js';
import { DatelineDeselectEvent, DatelineRangeChangeEvent, DatelineSelectEvent } from '../../events.js';
import { formatCount, utcFormatter } from '../../model/format-date.js';
import { parsePartialDate } from '../../model/partial-date.js';
import type { TimelineEvent } from '../../model/schema.js';
import { STATUSES } from '../../model/schema.js';
import { STATUS_LABELS } from '../../model/status.js';
import type { DatasetIssue, NormalizedEvent, ParseResult } from '../../model/types.js';
import { laneKeyOf, type LaneMode } from '../../layout/lanes.js';
import {
  HORIZONTAL,
  clusterHolds,
  clusterMembers,
  layoutHorizontal,
  layoutVerticalTimeline,
  markKindOf,
  type HorizontalLayout,
  type PlacedCluster,
  type PlacedEvent,
  type VerticalTimelineLayout,
} from '../../layout/timeline-layout.js';
import { DAY, clampWindow, fitWindow, panWindow, revealInWindow, zoomWindow, type TimeWindow } from '../../layout/time-window.js';
import { EventIndex } from '../../layout/visible-events.js';
import { eventDateText } from '../../layout/event-date-text.js';
import { themeStyles } from '../theme.styles.js';
import { TextMeasurer } from './text-measurer.js';
import { readLightDomData } from '../shared/light-dom-data.js';
import { inheritedAttribute } from '../shared/event-text.js';
import { announceData, dataStateStyles, loadingState, problemsPanel } from '../shared/data-states.js';
import { timelineStyles } from './timeline.styles.js';

export type Orientation = 'auto' | 'horizontal' | 'vertical';

const EMPTY_RESULT: ParseResult = { dataset: { title: '' }, events: [], issues: [] };

/** What the error summary says failed when no event is valid. */
const NOT_SHOWN = 'The timeline could not be drawn';

/** Below this width, `orientation="auto"` becomes the vertical layout. */
const NARROW = 600;
const ZOOM_STEP = 1.6;
const AXIS_HEIGHT = 40;
const CARD_WIDTH = 340;
/** An open cluster lists at most this many of its events; zooming in shows the rest. */
const LISTED_CLUSTER_EVENTS = 50;
/** A bucket names its events' orders in `data-orders` only when it holds at most this many. */
const LISTED_BUCKET_ORDERS = 64;
/** The top of a bucket's column kept for its badge. */
const BUCKET_BADGE_ROOM = 30;

/** A window edge from a `start`/`end` attribute or `zoomTo()` argument; `edge` picks the span's start or end. */
function timeOf(value: Date | string | undefined, edge: 'start' | 'end'): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const read = parsePartialDate(value);
  return read.ok ? read.span[edge].getTime() : undefined;
}

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
 * @csspart axis - The time axis.
 * @csspart event - Each event's mark and label (a button); also has `selected` when selected.
 * @csspart event-label - The title beside a mark.
 * @csspart lane-label - A lane's name.
 * @csspart card - The card of the selected event.
 * @csspart error - The list of problems in the data.
 * @csspart controls - The zoom-in, zoom-out and fit buttons.
 * @csspart cluster - A "+N" badge of events folded together, or a count column of a crowded lane.
 * @csspart progress - The progress bar while a large dataset is read.
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
 * @cssprop [--dateline-lane-1=#0072b2] - The first lane's colour (also `--dateline-lane-2` … `--dateline-lane-8`).
 * @cssprop [--dateline-height=420px] - Height of the horizontal layout.
 */
export class DatelineTimeline extends LitElement {
  static override styles = [themeStyles, dataStateStyles, timelineStyles];

  /** The events, in the authoring format (`TimelineEvent[]`), or a whole dataset object. */
  @property({ attribute: false }) events?: TimelineEvent[] | { title?: string; events: TimelineEvent[] };

  /** URL of a JSON dataset, JSON array of events, TimelineJS JSON, or CSV. */
  @property() src?: string;

  /** Group events into lanes by their first actor or their category. */
  @property({ reflect: true }) lanes: LaneMode = 'none';

  /** `auto` is horizontal, or vertical below 600 px of width. */
  @property({ reflect: true }) orientation: Orientation = 'auto';

  /** Locale for dates and axis labels; defaults to the nearest `lang`, then the browser's language. */
  @property() locale?: string;

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

  @state() private result: ParseResult = EMPTY_RESULT;
  @state() private window: TimeWindow = fitWindow(undefined);
  @state() private openClusterKey?: string;

  private index = new EventIndex([]);
  /** True when the data came from a list written in the page, which then stands in for the chart in print. */
  private printsWrittenList = false;
  private activeOrder = 0;
  private focusPending = false;
  private pendingDataEvents = false;
  /** Whether an event or a cluster had focus when the update began. */
  private focusWasInEvents = false;
  private horizontal?: HorizontalLayout;
  private vertical?: VerticalTimelineLayout;
  private layoutInputs = '';
  /** The chart's size, measured when it first appears, until its ResizeObserver reports. */
  private firstChartSize?: { width: number; height: number };
  private layoutIndex?: EventIndex;
  /** The statuses in the data, for the legend; worked out once per data. */
  private statusesPresent: readonly (typeof STATUSES)[number][] = [];
  private readonly dayTexts = new Map<string, string>();
  private resolvedLocale?: string;
  private readonly measurer = new TextMeasurer();
  private readonly hostSize = new ResizeController(this);
  private readonly chartSize = new ResizeController(this, () => this.renderRoot?.querySelector?.('.chart.horizontal'));
  private readonly dataSource = new DataSourceController(this, (result) => this.useResult(result));
  private readonly announcer = new PoliteAnnouncer(this);
  private readonly gestures = new GestureController(
    this,
    () => this.plotWidth,
    (change) => this.applyViewChange(change),
    () => this.isRightToLeft,
  );

  /** The window currently shown. */
  get visibleRange(): { start: Date; end: Date } {
    return { start: new Date(this.window.start), end: new Date(this.window.end) };
  }

  /** The events as parsed and validated, in time order. */
  get normalizedEvents(): readonly NormalizedEvent[] {
    return this.result.events;
  }

  /** Problems found in the data. */
  get issues(): readonly DatasetIssue[] {
    return this.result.issues;
  }

  /** Shows the given stretch of time. Does not fire `dateline-range-change`. */
  zoomTo(start: Date | string, end: Date | string): void {
    const from = timeOf(start, 'start');
    const to = timeOf(end, 'end');
    if (from === undefined || to === undefined || !(to > from)) return;
    this.window = clampWindow({ start: from, end: to }, this.index.extent);
  }

  /** Shows every event, with a margin. Does not fire `dateline-range-change`. */
  fit(): void {
    this.window = fitWindow(this.index.extent);
  }

  private get isVertical(): boolean {
    if (this.orientation === 'vertical') return true;
    if (this.orientation === 'horizontal') return false;
    return this.hostSize.width > 0 && this.hostSize.width < NARROW;
  }

  private get isRightToLeft(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  private get plotWidth(): number {
    return Math.max((this.chartSize.width || this.firstChartSize?.width || this.hostSize.width) - 32, 0);
  }

  private get plotHeight(): number {
    return Math.max((this.chartSize.height || this.firstChartSize?.height || 360) - AXIS_HEIGHT, HORIZONTAL.rowHeight);
  }

  private get chartLabel(): string {
    return this.label || this.result.dataset.title || 'Timeline';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && this.events === undefined && !this.src) {
      const written = readLightDomData(this);
      if (written) this.useResult(written);
      this.printsWrittenList = written !== undefined && this.querySelector(':scope > ol, :scope > ul') !== null;
    }
  }

  /**
   * Also waits for `events` set from code to be read and drawn: a large dataset is read a slice at a time,
   * so `await element.updateComplete` means the same for 10 events and for 100,000.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.dataSource.afterReading(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.focusWasInEvents = this.shadowRoot?.activeElement?.closest('.event, .cluster') != null;
    if (changed.has('events') && this.events !== undefined) this.dataSource.read(this.events);
    if (changed.has('src')) {
      if (this.src) void this.dataSource.load(this.src);
      else this.dataSource.cancel();
    }
    if ((changed.has('start') || changed.has('end')) && this.hasUpdated) this.window = this.initialWindow();
    if (changed.has('selected') && this.selected) {
      const order = this.index.indexOf(this.selected);
      if (order >= 0) {
        this.activeOrder = order;
        const event = this.result.events[order]!;
        this.window = revealInWindow(this.window, event.start.getTime(), event.end.getTime(), this.index.extent);
      }
    }
    this.resolvedLocale = this.locale || inheritedAttribute(this, 'lang') || undefined;
    this.layOut();
  }

  private useResult(result: ParseResult): void {
    this.result = result;
    this.index = new EventIndex(result.events);
    const statuses = new Set<string | undefined>();
    for (const event of result.events) statuses.add(event.status);
    this.statusesPresent = STATUSES.filter((status) => statuses.has(status));
    const linked = this.linkedEventId();
    if (linked && this.index.indexOf(linked) >= 0) this.selected = linked;
    this.activeOrder = Math.min(this.activeOrder, Math.max(result.events.length - 1, 0));
    this.openClusterKey = undefined;
    this.window = this.initialWindow();
    this.pendingDataEvents = true;
  }

  private initialWindow(): TimeWindow {
    const extent = this.index.extent;
    const from = timeOf(this.start, 'start');
    const to = timeOf(this.end, 'end');
    if (from !== undefined && to !== undefined && to > from) return clampWindow({ start: from, end: to }, extent);
    return fitWindow(extent);
  }

  /** Lays out again only when something the layout reads has changed, not for every update. */
  private layOut(): void {
    const font = `13px ${getComputedStyle(this).fontFamily || 'sans-serif'}`;
    this.measurer.setFont(font);
    const vertical = this.isVertical;
    const width = vertical ? Math.max(this.hostSize.width - 32, 200) : this.plotWidth;
    // The vertical layout lists a page of events around the active one, so it depends on that too.
    const inputs = [vertical, width, vertical ? this.activeOrder : this.plotHeight, this.window.start, this.window.end, this.lanes, this.resolvedLocale, font].join('|');
    if (inputs === this.layoutInputs && this.index === this.layoutIndex && (vertical ? this.vertical : this.horizontal)) return;
    this.layoutInputs = inputs;
    this.layoutIndex = this.index;
    const common = { index: this.index, window: this.window, laneMode: this.lanes, locale: this.resolvedLocale, measure: this.measurer.measure };
    if (vertical) {
      this.horizontal = undefined;
      this.vertical = layoutVerticalTimeline({ ...common, width, focusOrder: this.activeOrder });
    } else {
      this.vertical = undefined;
      this.horizontal = layoutHorizontal({ ...common, width, height: this.plotHeight });
    }
  }

  protected override updated(): void {
    const layout = this.isVertical ? 'vertical' : 'horizontal';
    if (this.getAttribute('data-layout') !== layout) this.setAttribute('data-layout', layout);
    this.measureNewChart();
    if (this.pendingDataEvents) {
      this.pendingDataEvents = false;
      announceData(this, this.result, NOT_SHOWN);
    }
    // Focus is never lost: when the update took away the focused mark (zoomed out into a cluster, new data),
    // it goes to the active event or the cluster that now holds it.
    if (this.focusPending || (this.focusWasInEvents && !this.shadowRoot?.activeElement)) {
      this.focusPending = false;
      this.focusActive();
    }
  }

  /**
   * The first layout of a chart has to guess its size, which the ResizeObserver reports only a frame later;
   * until then the chart would show for a frame laid out for the wrong height. So the chart is measured once
   * when it appears, and laid out again at once, before it is painted, if the guess was wrong.
   */
  private measureNewChart(): void {
    if (this.chartSize.width || this.firstChartSize) return;
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart.horizontal');
    if (!chart) return;
    const size = { width: chart.clientWidth, height: chart.clientHeight };
    if (!size.width) return;
    const guessed = { width: this.plotWidth, height: this.plotHeight };
    this.firstChartSize = size;
    if (this.plotWidth !== guessed.width || this.plotHeight !== guessed.height) this.requestUpdate();
  }

  private focusActive(): void {
    const holder = this.horizontal?.clusters.find((cluster) => this.clusterHolds(cluster, this.activeOrder));
    const target =
      this.renderRoot.querySelector<HTMLElement>(`.event[data-order="${this.activeOrder}"]`) ??
      [...this.renderRoot.querySelectorAll<HTMLElement>('.cluster')].find((cluster) => holder && cluster.dataset.key === holder.key);
    target?.focus({ preventScroll: true });
  }

  private clusterHolds(cluster: PlacedCluster, order: number): boolean {
    return clusterHolds(cluster, order, this.index, this.lanes, this.window);
  }

  /** The orders of a cluster's events; at most `limit` of a bucket's, the earliest. */
  private clusterMembers(cluster: PlacedCluster, limit?: number): number[] {
    return clusterMembers(cluster, this.index, this.lanes, this.window, limit);
  }

  // ——— user actions ———

  private setWindowByUser(next: TimeWindow): void {
    if (next.start === this.window.start && next.end === this.window.end) return;
    this.window = next;
    this.openClusterKey = undefined;
    this.announcer.announce(() => {
      const count = this.index.count(next);
      return `${this.dayText(next.start)} to ${this.dayText(next.end - 1)}: ${count} ${count === 1 ? 'event' : 'events'}`;
    });
    this.dispatchEvent(new DatelineRangeChangeEvent(new Date(next.start), new Date(next.end)));
  }

  private applyViewChange(change: ViewChange): void {
    const extent = this.index.extent;
    let next = change.factor !== 1 ? zoomWindow(this.window, change.factor, change.anchor, extent) : this.window;
    if (change.pan !== 0) next = panWindow(next, change.pan, extent);
    this.setWindowByUser(next);
  }

  private zoomBy(factor: number): void {
    const extent = this.index.extent;
    const active = this.result.events[this.activeOrder];
    const span = this.window.end - this.window.start;
    // Zoom around the focused event when it is in view, else around the middle.
    const anchorTime = active && active.start.getTime() >= this.window.start && active.start.getTime() <= this.window.end ? active.start.getTime() : this.window.start + span / 2;
    this.setWindowByUser(zoomWindow(this.window, factor, (anchorTime - this.window.start) / span, extent));
  }

  private fitByUser(): void {
    this.setWindowByUser(fitWindow(this.index.extent));
  }

  private select(event: NormalizedEvent): void {
    this.openClusterKey = undefined;
    this.activeOrder = this.index.indexOf(event.id);
    if (this.selected === event.id) return;
    this.selected = event.id;
    this.writeDeepLink(event.id);
    this.dispatchEvent(new DatelineSelectEvent(event));
  }

  /** The event id in this element's deep-link parameter, if deep links are on. */
  private linkedEventId(): string | undefined {
    if (!this.deepLink || !this.id) return undefined;
    try {
      return new URLSearchParams(window.location.search).get(this.id) ?? undefined;
    } catch {
      return undefined;
    }
  }

  private writeDeepLink(eventId: string | undefined): void {
    if (!this.deepLink || !this.id) return;
    try {
      const url = new URL(window.location.href);
      if (eventId === undefined) url.searchParams.delete(this.id);
      else url.searchParams.set(this.id, eventId);
      if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
    } catch {
      // A sandboxed frame may refuse history changes; the selection still works.
    }
  }

  /** The user closes the card or the cluster's list; a closed selection is announced to listeners. */
  private closeCard(): void {
    if (this.selected === undefined && this.openClusterKey === undefined) return;
    const deselected = this.selectedEvent;
    if (this.selected !== undefined) this.writeDeepLink(undefined);
    this.selected = undefined;
    this.openClusterKey = undefined;
    this.focusPending = true;
    if (deselected) this.dispatchEvent(new DatelineDeselectEvent(deselected));
  }

  private moveTo(order: number): void {
    const events = this.result.events;
    if (events.length === 0) return;
    this.activeOrder = Math.min(Math.max(order, 0), events.length - 1);
    const event = events[this.activeOrder]!;
    const revealed = revealInWindow(this.window, event.start.getTime(), event.end.getTime(), this.index.extent);
    this.setWindowByUser(revealed);
    this.focusPending = true;
    this.requestUpdate();
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
    this.activeOrder = this.clusterMembers(cluster, 1)[0] ?? this.activeOrder;
    this.openClusterKey = this.openClusterKey === cluster.key ? undefined : cluster.key;
  }

  private zoomIntoCluster(cluster: PlacedCluster): void {
    let start = cluster.bucket?.from ?? Infinity;
    let end = cluster.bucket?.to ?? -Infinity;
    for (const order of cluster.orders ?? []) {
      start = Math.min(start, this.index.starts[order]!);
      end = Math.max(end, this.index.ends[order]!);
    }
    if (!(end > start)) return;
    const margin = Math.max((end - start) * 0.15, 3_600_000);
    this.setWindowByUser(clampWindow({ start: start - margin, end: end + margin }, this.index.extent));
    this.focusPending = true;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const inEvents = (event.target as Element | null)?.closest?.('.event, .cluster');
    const later = this.isRightToLeft && !this.isVertical ? 'ArrowLeft' : 'ArrowRight';
    const earlier = this.isRightToLeft && !this.isVertical ? 'ArrowRight' : 'ArrowLeft';
    const visible = () => this.index.visible(this.window);
    switch (event.key) {
      case later:
      case 'ArrowDown':
        if (!inEvents) return;
        this.moveTo(this.activeOrder + 1);
        break;
      case earlier:
      case 'ArrowUp':
        if (!inEvents) return;
        this.moveTo(this.activeOrder - 1);
        break;
      case 'Home':
        if (!inEvents) return;
        this.moveTo(0);
        break;
      case 'End':
        if (!inEvents) return;
        this.moveTo(this.result.events.length - 1);
        break;
      case 'PageDown':
      case 'PageUp': {
        const forward = event.key === 'PageDown';
        this.setWindowByUser(panWindow(this.window, forward ? 1 : -1, this.index.extent));
        const shown = visible();
        if (shown.length > 0) {
          this.activeOrder = forward ? shown[0]! : shown[shown.length - 1]!;
          this.focusPending = true;
        }
        break;
      }
      case '+':
      case '=':
        this.zoomBy(ZOOM_STEP);
        break;
      case '-':
      case '_':
        this.zoomBy(1 / ZOOM_STEP);
        break;
      case 'Escape':
        if (this.selected === undefined && this.openClusterKey === undefined) return;
        this.closeCard();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  private onToolbarKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="controls"] button')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    const step = (event.key === 'ArrowRight') !== this.isRightToLeft ? 1 : -1;
    const next = buttons[(current + step + buttons.length) % buttons.length];
    buttons.forEach((button) => (button.tabIndex = button === next ? 0 : -1));
    next?.focus();
    event.preventDefault();
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const loading = this.dataSource.state === 'loading';
    const hasEvents = this.result.events.length > 0;
    return html`
      <div class=${classMap({ frame: true, 'prints-written-list': this.printsWrittenList })} aria-busy=${loading ? 'true' : 'false'}>
        <div class="header">${this.renderLegend()} ${hasEvents ? this.renderControls() : nothing}</div>
        ${problemsPanel(this.result, NOT_SHOWN)}
        ${loading
          ? loadingState('Loading timeline…', this.dataSource.progress, this.resolvedLocale)
          : hasEvents
            ? this.isVertical
              ? this.renderVertical()
              : this.renderHorizontal()
            : this.result.issues.some((issue) => issue.severity === 'error')
              ? nothing
              : html`<p class="state" role="status">No events to show</p>`}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.text}</div>
      </div>
      <div class="written-list"><slot></slot></div>
    `;
  }

  private renderLegend(): TemplateResult | typeof nothing {
    const present = this.statusesPresent;
    if (present.length < 2) return nothing;
    return html`<ul class="legend" aria-label="Status of claims">
      ${present.map((status) => html`<li class="status-${status}"><span class="mark point" aria-hidden="true"></span>${STATUS_LABELS[status]}</li>`)}
    </ul>`;
  }

  private renderControls(): TemplateResult {
    return html`<div part="controls" role="toolbar" aria-label="Zoom" @keydown=${this.onToolbarKeyDown}>
      <button type="button" aria-label="Zoom in" title="Zoom in (+)" @click=${() => this.zoomBy(ZOOM_STEP)}>+</button>
      <button type="button" tabindex="-1" aria-label="Zoom out" title="Zoom out (−)" @click=${() => this.zoomBy(1 / ZOOM_STEP)}>−</button>
      <button type="button" tabindex="-1" class="fit" title="Show all events" @click=${this.fitByUser}>Fit</button>
    </div>`;
  }

  /**
   * What a screen reader hears after an event's visible text: its date (unless shown), status, lane and place
   * in time order ("event 3 of 17", which the list item's posinset gives only when reading the list, not on
   * focus). Kept as hidden text inside the button, so the accessible name starts with what is seen.
   */
  private spokenDetails(event: NormalizedEvent, dateShown: boolean, order: number): string {
    const parts: string[] = [];
    if (!dateShown) parts.push(eventDateText(event, this.resolvedLocale));
    if (event.status) parts.push(STATUS_LABELS[event.status]);
    if (this.lanes !== 'none') parts.push(`${laneKeyOf(event, this.lanes)} lane`);
    parts.push(`event ${this.countText(order + 1)} of ${this.countText(this.result.events.length)}`);
    return `, ${parts.join(', ')}`;
  }

  /** The event that holds the single tab stop: the active one if drawn, else the first drawn. */
  private tabStopOrder(drawn: readonly number[], clusters: readonly PlacedCluster[] = []): number | undefined {
    if (drawn.includes(this.activeOrder) || clusters.some((cluster) => this.clusterHolds(cluster, this.activeOrder))) return this.activeOrder;
    if (drawn.length > 0 || clusters.length === 0) return drawn[0];
    return Math.min(...clusters.map((cluster) => this.clusterMembers(cluster, 1)[0] ?? Infinity));
  }

  private renderHorizontal(): TemplateResult {
    const layout = this.horizontal!;
    const total = this.result.events.length;
    const tabStop = this.tabStopOrder(
      layout.events.map((placed) => placed.order),
      layout.clusters,
    );
    return html`<div
      class="chart horizontal"
      role="group"
      aria-roledescription="timeline"
      aria-label=${this.chartLabel}
      @wheel=${this.gestures.onWheel}
      @pointerdown=${this.gestures.onPointerDown}
      @pointermove=${this.gestures.onPointerMove}
      @pointerup=${this.gestures.onPointerUp}
      @pointercancel=${this.gestures.onPointerUp}
      @keydown=${this.onKeyDown}
    >
      <div part="axis" aria-hidden="true">
        ${layout.ticks.map(
          (tick) => html`<div class="tick" ${cssomStyle({ 'inset-inline-start': `${tick.position}px` })}>
            ${tick.parentLabel ? html`<span class="tick-parent">${tick.parentLabel}</span>` : nothing}
            <span class="tick-label">${tick.label}</span>
          </div>`,
        )}
      </div>
      <div class="plot">
        ${layout.ticks.filter((tick) => tick.major).map(
          (tick) => html`<div class="grid" aria-hidden="true" ${cssomStyle({ 'inset-inline-start': `${tick.position}px` })}></div>`,
        )}
        ${this.lanes === 'none'
          ? nothing
          : layout.lanes.map(
              (placed, number) => html`${number > 0 ? html`<div class="lane-rule" ${cssomStyle({ top: `${placed.y - HORIZONTAL.laneGap / 2}px` })}></div>` : nothing}
                <div class="lane-label" part="lane-label" aria-hidden="true" ${cssomStyle({ top: `${placed.y}px` })}>${placed.lane.label}</div>`,
            )}
        <ul class="events" role="list" aria-label=${`Events in view, in time order, of ${total}`}>
          ${repeat(
            layout.events,
            (placed) => placed.event.id,
            (placed) => this.renderPlacedEvent(placed, total, tabStop),
          )}
          ${repeat(
            layout.clusters,
            (cluster) => cluster.key,
            (cluster) => this.renderCluster(cluster, tabStop),
          )}
        </ul>
        ${this.renderFloatingCard(layout)}
      </div>
    </div>
    ${this.renderBelowCard(layout)}`;
  }

  private eventClasses(event: NormalizedEvent, lane: number): Record<string, boolean> {
    const colorIndex = this.lanes === 'none' ? -1 : (this.horizontal?.lanes[lane]?.lane.colorIndex ?? this.vertical?.lanes[lane]?.colorIndex ?? -1);
    return {
      event: true,
      [`kind-${markKindOf(event)}`]: true,
      [`status-${event.status ?? 'none'}`]: true,
      [`lane-${colorIndex}`]: colorIndex >= 0,
    };
  }

  private renderPlacedEvent(placed: PlacedEvent, total: number, tabStop: number | undefined): TemplateResult {
    const { event } = placed;
    const isSelected = this.selected === event.id;
    const markStyle =
      placed.kind === 'point'
        ? { 'inset-inline-start': `${placed.markStart - placed.claimStart}px` }
        : { 'inset-inline-start': `${placed.markStart - placed.claimStart}px`, width: `${Math.max(placed.markEnd - placed.markStart, 3)}px` };
    return html`<li role="listitem" aria-setsize=${total} aria-posinset=${placed.order + 1}>
      <button
        type="button"
        class=${classMap(this.eventClasses(event, placed.lane))}
        part=${isSelected ? 'event selected' : 'event'}
        data-id=${event.id}
        data-order=${placed.order}
        tabindex=${placed.order === tabStop ? 0 : -1}
        aria-current=${isSelected ? 'true' : 'false'}
        aria-expanded=${isSelected ? 'true' : 'false'}
        aria-controls=${isSelected ? 'event-card' : nothing}
        ${cssomStyle({ 'inset-inline-start': `${placed.claimStart}px`, top: `${placed.y}px`, width: `${Math.max(placed.claimEnd - placed.claimStart, 24)}px` })}
        @click=${() => this.onEventClick(event)}
        @focus=${() => (this.activeOrder = placed.order)}
      >
        <span class="mark ${placed.kind}" ${cssomStyle(markStyle)}></span>
        <span class="label" part="event-label" ${cssomStyle({ 'inset-inline-start': `${placed.labelStart - placed.claimStart}px`, 'max-width': `${placed.labelWidth + 1}px` })}
          >${placed.datePrefix ? html`<span class="date-prefix">${placed.datePrefix} · </span>` : nothing}${event.title}</span
        ><span class="visually-hidden">${this.spokenDetails(event, placed.datePrefix !== undefined, placed.order)}</span>
      </button>
    </li>`;
  }

  /** A count as text: in the locale's grouping from a thousand on. */
  private countText(count: number): string {
    return count < 1000 ? String(count) : formatCount(count, this.resolvedLocale);
  }

  /** A day as text, "3 Jun 2024"; remembered, since buckets are redrawn on every zoom and pan step. */
  private dayText(time: number): string {
    const key = `${this.resolvedLocale}|${Math.floor(time / DAY)}`;
    let text = this.dayTexts.get(key);
    if (text === undefined) {
      text = utcFormatter(this.resolvedLocale, { day: 'numeric', month: 'short', year: 'numeric' }).format(time);
      if (this.dayTexts.size > 5000) this.dayTexts.clear();
      this.dayTexts.set(key, text);
    }
    return text;
  }

  /** "3 more events, 2 June 2024 to 9 June 2024": the count, and the dates of the first and last event. */
  private describeCluster(cluster: PlacedCluster): string {
    const count = this.countText(cluster.count);
    if (cluster.orders) {
      const first = this.result.events[cluster.orders[0]!]!;
      const last = this.result.events[cluster.orders[cluster.orders.length - 1]!]!;
      return `${count} more events, ${eventDateText(first, this.resolvedLocale)} to ${eventDateText(last, this.resolvedLocale)}`;
    }
    // A bucket's events are not at hand; the days its marks start on are.
    const first = this.dayText(cluster.bucket!.firstStart);
    const last = this.dayText(cluster.bucket!.lastStart);
    return `${count} events, ${first === last ? first : `${first} to ${last}`}`;
  }

  private renderCluster(cluster: PlacedCluster, tabStop: number | undefined): TemplateResult {
    // A bucket may hold thousands of events: its orders are listed only when there are few.
    const orders = cluster.orders ?? (cluster.count <= LISTED_BUCKET_ORDERS ? this.clusterMembers(cluster) : undefined);
    const open = this.openClusterKey === cluster.key;
    const box = {
      'inset-inline-start': `${cluster.start}px`,
      top: `${cluster.y}px`,
      width: `${Math.max(cluster.end - cluster.start, 32)}px`,
    };
    return html`<li role="listitem">
      <button
        type="button"
        class="cluster"
        part="cluster"
        data-key=${cluster.key}
        data-orders=${orders?.join(' ') ?? nothing}
        data-count=${cluster.count}
        tabindex=${tabStop !== undefined && this.clusterHolds(cluster, tabStop) ? 0 : -1}
        aria-label=${this.describeCluster(cluster)}
        aria-expanded=${open ? 'true' : 'false'}
        ${cssomStyle(cluster.bucket ? { ...box, ...this.bucketColumnStyle(cluster) } : box)}
        @click=${() => this.onClusterClick(cluster)}
      >
        ${cluster.bucket
          ? nothing
          : html`<span class="cluster-span" ${cssomStyle({ 'inset-inline-start': `${cluster.markStart - cluster.start}px`, width: `${Math.max(cluster.markEnd - cluster.markStart, 0)}px` })}></span>`}
        <span class="cluster-badge" ${cssomStyle({ 'margin-inline': cluster.bucket ? 'auto' : undefined })}>${cluster.label}</span>
      </button>
    </li>`;
  }

  /**
   * A bucket is a column of its lane's histogram: a bar in the lane's colour under the badge, as tall as the
   * bucket is crowded next to the most crowded one in view; side by side, the columns draw the shape of the
   * data. The bar is the column's own background, which saves an element per bucket on every step.
   */
  private bucketColumnStyle(cluster: PlacedCluster): Record<string, string> {
    const colorIndex = this.lanes === 'none' ? -1 : (this.horizontal?.lanes[cluster.lane]?.lane.colorIndex ?? -1);
    // Three quarters of the lane's colour: lighter than a mark, still 3:1 on the background in both looks (WCAG 1.4.11).
    const ink = `color-mix(in srgb, ${colorIndex >= 0 ? `var(--_lane-${colorIndex + 1})` : 'var(--_mark)'} 75%, transparent)`;
    const room = Math.max(cluster.height - BUCKET_BADGE_ROOM, 0);
    const bar = Math.round(2 + (room - 2) * cluster.density);
    return {
      height: `${cluster.height}px`,
      background: `linear-gradient(to top, ${ink} ${bar}px, transparent ${bar}px)`,
    };
  }

  /** Where a card or cluster list opens: under its row, or above it when there is more room there. */
  private floatingPosition(start: number, y: number): Record<string, string> {
    const width = Math.min(CARD_WIDTH, this.plotWidth);
    const inline = `${Math.min(Math.max(start, 0), Math.max(this.plotWidth - width, 0))}px`;
    const below = y + HORIZONTAL.rowHeight + 4;
    const roomBelow = this.plotHeight - below - 4;
    const roomAbove = y - 8;
    return roomBelow >= Math.min(roomAbove, 320)
      ? { 'inset-inline-start': inline, top: `${below}px`, 'max-height': `${Math.max(roomBelow, 120)}px` }
      : { 'inset-inline-start': inline, bottom: `${this.plotHeight - y + 4}px`, 'max-height': `${Math.max(roomAbove, 120)}px` };
  }

  private get isNarrow(): boolean {
    return this.hostSize.width > 0 && this.hostSize.width < NARROW;
  }

  /** The card (or an open cluster's list) floats next to its mark: under the row, or above it when low. */
  private renderFloatingCard(layout: HorizontalLayout): TemplateResult | typeof nothing {
    if (this.isNarrow) return nothing;
    const cluster = layout.clusters.find((candidate) => candidate.key === this.openClusterKey);
    if (cluster) return html`<div part="card" ${cssomStyle(this.floatingPosition(cluster.start, cluster.y))}>${this.renderClusterList(cluster)}</div>`;
    const selectedEvent = this.selectedEvent;
    if (!selectedEvent) return nothing;
    const placed = layout.events.find((candidate) => candidate.event === selectedEvent);
    const selectedOrder = this.index.indexOf(selectedEvent.id);
    const holder = placed ? undefined : layout.clusters.find((candidate) => this.clusterHolds(candidate, selectedOrder));
    const [start, y] = placed ? [placed.markStart, placed.y] : holder ? [holder.start, holder.y] : [0, 0];
    return html`<div part="card" ${cssomStyle(this.floatingPosition(start, y))}>${this.renderCard(selectedEvent)}</div>`;
  }

  /** When narrow, the card and cluster lists go below the chart rather than over it. */
  private renderBelowCard(layout: HorizontalLayout): TemplateResult | typeof nothing {
    if (!this.isNarrow) return nothing;
    const cluster = layout.clusters.find((candidate) => candidate.key === this.openClusterKey);
    const selectedEvent = this.selectedEvent;
    if (!cluster && !selectedEvent) return nothing;
    return html`<div class="below-card"><div part="card">${cluster ? this.renderClusterList(cluster) : this.renderCard(selectedEvent!)}</div></div>`;
  }

  private get selectedEvent(): NormalizedEvent | undefined {
    if (this.selected === undefined) return undefined;
    return this.result.events[this.index.indexOf(this.selected)];
  }

  private renderCard(event: NormalizedEvent): TemplateResult {
    return html`<dateline-event-card
      id="event-card"
      closable
      heading-level="3"
      locale=${this.resolvedLocale ?? ''}
      theme=${this.theme ?? nothing}
      .event=${event}
      @dateline-close=${(closeEvent: Event) => {
        closeEvent.stopPropagation();
        this.closeCard();
      }}
      @keydown=${(keyEvent: KeyboardEvent) => {
        if (keyEvent.key === 'Escape') {
          keyEvent.stopPropagation();
          this.closeCard();
        }
      }}
    ></dateline-event-card>`;
  }

  private renderClusterList(cluster: PlacedCluster): TemplateResult {
    const listed = this.clusterMembers(cluster, LISTED_CLUSTER_EVENTS).map((order) => this.result.events[order]!);
    const heading = `${this.countText(cluster.count)} events`;
    return html`<div class="cluster-list" role="dialog" aria-label=${heading} @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.closeCard();
      }
    }}>
      <h3>${heading}</h3>
      <ul>
        ${listed.map(
          (event) => html`<li>
            <button type="button" @click=${() => this.select(event)}>
              <span class="when">${eventDateText(event, this.resolvedLocale)}</span><br />${event.title}
            </button>
          </li>`,
        )}
        ${cluster.count > listed.length ? html`<li>…and ${this.countText(cluster.count - listed.length)} more: zoom in to see them</li>` : nothing}
      </ul>
      <div class="actions">
        <button type="button" @click=${() => this.zoomIntoCluster(cluster)}>Zoom in</button>
        <button type="button" @click=${this.closeCard}>Close</button>
      </div>
    </div>`;
  }

  private renderVertical(): TemplateResult {
    const layout = this.vertical!;
    const total = this.result.events.length;
    const tabStop = this.tabStopOrder(layout.blocks.map((block) => block.order));
    const selectedEvent = this.selectedEvent;
    return html`<div class="chart vertical-chart" role="group" aria-roledescription="timeline" aria-label=${this.chartLabel} @keydown=${this.onKeyDown}>
      ${layout.lastEarlier !== undefined ? this.renderPageButton(`Show earlier events (${this.countText(layout.earlier)} more in view)`, layout.lastEarlier) : nothing}
      <div class="vertical" ${cssomStyle({ height: `${layout.height}px` })}>
        <div class="spine" aria-hidden="true"></div>
        <ul class="events" role="list" aria-label=${`Events in view, in time order, of ${total}`}>
          ${repeat(
            layout.blocks,
            (block) => block.event.id,
            (block) => {
              const isSelected = this.selected === block.event.id;
              return html`<li role="listitem" aria-setsize=${total} aria-posinset=${block.order + 1}>
                <button
                  type="button"
                  class=${classMap(this.eventClasses(block.event, block.lane))}
                  part=${isSelected ? 'event selected' : 'event'}
                  data-id=${block.event.id}
                  data-order=${block.order}
                  tabindex=${block.order === tabStop ? 0 : -1}
                  aria-current=${isSelected ? 'true' : 'false'}
                  aria-expanded=${isSelected ? 'true' : 'false'}
                  aria-controls=${isSelected ? 'event-card' : nothing}
                  ${cssomStyle({ top: `${block.y}px`, height: `${block.height}px` })}
                  @click=${() => this.onEventClick(block.event)}
                  @focus=${() => (this.activeOrder = block.order)}
                >
                  <span class="when">${block.date}</span>
                  <span class="mark ${block.kind}"></span>
                  <span class="title" part="event-label">${block.event.title}</span>
                  <span class="visually-hidden">${this.spokenDetails(block.event, true, block.order)}</span>
                </button>
              </li>`;
            },
          )}
        </ul>
        ${layout.gaps.map(
          (gap) => html`<div class="gap-marker" ${cssomStyle({ top: `${gap.y}px` })}>${this.describeGap(gap.toTime - gap.fromTime)}</div>`,
        )}
      </div>
      ${layout.firstLater !== undefined ? this.renderPageButton(`Show later events (${this.countText(layout.later)} more in view)`, layout.firstLater) : nothing}
      ${selectedEvent ? html`<div part="card">${this.renderCard(selectedEvent)}</div>` : nothing}
    </div>`;
  }

  /** When a window holds too many events to list at once, these move to the page before or after. */
  private renderPageButton(text: string, order: number): TemplateResult {
    return html`<div class="actions"><button type="button" class="page" @click=${() => this.moveTo(order)}>${text}</button></div>`;
  }

  /** "⋯ 3 months later ⋯" for a collapsed gap, through Intl's unit formatting. */
  private describeGap(milliseconds: number): string {
    const days = milliseconds / 86_400_000;
    const [value, unit] = days >= 730 ? [Math.round(days / 365.25), 'year'] : days >= 60 ? [Math.round(days / 30.44), 'month'] : [Math.max(Math.round(days), 1), 'day'];
    let amount: string;
    try {
      amount = new Intl.NumberFormat(this.resolvedLocale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
    } catch {
      amount = `${value} ${unit}s`;
    }
    return `⋯ ${amount} later ⋯`;
  }
}
