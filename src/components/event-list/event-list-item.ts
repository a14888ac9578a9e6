/**
 * One event in `<dateline-event-list>`: what the list shows of it (worked out before rendering, in
 * `listItemView`) and its list item: the title as a button in a heading, the date, the status in words, the
 * summary, and under the selected event its details (actors, category, place, sources). Whatever else an item
 * comes to show of its event (who says so, how its status changed) is worked out in `listItemView` and drawn in
 * `listItem`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { formatEventDate } from '../../model/format-date.js';
import type { EventStatus } from '../../model/schema.js';
import { STATUS_LABELS, STATUS_MEANINGS } from '../../model/status.js';
import type { NormalizedEvent } from '../../model/types.js';
import { factList, sourceItem } from '../shared/event-details.js';
import { isStatus, machineDate, sourceViews, textOf } from '../shared/event-text.js';
import { heading } from './heading.js';

/** One event as the list shows it, worked out in `willUpdate` so that `render` cannot fail. */
export interface ListItemView {
  event: NormalizedEvent;
  /** Position in time order, used for element ids. */
  order: number;
  dateText: string;
  datetime?: string;
  status?: EventStatus;
}

/** What the list shows of the event at `order`, in `locale`. */
export function listItemView(event: NormalizedEvent, order: number, locale: string | undefined): ListItemView {
  const item: ListItemView = { event, order, dateText: formatEventDate(event, locale) };
  const datetime = machineDate(event);
  if (datetime) item.datetime = datetime;
  if (isStatus(event.status)) item.status = event.status;
  return item;
}

/** What every item needs to know of the list, and how it reports a click on its title. */
export interface ListItemContext {
  selectedId: string | undefined;
  /** The locale of the dates in the details (the sources'). */
  locale: string | undefined;
  onItemClick(event: NormalizedEvent): void;
}

/** An event's list item, its title a heading of `level`; the selected one unfolds its details. */
export function listItem(context: ListItemContext, item: ListItemView, level: number): TemplateResult {
  const { event } = item;
  const isSelected = context.selectedId === event.id;
  const detailsId = `details-${item.order}`;
  return html`<li
    class=${classMap({ item: true, selected: isSelected, [`status-${item.status ?? 'none'}`]: true })}
    part=${isSelected ? 'item selected' : 'item'}
    data-id=${event.id}
  >
    ${heading(
      level,
      'title',
      html`<button
      type="button"
      class="item-button"
      part="title"
      data-id=${event.id}
      dir="auto"
      aria-expanded=${isSelected ? 'true' : 'false'}
      aria-controls=${isSelected ? detailsId : nothing}
      aria-current=${isSelected ? 'true' : nothing}
      @click=${() => context.onItemClick(event)}
    >${event.title}</button>`,
    )}
    <p class="meta">
      <time part="date" datetime=${item.datetime ?? nothing}>${item.dateText}</time>${item.status
        ? html`<span class="separator" aria-hidden="true"> · </span
            ><span class="status" part="status" title=${STATUS_MEANINGS[item.status]}
              ><span class="glyph glyph-${item.status}" aria-hidden="true"></span>${STATUS_LABELS[item.status]}</span
            >`
        : nothing}
    </p>
    ${textOf(event.summary) ? html`<p class="summary" part="summary" dir="auto">${event.summary}</p>` : nothing}
    ${isSelected ? itemDetails(event, detailsId, level, context.locale) : nothing}
  </li>`;
}

/** The selected event's actors, category, place and sources (under a heading one below the title's). */
function itemDetails(event: NormalizedEvent, id: string, level: number, locale: string | undefined): TemplateResult {
  const raw = event as unknown as Record<string, unknown>;
  const actors = Array.isArray(raw.actors) ? raw.actors.filter((actor): actor is string => textOf(actor) !== undefined).join(', ') : '';
  const facts = factList(actors || undefined, textOf(raw.category), textOf(raw.location));
  const sources = sourceViews(raw.sources, locale);
  return html`<div class="details" part="details" id=${id}>
    ${facts}
    ${sources.length
      ? html`<div class="sources">
          ${heading(level + 1, 'sources-heading', 'Sources')}
          <ul class="source-list" role="list">
            ${sources.map(sourceItem)}
          </ul>
        </div>`
      : nothing}
    ${facts === nothing && !sources.length ? html`<p class="no-details">No sources or further details.</p>` : nothing}
  </div>`;
}
