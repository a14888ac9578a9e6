import { css } from 'lit';
import { halfDiscFill } from '../shared/status-glyph.styles.js';

/**
 * Events and clusters in either orientation: the button around each mark and label, marks by kind (point, bar,
 * band), status and lane colour, selection, "+N" badges and count columns; reduced motion and forced colours.
 * Status follows the shared language (shared/status-glyph.styles.ts): solid, ring, half disc (along a bar or a
 * band, a hatch), the same in a dashed ring, a dashed ring. Selection is an accent ring around the mark and a
 * tint behind the label.
 */
export const markStyles = css`
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
    height: var(--_row-height);
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
  /* Hover is quiet: an underline in the text's own colour. */
  .event:hover .label {
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  .date-prefix {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  /* Marks: status is the fill and the ring, lane the colour. */
  .mark {
    --_ink: var(--_mark);
    --_hollow: var(--_background);
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
    top: calc((var(--_row-height) - var(--_point-size)) / 2);
    width: var(--_point-size);
    height: var(--_point-size);
    border-radius: 50%;
    background: var(--_ink);
    border: 2px solid var(--_ink);
  }
  .mark.bar {
    height: 6px;
    top: 19px;
    min-width: 3px;
    background: var(--_ink);
    border: 2px solid var(--_ink);
  }
  /* The band's tint is only a tint: its extent is the top rule, its status the rule, sides and hatch. */
  .mark.band {
    top: 0;
    height: var(--_row-height);
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
  /* Reported and expected: hollow. Alleged and disputed: partly filled (a half disc; along a bar or a band, a hatch). */
  .status-reported .mark.point,
  .status-reported .mark.bar,
  .status-expected .mark.point,
  .status-expected .mark.bar {
    background: var(--_hollow) padding-box;
  }
  .status-alleged .mark.point,
  .status-disputed .mark.point {
    ${halfDiscFill}
  }
  .status-alleged .mark.bar,
  .status-disputed .mark.bar {
    background: repeating-linear-gradient(135deg, var(--_ink) 0 2px, transparent 2px 5px) padding-box var(--_hollow);
  }
  .status-alleged .mark.band,
  .status-disputed .mark.band {
    background: repeating-linear-gradient(135deg, var(--_ink) 0 1px, transparent 1px 7px);
  }
  .status-reported .mark.band,
  .status-expected .mark.band {
    background: none;
    border-inline: 1px solid var(--_ink);
  }
  /* Disputed and expected: a dashed ring; on a band, its top rule (and an expected band's sides), never sides it does not have. */
  .status-disputed .mark.point,
  .status-disputed .mark.bar,
  .status-expected .mark.point,
  .status-expected .mark.bar {
    border-style: dashed;
  }
  .status-disputed .mark.band,
  .status-expected .mark.band {
    border-top-style: dashed;
  }
  .status-expected .mark.band {
    border-inline-style: dashed;
  }
  /* Selection: an accent ring around the mark (drawn over the label's edge), and a quiet tint behind the label,
     which keeps its text colour and its width. */
  .event[aria-current='true'] .mark {
    z-index: 1;
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .event[aria-current='true'] .label {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_background));
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
      --_hollow: Canvas;
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .event[aria-current='true'] .mark,
    button:focus-visible,
    .event:focus-visible {
      outline-color: Highlight;
    }
    /* The selected label as the system draws a selected item. */
    .event[aria-current='true'] .label {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .event[aria-current='true'] .date-prefix {
      color: inherit;
    }
    .grid,
    .lane-rule {
      border-color: GrayText;
    }
  }
`;
