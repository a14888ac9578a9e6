/**
 * The event list's own look: the element and its scroll box, era, year and month headings, each item (title button,
 * date and status line, summary, the selected item's details), the "Show more" button and the empty state, in
 * forced colours and in print. Theme, status glyphs, details and data states come from the shared stylesheets.
 */
import { css } from 'lit';

export const eventListStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_color);
    background: var(--_background);
    font-size: 0.875rem;
    line-height: 1.45;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .scroller {
    max-block-size: var(--dateline-list-max-height, none);
    overflow-y: auto;
    /* Room for the focus ring, which a scrolling box would clip. */
    padding: 2px 4px;
  }

  .year + .year {
    margin-block-start: 20px;
  }
  .year-heading {
    margin: 0;
    padding-block-end: 4px;
    border-block-end: 1px solid var(--_color);
    font-size: 1.125rem;
    font-weight: 700;
    line-height: 1.25;
    font-variant-numeric: tabular-nums;
  }
  /* An era's name before the year its first event falls in: a pale band, like the timeline's, its dates muted. */
  .era-heading {
    margin: 20px 0 8px;
    padding: 4px 8px;
    border-inline-start: 3px solid var(--_axis);
    background: color-mix(in srgb, var(--_color) 6%, transparent);
    font-size: 0.875rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .era-heading:first-child {
    margin-block-start: 0;
  }
  .era-dates {
    color: var(--_muted);
    font-weight: 400;
    font-variant-numeric: tabular-nums;
  }
  .month-heading {
    margin: 14px 0 0;
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    font-variant-numeric: tabular-nums;
  }

  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    padding-block: 10px;
    /* The end padding keeps the focus ring inside the item, which clips its paint (content-visibility). */
    padding-inline: 10px 4px;
    border-inline-start: 3px solid transparent;
    overflow-wrap: anywhere;
    break-inside: avoid;
    /* A long list lays out only what is near the screen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 96px;
  }
  .item + .item {
    border-block-start: 1px solid var(--_grid);
  }
  /* The selected item: an accent bar along its side, its details open; the title keeps the text colour. */
  .item.selected {
    border-inline-start-color: var(--_accent);
  }

  .title {
    margin: 0;
    font-size: 1rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .item-button {
    display: block;
    inline-size: 100%;
    min-block-size: 24px;
    margin: 0;
    padding: 1px 0;
    border: 0;
    border-radius: 2px;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .item-button:hover {
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .item-button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin: 2px 0 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  time {
    font-variant-numeric: tabular-nums;
  }
  .separator {
    white-space: pre;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 5px;
  }

  .summary {
    margin: 4px 0 0;
    max-inline-size: 72ch;
  }

  .details {
    margin-block-start: 8px;
    padding: 8px 12px;
    border-radius: 4px;
    background: var(--_surface);
    font-size: 0.8125rem;
  }
  .facts {
    margin: 0;
  }
  .facts + .sources {
    margin-block-start: 8px;
  }
  .sources-heading {
    margin: 0;
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 600;
  }
  .source-list {
    margin: 2px 0 0;
  }
  .no-details {
    margin: 0;
    color: var(--_muted);
  }
  .more {
    margin: 12px 0 0;
    padding-inline: 4px;
  }
  .more button {
    min-block-size: 32px;
    padding: 4px 12px;
    border: 1px solid var(--_axis);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_color);
    font: inherit;
    cursor: pointer;
  }
  .more button:hover {
    border-color: var(--_color);
  }
  .more button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .state {
    margin: 0;
    padding: 16px 4px;
    color: var(--_muted);
  }
  [part='error'] {
    margin: 0 0 12px;
  }


  @media (forced-colors: active) {
    .year-heading,
    .era-heading {
      border-color: CanvasText;
    }
    .era-dates,
    .month-heading,
    .meta,
    .facts dt,
    .sources-heading,
    .source-date,
    .no-details,
    [part='error'] code {
      color: CanvasText;
    }
    .item {
      border-inline-start-color: Canvas;
    }
    .item + .item {
      border-block-start-color: GrayText;
    }
    .item.selected {
      border-inline-start-color: Highlight;
    }
    .item-button {
      color: ButtonText;
    }
    .details,
    [part='error'] {
      border: 1px solid CanvasText;
    }
    a {
      color: LinkText;
    }
    .more button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .item-button:focus-visible,
    .more button:focus-visible,
    a:focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    :host {
      background: none;
      color: #000;
    }
    .scroller {
      max-block-size: none;
      overflow: visible;
    }
    .year-heading,
    .month-heading {
      break-after: avoid;
    }
    .item {
      break-inside: avoid;
    }
    .item-button {
      color: inherit;
    }
    .more {
      display: none;
    }
    .details {
      padding: 4px 0 0;
      background: none;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
