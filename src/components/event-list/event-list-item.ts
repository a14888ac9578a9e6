/**
 * One event in `<dateline-event-list>`: what the list shows of it (worked out before rendering, in
 * `listItemView`) and its list item: the title as a button in a heading, the date, the status in words, who
 * says so ("Alleged by the United States; denied by Russia and North Korea"), the summary (authors' simple HTML,
 * sanitised), and under the selected event its details (media, actors, category, place, what was known when,
 * sources). Whatever else an item
 * comes to show of its event is worked out in `listItemView` and drawn in `listItem`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { attributionText } from '../../model/attribution-text.js';
import { formatEventDate } from '../../model/format-date.js';
import { mediaCode } from '../../model/code-on-demand.js';
import type { EventStatus } from '../../model/schema.js';
import type { Phrases } from '../../model/interface-phrases.js';
import { statusMeaning, statusWord } from '../../model/status.js';
import type { NormalizedEvent } from '../../model/types.js';
import { claimSteps } from '../shared/claim-views.js';
import { claimStepList, factList, sourceItem } from '../shared/event-details.js';
import { eventMedia } from '../shared/event-media.js';
import { richText } from '../shared/rich-text.js';
import { isStatus, machineDate, sourceViews, textOf } from '../shared/event-text.js';
import { heading } from '../shared/heading.js';

/** One event as the list shows it, worked out in `willUpdate` so that `render` cannot fail. */
export interface ListItemView {
  event: NormalizedEvent;
  /** Position in time order, used for element ids. */
  order: number;
  dateText: string;
  datetime?: string;
  status?: EventStatus;
  /** Who says so, when the event names anyone: "Alleged by the United States; denied by Russia and North Korea". */
  attribution?: string;
}

/** What the list shows of the event at `order`, in `locale`. */
export function listItemView(event: NormalizedEvent, order: number, locale: string | undefined, phrases: Phrases): ListItemView {
  const item: ListItemView = { event, order, dateText: formatEventDate(event, locale, phrases) };
  const datetime = machineDate(event);
  if (datetime) item.datetime = datetime;
  if (isStatus(event.status)) item.status = event.status;
  const attribution = attributionText(event, locale, phrases);
  // The status word alone is already on the line above.
  if (attribution && attribution !== (item.status && statusWord(item.status, phrases))) item.attribution = attribution;
  return item;
}

/** What every item needs to know of the list, and how it reports a click on its title. */
export interface ListItemContext {
  selectedId: string | undefined;
  /** The locale of the dates in the details (the sources'). */
  locale: string | undefined;
  phrases: Phrases;
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
            ><span class="status" part="status" title=${statusMeaning(item.status, context.phrases)}
              ><span class="glyph glyph-${item.status}" aria-hidden="true"></span>${statusWord(item.status, context.phrases)}</span
            >`
        : nothing}
    </p>
    ${item.attribution ? html`<p class="attribution" part="attribution">${item.attribution}</p>` : nothing}
    ${textOf(event.summary) ? html`<div class="summary rich" part="summary" dir="auto">${richText(event.summary)}</div>` : nothing}
    ${isSelected ? itemDetails(event, detailsId, level, context.locale, context.phrases) : nothing}
  </li>`;
}

/**
 * The selected event's media, actors, category, place, what was known when (its history and dated responses) and
 * sources (each under a heading one below the title's). Media is drawn only here, under the event the reader
 * opened: the list asks no media host for anything before.
 */
function itemDetails(event: NormalizedEvent, id: string, level: number, locale: string | undefined, phrases: Phrases): TemplateResult {
  const raw = event as unknown as Record<string, unknown>;
  const actors = Array.isArray(raw.actors) ? raw.actors.filter((actor): actor is string => textOf(actor) !== undefined).join(', ') : '';
  const facts = factList(actors || undefined, textOf(raw.category), textOf(raw.location), phrases);
  const steps = claimSteps(event, locale, phrases);
  const sources = sourceViews(raw.sources, locale);
  // The list's events were read with the media services at hand when they have media (code-on-demand.ts).
  const media = mediaCode.provided?.mediaView(raw.media);
  return html`<div class="details" part="details" id=${id}>
    ${eventMedia(media, { phrases })}
    ${facts}
    ${steps.length
      ? html`<div class="history">
          ${heading(level + 1, 'history-heading', phrases.historyHeading)}
          ${claimStepList(steps, phrases)}
        </div>`
      : nothing}
    ${sources.length
      ? html`<div class="sources">
          ${heading(level + 1, 'sources-heading', phrases.sourcesHeading)}
          <ul class="source-list" role="list">
            ${sources.map((source) => sourceItem(source, phrases))}
          </ul>
        </div>`
      : nothing}
    ${facts === nothing && !steps.length && !sources.length && !media ? html`<p class="no-details">${phrases.noDetails}</p>` : nothing}
  </div>`;
}

/**
 * Who says so, under the date and status; the space around the media and what was known when, in the details (its
 * heading is set like the sources', in shared/event-details.ts); and the list's "As of 5 October 2024" line, in the muted
 * type of the dates.
 */
export const listItemStyles = css`
  .as-of {
    margin: 0 0 8px;
    padding-inline: 4px;
    color: var(--_muted);
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
  }
  .attribution {
    margin: 2px 0 0;
    font-size: 0.8125rem;
  }
  .facts + .history,
  .history + .sources,
  .media + .facts,
  .media + .history,
  .media + .sources {
    margin-block-start: 8px;
  }
  /* Media leads the details, no wider than a reading column. */
  .details > .media {
    max-inline-size: 480px;
    margin-block-start: 0;
  }
  .claim-steps {
    margin: 2px 0 0;
  }
  @media (forced-colors: active) {
    .as-of {
      color: CanvasText;
    }
  }
`;
