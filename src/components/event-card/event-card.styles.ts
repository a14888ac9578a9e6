import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: var(--dateline-card-max-width, 360px);
  }

  /* While the interface language's words load: laid out, not shown in English for a moment. */
  .card.awaits-language {
    visibility: hidden;
  }
  .card {
    position: relative;
    box-sizing: border-box;
    padding: 12px 14px;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_color);
    font: inherit;
    font-size: 0.875rem;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }

  /* Keeps the date and the title clear of the close button. */
  .closable .head,
  .closable .error {
    padding-inline-end: 28px;
  }

  .date {
    margin: 0;
    color: var(--_muted);
    font-size: 0.75rem;
    font-variant-numeric: tabular-nums;
  }

  .title {
    margin: 2px 0 0;
    font-size: 1rem;
    font-weight: 700;
    line-height: 1.3;
  }

  /*
   * The status in words, with who claims it and how others answered: a pill for a word, a rounded box when the
   * words run to a second line, the glyph beside the first.
   */
  .status {
    display: inline-flex;
    align-items: flex-start;
    gap: 6px;
    margin: 8px 0 0;
    padding: 1px 8px;
    border: 1px solid var(--_axis);
    border-radius: 10px;
    font-size: 0.75rem;
    font-weight: 600;
    /* The status glyph's hollow parts show the card's surface. */
    --_glyph-hollow: var(--_surface);
  }
  .status .glyph {
    margin-block-start: calc((1lh - var(--_glyph-size, 12px)) / 2);
  }

  .facts {
    margin: 10px 0 0;
    font-size: 0.8125rem;
  }

  .summary {
    margin: 10px 0 0;
  }

  .history,
  .sources {
    margin-block-start: 12px;
    padding-block-start: 8px;
    border-block-start: 1px solid var(--_grid);
  }
  .claim-steps,
  .source-list {
    margin: 4px 0 0;
    font-size: 0.8125rem;
  }

  .close {
    position: absolute;
    inset-block-start: 6px;
    inset-inline-end: 6px;
    display: grid;
    place-items: center;
    box-sizing: border-box;
    inline-size: 28px;
    block-size: 28px;
    margin: 0;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 4px;
    background: transparent;
    color: var(--_muted);
    font: inherit;
    cursor: pointer;
  }
  .close:hover {
    border-color: var(--_axis);
    color: var(--_color);
  }
  .close svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
  }

  a:focus-visible,
  .close:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .error p {
    margin: 0;
    font-weight: 600;
  }
  .error ul {
    margin: 4px 0 0;
    padding-inline-start: 1.2em;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .date,
    .facts dt,
    .sources-heading,
    .source-date {
      color: CanvasText;
    }
    .status,
    .history,
    .sources {
      border-color: CanvasText;
    }
    a[href] {
      color: LinkText;
    }
    .close {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    a:focus-visible,
    .close:focus-visible {
      outline-color: Highlight;
    }
  }
`;
