import { css } from 'lit';

/**
 * The row of the horizontal chart and its docked card, the card docked beside or under the plot, and an open
 * cluster's list floating next to its badge.
 */
export const panelStyles = css`
  /*
   * The chart and, beside it, a docked card. The row is as tall as the chart's rows want (the strut below) or as
   * the card, whichever is taller, when the element's height follows its content; in an element of fixed height
   * it takes what is left under the header, and the chart lays out in that (keeping the axis and a few rows when
   * a card under it asks for room too).
   */
  .chart-row {
    display: flex;
    flex: 1 1 auto;
    min-height: min(var(--_wanted-chart-height, 0px), 120px);
  }
  .chart-row::before {
    content: '';
    flex: none;
    width: 0;
    height: var(--_wanted-chart-height, 0px);
  }
  .chart-row > .chart {
    flex: 1 1 0;
    min-width: 0;
  }
  .card-dock {
    --dateline-card-max-width: none;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  /*
   * Beside the plot, at the inline end, from the top of the element to its toolbar: the header, legend and chart
   * share what it leaves, so that the card has the element's whole height (the frame becomes a grid of two
   * columns, each part in a row of its own: a part that is not drawn leaves its row empty). The chart's own
   * gutter parts them.
   */
  .frame:has(> .card-dock.beside) {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-rows: auto auto auto 1fr auto;
  }
  .frame:has(> .card-dock.beside) > * {
    grid-column: 1;
  }
  .frame > .dataset-header {
    grid-row: 1;
  }
  .frame > .header {
    grid-row: 2;
  }
  .frame > [part='error'] {
    grid-row: 3;
  }
  .frame > .chart-row {
    grid-row: 4;
  }
  .frame > .footer {
    grid-row: 5;
  }
  /* The toolbar stays under both, at the element's inline end. */
  .frame:has(> .card-dock.beside) > .footer {
    grid-column: 1 / -1;
  }
  .frame > .card-dock.beside {
    grid-column: 2;
    grid-row: 1 / 5;
    align-self: stretch;
    width: var(--_card-width);
    min-height: 0;
    margin-inline-end: var(--_gutter);
  }
  /*
   * Under the plot, across the element, in the flow: the element grows; in an element of fixed height the card
   * takes up to half of it and scrolls inside itself.
   */
  .card-dock.below {
    flex: 0 1 auto;
    min-height: 0;
    max-height: 50%;
    margin: 8px var(--_gutter) 0;
  }
  .floating-panel {
    position: absolute;
    z-index: 2;
    overflow: auto;
  }
  .cluster-list {
    border: 1px solid var(--_grid);
    border-radius: 4px;
    background: var(--_surface);
    padding: 10px 12px;
  }
  .cluster-list-heading {
    margin: 0 0 6px;
    font-size: 13px;
  }
  .cluster-list ul {
    margin: 0 0 8px;
    padding: 0;
    list-style: none;
  }
  .cluster-list li button,
  .cluster-list .actions button {
    display: block;
    width: 100%;
    min-height: 28px;
    padding: 4px 6px;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .cluster-list li button:hover {
    background: var(--_background);
  }
  .cluster-list .when {
    color: var(--_muted);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .cluster-list .actions {
    display: flex;
    gap: 8px;
  }
  .cluster-list .actions button {
    width: auto;
    border: 1px solid var(--_grid);
    border-radius: 4px;
  }
`;
