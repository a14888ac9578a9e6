/**
 * The strip above the chart: the legend of the statuses in the data, when there are two or more (nothing
 * otherwise). The zoom toolbar is in the footer (timeline-footer.ts), after the chart, so that Tab reaches the
 * events first.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventStatus } from '../../model/schema.js';
import { STATUS_LABELS } from '../../model/status.js';

export interface TimelineHeaderView {
  /** The statuses present in the data, in the legend's order. */
  statuses: readonly EventStatus[];
}

export function timelineHeader(view: TimelineHeaderView): TemplateResult | typeof nothing {
  if (view.statuses.length < 2) return nothing;
  return html`<div class="header">
    <ul class="legend" aria-label="Status of claims">
      ${view.statuses.map((status) => html`<li class="status-${status}"><span class="mark point" aria-hidden="true"></span>${STATUS_LABELS[status]}</li>`)}
    </ul>
  </div>`;
}
