import type { ReactiveControllerHost } from 'lit';
import { DatelineRangeChangeEvent } from '../events.js';
import { describeRange } from '../layout/timeline-text.js';
import type { Phrases } from '../model/interface-phrases.js';
import { fitWindow, panWindow, revealInWindow, zoomAnchor, zoomWindow, type TimeWindow } from '../layout/time-window.js';
import type { ViewChange } from './gesture-controller.js';
import { PoliteAnnouncer } from './polite-announcer.js';
import type { TimeFold } from '../layout/axis-breaks.js';

/** What the view needs to know of the data. */
export interface ViewedData {
  /** The span of all events in folded time, or undefined when there are none. */
  extent(): TimeWindow | undefined;
  /** How many events overlap a window of real time. */
  count(window: TimeWindow): number;
  locale(): string | undefined;
  /** The interface's words, for the announcement. */
  phrases(): Phrases;
  /** The axis's breaks: the window is kept in folded time. */
  fold(): TimeFold;
}

/**
 * The stretch of time the timeline shows, and how it moves. It is kept in folded time (see axis-breaks.ts), in
 * which zoom and pan are linear across the axis's breaks; `realWindow` is the real time it shows. Moves made from code (`show`) change it quietly;
 * moves the user makes (`moveByUser` and the zoom, pan and fit below) also fire `dateline-range-change` and,
 * once the view rests, tell screen readers where it ended ("1 Oct 2024 to 31 Oct 2024: 6 events"), through a
 * `PoliteAnnouncer` of its own, which is what has a lifecycle here.
 */
export class ViewWindowController {
  private current: TimeWindow = fitWindow(undefined);
  private readonly announcer: PoliteAnnouncer;

  /** @param onUserMove called after each move the user makes (the timeline closes an open cluster's list) */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly data: ViewedData,
    private readonly onUserMove: () => void = () => {},
  ) {
    this.announcer = new PoliteAnnouncer(host);
  }

  /** The window shown, in folded time. */
  get window(): TimeWindow {
    return this.current;
  }

  /** The real time shown. */
  get realWindow(): TimeWindow {
    return this.data.fold().unfoldWindow(this.current);
  }

  /** The last range announced to screen readers, for the host's polite live region. */
  get announcement(): string {
    return this.announcer.text;
  }

  /** Shows a window, set from code: no event, no announcement. */
  show(window: TimeWindow): void {
    if (window.start === this.current.start && window.end === this.current.end) return;
    this.current = window;
    this.host.requestUpdate();
  }

  /** Shows a window the user moved to. */
  moveByUser(next: TimeWindow): void {
    if (next.start === this.current.start && next.end === this.current.end) return;
    this.current = next;
    this.host.requestUpdate();
    this.onUserMove();
    const real = this.data.fold().unfoldWindow(next);
    this.announcer.announce(() => describeRange(real, this.data.count(real), this.data.locale(), this.data.phrases()));
    this.host.dispatchEvent(new DatelineRangeChangeEvent(new Date(real.start), new Date(real.end)));
  }

  /** A gesture's zoom and pan step. */
  applyGesture(change: ViewChange): void {
    const extent = this.data.extent();
    let next = change.factor !== 1 ? zoomWindow(this.current, change.factor, change.anchor, extent) : this.current;
    if (change.pan !== 0) next = panWindow(next, change.pan, extent);
    this.moveByUser(next);
  }

  /** Zooms by `factor` (> 1 zooms in) around `focus` (real time) when it is in view, else around the middle. */
  zoomBy(factor: number, focus: number | undefined): void {
    const folded = focus === undefined ? undefined : this.data.fold().fold(focus);
    this.moveByUser(zoomWindow(this.current, factor, zoomAnchor(this.current, folded), this.data.extent()));
  }

  /** Moves by a screen (`direction` 1 is later). */
  page(direction: 1 | -1): void {
    this.moveByUser(panWindow(this.current, direction, this.data.extent()));
  }

  /** Shows every event. */
  fitByUser(): void {
    this.moveByUser(fitWindow(this.data.extent()));
  }

  /** Pans just enough to show [start, end) of real time; `byUser` for a move the user made. */
  reveal(start: number, end: number, byUser: boolean): void {
    const fold = this.data.fold();
    const next = revealInWindow(this.current, fold.fold(start), fold.fold(end), this.data.extent());
    if (byUser) this.moveByUser(next);
    else this.show(next);
  }
}
