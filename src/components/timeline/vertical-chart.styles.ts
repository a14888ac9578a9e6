import { css } from 'lit';

/** The vertical (phone) layout: a spine, dates on one side, titles on the other, gap markers, page buttons and the card in the flow. */
export const verticalChartStyles = css`
  /* The vertical (phone) layout: a spine, dates on one side, titles on the other. */
  .vertical {
    position: relative;
    margin: 8px var(--_gutter) var(--_gutter);
  }
  .vertical .spine {
    position: absolute;
    top: 0;
    bottom: 0;
    inset-inline-start: calc(var(--_vertical-date-column) + (var(--_vertical-mark-column) - var(--_spine-width)) / 2);
    border-inline-start: var(--_spine-width) solid var(--_grid);
  }
  .vertical .event {
    position: absolute;
    inset-inline: 0;
    height: auto;
    display: grid;
    grid-template-columns: var(--_vertical-date-column) var(--_vertical-mark-column) 1fr;
    align-items: start;
    padding: var(--_vertical-block-padding) 0;
  }
  .vertical .when {
    color: var(--_muted);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
    text-align: end;
    line-height: var(--_vertical-date-line-height);
    padding-top: 1px;
  }
  .vertical .mark {
    position: relative;
    top: 3px;
    justify-self: center;
  }
  .vertical .mark.bar,
  .vertical .mark.band {
    width: 10px;
    height: 100%;
    min-height: 24px;
    top: 0;
    border-top-width: 2px;
  }
  .vertical .title {
    line-height: var(--_vertical-line-height);
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_vertical-title-lines);
    line-clamp: var(--_vertical-title-lines);
    overflow-wrap: anywhere;
  }
  .vertical .event[aria-current='true'] .title {
    color: var(--_accent);
    font-weight: 600;
  }
  .vertical .gap-marker {
    position: absolute;
    inset-inline-start: 0;
    width: var(--_vertical-date-column);
    text-align: end;
    color: var(--_muted);
    font-size: 11px;
    font-style: italic;
  }
  /* In the vertical layout the card follows the events, in the flow (an absolute card would be cut off). */
  .vertical-chart > [part='card'] {
    position: static;
    width: auto;
    margin: 0 var(--_gutter) var(--_gutter);
  }
  /* "Show earlier/later events" in the vertical layout: as tall as the zoom buttons (WCAG 2.5.8). */
  .page {
    min-height: 32px;
    margin: 4px var(--_gutter);
    padding: 4px 12px;
    border: 1px solid var(--_axis);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_color);
    font: inherit;
    cursor: pointer;
  }
`;
