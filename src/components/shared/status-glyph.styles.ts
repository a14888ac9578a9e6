import { css } from 'lit';

/**
 * The status language of every Dateline element, drawn by the timeline's points and legend and by the card's and
 * the list's badges: confirmed is a solid disc, reported a ring, alleged a ring holding a half disc ("partly
 * established", not a slashed "no entry" sign), disputed the same half disc in a dashed ring, expected a dashed
 * ring. Shape and fill carry the status, never the colour alone, so it reads at 10–12 px, in both looks and in
 * forced colours. A sheet that uses these sets `--_ink` (the mark's colour) and `--_hollow` (what an unfilled part
 * shows: the colour behind the mark).
 */

/** Alleged and disputed: the far half in ink, kept off the ring by a hairline of hollow. Clipped to the padding
 * box, so that a dashed ring's gaps stay gaps. */
export const halfDiscFill = css`
  background: linear-gradient(to right, transparent 50%, var(--_ink) 50%) padding-box var(--_hollow);
  box-shadow: inset 0 0 0 1px var(--_hollow);
`;

/**
 * The status glyph of the card and the list (`<span class="glyph glyph-<status>">`): the timeline's point in
 * the same language. `--_glyph-size` sets its size, `--_glyph-hollow` the colour behind it (the page's by default).
 */
export const statusGlyphStyles = css`
  .glyph {
    --_ink: var(--_mark);
    --_hollow: var(--_glyph-hollow, var(--_background));
    flex: none;
    box-sizing: border-box;
    inline-size: var(--_glyph-size, 12px);
    block-size: var(--_glyph-size, 12px);
    border: 2px solid var(--_ink);
    border-radius: 50%;
    background: var(--_hollow) padding-box;
  }
  .glyph-confirmed {
    background: var(--_ink);
  }
  .glyph-alleged,
  .glyph-disputed {
    ${halfDiscFill}
  }
  .glyph-disputed,
  .glyph-expected {
    border-style: dashed;
  }
  @media (forced-colors: active) {
    .glyph {
      forced-color-adjust: none;
      --_ink: CanvasText;
      --_hollow: Canvas;
    }
  }
`;
