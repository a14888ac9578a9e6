import { css } from 'lit';

/**
 * The horizontal chart: the plot and its gutters, the time axis and its ticks, the eras' bands, grid lines, lane
 * names and rules, and thumbnails beside labels.
 */
export const horizontalChartStyles = css`
  .chart {
    position: relative;
    flex: 1;
    min-height: 0;
    overflow: hidden;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }
  .chart:active {
    cursor: grabbing;
  }
  .plot {
    position: absolute;
    inset-inline: var(--_gutter);
    top: var(--_axis-height);
    bottom: 0;
  }
  [part='axis'] {
    position: absolute;
    inset-inline: var(--_gutter);
    top: 0;
    height: var(--_axis-height);
    border-bottom: 1px solid var(--_axis);
    color: var(--_muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  .tick {
    position: absolute;
    bottom: 0;
    height: var(--_axis-height);
    white-space: nowrap;
    contain: layout style;
  }
  .tick::after {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    bottom: 0;
    height: var(--_tick-length);
    border-inline-start: 1px solid var(--_axis);
  }
  .tick-label {
    position: absolute;
    inset-inline-start: 3px;
    bottom: 6px;
  }
  .tick-parent {
    position: absolute;
    inset-inline-start: 3px;
    top: 2px;
    color: var(--_color);
    font-weight: 600;
  }
  .grid {
    position: absolute;
    top: 0;
    bottom: 0;
    border-inline-start: 1px solid var(--_grid);
    pointer-events: none;
  }
  /* A lane's name stands at the start of its first row, where the layout keeps room for it: it costs no row. */
  .lane-label {
    position: absolute;
    inset-inline-start: 0;
    height: var(--_row-height);
    display: block;
    box-sizing: border-box;
    padding-inline: var(--_label-padding);
    line-height: var(--_row-height);
    color: var(--_muted);
    background: var(--_background);
    font-size: 11px;
    font-weight: 600;
    letter-spacing: var(--_lane-letter-spacing);
    text-transform: uppercase;
    white-space: nowrap;
    max-width: 33%;
    overflow: hidden;
    text-overflow: ellipsis;
    pointer-events: none;
  }
  /*
   * An axis break: the axis line stops, two slanted strokes mark the cut, and the empty stretch it stands for is
   * written across it ("⋯ 22 years ⋯"). In the plot, a faint band with dashed edges.
   */
  .axis-break {
    position: absolute;
    bottom: -1px;
    height: 12px;
    background: var(--_background);
  }
  .axis-break::before,
  .axis-break::after {
    content: '';
    position: absolute;
    bottom: -3px;
    height: 14px;
    border-inline-start: 1.5px solid var(--_axis);
    transform: skewX(-20deg);
  }
  .axis-break::before {
    inset-inline-start: 0;
  }
  .axis-break::after {
    inset-inline-end: 0;
  }
  .axis-break-label {
    position: absolute;
    inset-inline-start: 50%;
    bottom: 6px;
    translate: -50% 0;
    padding-inline: 4px;
    background: var(--_background);
    color: var(--_muted);
    font-style: italic;
    white-space: nowrap;
  }
  :host(:dir(rtl)) .axis-break-label {
    translate: 50% 0;
  }
  .plot-break {
    position: absolute;
    top: 0;
    bottom: 0;
    border-inline: 1px dashed var(--_grid);
    background: repeating-linear-gradient(135deg, color-mix(in srgb, var(--_grid) 45%, transparent) 0 1px, transparent 1px 6px);
    pointer-events: none;
  }
  /* The count scale of an aggregated lane: a hairline at its tallest column, with that column's count. */
  .count-scale {
    position: absolute;
    inset-inline: 0;
    border-top: 1px dotted var(--_axis);
    pointer-events: none;
  }
  .count-scale span {
    position: absolute;
    inset-inline-end: 0;
    bottom: 1px;
    padding-inline: 3px;
    background: var(--_background);
    color: var(--_muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  .lane-rule {
    position: absolute;
    inset-inline: 0;
    border-top: 1px solid var(--_grid);
    pointer-events: none;
  }
  /*
   * An era: a pale band across the plot's height behind everything (neighbours alternate two tints, a hairline
   * at its start), its name in the strip the layout keeps at the plot's top, on an opaque copy of the band's
   * tint so that grid lines pass behind it. An era that goes on ends in an arrow at the view's end.
   */
  .era {
    --_era-tint: color-mix(in srgb, var(--_color) 3%, transparent);
    position: absolute;
    top: 0;
    bottom: 0;
    background: var(--_era-tint);
    border-inline-start: 1px solid color-mix(in srgb, var(--_color) 22%, transparent);
    pointer-events: none;
  }
  .era-1 {
    --_era-tint: color-mix(in srgb, var(--_color) 5%, transparent);
  }
  .era.starts-before {
    border-inline-start: 0;
  }
  .era-name,
  .era-ongoing {
    position: absolute;
    top: 0;
    z-index: 1;
    height: var(--_era-strip);
    line-height: var(--_era-strip);
    background: linear-gradient(var(--_era-tint), var(--_era-tint)) var(--_background);
    color: var(--_muted);
    font-size: 11px;
    font-weight: 600;
    white-space: nowrap;
  }
  .era-name {
    inset-inline-start: 0;
    box-sizing: border-box;
    padding-inline: 4px;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .era-ongoing {
    inset-inline-end: 0;
    padding-inline: 3px;
  }
  :host(:dir(rtl)) .era-ongoing {
    transform: scaleX(-1);
  }
  /* A thumbnail (with \`thumbnails\`) at the start of its label's box, which the layout widened for it. */
  .thumbnail {
    position: absolute;
    top: calc((var(--_row-height) - var(--_thumbnail)) / 2);
    z-index: 1;
    width: var(--_thumbnail);
    height: var(--_thumbnail);
    margin-inline-start: var(--_label-padding);
    border-radius: 2px;
    object-fit: cover;
    background: var(--_grid);
  }
  .event .label.with-thumbnail {
    padding-inline-start: calc(var(--_label-padding) + var(--_thumbnail) + var(--_thumbnail-gap));
  }
  @media (forced-colors: active) {
    .era {
      border-inline-start-color: CanvasText;
    }
    .era-name,
    .era-ongoing {
      background: Canvas;
      color: CanvasText;
    }
  }
`;
