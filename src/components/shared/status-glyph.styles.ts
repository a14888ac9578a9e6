import { css } from 'lit';

/**
 * The status glyph of the card and the list (`<span class="glyph glyph-<status>">`): the same mark style the
 * timeline draws, solid (confirmed), outlined (reported), hatched (alleged), hatched and dashed (disputed),
 * hollow and dashed (expected). `--_glyph-size` sets its size.
 */
export const statusGlyphStyles = css`
  .glyph {
    flex: none;
    box-sizing: border-box;
    inline-size: var(--_glyph-size, 11px);
    block-size: var(--_glyph-size, 11px);
    border: 1.5px solid var(--_mark);
    border-radius: 50%;
    background: transparent;
  }
  .glyph-confirmed {
    background: var(--_mark);
  }
  .glyph-alleged,
  .glyph-disputed {
    background: repeating-linear-gradient(-45deg, var(--_mark) 0 1.2px, transparent 1.2px 3px);
  }
  .glyph-disputed,
  .glyph-expected {
    border-style: dashed;
  }
  @media (forced-colors: active) {
    .glyph {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .glyph-confirmed {
      background: CanvasText;
    }
    .glyph-alleged,
    .glyph-disputed {
      background: repeating-linear-gradient(-45deg, CanvasText 0 1.2px, Canvas 1.2px 3px);
    }
  }
`;
