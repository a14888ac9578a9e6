/**
 * One event as an item of the timeline's list of drawn events, in either orientation: a button that holds its
 * mark and label, whose classes say its kind, status, whether its claim is contested and its lane colour, with
 * the ARIA state of its card.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { markKindOf } from '../../layout/mark-kind.js';
import { isContested } from '../../model/claims.js';
import type { NormalizedEvent } from '../../model/types.js';
import { cssomStyle } from '../shared/cssom-style.js';

/** What every drawn event needs to know of the timeline, and how it reports a click or focus. */
export interface EventItemContext {
  /** How many events there are in all (for `aria-setsize`). */
  total: number;
  selectedId: string | undefined;
  /** The order of the event that holds the tab stop. */
  tabStop: number | undefined;
  /** The colour index of a lane (`lane-N` class), or -1 for no colour. */
  laneColor(lane: number): number;
  onEventClick(event: NormalizedEvent): void;
  onEventFocus(order: number): void;
}

/** The classes of an event's button: its kind, its status, `contested` when someone denies or disputes it, and its lane's colour. */
export function eventClasses(event: NormalizedEvent, colorIndex: number): Record<string, boolean> {
  return {
    event: true,
    [`kind-${markKindOf(event)}`]: true,
    [`status-${event.status ?? 'none'}`]: true,
    contested: isContested(event),
    [`lane-${colorIndex}`]: colorIndex >= 0,
  };
}

/**
 * An event's list item and button, placed by `style`, holding `content` (its mark and label) and `spoken`, the
 * details a screen reader adds to what is shown (", Confirmed, event 3 of 18"); `key` for a key event. An event
 * drawn without a label gives its name as `unshownName` (its title), which only a screen reader hears.
 *
 * The button's name is its own text, or the unshown name, then the details (`aria-labelledby` naming the button
 * or the name, then the details). The unshown name and the details sit in `hidden` spans, which a name may use
 * when it is named: a visually hidden span would be laid out, its text shaped, at every first render and restyled
 * at every step (the details were about 12 % of the first render and of a step at 100 events; the unshown titles
 * are most of what a step that draws a crowd's events anew lays out).
 */
export function eventItem(
  context: EventItemContext,
  event: NormalizedEvent,
  order: number,
  lane: number,
  style: Record<string, string | undefined>,
  content: TemplateResult,
  spoken: string,
  key = false,
  unshownName?: string,
): TemplateResult {
  const isSelected = context.selectedId === event.id;
  // Ids from the order, unique among the drawn events; an event's own id may hold spaces, which a list of ids cannot.
  const buttonId = `event-${order}`;
  return html`<li role="listitem" aria-setsize=${context.total} aria-posinset=${order + 1}>
    <button
      type="button"
      id=${buttonId}
      aria-labelledby="${unshownName === undefined ? buttonId : `${buttonId}-name`} ${buttonId}-details"
      class=${classMap({ ...eventClasses(event, context.laneColor(lane)), key })}
      part=${isSelected ? 'event selected' : 'event'}
      data-id=${event.id}
      data-order=${order}
      tabindex=${order === context.tabStop ? 0 : -1}
      aria-current=${isSelected ? 'true' : 'false'}
      aria-expanded=${isSelected ? 'true' : 'false'}
      aria-controls=${isSelected ? 'event-card' : nothing}
      ${cssomStyle(style)}
      @click=${() => context.onEventClick(event)}
      @focus=${() => context.onEventFocus(order)}
    >
      ${content}${unshownName === undefined ? nothing : html`<span hidden id="${buttonId}-name">${unshownName}</span>`}<span hidden id="${buttonId}-details">${spoken}</span>
    </button>
  </li>`;
}
