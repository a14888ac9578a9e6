/**
 * The strip above the chart: the legend of the statuses in the data, when there are two or more or when a claim
 * is contested (then with a "Contested" entry that shows the sign those marks carry), and under it the date the
 * timeline is shown as of ("As of 5 October 2024"); nothing when there is neither. The zoom toolbar is in the
 * footer (timeline-footer.ts), after the chart, so that Tab reaches the events first.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { EventStatus } from '../../model/schema.js';
import type { Phrases } from '../../model/interface-phrases.js';
import { statusWord } from '../../model/status.js';

export interface TimelineHeaderView {
  /** The statuses present in the data, in the legend's order. */
  statuses: readonly EventStatus[];
  /** True when someone denies or disputes the claim of an event shown. */
  contested: boolean;
  /** "As of 5 October 2024" when the timeline is shown as of a date. */
  asOf?: string | undefined;
  phrases: Phrases;
}

export function timelineHeader(view: TimelineHeaderView): TemplateResult | typeof nothing {
  const legend = view.statuses.length >= 2 || view.contested;
  if (!legend && !view.asOf) return nothing;
  return html`<div class="header">
    ${legend
      ? html`<ul class="legend" aria-label=${view.phrases.legendLabel}>
          ${view.statuses.map((status) => html`<li class="status-${status}"><span class="mark point" aria-hidden="true"></span>${statusWord(status, view.phrases)}</li>`)}
          ${view.contested ? html`<li class="contested-entry"><span class="contested-sign" aria-hidden="true"></span>${view.phrases.contested}</li>` : nothing}
        </ul>`
      : nothing}
    ${view.asOf ? html`<p class="as-of">${view.asOf}</p>` : nothing}
  </div>`;
}

/** The as-of line: on a line of its own under the legend, in the legend's type. */
export const timelineHeaderStyles = css`
  .as-of {
    flex-basis: 100%;
    margin: 0 0 4px;
    color: var(--_muted);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .as-of {
      color: CanvasText;
    }
  }
`;
