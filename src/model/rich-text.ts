import { sourceLinkHref } from './source-url.js';

// What the model knows of the simple HTML that authors write in summaries, captions, credits and deks (as
// TimelineJS lets them): whether a text is markup at all, the allow-list a sanitiser keeps of it, where its
// links may lead, and the plain text it reads as where markup is not rendered (yet). The sanitising itself
// needs a DOM and happens where the elements render (components/shared/rich-text.ts).

/** The elements rich text may keep: links, emphasis, paragraphs, lists, quotes. Everything else is dropped, its text kept. */
export const RICH_TEXT_TAGS: readonly string[] = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'cite', 'code', 'em', 'i', 'li', 'mark', 'ol', 'p', 'q', 's', 'small',
  'span', 'strong', 'sub', 'sup', 'u', 'ul',
];

/** The attributes rich text may keep (`href` on links, only to http(s) addresses). */
export const RICH_TEXT_ATTRIBUTES: readonly string[] = ['href', 'title', 'lang'];

/** What every kept link gets: it opens in a new tab, and the page it opens learns nothing of ours. */
export const RICH_TEXT_LINK = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** Where a link in rich text may lead: an absolute http(s) address (the sources' rule), normalized; anything else is no link. */
export function richTextHref(href: string): string | undefined {
  return sourceLinkHref(href);
}

/**
 * Element names that make a text markup when they appear as tags: the allow-list, and what authors or attackers
 * paste (blocks, images, frames, scripts, forms, tables). `<Ctrl>` or `a < b > c` stay plain text.
 */
const HTML_ELEMENTS = new Set([
  ...RICH_TEXT_TAGS,
  'address', 'area', 'article', 'aside', 'audio', 'base', 'body', 'button', 'canvas', 'caption', 'center', 'dd',
  'del', 'details', 'dfn', 'div', 'dl', 'dt', 'embed', 'figcaption', 'figure', 'font', 'footer', 'form', 'frame',
  'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'img', 'input', 'ins',
  'kbd', 'label', 'link', 'main', 'map', 'math', 'meta', 'nav', 'noscript', 'object', 'param', 'picture', 'pre',
  'samp', 'script', 'section', 'select', 'source', 'style', 'summary', 'svg', 'table', 'tbody', 'td', 'template',
  'textarea', 'tfoot', 'th', 'thead', 'time', 'tr', 'video', 'wbr',
]);

const TAG = /<\/?([a-z][a-z0-9]*)(?=[\s/>])[^<>]*>/gi;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/**
 * True when a text holds HTML: a tag of an HTML element (`<a href>`, `</p>`, `<br/>`, `<img …>`) or a character
 * reference (`&amp;`). Such a text is shown through the sanitiser; any other stays plain text.
 */
export function looksLikeMarkup(text: string): boolean {
  if (typeof text !== 'string') return false;
  if (text.includes('<')) {
    for (const [, name] of text.matchAll(TAG)) if (HTML_ELEMENTS.has(name!.toLowerCase())) return true;
  }
  return text.includes('&') && ENTITY.test(text);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The plain text a piece of HTML reads as, without a DOM: scripts and styles with their content dropped, tags
 * dropped (block ends become spaces), common character references decoded, white space collapsed. For titles
 * written in HTML, and for rich text while the sanitiser loads.
 */
export function markupToText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/(p|div|li|h\d|blockquote)>|<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
