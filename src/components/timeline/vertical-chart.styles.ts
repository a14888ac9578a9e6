import { css } from 'lit';

/** The vertical (phone) layout: a spine, dates on one side, titles on the other, gap markers, page buttons and the card in place. */
export const verticalChartStyles = css`
  /*
   * As tall as its blocks when the element's height follows its content; in an element of fixed height it
   * scrolls inside itself, and a shade at an edge says that more is there (the background covers it where the
   * list ends: the covers scroll with the content, the shades stay with the box).
   */
  .chart.vertical-chart {
    flex: 1 1 auto;
    min-height: 0;
    overflow-x: hidden;
    overflow-y: auto;
    --_shade: color-mix(in srgb, var(--_color) 22%, transparent);
    background:
      linear-gradient(var(--_background) 40%, transparent) top / 100% 24px no-repeat local,
      linear-gradient(transparent, var(--_background) 60%) bottom / 100% 24px no-repeat local,
      radial-gradient(farthest-side at 50% 0, var(--_shade), transparent) top / 100% 10px no-repeat scroll,
      radial-gradient(farthest-side at 50% 100%, var(--_shade), transparent) bottom / 100% 10px no-repeat scroll;
  }
  /* A stretch of the spine with its blocks: the whole list, or the part before or after the selected event's card. */
  .vertical {
    position: relative;
    margin: 8px var(--_gutter) var(--_gutter);
  }
  .vertical.cut {
    margin-bottom: 0;
  }
  .card-in-place + .vertical {
    margin-top: 0;
  }
  .vertical .spine {
    position: absolute;
    top: 0;
    bottom: 0;
    inset-inline-start: calc(var(--_vertical-date-column) + (var(--_vertical-mark-column) - var(--_spine-width)) / 2);
    border-inline-start: var(--_spine-width) solid var(--_grid);
  }
  .vertical .event {
    position: absolute;
    inset-inline: 0;
    height: auto;
    display: grid;
    grid-template-columns: var(--_vertical-date-column) var(--_vertical-mark-column) 1fr;
    align-items: start;
    padding: var(--_vertical-block-padding) 0;
  }
  .vertical .when {
    color: var(--_muted);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
    text-align: end;
    line-height: var(--_vertical-date-line-height);
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
  .vertical .key .title {
    font-weight: 600;
  }
  .vertical .title {
    line-height: var(--_vertical-line-height);
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_vertical-title-lines);
    line-clamp: var(--_vertical-title-lines);
    overflow-wrap: anywhere;
  }
  /* The selected event: its mark's accent ring says so (marks.styles.ts); its title keeps the text colour. */
  .vertical .event[aria-current='true'] .title {
    font-weight: 600;
  }
  /* Kept on one line, ending at the date column's end: a long one reaches into the gutter before it. */
  .vertical .gap-marker {
    position: absolute;
    inset-inline-start: 0;
    width: var(--_vertical-date-column);
    display: flex;
    justify-content: flex-end;
    white-space: nowrap;
    color: var(--_muted);
    font-size: 11px;
    font-style: italic;
  }
  /*
   * The card in place, right under its event, in the flow: what follows moves down by its height. It is drawn
   * over the spine; scrolling it into view shows its event too.
   */
  .card-in-place {
    position: relative;
    margin: 8px var(--_gutter);
    --dateline-card-max-width: none;
    scroll-margin-top: calc(var(--_event-above, 0px) + 8px);
  }
  /* "Show earlier/later events" in the vertical layout: as tall as the zoom buttons (WCAG 2.5.8). */
  .page {
    min-height: 32px;
    margin: 4px var(--_gutter);
    padding: 4px 12px;
    border: 1px solid var(--_axis);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_color);
    font: inherit;
    cursor: pointer;
  }
  /* An era beside the spine: a pale band behind its events' blocks, its name in the room kept above the first. */
  .vertical .era {
    position: absolute;
    inset-inline: calc(-1 * var(--_gutter) / 2);
    background: color-mix(in srgb, var(--_color) 3%, transparent);
    border-block-start: 1px solid color-mix(in srgb, var(--_color) 22%, transparent);
    pointer-events: none;
  }
  .vertical .era-1 {
    background: color-mix(in srgb, var(--_color) 5%, transparent);
  }
  .vertical .era-name {
    display: block;
    padding-inline: calc(var(--_gutter) / 2);
    height: var(--_vertical-era-room);
    line-height: var(--_vertical-era-room);
    color: var(--_muted);
    font-size: 11px;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  @media (forced-colors: active) {
    .vertical .era {
      border-color: CanvasText;
    }
    .vertical .era-name {
      color: CanvasText;
    }
  }
`;
