/**
 * What the horizontal plot shows when the view holds no event (zoomed or panned into an empty stretch): a
 * button at each side that has events, pointing to the nearest one with how far it is ("← 3 months earlier:
 * 3 October 2024"), which brings it into view. Arrows point to the side they stand on, mirrored in right-to-left
 * pages; the buttons are in the tab order after the (absent) events and before the toolbar.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Phrases } from '../../model/interface-phrases.js';
import { eventDateText } from '../../layout/event-date-text.js';
import { calendarDistance, nearestEventText, type NearestEvents } from '../../layout/nearest-events.js';
import type { TimeWindow } from '../../layout/time-window.js';
import type { NormalizedEvent } from '../../model/types.js';

export interface EmptyViewPointers {
  /** The nearest events on each side, or undefined when the view is not empty. */
  nearest: NearestEvents | undefined;
  events: readonly NormalizedEvent[];
  /** The real time shown. */
  window: TimeWindow;
  locale: string | undefined;
  phrases: Phrases;
  rightToLeft: boolean;
  /** Brings the event at `order` into view, as the user's move. */
  onReveal(order: number): void;
}

export function emptyViewPointers(view: EmptyViewPointers): TemplateResult | typeof nothing {
  const { nearest } = view;
  if (!nearest || (nearest.earlier === undefined && nearest.later === undefined)) return nothing;
  return html`<div class="nearest-events">
    ${nearest.earlier === undefined ? nothing : pointer(view, 'earlier', nearest.earlier)}
    ${nearest.later === undefined ? nothing : pointer(view, 'later', nearest.later)}
  </div>`;
}

function pointer(view: EmptyViewPointers, direction: 'earlier' | 'later', order: number): TemplateResult {
  const event = view.events[order]!;
  // Measured from the view's edge on that side to the event's near end: the empty time in between.
  const distance = direction === 'earlier' ? calendarDistance(event.end.getTime(), view.window.start) : calendarDistance(view.window.end, event.start.getTime());
  const text = nearestEventText(direction, distance, eventDateText(event, view.locale, view.phrases), view.locale, view.phrases);
  // Earlier is toward the inline start: left, or right in a right-to-left page. The words keep their own
  // direction (dir="auto"), so that "11 years earlier" reads whole in a right-to-left page.
  const towardLeft = (direction === 'earlier') !== view.rightToLeft;
  const arrow = html`<span class="arrow" aria-hidden="true">${towardLeft ? '←' : '→'}</span>`;
  return html`<button type="button" class="nearest ${direction}" @click=${() => view.onReveal(order)}>
    ${direction === 'earlier' ? arrow : nothing}<span dir="auto">${text}</span><span class="visually-hidden">, ${event.title}</span>${direction === 'later' ? arrow : nothing}
  </button>`;
}
