/**
 * The body of `<dateline-event-list>`: a section per year under its heading, month headings in a busy year, the
 * ordered lists of items (each labelled by the headings above it), and the "Show more" button under a list that
 * is drawn a page at a time.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { countPhrase, fillPhrase, type Phrases } from '../../model/interface-phrases.js';
import { repeat } from 'lit/directives/repeat.js';
import type { MonthGroup, YearGroup } from '../../layout/event-list-groups.js';
import { formatCount } from '../../model/format-date.js';
import { heading } from '../shared/heading.js';
import { listItem, type ListItemContext, type ListItemView } from './event-list-item.js';

/** What the outline needs besides the items' own context: the level of the titles (`heading-level`, 2–6). */
export interface ListOutlineContext extends ListItemContext {
  level: number;
}

/** A year's section: its heading one level above the titles, then its months or its items. */
export function yearSection(context: ListOutlineContext, group: YearGroup<ListItemView>): TemplateResult {
  const headingId = `year-${group.key}`;
  return html`<section class="year">
    ${heading(context.level - 1, 'year-heading', group.label, 'year', headingId)}
    ${group.months
      ? group.months.map((month) => monthPart(context, month, headingId))
      : itemList(context, group.items, headingId, context.level)}
  </section>`;
}

/** A month's heading at the titles' level and its items one level below; the year's year-precision events have no heading. */
function monthPart(context: ListOutlineContext, month: MonthGroup<ListItemView>, yearHeadingId: string): TemplateResult {
  if (month.label === undefined) return itemList(context, month.items, yearHeadingId, context.level);
  const headingId = `month-${month.key}`;
  return html`${heading(context.level, 'month-heading', month.label, 'month', headingId)}
  ${itemList(context, month.items, `${yearHeadingId} ${headingId}`, context.level + 1)}`;
}

function itemList(context: ListItemContext, items: ListItemView[], labelledBy: string, level: number): TemplateResult {
  return html`<ol class="items" role="list" aria-labelledby=${labelledBy}>
    ${repeat(
      items,
      (item) => item.event.id,
      (item) => listItem(context, item, level),
    )}
  </ol>`;
}

/** The button that draws `next` more events, saying how many are `hidden`; nothing when none is. */
export function showMoreButton(hidden: number, next: number, locale: string | undefined, phrases: Phrases, onShowMore: () => void): TemplateResult | typeof nothing {
  if (hidden <= 0) return nothing;
  const more = countPhrase(phrases.showMore, next, locale);
  return html`<p class="more">
    <button type="button" part="show-more" @click=${onShowMore}>
      ${fillPhrase(phrases.showMoreAndHidden, { more, hidden: formatCount(hidden, locale) })}
    </button>
  </p>`;
}
