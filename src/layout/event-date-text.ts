/** Event dates as the layout shows them: `formatEventDate`, remembered per event, locale and phrases. */
import { formatEventDate } from '../model/format-date.js';
import { ENGLISH_PHRASES, type Phrases } from '../model/interface-phrases.js';
import type { NormalizedEvent } from '../model/types.js';

const texts = new WeakMap<NormalizedEvent, { locale: string | undefined; phrases: Phrases; text: string }>();

/**
 * `formatEventDate`, remembered per event: the same events are drawn again on every zoom and pan step, and
 * formatting a date through Intl costs more than the rest of placing it.
 */
export function eventDateText(event: NormalizedEvent, locale: string | undefined, phrases: Phrases = ENGLISH_PHRASES): string {
  const known = texts.get(event);
  if (known && known.locale === locale && known.phrases === phrases) return known.text;
  const text = formatEventDate(event, locale, phrases);
  texts.set(event, { locale, phrases, text });
  return text;
}
