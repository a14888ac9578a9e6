import { css } from 'lit';

export const timelineStyles = css`
  :host {
    display: block;
    position: relative;
    height: var(--dateline-height, 420px);
    min-height: 200px;
    box-sizing: border-box;
    color: var(--_color);
    background: var(--_background);
    font-size: 13px;
    line-height: 1.35;
    contain: content;
  }
  :host([data-layout='vertical']) {
    height: auto;
  }
  /* Grows with its events; a percentage height would fill the window instead in a page without a doctype. */
  :host([data-layout='vertical']) .frame {
    height: auto;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .frame {
    display: flex;
    flex-direction: column;
    height: 100%;
    padding: 8px 0 4px;
  }
  .header {
    display: flex;
    align-items: center;
    gap: 12px;
    padding-inline: 16px;
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
    inset-inline: 16px;
    top: 40px;
    bottom: 0;
  }
  [part='axis'] {
    position: absolute;
    inset-inline: 16px;
    top: 0;
    height: 40px;
    border-bottom: 1px solid var(--_axis);
    color: var(--_muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  .tick {
    position: absolute;
    bottom: 0;
    height: 40px;
    white-space: nowrap;
    contain: layout style;
  }
  .tick::after {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    bottom: 0;
    height: 5px;
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
    height: 16px;
    display: block;
    line-height: 15px;
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
  .events {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .events > li {
    display: contents;
  }
  .event,
  .cluster {
    position: absolute;
    /* Each mark is laid out and painted on its own: a zoom step that moves one does not repaint the rest. */
    contain: layout style;
    height: 26px;
    min-width: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .event .label {
    position: absolute;
    top: 4px;
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    line-height: 18px;
    unicode-bidi: plaintext;
  }
  .event:hover .label,
  .event[aria-current='true'] .label {
    text-decoration: underline;
    text-decoration-color: var(--_accent);
    text-underline-offset: 3px;
  }
  .event[aria-current='true'] .label {
    color: var(--_accent);
  }
  .date-prefix {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  /* Marks: status is the fill style, lane the colour. */
  .mark {
    --_ink: var(--_mark);
    position: absolute;
    top: 2px;
    display: block;
  }
  .lane-0 .mark { --_ink: var(--_lane-1); }
  .lane-1 .mark { --_ink: var(--_lane-2); }
  .lane-2 .mark { --_ink: var(--_lane-3); }
  .lane-3 .mark { --_ink: var(--_lane-4); }
  .lane-4 .mark { --_ink: var(--_lane-5); }
  .lane-5 .mark { --_ink: var(--_lane-6); }
  .lane-6 .mark { --_ink: var(--_lane-7); }
  .lane-7 .mark { --_ink: var(--_lane-8); }
  .kind-bar .label {
    top: 0;
  }
  .mark.point {
    top: 7px;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_ink);
    border: 2px solid var(--_ink);
  }
  .mark.bar {
    height: 6px;
    top: 19px;
    border-width: 1px;
    min-width: 3px;
    background: var(--_ink);
    border: 2px solid var(--_ink);
  }
  /* The band's tint is only a tint: its extent is the top rule, its status the rule, sides and hatch. */
  .mark.band {
    top: 0;
    height: 26px;
    min-width: 3px;
    background: color-mix(in srgb, var(--_ink) 16%, transparent);
    border-top: 3px solid var(--_ink);
  }
  /* A band's label sits on the band: a knockout keeps its text on the plain background, whatever the band shows. */
  .kind-band .label {
    margin-inline-start: -3px;
    padding-inline: 3px;
    border-radius: 2px;
    background: var(--_background);
  }
  .status-reported .mark.point,
  .status-reported .mark.bar {
    background: var(--_background);
  }
  .status-reported .mark.band {
    background: none;
    border-inline: 1px solid var(--_ink);
  }
  .status-alleged .mark,
  .status-disputed .mark {
    background: repeating-linear-gradient(135deg, var(--_ink) 0 2px, transparent 2px 5px);
  }
  .status-alleged .mark.band,
  .status-disputed .mark.band {
    background: repeating-linear-gradient(135deg, var(--_ink) 0 1px, transparent 1px 7px);
  }
  .status-disputed .mark {
    border-style: dashed;
  }
  .status-disputed .mark.band {
    border-top-style: dashed;
  }
  .status-expected .mark {
    background: none;
    border-style: dashed;
  }
  .status-expected .mark.band {
    border-top-style: dashed;
  }
  .event[aria-current='true'] .mark {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .cluster {
    display: flex;
    align-items: flex-start;
  }
  .cluster-span {
    position: absolute;
    top: 12px;
    height: 3px;
    background: var(--_grid);
  }
  .cluster-badge {
    position: relative;
    top: 1px;
    min-width: 32px;
    height: 24px;
    padding: 0 6px;
    border: 1px solid var(--_axis);
    border-radius: 12px;
    background: var(--_background);
    color: var(--_color);
    font-size: 12px;
    font-weight: 600;
    line-height: 22px;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .cluster:hover .cluster-badge {
    border-color: var(--_accent);
  }
  [part='card'] {
    position: absolute;
    z-index: 2;
    width: min(340px, calc(100% - 16px));
    overflow: auto;
    --dateline-card-max-width: 100%;
  }
  .cluster-list {
    border: 1px solid var(--_grid);
    border-radius: 4px;
    background: var(--_surface);
    padding: 10px 12px;
  }
  .cluster-list h3 {
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
  .state {
    padding: 24px 16px;
    color: var(--_muted);
  }
  [part='error'] {
    margin: 4px 16px 0;
    max-height: 30%;
    overflow: auto;
    flex: none;
  }

  /* The vertical (phone) layout: a spine, dates on one side, titles on the other. */
  .vertical {
    position: relative;
    margin: 8px 16px 16px;
  }
  .vertical .spine {
    position: absolute;
    top: 0;
    bottom: 0;
    inset-inline-start: 119px;
    border-inline-start: 2px solid var(--_grid);
  }
  .vertical .event {
    position: absolute;
    inset-inline: 0;
    height: auto;
    display: grid;
    grid-template-columns: 104px 32px 1fr;
    align-items: start;
    padding: 6px 0;
  }
  .vertical .when {
    color: var(--_muted);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
    text-align: end;
    line-height: 18px;
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
    line-height: 20px;
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow-wrap: anywhere;
  }
  .vertical .event[aria-current='true'] .title {
    color: var(--_accent);
    font-weight: 600;
  }
  .vertical .gap-marker {
    position: absolute;
    inset-inline-start: 0;
    width: 104px;
    text-align: end;
    color: var(--_muted);
    font-size: 11px;
    font-style: italic;
  }
  /* In the vertical layout the card follows the events, in the flow (an absolute card would be cut off). */
  .vertical-chart > [part='card'] {
    position: static;
    width: auto;
    margin: 0 16px 16px;
  }
  /* "Show earlier/later events" in the vertical layout: as tall as the zoom buttons (WCAG 2.5.8). */
  .page {
    min-height: 32px;
    margin: 4px 16px;
    padding: 4px 12px;
    border: 1px solid var(--_axis);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_color);
    font: inherit;
    cursor: pointer;
  }
  .below-card {
    margin: 8px 16px 0;
  }
  .below-card [part='card'] {
    position: static;
    width: auto;
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

  @media (prefers-reduced-motion: no-preference) {
    .event .label,
    .mark {
      transition: color 120ms ease-out;
    }
  }
  @media (forced-colors: active) {
    /* Lane colours give way to the system's text colour (as specific as the lane rules, and later). */
    .mark,
    .event .mark {
      --_ink: CanvasText;
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .status-confirmed .mark.point,
    .status-confirmed .mark.bar {
      background: CanvasText;
    }
    .event[aria-current='true'] .mark,
    button:focus-visible,
    .event:focus-visible {
      outline-color: Highlight;
    }
    .event[aria-current='true'] .label {
      color: Highlight;
    }
    .grid,
    .lane-rule {
      border-color: GrayText;
    }
  }
`;
