/**
 * The headline of a timeline, above the chart and above the list (part `header`): the dataset's title as a
 * heading, its dek (`description`, authors' rich text), "Updated 10 October 2024" and its credit line, in the
 * host's type and quieter than the page's own headline; and the dataset's own media (a TimelineJS title slide's),
 * which loads only on the reader's word ("Load image from example.com") unless the embedder asked for pictures up
 * front (`thumbnails`). Nothing when the dataset says nothing of itself or the element has `header="none"`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Phrases } from '../../model/interface-phrases.js';
import { formatDateSpan } from '../../model/format-date.js';
import { mediaCode } from '../../model/code-on-demand.js';
import { parsePartialDate } from '../../model/partial-date.js';
import type { DatasetInfo } from '../../model/types.js';
import { eventMedia } from './event-media.js';
import { heading } from './heading.js';
import { machineDate, textOf } from './event-text.js';
import { richText } from './rich-text.js';

/** Whether an element shows the dataset's header: `auto` when the dataset has one, `none` never. */
export type HeaderMode = 'auto' | 'none';

export interface DatasetHeaderOptions {
  /** The element's `header` attribute. */
  mode: HeaderMode | string | undefined;
  /** The heading level of the title (2 to 6 in the timeline, the years' level in the list). */
  level: number;
  locale: string | undefined;
  phrases: Phrases;
  /** The embedder loads pictures up front (`thumbnails`): the header's image loads with it, not on a button. */
  loadMedia: boolean;
}

/** "Updated 10 October 2024" as a `<time>`, for an `updated` that reads as a date. */
function updatedLine(updated: string | undefined, locale: string | undefined, phrases: Phrases): TemplateResult | typeof nothing {
  if (!updated) return nothing;
  const read = parsePartialDate(updated);
  if (!read.ok) return nothing;
  const datetime = machineDate({ start: read.span.start, startPrecision: read.span.precision, startText: updated });
  const [before = '', after = ''] = phrases.updated.split('{date}');
  return html`<span class="updated">${before}<time datetime=${datetime ?? nothing}>${formatDateSpan(read.span, locale, phrases)}</time>${after}</span>`;
}

/** The dataset's headline, or nothing when it has no title, dek, date, credit or media, or the mode is `none`. */
export function datasetHeader(dataset: DatasetInfo, options: DatasetHeaderOptions): TemplateResult | typeof nothing {
  if (options.mode === 'none') return nothing;
  const title = textOf(dataset.title);
  const description = textOf(dataset.description);
  const credit = textOf(dataset.credit);
  const updated = updatedLine(dataset.updated, options.locale, options.phrases);
  // A dataset with media was read with the media services at hand (code-on-demand.ts).
  const media = mediaCode.provided?.mediaView(dataset.media);
  if (!title && !description && !credit && updated === nothing && !media) return nothing;
  return html`<div part="header" class="dataset-header">
    ${title ? heading(options.level, 'dataset-title', title) : nothing}
    ${description ? html`<div class="dek rich" dir="auto">${richText(description)}</div>` : nothing}
    ${updated !== nothing || credit
      ? html`<p class="byline">${updated}${updated !== nothing && credit ? html`<span class="separator" aria-hidden="true"> · </span>` : nothing}${credit
          ? html`<span class="credit rich" dir="auto">${richText(credit)}</span>`
          : nothing}</p>`
      : nothing}
    ${eventMedia(media, { askFirst: !options.loadMedia, phrases: options.phrases })}
  </div>`;
}

/**
 * The header in the element's own type: a title a step above the body, bold but well under a page's headline;
 * the dek in the text colour, no wider than a reading column; the date and credit line small and muted.
 */
export const datasetHeaderStyles = css`
  .dataset-header {
    max-inline-size: 90ch;
    /* The timeline's gutter (its geometry), the list's own inset. */
    margin: 0 var(--_gutter, 4px) 8px;
    overflow-wrap: anywhere;
  }
  .dataset-title {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .dek {
    margin-block-start: 2px;
    font-size: 0.875rem;
    line-height: 1.45;
  }
  .byline {
    margin: 4px 0 0;
    color: var(--_muted);
    font-size: 0.75rem;
    font-variant-numeric: tabular-nums;
  }
  .byline .separator {
    white-space: pre;
  }
  .dataset-header .media {
    max-inline-size: 360px;
    margin-block-start: 8px;
  }
  @media (forced-colors: active) {
    .byline {
      color: CanvasText;
    }
  }
`;
