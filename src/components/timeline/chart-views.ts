/**
 * How the timeline's state becomes what its charts draw: what every drawn event needs (its tab stop, lane colour
 * and clicks), the horizontal chart with what floats over its plot (an open cluster's list, or pointers to the
 * nearest events when the view is empty) and its docked card, and the vertical chart with its card. Also which
 * events a cluster holds in the lanes drawn and the time shown. The element hands over its state, controllers
 * and actions; nothing here keeps state of its own.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GestureController } from '../../controllers/gesture-controller.js';
import type { KeyboardNavigationController } from '../../controllers/keyboard-navigation-controller.js';
import type { SelectionController } from '../../controllers/selection-controller.js';
import type { TimelineLayoutController } from '../../controllers/timeline-layout-controller.js';
import type { ViewWindowController } from '../../controllers/view-window-controller.js';
import { cardDock } from '../../layout/card-position.js';
import { erasInWords } from '../../layout/eras.js';
import { AXIS } from '../../layout/geometry.js';
import type { HorizontalLayout, PlacedCluster } from '../../layout/horizontal-layout.js';
import type { LaneMode } from '../../layout/lanes.js';
import { nearestEvents } from '../../layout/nearest-events.js';
import type { TimelineData } from '../../layout/timeline-data.js';
import type { Phrases } from '../../model/interface-phrases.js';
import type { NormalizedEvent } from '../../model/types.js';
import { emptyViewPointers } from './empty-view.js';
import type { EventItemContext } from './event-item.js';
import { horizontalChart } from './horizontal-chart.js';
import { clusterPanel, eventCard, horizontalBody, type PanelContext } from './timeline-panels.js';
import { verticalChart } from './vertical-chart.js';

/** A bucket names its events' orders in `data-orders` only when it holds at most this many. */
const LISTED_BUCKET_ORDERS = 64;

/** What the cluster queries read: the data, the lanes asked for and drawn, and the real time shown. */
export interface ClusterScope {
  data: TimelineData;
  layout: TimelineLayoutController;
  view: ViewWindowController;
  /** The lanes asked for: the horizontal chart draws them, unless its plot was too low for a row per lane. */
  laneMode: LaneMode;
}

/** The timeline as its charts see it at one render: its state, its controllers and the user's actions. */
export interface TimelineChartState extends ClusterScope {
  navigation: KeyboardNavigationController;
  selection: SelectionController;
  gestures: GestureController;
  /** The element's `selected`, and its event (which a windowed source may hold outside the window's data). */
  selectedId: string | undefined;
  selectedEvent: NormalizedEvent | undefined;
  /** The chart's accessible name. */
  label: string;
  locale: string | undefined;
  /** The interface's words, and the element's own renamings of them (for the card it opens). */
  phrases: Phrases;
  strings: Readonly<Record<string, string>> | undefined;
  theme: 'light' | 'dark' | undefined;
  headingLevel: number;
  /** Asked only when the view is empty (it reads the computed style). */
  isRightToLeft(): boolean;
  /**
   * A windowed source's view with nothing in it: where the nearest items lie past those loaded (see
   * `nearestInArchive`); undefined otherwise.
   */
  archiveBeyond(): { earlier?: number; later?: number } | undefined;
  /** Brings an instant into view, as the user's move (a pointer to an archive's items). */
  onRevealTime(time: number): void;
  onSelect(event: NormalizedEvent): void;
  onEventClick(event: NormalizedEvent): void;
  onClusterClick(cluster: PlacedCluster): void;
  onClusterZoomIn(cluster: PlacedCluster): void;
}

/** The lanes the horizontal chart drew: those asked for, unless its plot was too low for a row per lane. */
function drawnLanes(scope: ClusterScope): LaneMode {
  return scope.layout.horizontal?.laneMode ?? scope.laneMode;
}

/** True when the cluster holds the event at `order`, in the lanes drawn and the time shown. */
export function clusterHolds(scope: ClusterScope, cluster: PlacedCluster, order: number): boolean {
  return scope.data.clusterHolds(cluster, order, drawnLanes(scope), scope.view.realWindow);
}

/** The orders of a cluster's events; at most `limit` of a bucket's, the earliest. */
export function clusterMembers(scope: ClusterScope, cluster: PlacedCluster, limit?: number): number[] {
  return scope.data.clusterMembers(cluster, drawnLanes(scope), scope.view.realWindow, limit);
}

/** What every drawn event needs of the element, in either orientation. */
function eventItemContext(state: TimelineChartState, drawn: readonly number[], clusters: readonly PlacedCluster[] = []): EventItemContext {
  const { navigation, layout } = state;
  const active = navigation.activeOrder;
  const tabStop = navigation.tabStop(
    drawn,
    clusters.some((cluster) => clusterHolds(state, cluster, active)),
    () => (clusters.length ? Math.min(...clusters.map((cluster) => clusterMembers(state, cluster, 1)[0] ?? Infinity)) : undefined),
  );
  return {
    total: state.data.events.length,
    selectedId: state.selectedId,
    tabStop,
    laneColor: (lane: number) => (state.laneMode === 'none' ? -1 : (layout.horizontal?.lanes[lane]?.lane.colorIndex ?? layout.vertical?.lanes[lane]?.colorIndex ?? -1)),
    onEventClick: (event: NormalizedEvent) => state.onEventClick(event),
    onEventFocus: (order: number) => (navigation.activeOrder = order),
  };
}

function panelContext(state: TimelineChartState): PanelContext {
  return {
    locale: state.locale,
    phrases: state.phrases,
    strings: state.strings,
    theme: state.theme,
    headingLevel: state.headingLevel,
    onClose: () => state.selection.close(),
    onSelect: (event) => state.onSelect(event),
    onZoomIn: () => {
      const cluster = state.layout.horizontal?.clusters.find((candidate) => candidate.key === state.selection.openClusterKey);
      if (cluster) state.onClusterZoomIn(cluster);
    },
  };
}

/** The horizontal chart, what floats over its plot, and the selected event's card docked beside or under it. */
export function horizontalView(state: TimelineChartState): TemplateResult {
  const layout = state.layout.horizontal!;
  const item = eventItemContext(
    state,
    layout.events.map((placed) => placed.order),
    layout.clusters,
  );
  const selected = state.selectedEvent;
  const chart = horizontalChart({
    ...item,
    // Until its chart is measured, an element of fixed height draws the chart without its events (they follow
    // in the next update, before anything is painted).
    layout: state.layout.eventsWaitForChart ? { ...layout, events: [], clusters: [], crowdMarks: [] } : layout,
    events: state.data.events,
    laneMode: layout.laneMode,
    locale: state.locale,
    phrases: state.phrases,
    openClusterKey: state.selection.openClusterKey,
    // An empty view points to the nearest events instead: no cluster's list can be open then.
    panel: html`${openClusterList(state, layout)}${emptyViewPointersOf(state)}`,
    gestures: state.gestures,
    onKeyDown: state.navigation.onKeyDown,
    onClusterClick: (cluster) => state.onClusterClick(cluster),
    // An archive's bins hold no loaded event: the first of them holds the tab stop.
    clusterIsTabStop: (cluster) => (cluster.remote ? cluster === layout.clusters[0] : item.tabStop !== undefined && clusterHolds(state, cluster, item.tabStop)),
    // A bucket may hold thousands of events: its orders are listed only when there are few.
    listedOrders: (cluster) => cluster.orders ?? (!cluster.remote && cluster.count <= LISTED_BUCKET_ORDERS ? clusterMembers(state, cluster) : undefined),
    erasText: erasInWords(state.data.result.dataset.eras, state.locale, state.phrases),
  });
  // The card docks beside the plot or under it, never over it; the chart lays out in what it leaves.
  return horizontalBody({
    chart,
    label: state.label,
    roleDescription: state.phrases.timelineRole,
    wantedHeight: AXIS.height + layout.wantedHeight,
    selectedId: selected?.id,
    card: selected ? eventCard(selected, panelContext(state)) : nothing,
    dock: cardDock(state.layout.hostWidth),
  });
}

/** The vertical chart, with the selected event's card. */
export function verticalView(state: TimelineChartState): TemplateResult {
  const layout = state.layout.vertical!;
  const { selectedEvent } = state;
  return verticalChart({
    ...eventItemContext(
      state,
      layout.blocks.map((block) => block.order),
    ),
    layout,
    laneMode: state.laneMode,
    label: state.label,
    locale: state.locale,
    phrases: state.phrases,
    card: selectedEvent ? eventCard(selectedEvent, panelContext(state)) : nothing,
    erasText: erasInWords(state.data.result.dataset.eras, state.locale, state.phrases),
    onKeyDown: state.navigation.onKeyDown,
    onPage: (order) => state.navigation.moveTo(order),
  });
}

/** When the view holds no event, buttons to the nearest ones; the one pressed gets focus once in view. */
function emptyViewPointersOf(state: TimelineChartState): TemplateResult | typeof nothing {
  const window = state.view.realWindow;
  // Only a view with no loaded event in it asks where an archive's nearest items lie.
  const beyond = state.data.index.count(window) === 0 ? state.archiveBeyond() : undefined;
  return emptyViewPointers({
    // An archive's window may have no event loaded at all (its counts are drawn instead).
    nearest: nearestEvents(state.data.index, window) ?? (beyond ? {} : undefined),
    beyond,
    onRevealTime: (time) => state.onRevealTime(time),
    events: state.data.events,
    window,
    locale: state.locale,
    phrases: state.phrases,
    rightToLeft: state.isRightToLeft(),
    onReveal: (order) => state.navigation.moveTo(order),
  });
}

/** The open cluster's list, floating over the plot next to its badge. */
function openClusterList(state: TimelineChartState, layout: HorizontalLayout): TemplateResult | typeof nothing {
  return clusterPanel(
    {
      layout,
      openClusterKey: state.selection.openClusterKey,
      clusterEvents: (cluster, limit) => clusterMembers(state, cluster, limit).map((order) => state.data.events[order]!),
      plot: { width: state.layout.plotWidth, height: state.layout.plotHeight },
    },
    panelContext(state),
  );
}
