/**
 * The strip above the chart: the legend of the statuses in the data (when there are two or more), and the
 * zoom toolbar ("+", "−", "Fit"), one tab stop whose buttons the arrows move between.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventStatus } from '../../model/schema.js';
import { STATUS_LABELS } from '../../model/status.js';

export interface TimelineHeaderView {
  /** The statuses present in the data, in the legend's order. */
  statuses: readonly EventStatus[];
  /** Whether to show the zoom toolbar (only when there are events). */
  controls: boolean;
  onToolbarKeyDown(event: KeyboardEvent): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
}

export function timelineHeader(view: TimelineHeaderView): TemplateResult {
  return html`<div class="header">${legend(view.statuses)} ${view.controls ? zoomToolbar(view) : nothing}</div>`;
}

function legend(statuses: readonly EventStatus[]): TemplateResult | typeof nothing {
  if (statuses.length < 2) return nothing;
  return html`<ul class="legend" aria-label="Status of claims">
    ${statuses.map((status) => html`<li class="status-${status}"><span class="mark point" aria-hidden="true"></span>${STATUS_LABELS[status]}</li>`)}
  </ul>`;
}

function zoomToolbar(view: TimelineHeaderView): TemplateResult {
  return html`<div part="controls" role="toolbar" aria-label="Zoom" @keydown=${view.onToolbarKeyDown}>
    <button type="button" aria-label="Zoom in" title="Zoom in (+)" @click=${() => view.onZoomIn()}>+</button>
    <button type="button" tabindex="-1" aria-label="Zoom out" title="Zoom out (−)" @click=${() => view.onZoomOut()}>−</button>
    <button type="button" tabindex="-1" class="fit" title="Show all events" @click=${() => view.onFit()}>Fit</button>
  </div>`;
}
