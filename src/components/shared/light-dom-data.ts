import type { TimelineEvent } from '../../model/schema.js';
import type { ParseResult } from '../../model/types.js';

/**
 * Data written inside an element in the page itself: the input to read (as `events` set from code is read), or,
 * for inline JSON that does not parse, the failure to show.
 */
export type WrittenData = { input: unknown } | { failure: ParseResult };

/**
 * Data written inside the element in the page itself, found once the element upgrades:
 * - `<script type="application/json">` holding a dataset or an array of events;
 * - a plain `<ol>` (or `<ul>`), one `<li>` per event: a `<time datetime>` (two for a range), the title in a
 *   heading or `<strong>`, the rest of the item as the summary (its links and emphasis kept, sanitised). Before the script loads, or without it, the
 *   page shows that list; it stays in the light DOM for assistive technology, search engines and print.
 * Returns undefined when the element holds neither.
 */
export function readLightDomData(host: Element): WrittenData | undefined {
  const script = [...host.children].find(
    (child): child is HTMLScriptElement => child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json',
  );
  if (script) return readInlineJson(script.textContent ?? '');
  const list = [...host.children].find((child) => child instanceof HTMLOListElement || child instanceof HTMLUListElement);
  if (list) return { input: eventsFromList(list) };
  return undefined;
}

function readInlineJson(text: string): WrittenData {
  try {
    return { input: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      failure: {
        dataset: { title: '' },
        events: [],
        issues: [{ path: '', message: `the inline <script type="application/json"> is not valid JSON (${reason.slice(0, 120)})`, severity: 'error' }],
      },
    };
  }
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Turns each `<li>` of a list into an authoring event; the parser then checks it like any other. */
export function eventsFromList(list: Element): TimelineEvent[] {
  const items = [...list.children].filter((child) => child instanceof HTMLLIElement);
  return items.map((item, index) => {
    const times = [...item.querySelectorAll('time')];
    const titleElement = item.querySelector('h1, h2, h3, h4, h5, h6, strong, b');
    const rest = item.cloneNode(true) as HTMLElement;
    rest.querySelectorAll('time, h1, h2, h3, h4, h5, h6, strong, b').forEach((element) => element.remove());
    // The rest of the item is the summary: as text, or as the page wrote it when it holds elements (links,
    // emphasis) or characters that would read as markup, so that the sanitiser shows both as the page did.
    const written = rest.children.length > 0 || /[<>&]/.test(rest.textContent ?? '') ? rest.innerHTML : rest.textContent;
    const summary = clean(written).replace(/^[\s,:–—-]+/, '');
    const event: TimelineEvent = {
      id: item.id || item.dataset.id || `item-${index + 1}`,
      title: clean(titleElement?.textContent),
      start: clean(times[0]?.getAttribute('datetime') ?? times[0]?.textContent),
    };
    const end = times[1] ? clean(times[1].getAttribute('datetime') ?? times[1].textContent) : undefined;
    if (end) event.end = end;
    if (summary) event.summary = summary;
    const status = item.dataset.status;
    if (status) (event as { status?: string }).status = status;
    const actors = item.dataset.actors;
    if (actors) event.actors = actors.split(';').map((actor) => actor.trim()).filter(Boolean);
    if (item.dataset.category) event.category = item.dataset.category;
    return event;
  });
}
