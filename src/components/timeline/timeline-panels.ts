/**
 * The panels the timeline opens over or below its chart: the selected event's card and an open cluster's list
 * of events (with "Zoom in" and "Close"). Both close with Escape, without the key reaching the chart.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { clusterListHeading, clusterListRest } from '../../layout/timeline-text.js';
import { eventDateText } from '../../layout/event-date-text.js';
import { placeFloatingPanel, type FloatingPanelPlacement } from '../../layout/card-position.js';
import type { HorizontalLayout, PlacedCluster } from '../../layout/timeline-layout.js';
import type { NormalizedEvent } from '../../model/types.js';
import { cssomStyle } from '../shared/cssom-style.js';

/** An open cluster lists at most this many of its events; zooming in shows the rest. */
const LISTED_CLUSTER_EVENTS = 50;

export interface PanelContext {
  locale: string | undefined;
  theme: 'light' | 'dark' | undefined;
  /** The user closes the panel (its Close button or Escape). */
  onClose(): void;
  onSelect(event: NormalizedEvent): void;
  onZoomIn(): void;
}

/** Escape inside a panel closes it and goes no further. */
const closeOnEscape = (context: PanelContext) => (event: KeyboardEvent) => {
  if (event.key !== 'Escape') return;
  event.stopPropagation();
  context.onClose();
};

/** The selected event's card: closable, its title a level-3 heading under the chart's name. */
export function eventCard(event: NormalizedEvent, context: PanelContext): TemplateResult {
  return html`<dateline-event-card
    id="event-card"
    closable
    heading-level="3"
    locale=${context.locale ?? ''}
    theme=${context.theme ?? nothing}
    .event=${event}
    @dateline-close=${(closeEvent: Event) => {
      closeEvent.stopPropagation();
      context.onClose();
    }}
    @keydown=${closeOnEscape(context)}
  ></dateline-event-card>`;
}

/** An open cluster's events (the first of them, when there are many), each a button that selects it. */
export function clusterList(count: number, listed: readonly NormalizedEvent[], context: PanelContext): TemplateResult {
  const heading = clusterListHeading(count, context.locale);
  return html`<div class="cluster-list" role="dialog" aria-label=${heading} @keydown=${closeOnEscape(context)}>
    <h3>${heading}</h3>
    <ul>
      ${listed.map(
        (event) => html`<li>
          <button type="button" @click=${() => context.onSelect(event)}>
            <span class="when">${eventDateText(event, context.locale)}</span><br />${event.title}
          </button>
        </li>`,
      )}
      ${count > listed.length ? html`<li>${clusterListRest(count - listed.length, context.locale)}</li>` : nothing}
    </ul>
    <div class="actions">
      <button type="button" @click=${() => context.onZoomIn()}>Zoom in</button>
      <button type="button" @click=${() => context.onClose()}>Close</button>
    </div>
  </div>`;
}

/** A panel floating over the horizontal chart where `placeFloatingPanel` put it. */
function floatingPanel(placement: FloatingPanelPlacement, content: TemplateResult): TemplateResult {
  const px = (value: number | undefined) => (value === undefined ? undefined : `${value}px`);
  return html`<div
    part="card"
    ${cssomStyle({
      'inset-inline-start': px(placement.inlineStart),
      top: px(placement.top),
      bottom: px(placement.bottom),
      'max-height': px(placement.maxHeight),
    })}
  >
    ${content}
  </div>`;
}

/** What decides which panel the horizontal chart has open, and where. */
export interface OpenPanelInput {
  layout: HorizontalLayout;
  openClusterKey: string | undefined;
  selected: NormalizedEvent | undefined;
  /** The selected event's order, or -1. */
  selectedOrder: number;
  /** A cluster's first events, at most `limit` of them. */
  clusterEvents(cluster: PlacedCluster, limit: number): NormalizedEvent[];
  clusterHolds(cluster: PlacedCluster, order: number): boolean;
  /** The plot's size, to float the panel over it; undefined to put it below the chart in the flow. */
  plot: { width: number; height: number } | undefined;
}

/**
 * The open panel of the horizontal chart: an open cluster's list, else the selected event's card, next to the
 * cluster or the event's mark (or the cluster it is folded into); nothing when neither is open.
 */
export function openPanel(input: OpenPanelInput, context: PanelContext): TemplateResult | typeof nothing {
  const { layout, selected, plot } = input;
  let content: TemplateResult;
  let anchor: { start: number; y: number };
  const cluster = layout.clusters.find((candidate) => candidate.key === input.openClusterKey);
  if (cluster) {
    content = clusterList(cluster.count, input.clusterEvents(cluster, LISTED_CLUSTER_EVENTS), context);
    anchor = { start: cluster.start, y: cluster.y };
  } else if (selected) {
    const placed = layout.events.find((candidate) => candidate.event === selected);
    const holder = placed ? undefined : layout.clusters.find((candidate) => input.clusterHolds(candidate, input.selectedOrder));
    content = eventCard(selected, context);
    anchor = placed ? { start: placed.markStart, y: placed.y } : holder ? { start: holder.start, y: holder.y } : { start: 0, y: 0 };
  } else {
    return nothing;
  }
  if (!plot) return html`<div class="below-card"><div part="card">${content}</div></div>`;
  return floatingPanel(placeFloatingPanel({ anchorStart: anchor.start, rowTop: anchor.y, plotWidth: plot.width, plotHeight: plot.height }), content);
}
