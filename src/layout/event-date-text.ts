/** Event dates as the layout shows them: `formatEventDate`, remembered per event and locale. */
import { formatEventDate } from '../model/format-date.js';
import type { NormalizedEvent } from '../model/types.js';

const texts = new WeakMap<NormalizedEvent, { locale: string | undefined; text: string }>();

/**
 * `formatEventDate`, remembered per event: the same events are drawn again on every zoom and pan step, and
 * formatting a date through Intl costs more than the rest of placing it.
 */
export function eventDateText(event: NormalizedEvent, locale: string | undefined): string {
  const known = texts.get(event);
  if (known && known.locale === locale) return known.text;
  const text = formatEventDate(event, locale);
  texts.set(event, { locale, text });
  return text;
}
