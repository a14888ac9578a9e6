/**
 * The panels the timeline opens: the selected event's card, docked beside the horizontal plot or under it (so
 * that it never covers the chart), and an open cluster's list of events (with "Zoom in" and "Close"), a small
 * menu floating next to its badge. Both close with Escape, without the key reaching the chart. Also the row
 * that holds the horizontal chart and its docked card, and asks for the height the chart's rows want.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { clusterListHeading, clusterListRest } from '../../layout/timeline-text.js';
import { eventDateText } from '../../layout/event-date-text.js';
import { placeFloatingPanel, type CardDock, type FloatingPanelPlacement } from '../../layout/card-position.js';
import { HORIZONTAL } from '../../layout/geometry.js';
import type { HorizontalLayout, PlacedCluster } from '../../layout/horizontal-layout.js';
import type { Phrases } from '../../model/interface-phrases.js';
import type { NormalizedEvent } from '../../model/types.js';
import { cssomStyle } from '../shared/cssom-style.js';
import { cardRequest, revealOpenedCard } from './reveal.js';

/** An open cluster lists at most this many of its events; zooming in shows the rest. */
const LISTED_CLUSTER_EVENTS = 50;

const HEADINGS: readonly StaticValue[] = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The heading level of the card's title and of a cluster list's heading: 2 to 6, else 2. */
export function panelHeadingLevel(level: unknown): number {
  const number = Number(level);
  return Number.isInteger(number) && number >= 2 && number <= 6 ? number : 2;
}

export interface PanelContext {
  locale: string | undefined;
  phrases: Phrases;
  /** The element's own renamings of interface strings, passed on to the card. */
  strings: Readonly<Record<string, string>> | undefined;
  theme: 'light' | 'dark' | undefined;
  /** The heading level of the card's title and of a cluster list's heading (2 to 6), to fit the page's outline. */
  headingLevel: number;
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

/** The selected event's card: closable, its title a heading of the timeline's `heading-level`, its sources one below. */
export function eventCard(event: NormalizedEvent, context: PanelContext): TemplateResult {
  return html`<dateline-event-card
    id="event-card"
    closable
    heading-level=${panelHeadingLevel(context.headingLevel)}
    locale=${context.locale ?? ''}
    .strings=${context.strings}
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
  const heading = clusterListHeading(count, context.locale, context.phrases);
  const tag = HEADINGS[panelHeadingLevel(context.headingLevel) - 2]!;
  return html`<div class="cluster-list" role="dialog" aria-label=${heading} @keydown=${closeOnEscape(context)}>
    ${staticHtml`<${tag} class="cluster-list-heading">${heading}</${tag}>`}
    <ul>
      ${listed.map(
        (event) => html`<li>
          <button type="button" @click=${() => context.onSelect(event)}>
            <span class="when">${eventDateText(event, context.locale, context.phrases)}</span><br />${event.title}
          </button>
        </li>`,
      )}
      ${count > listed.length ? html`<li>${clusterListRest(count - listed.length, context.locale, context.phrases)}</li>` : nothing}
    </ul>
    <div class="actions">
      <button type="button" @click=${() => context.onZoomIn()}>${context.phrases.zoomIn}</button>
      <button type="button" @click=${() => context.onClose()}>${context.phrases.close}</button>
    </div>
  </div>`;
}

/** A panel floating over the horizontal plot where `placeFloatingPanel` put it. */
function floatingPanel(placement: FloatingPanelPlacement, content: TemplateResult): TemplateResult {
  const px = (value: number | undefined) => (value === undefined ? undefined : `${value}px`);
  return html`<div
    class="floating-panel"
    ${cssomStyle({
      'inset-inline-start': px(placement.inlineStart),
      width: px(placement.width),
      top: px(placement.top),
      bottom: px(placement.bottom),
      'max-height': px(placement.maxHeight),
    })}
  >
    ${content}
  </div>`;
}

/** What decides whether the horizontal chart has a cluster's list open, and where. */
export interface ClusterPanelInput {
  layout: HorizontalLayout;
  openClusterKey: string | undefined;
  /** A cluster's first events, at most `limit` of them. */
  clusterEvents(cluster: PlacedCluster, limit: number): NormalizedEvent[];
  /** The plot's size, to keep the list inside it. */
  plot: { width: number; height: number };
}

/** The open cluster's list, floating next to its badge (under, over or beside it, never on it); nothing when none is open. */
export function clusterPanel(input: ClusterPanelInput, context: PanelContext): TemplateResult | typeof nothing {
  const cluster = input.layout.clusters.find((candidate) => candidate.key === input.openClusterKey);
  if (!cluster) return nothing;
  const placement = placeFloatingPanel({
    anchorStart: cluster.start,
    // A badge is drawn at least a cluster's width wide.
    anchorEnd: Math.max(cluster.end, cluster.start + HORIZONTAL.clusterWidth),
    rowTop: cluster.y,
    anchorHeight: cluster.height,
    plotWidth: input.plot.width,
    plotHeight: input.plot.height,
  });
  return floatingPanel(placement, clusterList(cluster.count, input.clusterEvents(cluster, LISTED_CLUSTER_EVENTS), context));
}

/** The horizontal chart with its card: what the element draws below its header in the horizontal layout. */
export interface HorizontalBodyView {
  /** The horizontal chart (axis and plot). */
  chart: TemplateResult;
  /** The chart's accessible name: the row of chart and docked card is the timeline's group. */
  label: string;
  /** What screen readers call the chart ("timeline"), in the interface's language. */
  roleDescription: string;
  /**
   * The chart's height when the element's height follows its content: the axis and the rows its lanes want.
   * The row holding the chart is at least this tall (and taller when a docked card needs it); in an element of
   * fixed height it shrinks or grows to fit, and the layout lays out with what it gets.
   */
  wantedHeight: number;
  /** The selected event, for a fresh card wrapper (brought into view when it opens under the plot). */
  selectedId: string | undefined;
  /** The selected event's card, or nothing. */
  card: TemplateResult | typeof nothing;
  dock: CardDock;
}

/**
 * The card docked beside the plot stands outside the chart's row (it spans the element's height, header
 * included), but a screen reader finds it inside the chart's group, after the events, as it does other cards.
 */
const DOCKED_CARD_ID = 'docked-card';

/**
 * The chart, and the selected event's card docked in a panel beside the plot (at the inline end) or under it,
 * across the element; neither covers the other. A docked panel is as tall as the chart, or makes the element
 * taller when the card needs more; in an element of fixed height it scrolls inside itself, as a last resort.
 */
export function horizontalBody(view: HorizontalBodyView): TemplateResult {
  const { card, dock } = view;
  return html`<div
      class="chart-row"
      role="group"
      aria-roledescription=${view.roleDescription}
      aria-label=${view.label}
      aria-owns=${card !== nothing && dock === 'beside' ? DOCKED_CARD_ID : nothing}
      ${cssomStyle({ '--_wanted-chart-height': `${Math.ceil(view.wantedHeight)}px` })}
      @click=${cardRequest}
    >
      ${view.chart}
    </div>
    ${card !== nothing && dock === 'beside' ? html`<div class="card-dock beside" part="card" id=${DOCKED_CARD_ID}>${card}</div>` : nothing}
    ${card !== nothing && dock === 'below'
      ? keyed(view.selectedId, html`<div class="card-dock below" part="card" ${ref(revealOpenedCard)}>${card}</div>`)
      : nothing}`;
}
