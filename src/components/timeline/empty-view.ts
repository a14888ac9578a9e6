/**
 * What the horizontal plot shows when the view holds no event (zoomed or panned into an empty stretch): a
 * button at each side that has events, pointing to the nearest one with how far it is ("← 3 months earlier:
 * 3 October 2024"), which brings it into view. Arrows point to the side they stand on, mirrored in right-to-left
 * pages; the buttons are in the tab order after the (absent) events and before the toolbar.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Phrases } from '../../model/interface-phrases.js';
import { eventDateText } from '../../layout/event-date-text.js';
import { dayText } from '../../layout/timeline-text.js';
import { calendarDistance, nearestEventText, type NearestEvents } from '../../layout/nearest-events.js';
import type { TimeWindow } from '../../layout/time-window.js';
import type { NormalizedEvent } from '../../model/types.js';

export interface EmptyViewPointers {
  /** The nearest events on each side, or undefined when the view is not empty. */
  nearest: NearestEvents | undefined;
  /**
   * For a windowed source, where the nearest items are past the events loaded (UTC ms: an earlier one's end, a
   * later one's start), on a side where no loaded event is.
   */
  beyond?: { earlier?: number; later?: number };
  events: readonly NormalizedEvent[];
  /** The real time shown. */
  window: TimeWindow;
  locale: string | undefined;
  phrases: Phrases;
  rightToLeft: boolean;
  /** Brings the event at `order` into view, as the user's move. */
  onReveal(order: number): void;
  /** Brings an instant into view, as the user's move. */
  onRevealTime(time: number): void;
}

/** What a pointer leads to: an event loaded, or only where items are. */
interface PointerTarget {
  start: number;
  end: number;
  dateText: string;
  title?: string;
  reveal(): void;
}

export function emptyViewPointers(view: EmptyViewPointers): TemplateResult | typeof nothing {
  const { nearest, beyond } = view;
  if (!nearest) return nothing;
  const side = (direction: 'earlier' | 'later'): PointerTarget | undefined => {
    const order = nearest[direction];
    if (order !== undefined) {
      const event = view.events[order]!;
      return { start: event.start.getTime(), end: event.end.getTime(), dateText: eventDateText(event, view.locale, view.phrases), title: event.title, reveal: () => view.onReveal(order) };
    }
    const time = beyond?.[direction];
    return time === undefined ? undefined : { start: time, end: time, dateText: dayText(direction === 'earlier' ? time - 1 : time, view.locale), reveal: () => view.onRevealTime(time) };
  };
  const [earlier, later] = [side('earlier'), side('later')];
  if (!earlier && !later) return nothing;
  return html`<div class="nearest-events">
    ${earlier ? pointer(view, 'earlier', earlier) : nothing}
    ${later ? pointer(view, 'later', later) : nothing}
  </div>`;
}

function pointer(view: EmptyViewPointers, direction: 'earlier' | 'later', target: PointerTarget): TemplateResult {
  // Measured from the view's edge on that side to the target's near end: the empty time in between.
  const distance = direction === 'earlier' ? calendarDistance(target.end, view.window.start) : calendarDistance(view.window.end, target.start);
  const text = nearestEventText(direction, distance, target.dateText, view.locale, view.phrases);
  // Earlier is toward the inline start: left, or right in a right-to-left page. The words keep their own
  // direction (dir="auto"), so that "11 years earlier" reads whole in a right-to-left page.
  const towardLeft = (direction === 'earlier') !== view.rightToLeft;
  const arrow = html`<span class="arrow" aria-hidden="true">${towardLeft ? '←' : '→'}</span>`;
  return html`<button type="button" class="nearest ${direction}" @click=${target.reveal}>
    ${direction === 'earlier' ? arrow : nothing}<span dir="auto">${text}</span>${target.title ? html`<span class="visually-hidden">, ${target.title}</span>` : nothing}${direction === 'later' ? arrow : nothing}
  </button>`;
}
