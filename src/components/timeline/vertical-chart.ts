/**
 * The vertical (phone) chart's template: a spine with each event's date on one side and its title on the
 * other, "⋯ 3 months later ⋯" markers for collapsed gaps, buttons to the page of events before or after when a
 * window holds too many to list, and the selected event's card in place, right under its event. It draws a
 * `VerticalTimelineLayout`.
 *
 * The card opens in the flow: the blocks are split at the selected event, those up to it in one stretch of the
 * spine and those after it in another, with the card between, so the later blocks move down by exactly the
 * card's height, whatever it is, without measuring it. Eras are pale bands behind their events' blocks, their
 * names in the room the layout keeps above each era's first block (a band the card cuts is drawn in two). In an element of fixed height the chart scrolls inside
 * itself (with a shade at the edge that hides more), and a focused event or an opened card is scrolled into view
 * there without moving the page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Phrases } from '../../model/interface-phrases.js';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import type { LaneMode } from '../../layout/lanes.js';
import type { VerticalBlock, VerticalEra, VerticalTimelineLayout } from '../../layout/vertical-layout.js';
import type { GapMarker } from '../../layout/vertical-layout.js';
import { describeGap, eventsInViewLabel, pageButtonText, spokenEventDetails } from '../../layout/timeline-text.js';
import { cssomStyle } from '../shared/cssom-style.js';
import { eventItem, type EventItemContext } from './event-item.js';
import { cardRequest, revealFocused, revealOpenedCard } from './reveal.js';

export interface VerticalChartView extends EventItemContext {
  layout: VerticalTimelineLayout;
  laneMode: LaneMode;
  /** The chart's accessible name. */
  label: string;
  locale: string | undefined;
  phrases: Phrases;
  /** The selected event's card, or nothing. */
  card: TemplateResult | typeof nothing;
  onKeyDown(event: KeyboardEvent): void;
  /** Shows the page of events that holds `order`. */
  onPage(order: number): void;
  /** The dataset's eras in words, read before the events ("Eras: The Cold War, 1947–1991; …"), or "". */
  erasText: string;
}

export function verticalChart(view: VerticalChartView): TemplateResult {
  const { layout, locale, phrases } = view;
  const selected = view.card === nothing ? -1 : layout.blocks.findIndex((block) => block.event.id === view.selectedId);
  // Where the spine is cut for the card: under the selected block, or (its event not listed) at the end.
  const cut = selected >= 0 ? layout.blocks[selected]!.y + layout.blocks[selected]!.height : layout.height;
  const upToCut = selected >= 0 ? layout.blocks.slice(0, selected + 1) : layout.blocks;
  const afterCut = selected >= 0 ? layout.blocks.slice(selected + 1) : [];
  return html`<div
    class="chart vertical-chart"
    role="group"
    aria-roledescription=${phrases.timelineRole}
    aria-label=${view.label}
    @keydown=${view.onKeyDown}
    @click=${cardRequest}
    @focusin=${revealFocused}
  >
    ${view.erasText ? html`<p class="visually-hidden">${view.erasText}</p>` : nothing}
    ${layout.lastEarlier !== undefined ? pageButton(view, pageButtonText('earlier', layout.earlier, locale, phrases), layout.lastEarlier) : nothing}
    ${spineStretch(
      view,
      upToCut,
      layout.gaps.filter((gap) => gap.y < cut),
      0,
      cut,
      selected >= 0,
    )}
    ${view.card === nothing
      ? nothing
      : keyed(
          view.selectedId,
          html`<div
            class="card-in-place"
            part="card"
            ${cssomStyle({ '--_event-above': selected >= 0 ? `${layout.blocks[selected]!.height}px` : undefined })}
            ${ref(revealOpenedCard)}
          >
            ${view.card}
          </div>`,
        )}
    ${afterCut.length > 0
      ? spineStretch(
          view,
          afterCut,
          layout.gaps.filter((gap) => gap.y >= cut),
          cut,
          layout.height,
          false,
        )
      : nothing}
    ${layout.firstLater !== undefined ? pageButton(view, pageButtonText('later', layout.later, locale, phrases), layout.firstLater) : nothing}
  </div>`;
}

/** A stretch of the spine, from `from` to `to` of the layout, with its blocks and gap markers; `cut` when the card follows it. */
function spineStretch(view: VerticalChartView, blocks: readonly VerticalBlock[], gaps: readonly GapMarker[], from: number, to: number, cut: boolean): TemplateResult {
  const { locale, phrases } = view;
  return html`<div class=${cut ? 'vertical cut' : 'vertical'} ${cssomStyle({ height: `${to - from}px` })}>
    ${view.layout.eras.filter((era) => era.bottom > from && era.top < to).map((era) => eraBand(era, from, to))}
    <div class="spine" aria-hidden="true"></div>
    <ul class="events" role="list" aria-label=${eventsInViewLabel(view.total, locale, phrases)}>
      ${repeat(
        blocks,
        (block) => block.event.id,
        (block) =>
          eventItem(
            view,
            block.event,
            block.order,
            block.lane,
            { top: `${block.y - from}px`, height: `${block.height}px` },
            html`<span class="when">${block.date}</span>
              <span class="mark ${block.kind}${block.event.approximate === true ? ' approximate' : ''}"></span>
              <span class="title" part="event-label"><bdi>${block.event.title}</bdi></span>`,
            spokenEventDetails(block.event, { dateShown: true, order: block.order, total: view.total, laneMode: view.laneMode, locale, phrases }),
            block.event.importance === 'key',
          ),
      )}
    </ul>
    ${gaps.map((gap) => html`<div class="gap-marker" ${cssomStyle({ top: `${gap.y - from}px` })}>${describeGap(gap.fromTime, gap.toTime, locale, phrases)}</div>`)}
  </div>`;
}

/** An era's band in a stretch of the spine from `from` to `to`, its name at its top when the top is in this stretch. */
function eraBand(era: VerticalEra, from: number, to: number): TemplateResult {
  const top = Math.max(era.top, from);
  return html`<div
    class="era era-${era.index % 2}"
    part="era"
    aria-hidden="true"
    ${cssomStyle({ top: `${top - from}px`, height: `${Math.min(era.bottom, to) - top}px` })}
  >
    ${era.top >= from ? html`<span class="era-name">${era.title}${era.ongoing ? ' →' : ''}</span>` : nothing}
  </div>`;
}

/** When a window holds too many events to list at once, these move to the page before or after. */
function pageButton(view: VerticalChartView, text: string, order: number): TemplateResult {
  return html`<div class="actions"><button type="button" class="page" @click=${() => view.onPage(order)}>${text}</button></div>`;
}
