import { css } from 'lit';
import { halfDiscFill } from '../shared/status-glyph.styles.js';

/**
 * Events and clusters in either orientation: the button around each mark and label, marks by kind (point, bar,
 * band), status and lane colour, the sign of a contested claim, selection, "+N" badges and count columns; reduced
 * motion and forced colours.
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
  /*
   * A label's box is its text and padding on a knockout of the background: grid lines and bands pass behind
   * the text, never through it. The layout sizes the box to the measured text plus this padding.
   */
  .event .label {
    position: absolute;
    top: 4px;
    display: block;
    box-sizing: border-box;
    padding-inline: var(--_label-padding);
    border-radius: 2px;
    background: var(--_background);
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
  /*
   * An approximate date ("c. 1200"): soft edges. A bar or a band fades in and out over its ends (along the spine
   * in the vertical layout); a point has a soft halo of its own ink.
   */
  .mark.approximate:is(.bar, .band) {
    mask-image: linear-gradient(to var(--_approximate-along, right), transparent, #000 min(8px, 30%), #000 calc(100% - min(8px, 30%)), transparent);
  }
  .vertical .mark.approximate {
    --_approximate-along: bottom;
  }
  .mark.point.approximate {
    filter: drop-shadow(0 0 2px var(--_ink)) drop-shadow(0 0 1px var(--_ink));
  }
  /* Key events, which the story turns on: their labels carry more weight (the layout measures them bold). */
  .key .label {
    font-weight: 600;
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
  /*
   * A contested claim (someone denies or disputes it): a short diagonal stroke across the mark's top end corner,
   * in the text colour on a knockout of the background, so that it reads on the mark's own ink, on a band's tint
   * and over grid lines, in any lane colour. The mark is lifted over its label, as a selected one is: the stroke
   * reaches past the mark by less than the gap and padding before the label's text.
   */
  .contested .mark {
    z-index: 1;
  }
  .contested .mark::after,
  .contested-sign::after {
    content: '';
    position: absolute;
    inset-block-start: var(--_contested-top, -6px);
    inset-inline-end: var(--_contested-end, -4px);
    width: 2px;
    height: 9px;
    background: var(--_color);
    box-shadow: 0 0 0 1px var(--_background);
    transform: rotate(45deg);
  }
  :host(:dir(rtl)) .contested .mark::after,
  :host(:dir(rtl)) .contested-sign::after {
    transform: rotate(-45deg);
  }
  /* A band's corner is its top rule's end: the stroke crosses the rule, inside the band. */
  .contested .mark.band {
    --_contested-top: -6px;
    --_contested-end: 0px;
  }
  /* The legend's sample: the stroke alone, in a box as wide as a point. */
  .contested-sign {
    position: relative;
    display: inline-block;
    flex: none;
    width: var(--_point-size);
    height: var(--_point-size);
    --_contested-top: 1px;
    --_contested-end: calc(var(--_point-size) / 2 - 1px);
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
  /* The stretch a "+N" badge's events span: a thin rule in the axis's grey, 3:1 on the background (WCAG 1.4.11). */
  .cluster-span {
    position: absolute;
    top: 12px;
    height: 2px;
    background: var(--_axis);
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
  /*
   * A crowd: each event a small mark in a thin row, in its lane's colour and its status's fill, painted on one
   * canvas over the plot, under the bins (crowd-painter.ts paints them as the shared status language says).
   */
  .crowd {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  /* A bin over a crowd: only a target, outlined when pointed at or focused, its count in its badge. */
  .over-crowd {
    background: none;
  }
  .over-crowd:hover,
  .over-crowd:focus-visible {
    background: color-mix(in srgb, var(--_grid) 35%, transparent);
  }
  /* A count column carries its count on hover and focus only: the lane's count scale gives the numbers at a glance. */
  .column .cluster-badge {
    margin-inline: auto;
    visibility: hidden;
  }
  .column:hover .cluster-badge,
  .column:focus-visible .cluster-badge {
    visibility: visible;
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
    /* The contested stroke in the system's text colour, on a knockout of its background. */
    .contested .mark::after,
    .contested-sign::after {
      forced-color-adjust: none;
      background: CanvasText;
      box-shadow: 0 0 0 1px Canvas;
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
