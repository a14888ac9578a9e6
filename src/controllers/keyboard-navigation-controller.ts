import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How much `+` and `−` (keys and buttons) zoom in or out. */
export const ZOOM_STEP = 1.6;

/** What keyboard navigation needs to know of the timeline and asks it to do. */
export interface NavigableTimeline {
  eventCount(): number;
  /** Brings the event at `order` into view, as a user's move (the view pans if it must). */
  reveal(order: number): void;
  /** Moves the view by a screen, as a user's move; returns the orders of the events then in view. */
  page(direction: 1 | -1): readonly number[];
  zoomBy(factor: number): void;
  /** True when a card or a cluster's list is open. */
  hasOpenPanel(): boolean;
  closePanel(): void;
  isRightToLeft(): boolean;
  isVertical(): boolean;
  /** The key of the drawn cluster that holds the event at `order`, when it is folded into one. */
  clusterKeyHolding(order: number): string | undefined;
}

/**
 * Keyboard navigation of the timeline's events and toolbar, as one roving tab stop each: arrows move between
 * events in time order (mirrored in right-to-left pages), Home/End to the ends, Page Up/Down by a screen,
 * `+`/`−` zoom, Escape closes the card; arrows move along the toolbar. It owns the active event (the one
 * holding the tab stop) and focus repair: when an update takes the focused mark away (zoomed out into a
 * cluster, new data), focus goes to the active event or the cluster that now holds it.
 */
export class KeyboardNavigationController implements ReactiveController {
  /** The event that holds the tab stop, by order. */
  activeOrder = 0;
  /** Set when focus must go to the active event once the host has updated. */
  private focusPending = false;
  /** Whether an event or a cluster had focus when the update began. */
  private focusWasInEvents = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
    private readonly timeline: NavigableTimeline,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.focusWasInEvents = this.host.shadowRoot?.activeElement?.closest('.event, .cluster') != null;
  }

  hostUpdated(): void {
    if (this.focusPending || (this.focusWasInEvents && !this.host.shadowRoot?.activeElement)) {
      this.focusPending = false;
      this.focusActive();
    }
  }

  /** Focus goes to the active event (or the cluster holding it) after the next update. */
  focusAfterUpdate(): void {
    this.focusPending = true;
    this.host.requestUpdate();
  }

  /** Makes the event at `order` active, brings it into view and focuses it. */
  moveTo(order: number): void {
    const count = this.timeline.eventCount();
    if (count === 0) return;
    this.activeOrder = Math.min(Math.max(order, 0), count - 1);
    this.timeline.reveal(this.activeOrder);
    this.focusAfterUpdate();
  }

  /** Keeps the active event within a new dataset. */
  clampTo(count: number): void {
    this.activeOrder = Math.min(this.activeOrder, Math.max(count - 1, 0));
  }

  /**
   * The event that holds the single tab stop among those drawn: the active one if it is drawn or folded into a
   * drawn cluster, else the first drawn, else the first event of the clusters.
   */
  tabStop(drawn: readonly number[], activeIsInCluster: boolean, firstClusterOrder: () => number | undefined): number | undefined {
    if (activeIsInCluster || drawn.includes(this.activeOrder)) return this.activeOrder;
    return drawn.length > 0 ? drawn[0] : firstClusterOrder();
  }

  private focusActive(): void {
    const root = this.host.renderRoot;
    const holderKey = this.timeline.clusterKeyHolding(this.activeOrder);
    const target =
      root.querySelector<HTMLElement>(`.event[data-order="${this.activeOrder}"]`) ??
      [...root.querySelectorAll<HTMLElement>('.cluster')].find((cluster) => holderKey !== undefined && cluster.dataset.key === holderKey) ??
      // The active event is out of view: the mark that holds the tab stop now.
      root.querySelector<HTMLElement>('.event[tabindex="0"], .cluster[tabindex="0"]');
    target?.focus({ preventScroll: true });
  }

  /** Keys on the chart: bound with Lit's `@keydown` on the chart's group, so it goes away with it. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const timeline = this.timeline;
    const inEvents = (event.target as Element | null)?.closest?.('.event, .cluster');
    const mirrored = timeline.isRightToLeft() && !timeline.isVertical();
    const later = mirrored ? 'ArrowLeft' : 'ArrowRight';
    const earlier = mirrored ? 'ArrowRight' : 'ArrowLeft';
    // With no event loaded (an archive's window answered with counts), the arrows move among the columns.
    const amongColumns = inEvents !== null && inEvents !== undefined && timeline.eventCount() === 0;
    switch (event.key) {
      case later:
      case 'ArrowDown':
        if (!inEvents) return;
        if (amongColumns) this.focusColumn(inEvents, 1);
        else this.moveTo(this.activeOrder + 1);
        break;
      case earlier:
      case 'ArrowUp':
        if (!inEvents) return;
        if (amongColumns) this.focusColumn(inEvents, -1);
        else this.moveTo(this.activeOrder - 1);
        break;
      case 'Home':
        if (!inEvents) return;
        if (amongColumns) this.focusColumn(inEvents, -Infinity);
        else this.moveTo(0);
        break;
      case 'End':
        if (!inEvents) return;
        if (amongColumns) this.focusColumn(inEvents, Infinity);
        else this.moveTo(timeline.eventCount() - 1);
        break;
      case 'PageDown':
      case 'PageUp': {
        const forward = event.key === 'PageDown';
        const shown = timeline.page(forward ? 1 : -1);
        if (shown.length > 0) {
          this.activeOrder = forward ? shown[0]! : shown[shown.length - 1]!;
          this.focusAfterUpdate();
        }
        break;
      }
      case '+':
      case '=':
        timeline.zoomBy(ZOOM_STEP);
        break;
      case '-':
      case '_':
        timeline.zoomBy(1 / ZOOM_STEP);
        break;
      case 'Escape':
        if (!timeline.hasOpenPanel()) return;
        timeline.closePanel();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  /**
   * Moves focus and the tab stop `step` columns on from `from` (lane by lane, in time order within each), or to
   * the first or last for an infinite step.
   */
  private focusColumn(from: Element, step: number): void {
    const columns = [...this.host.renderRoot.querySelectorAll<HTMLElement>('.cluster')];
    const current = columns.indexOf(from as HTMLElement);
    const target = step === Infinity ? columns.length - 1 : step === -Infinity ? 0 : Math.min(Math.max(current + step, 0), columns.length - 1);
    const next = columns[target];
    if (!next) return;
    columns.forEach((column) => (column.tabIndex = column === next ? 0 : -1));
    next.focus({ preventScroll: true });
  }

  /** Arrows along the zoom toolbar, one tab stop for all its buttons. */
  readonly onToolbarKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const buttons = [...this.host.renderRoot.querySelectorAll<HTMLButtonElement>('[part="controls"] button')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    const step = (event.key === 'ArrowRight') !== this.timeline.isRightToLeft() ? 1 : -1;
    const next = buttons[(current + step + buttons.length) % buttons.length];
    buttons.forEach((button) => (button.tabIndex = button === next ? 0 : -1));
    next?.focus();
    event.preventDefault();
  };
}
