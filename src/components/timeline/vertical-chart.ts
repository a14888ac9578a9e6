/**
 * The vertical (phone) chart's template: a spine with each event's date on one side and its title on the
 * other, "⋯ 3 months later ⋯" markers for collapsed gaps, buttons to the page of events before or after when a
 * window holds too many to list, and the card in the flow below. It draws a `VerticalTimelineLayout`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { LaneMode } from '../../layout/lanes.js';
import type { VerticalTimelineLayout } from '../../layout/timeline-layout.js';
import { describeGap, eventsInViewLabel, pageButtonText, spokenEventDetails } from '../../layout/timeline-text.js';
import { cssomStyle } from '../shared/cssom-style.js';
import { eventItem, type EventItemContext } from './event-item.js';

export interface VerticalChartView extends EventItemContext {
  layout: VerticalTimelineLayout;
  laneMode: LaneMode;
  /** The chart's accessible name. */
  label: string;
  locale: string | undefined;
  /** The selected event's card, or nothing. */
  card: TemplateResult | typeof nothing;
  onKeyDown(event: KeyboardEvent): void;
  /** Shows the page of events that holds `order`. */
  onPage(order: number): void;
}

export function verticalChart(view: VerticalChartView): TemplateResult {
  const { layout, locale } = view;
  return html`<div class="chart vertical-chart" role="group" aria-roledescription="timeline" aria-label=${view.label} @keydown=${view.onKeyDown}>
    ${layout.lastEarlier !== undefined ? pageButton(view, pageButtonText('earlier', layout.earlier, locale), layout.lastEarlier) : nothing}
    <div class="vertical" ${cssomStyle({ height: `${layout.height}px` })}>
      <div class="spine" aria-hidden="true"></div>
      <ul class="events" role="list" aria-label=${eventsInViewLabel(view.total, view.locale)}>
        ${repeat(
          layout.blocks,
          (block) => block.event.id,
          (block) =>
            eventItem(
              view,
              block.event,
              block.order,
              block.lane,
              { top: `${block.y}px`, height: `${block.height}px` },
              html`<span class="when">${block.date}</span>
                <span class="mark ${block.kind}"></span>
                <span class="title" part="event-label">${block.event.title}</span>
                <span class="visually-hidden">${spokenEventDetails(block.event, { dateShown: true, order: block.order, total: view.total, laneMode: view.laneMode, locale })}</span>`,
            ),
        )}
      </ul>
      ${layout.gaps.map((gap) => html`<div class="gap-marker" ${cssomStyle({ top: `${gap.y}px` })}>${describeGap(gap.toTime - gap.fromTime, locale)}</div>`)}
    </div>
    ${layout.firstLater !== undefined ? pageButton(view, pageButtonText('later', layout.later, locale), layout.firstLater) : nothing}
    ${view.card === nothing ? nothing : html`<div part="card">${view.card}</div>`}
  </div>`;
}

/** When a window holds too many events to list at once, these move to the page before or after. */
function pageButton(view: VerticalChartView, text: string, order: number): TemplateResult {
  return html`<div class="actions"><button type="button" class="page" @click=${() => view.onPage(order)}>${text}</button></div>`;
}
