import { css } from 'lit';

/** The horizontal chart: the plot and its gutters, the time axis and its ticks, grid lines, lane names and rules. */
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
  .lane-label {
    position: absolute;
    inset-inline-start: 0;
    height: var(--_lane-header-height);
    display: block;
    line-height: calc(var(--_lane-header-height) - 1px);
    padding-bottom: 1px;
    color: var(--_muted);
    font-size: 10.5px;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    white-space: nowrap;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    pointer-events: none;
  }
  .lane-rule {
    position: absolute;
    inset-inline: 0;
    border-top: 1px solid var(--_grid);
    pointer-events: none;
  }
`;
