import { nothing } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { DOMPurify } from 'dompurify';
import { looksLikeMarkup, markupToText, richTextHref, RICH_TEXT_ATTRIBUTES, RICH_TEXT_LINK, RICH_TEXT_TAGS } from '../../model/rich-text.js';

// Showing the simple HTML authors write (summaries, captions, credits, deks) safely: DOMPurify under the
// model's allow-list (links, emphasis, paragraphs, lists, quotes; http(s) links only, each opening in a new tab
// with rel="noopener noreferrer"; no scripts, styles, handlers, forms or frames). DOMPurify is loaded on
// demand, in a chunk of its own, the first time a text holds markup; until then the text is shown plain.
// Text without markup stays plain text and never goes near the sanitiser.

let sanitizer: ((html: string) => string) | undefined;
let loading: Promise<boolean> | undefined;

/** A DOMPurify of our own (its hooks touch no one else's), set to the allow-list. */
function makeSanitizer(createPurifier: DOMPurify): (html: string) => string {
  const purifier = createPurifier(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.localName !== 'a') return;
    const href = node.getAttribute('href');
    const safe = href === null ? undefined : richTextHref(href);
    if (safe === undefined) {
      node.removeAttribute('href');
      return;
    }
    node.setAttribute('href', safe);
    node.setAttribute('target', RICH_TEXT_LINK.target);
    node.setAttribute('rel', RICH_TEXT_LINK.rel);
  });
  const config = {
    ALLOWED_TAGS: [...RICH_TEXT_TAGS],
    ALLOWED_ATTR: [...RICH_TEXT_ATTRIBUTES],
    ALLOWED_URI_REGEXP: /^https?:/i,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
  };
  return (html) => purifier.sanitize(html, config);
}

/**
 * Loads the sanitiser once. Resolves true when it is ready, false when its code could not load (then rich text
 * stays plain text); never rejects.
 */
export function loadSanitizer(): Promise<boolean> {
  loading ??= import('dompurify').then(
    (module) => {
      sanitizer = makeSanitizer(module.default);
      return true;
    },
    (error: unknown) => {
      console.error('Dateline: the HTML sanitiser could not be loaded; rich text is shown as plain text.', error);
      return false;
    },
  );
  return loading;
}

/** The sanitised HTML of a text, once the sanitiser has loaded; undefined before. */
export function sanitizedHtml(html: string): string | undefined {
  return sanitizer?.(html);
}

/** The sanitised HTML of a text, loading the sanitiser if need be; plain text (escaped) if it cannot load. */
export async function sanitizeRichText(html: string): Promise<string> {
  if (await loadSanitizer()) return sanitizer!(html);
  return escapeText(markupToText(html));
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeText = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

class RichTextDirective extends AsyncDirective {
  private text: string | undefined;

  render(text: unknown): unknown {
    if (typeof text !== 'string') return nothing;
    this.text = text;
    if (!looksLikeMarkup(text)) return text;
    const html = sanitizedHtml(text);
    if (html !== undefined) return unsafeHTML(html);
    void loadSanitizer().then((ready) => {
      if (ready && this.isConnected && this.text === text) this.setValue(unsafeHTML(sanitizedHtml(text)));
    });
    return markupToText(text);
  }
}

/**
 * Renders an author's text: plain text as text; simple HTML sanitised under the allow-list, shown as plain text
 * until the sanitiser has loaded. `${richText(event.summary)}` in a template; anything that is not text renders nothing.
 */
export const richText = directive(RichTextDirective);
