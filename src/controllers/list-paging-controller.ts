/**
 * How much of an event list is drawn, so that a list of 200,000 events stays usable: the first page, a page
 * more for each press of "Show more" (focus then moves to the first of them), and as many pages as reach the
 * selected event. It owns the count drawn and the focus that a "Show more" asks for.
 */
import type { ReactiveControllerHost } from 'lit';
import type { NormalizedEvent } from '../model/types.js';

/** How many events are drawn at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 1000;

export class ListPagingController {
  private shown = PAGE_SIZE;
  /** After "Show more", the order of the first newly drawn event, to focus. */
  private focusOrder?: number;

  /** @param focusEvent focuses the event at an order in time, once it is drawn */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly focusEvent: (order: number) => void,
  ) {}

  /** How many events, from the first, are drawn. */
  get shownCount(): number {
    return this.shown;
  }

  /** How many of `total` events are not drawn yet. */
  hiddenCount(total: number): number {
    return total - this.shown;
  }

  /** How many events the next "Show more" draws, of `total`. */
  nextPageCount(total: number): number {
    return Math.min(this.hiddenCount(total), PAGE_SIZE);
  }

  /** New data: only its first page is drawn. */
  reset(): void {
    this.setShown(PAGE_SIZE);
  }

  /** Draws enough events to include the one with `id`, when it is past those drawn. */
  showThrough(events: readonly NormalizedEvent[], id: string | undefined): void {
    if (id === undefined || events.length <= this.shown) return;
    const order = events.findIndex((event) => event.id === id);
    if (order >= this.shown) this.setShown(Math.ceil((order + 1) / PAGE_SIZE) * PAGE_SIZE);
  }

  /** The reader pressed "Show more": a page more is drawn, and focus will move to its first event. */
  readonly showMore = (): void => {
    this.focusOrder = this.shown;
    this.setShown(this.shown + PAGE_SIZE);
  };

  /** Called once the host has drawn: focuses the first event that a "Show more" drew. */
  focusNewlyShown(): void {
    if (this.focusOrder === undefined) return;
    const order = this.focusOrder;
    this.focusOrder = undefined;
    this.focusEvent(order);
  }

  private setShown(count: number): void {
    if (count === this.shown) return;
    this.shown = count;
    this.host.requestUpdate();
  }
}
