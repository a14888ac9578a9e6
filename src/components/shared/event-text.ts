import { isPlainObject } from '../../model/dataset-issues.js';
import { formatDateSpan } from '../../model/format-date.js';
import { parsePartialDate } from '../../model/partial-date.js';
import { sourceLinkHref } from '../../model/source-url.js';
import type { NormalizedEvent } from '../../model/types.js';

// What the elements show of an event's fields: checked again at render time, since an event may have been
// built by hand rather than by the parser.

export const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
/** A JSON object: not null, not a list (the parser's rule). */
export { isPlainObject as isRecord };
export { isStatus } from '../../model/status.js';

/** A link target only for what the source-URL rule calls a link (absolute http(s)); everything else stays plain text. */
export function safeHref(url: unknown): string | undefined {
  return typeof url === 'string' ? sourceLinkHref(url) : undefined;
}

/**
 * The `datetime` attribute for an event's start: the written date when HTML can express it (YYYY,
 * YYYY-MM, YYYY-MM-DD, years 1–9999), the UTC instant for minute precision, none for BC years.
 */
export function machineDate(event: Pick<NormalizedEvent, 'start' | 'startPrecision' | 'startText' | 'floatingTime' | 'secondsWritten'>): string | undefined {
  if (event.startPrecision === 'minute') {
    const year = event.start.getUTCFullYear();
    if (year < 1 || year > 9999) return undefined;
    // A floating wall-clock time has no zone: HTML's local date-time form, without the Z.
    return event.floatingTime ? event.start.toISOString().slice(0, event.secondsWritten ? 19 : 16) : event.start.toISOString();
  }
  const written = typeof event.startText === 'string' ? event.startText.trim() : '';
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(written) && !written.startsWith('0000') ? written : undefined;
}

/** A source's partial date, formatted like an event date ("10 October 2024"), or undefined. */
export function readSourceDate(written: unknown, locale: string | undefined): { dateText: string; datetime?: string } | undefined {
  if (typeof written !== 'string') return undefined;
  const read = parsePartialDate(written);
  if (!read.ok) return undefined;
  const { span } = read;
  const datetime = machineDate({
    start: span.start,
    startPrecision: span.precision,
    startText: written,
    ...(span.floatingTime ? { floatingTime: true as const } : {}),
    ...(span.secondsWritten ? { secondsWritten: true as const } : {}),
  });
  const dateText = formatDateSpan(span, locale);
  return datetime ? { dateText, datetime } : { dateText };
}

/** The nearest value of an attribute up the tree, crossing shadow roots (for `lang`). */
export function inheritedAttribute(element: Element, name: string): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute(name)) return node.getAttribute(name) ?? undefined;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/** One source as the card and the list show it: checked text, and a link only for http(s). */
export interface SourceView {
  name: string;
  href?: string;
  quote?: string;
  dateText?: string;
  datetime?: string;
}

/** The sources worth showing from whatever an event holds: each needs a name; the rest is checked field by field. */
export function sourceViews(raw: unknown, locale: string | undefined): SourceView[] {
  if (!Array.isArray(raw)) return [];
  const shown: SourceView[] = [];
  for (const source of raw as unknown[]) {
    if (!isPlainObject(source)) continue;
    const name = textOf(source.name);
    if (!name) continue;
    const view: SourceView = { name };
    const href = safeHref(source.url);
    if (href) view.href = href;
    const quote = textOf(source.quote);
    if (quote) view.quote = quote;
    const date = readSourceDate(source.date, locale);
    if (date) Object.assign(view, date);
    shown.push(view);
  }
  return shown;
}
