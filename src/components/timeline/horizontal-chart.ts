/**
 * The horizontal chart's template: the time axis, the eras' bands behind everything, grid lines, lane names and
 * rules, the events (marks with their labels, and their thumbnails when asked for), the crowds' small marks (one
 * canvas: crowd-canvas.ts and its painter), the "+N" clusters and count columns, and the panel floating over the
 * plot. It draws a `HorizontalLayout` and binds the gestures and keys the element hands it; it decides nothing itself.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Phrases } from '../../model/interface-phrases.js';
import { repeat } from 'lit/directives/repeat.js';
import { HORIZONTAL } from '../../layout/geometry.js';
import type { LaneMode } from '../../layout/lanes.js';
import type { PlacedEra } from '../../layout/eras.js';
import type { HorizontalLayout, PlacedCluster, PlacedEvent, PlacedLane } from '../../layout/horizontal-layout.js';
import { countText, describeBreak, describeBreakInWords, describeCluster, eventsInViewLabel, spokenEventDetails } from '../../layout/timeline-text.js';
import type { NormalizedEvent } from '../../model/types.js';
import type { GestureController } from '../../controllers/gesture-controller.js';
import { cssomStyle } from '../shared/cssom-style.js';
import { crowdCanvas } from './crowd-canvas.js';
import { eventItem, type EventItemContext } from './event-item.js';

export interface HorizontalChartView extends EventItemContext {
  layout: HorizontalLayout;
  events: readonly NormalizedEvent[];
  laneMode: LaneMode;
  locale: string | undefined;
  phrases: Phrases;
  openClusterKey: string | undefined;
  /** The card or cluster list floating over the plot, already placed; or nothing. */
  panel: TemplateResult | typeof nothing;
  gestures: GestureController;
  onKeyDown(event: KeyboardEvent): void;
  onClusterClick(cluster: PlacedCluster): void;
  /** True when the cluster holds the event with the tab stop. */
  clusterIsTabStop(cluster: PlacedCluster): boolean;
  /** A cluster's event orders for `data-orders`, when there are few enough to list. */
  listedOrders(cluster: PlacedCluster): readonly number[] | undefined;
  /** The dataset's eras in words, read before the events ("Eras: The Cold War, 1947–1991; …"), or "". */
  erasText: string;
}

export function horizontalChart(view: HorizontalChartView): TemplateResult {
  const { layout } = view;
  return html`<div
    class="chart horizontal"
    @wheel=${view.gestures.onWheel}
    @pointerdown=${view.gestures.onPointerDown}
    @pointermove=${view.gestures.onPointerMove}
    @pointerup=${view.gestures.onPointerUp}
    @pointercancel=${view.gestures.onPointerUp}
    @keydown=${view.onKeyDown}
  >
    <div part="axis" aria-hidden="true">
      ${layout.ticks.map(
        (tick) => html`<div class="tick" ${cssomStyle({ 'inset-inline-start': `${tick.position}px` })}>
          ${tick.parentLabel
            ? html`<span class="tick-parent" ${cssomStyle({ 'inset-inline-start': tick.parentOffset ? `${tick.parentOffset}px` : undefined })}>${tick.parentLabel}</span>`
            : nothing}
          ${tick.label ? html`<span class="tick-label">${tick.label}</span>` : nothing}
        </div>`,
      )}
      ${layout.breaks.map(
        (axisBreak) => html`<div class="axis-break" ${cssomStyle({ 'inset-inline-start': `${axisBreak.start}px`, width: `${axisBreak.end - axisBreak.start}px` })}>
          <span class="axis-break-label" title=${axisBreak.label === '⋯' ? describeBreak(axisBreak.emptyFrom, axisBreak.emptyTo, view.locale) : nothing}>${axisBreak.label}</span>
        </div>`,
      )}
    </div>
    <div class="plot">
      ${repeat(layout.eras, (era) => era.index, eraBand)}
      ${layout.ticks
        .filter((tick) => tick.major)
        .map((tick) => html`<div class="grid" aria-hidden="true" ${cssomStyle({ 'inset-inline-start': `${tick.position + (tick.parentOffset ?? 0)}px` })}></div>`)}
      ${layout.breaks.map(
        (axisBreak) => html`<div class="plot-break" aria-hidden="true" ${cssomStyle({ 'inset-inline-start': `${axisBreak.start}px`, width: `${axisBreak.end - axisBreak.start}px` })}></div>`,
      )}
      ${view.laneMode === 'none'
        ? nothing
        : layout.lanes.map(
            (placed, number) =>
              html`${number > 0 ? html`<div class="lane-rule" ${cssomStyle({ top: `${placed.y - HORIZONTAL.laneGap / 2}px` })}></div>` : nothing}
                <div class="lane-label" part="lane-label" aria-hidden="true" ${cssomStyle({ top: `${placed.y}px` })}>${placed.lane.label}</div>`,
          )}
      ${layout.lanes.map((placed, number) => countScale(view, placed, number))}
      ${layout.breaks.map(
        (axisBreak) => html`<p class="visually-hidden">${describeBreakInWords(axisBreak.emptyFrom, axisBreak.emptyTo, view.locale, view.phrases)}</p>`,
      )}
      ${layout.crowdMarks.length
        ? // The small marks of crowded lanes, seen, not heard: the bins over them are the targets.
          html`<canvas class="crowd" aria-hidden="true" ${crowdCanvas({ marks: layout.crowdMarks, events: view.events, laneColor: (lane) => view.laneColor(lane) })}></canvas>`
        : nothing}
      ${view.erasText ? html`<p class="visually-hidden">${view.erasText}</p>` : nothing}
      <ul class="events" role="list" aria-label=${eventsInViewLabel(view.total, view.locale, view.phrases)}>
        ${repeat(
          layout.events,
          (placed) => placed.event.id,
          (placed) => placedEvent(view, placed),
        )}
        ${repeat(
          layout.clusters,
          (cluster) => cluster.key,
          (cluster) => clusterBadge(view, cluster),
        )}
      </ul>
      ${view.panel}
    </div>
  </div>`;
}

function placedEvent(view: HorizontalChartView, placed: PlacedEvent): TemplateResult {
  const { event } = placed;
  const offset = `${placed.markStart - placed.claimStart}px`;
  const markStyle = placed.kind === 'point' ? { 'inset-inline-start': offset } : { 'inset-inline-start': offset, width: `${Math.max(placed.markEnd - placed.markStart, 3)}px` };
  const spoken = spokenEventDetails(event, { dateShown: placed.datePrefix !== undefined, order: placed.order, total: view.total, laneMode: view.laneMode, locale: view.locale, phrases: view.phrases });
  return eventItem(
    view,
    event,
    placed.order,
    placed.lane,
    { 'inset-inline-start': `${placed.claimStart}px`, top: `${placed.y}px`, width: `${Math.max(placed.claimEnd - placed.claimStart, 24)}px` },
    html`<span class="mark ${placed.kind}${event.approximate === true ? ' approximate' : ''}" ${cssomStyle(markStyle)}></span>
      ${placed.labelled
        ? html`<span class=${placed.thumbnail ? 'label with-thumbnail' : 'label'} part="event-label" ${cssomStyle({ 'inset-inline-start': `${placed.labelStart - placed.claimStart}px`, 'max-width': `${placed.labelWidth}px` })}
            >${placed.datePrefix ? html`<span class="date-prefix">${placed.datePrefix} · </span>` : nothing}${event.title}</span
          >${placed.thumbnail
            ? html`<img class="thumbnail" src=${placed.thumbnail} alt="" loading="lazy" decoding="async" ${cssomStyle({ 'inset-inline-start': `${placed.labelStart - placed.claimStart}px` })} />`
            : nothing}`
        : nothing}`,
    spoken,
    placed.key,
    placed.labelled ? undefined : `${placed.datePrefix ? `${placed.datePrefix} · ` : ''}${event.title}`,
  );
}

/**
 * An era: a pale band across the plot's height (tints alternating between neighbours), its name in the strip at
 * its top, and for an era that goes on and reaches the view's end, an arrow there. Seen, not heard: the eras are
 * read once, in words, before the events.
 */
function eraBand(era: PlacedEra): TemplateResult {
  const classes = `era era-${era.index % 2}${era.startsBefore ? ' starts-before' : ''}`;
  return html`<div class=${classes} part="era" aria-hidden="true" ${cssomStyle({ 'inset-inline-start': `${era.start}px`, width: `${era.end - era.start}px` })}>
    ${era.labelWidth > 0 ? html`<span class="era-name" ${cssomStyle({ 'max-width': `${era.labelWidth}px` })}>${era.title}</span>` : nothing}
    ${era.ongoing ? html`<span class="era-ongoing">→</span>` : nothing}
  </div>`;
}

function clusterBadge(view: HorizontalChartView, cluster: PlacedCluster): TemplateResult {
  const orders = view.listedOrders(cluster);
  const open = view.openClusterKey === cluster.key;
  const box = {
    'inset-inline-start': `${cluster.start}px`,
    top: `${cluster.y}px`,
    width: `${Math.max(cluster.end - cluster.start, cluster.bucket ? HORIZONTAL.minColumn - HORIZONTAL.columnGap : 32)}px`,
  };
  return html`<li role="listitem">
    <button
      type="button"
      class=${cluster.bucket ? (cluster.overlay ? 'cluster column over-crowd' : 'cluster column') : 'cluster'}
      part="cluster"
      data-key=${cluster.key}
      data-orders=${orders?.join(' ') ?? nothing}
      data-count=${cluster.count}
      tabindex=${view.clusterIsTabStop(cluster) ? 0 : -1}
      aria-label=${describeCluster(cluster, view.events, view.locale, view.phrases)}
      aria-expanded=${open ? 'true' : 'false'}
      ${cssomStyle(cluster.bucket ? { ...box, ...(cluster.overlay ? { height: `${cluster.height}px` } : bucketColumnStyle(cluster, view.laneColor(cluster.lane))) } : box)}
      @click=${() => view.onClusterClick(cluster)}
    >
      ${cluster.bucket
        ? nothing
        : clusterSpan(cluster)}
      <span class="cluster-badge">${cluster.label}</span>
    </button>
  </li>`;
}

/**
 * A bucket is a column of its lane's histogram: a bar in the lane's colour under the badge, as tall as the
 * bucket is crowded next to the most crowded one in view; side by side, the columns draw the shape of the
 * data. The bar is the column's own background, which saves an element per bucket on every step.
 */
function bucketColumnStyle(cluster: PlacedCluster, colorIndex: number): Record<string, string> {
  // Three quarters of the lane's colour: lighter than a mark, still 3:1 on the background in both looks (WCAG 1.4.11).
  const ink = `color-mix(in srgb, ${colorIndex >= 0 ? `var(--_lane-${colorIndex + 1})` : 'var(--_mark)'} 75%, transparent)`;
  const bar = columnHeight(cluster);
  return {
    height: `${cluster.height}px`,
    background: `linear-gradient(to top, ${ink} ${bar}px, transparent ${bar}px)`,
  };
}

/** The height of a count column's bar: as tall as its bin is crowded next to the most crowded bin in view. */
function columnHeight(cluster: PlacedCluster): number {
  const room = Math.max(cluster.height - HORIZONTAL.bucketBadgeRoom, 0);
  return Math.round(2 + (room - 2) * cluster.density);
}

/**
 * The light count scale of an aggregated lane: a hairline at the height of its tallest column, labelled with
 * that column's count, so that the columns read as numbers without a badge on each.
 */
function countScale(view: HorizontalChartView, placed: PlacedLane, lane: number): TemplateResult | typeof nothing {
  if (placed.peakCount === undefined) return nothing;
  let tallest: PlacedCluster | undefined;
  for (const cluster of view.layout.clusters) {
    if (cluster.lane === lane && cluster.bucket && (!tallest || cluster.density > tallest.density)) tallest = cluster;
  }
  if (!tallest) return nothing;
  const top = tallest.y + tallest.height - columnHeight(tallest);
  return html`<div class="count-scale" aria-hidden="true" ${cssomStyle({ top: `${top}px` })}>
    <span>${countText(tallest.count, view.locale)}</span>
  </div>`;
}

/**
 * The stretch a "+N" badge's events span beyond the badge: a thin rule from the badge's end (it never runs
 * under the badge, whose outline it would hide) to the last of their marks.
 */
function clusterSpan(cluster: PlacedCluster): TemplateResult | typeof nothing {
  const from = Math.max(cluster.markStart, cluster.start + HORIZONTAL.clusterWidth);
  if (!(cluster.markEnd > from)) return nothing;
  return html`<span class="cluster-span" ${cssomStyle({ 'inset-inline-start': `${from - cluster.start}px`, width: `${cluster.markEnd - from}px` })}></span>`;
}
