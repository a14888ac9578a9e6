import { css, unsafeCSS, type CSSResult } from 'lit';
import { geometryCustomProperties } from '../../layout/geometry.js';
import { horizontalChartStyles } from './horizontal-chart.styles.js';
import { markStyles } from './marks.styles.js';
import { panelStyles } from './timeline-panels.styles.js';
import { verticalChartStyles } from './vertical-chart.styles.js';

/** The layout's geometry (src/layout/geometry.ts) as private custom properties, which every other sheet reads. */
const geometryStyles = unsafeCSS(
  `:host { ${Object.entries(geometryCustomProperties())
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ')} }`,
);

/**
 * The element's box, the header (legend and zoom toolbar), focus rings, loading and empty states, the problems
 * panel, print.
 *
 * The element is as tall as its content by default: the header and the rows the horizontal chart wants (the
 * chart row's strut, timeline-panels.styles.ts), or every block of the vertical layout. A height set on it (its
 * style, `--dateline-height`, or `height: 100%` in a parent of fixed height) fixes it: the chart then takes what
 * is left under the header, and the vertical layout scrolls inside itself. The host is a flex column, so that
 * the frame fills a fixed height without a percentage (which in a page without a doctype would fill the window).
 */
const frameStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    position: relative;
    height: var(--dateline-height, auto);
    min-height: 200px;
    box-sizing: border-box;
    color: var(--_color);
    background: var(--_background);
    font-size: 13px;
    line-height: 1.35;
    contain: content;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .frame {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
    /*
     * A page that sets the element's display (\`display: block\` and a height, as pages often do for custom
     * elements) takes it out of the flex column: the fixed height still holds the frame. A percentage max-height is
     * none under a height that follows the content, in a page without a doctype too (its quirk is for height).
     */
    max-height: 100%;
    padding: 8px 0 4px;
  }
  .header {
    display: flex;
    align-items: center;
    gap: 12px;
    padding-inline: var(--_gutter);
    min-height: 32px;
    flex-wrap: wrap;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 12px;
    flex: 1;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .legend .mark {
    position: static;
    flex: none;
  }
  [part='controls'] {
    display: inline-flex;
    gap: 4px;
    margin-inline-start: auto;
  }
  [part='controls'] button {
    min-width: 32px;
    min-height: 32px;
    padding: 0 8px;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_color);
    font: inherit;
    font-size: 16px;
    line-height: 1;
    cursor: pointer;
  }
  [part='controls'] button.fit {
    font-size: 12px;
  }
  [part='controls'] button:hover {
    border-color: var(--_axis);
  }
  button:focus-visible,
  .event:focus-visible,
  .cluster:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .state {
    padding: 24px var(--_gutter);
    color: var(--_muted);
  }
  [part='error'] {
    margin: 4px var(--_gutter) 0;
    max-height: 30%;
    overflow: auto;
    flex: none;
  }

  /* A list written in the page stays there (for print, and for readers without JavaScript); on screen the chart replaces it. */
  .written-list {
    display: none;
  }
  @media print {
    .written-list {
      display: block;
    }
    .prints-written-list {
      display: none;
    }
    :host {
      height: auto;
    }
  }
`;

/**
 * Aiming the zoom: the footer under the chart (the "Ctrl + scroll to zoom" hint, then the zoom toolbar at the
 * inline end, after the chart so that Tab reaches the events first), and an empty view's buttons to the nearest
 * events, across the middle of the plot at its two ends.
 */
const zoomStyles = css`
  .footer {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: 12px;
    flex: none;
    padding: 6px var(--_gutter) 0;
  }
  /* Beside the toolbar, not pushed away from it to the line's start. */
  .footer > [part='controls'] {
    margin-inline-start: 0;
  }
  .zoom-hint {
    margin: 0;
    color: var(--_muted);
    font-size: 12px;
  }
  .zoom-hint.shown {
    animation: dateline-hint-in 150ms ease-out;
  }
  @keyframes dateline-hint-in {
    from {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .zoom-hint.shown {
      animation: none;
    }
  }
  .nearest-events {
    position: absolute;
    inset-inline: 0;
    top: 50%;
    transform: translateY(-50%);
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 8px;
    pointer-events: none;
  }
  .nearest {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 32px;
    padding: 4px 10px;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_color);
    font: inherit;
    font-variant-numeric: tabular-nums;
    cursor: pointer;
    pointer-events: auto;
  }
  .nearest.later {
    margin-inline-start: auto;
  }
  .nearest:hover {
    border-color: var(--_axis);
  }
  .nearest .arrow {
    font-size: 16px;
    line-height: 1;
  }
`;

/** Every stylesheet of the timeline, the geometry first. */
export const timelineStyles: CSSResult[] = [geometryStyles, frameStyles, horizontalChartStyles, markStyles, panelStyles, verticalChartStyles, zoomStyles];
