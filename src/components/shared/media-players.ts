/**
 * What a media box holds (shared/event-media.ts draws the box, its caption and credit): the image, the audio or
 * video player, the frame of a service, or the button that stands in for what loads only on the reader's word
 * ("Load video from youtube.com"). Loaded on demand, in a chunk of its own, the first time an event with media is
 * shown, since a typical story has none.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { fillPhrase, type PhraseId, type Phrases } from '../../model/interface-phrases.js';
import type { MediaView } from '../../model/media.js';
import { markupToText } from '../../model/rich-text.js';
import { mediaHost } from './event-media.js';

/** The phrase of the button that loads a media item, by what it is: "Load video from {host}", "Load map from {host}"… */
const LOAD_PHRASES = {
  video: 'loadVideo',
  audio: 'loadAudio',
  image: 'loadImage',
  post: 'loadPost',
  map: 'loadMap',
  document: 'loadDocument',
  article: 'loadArticle',
  page: 'loadPage',
} as const satisfies Record<string, PhraseId>;

/** The words of the button that loads what the reader asked for: "Load video from youtube.com". */
export function loadMediaText(view: MediaView, phrases: Phrases): string {
  const content = view.embed?.content ?? view.kind;
  const phrase = Object.hasOwn(LOAD_PHRASES, content) ? LOAD_PHRASES[content as keyof typeof LOAD_PHRASES] : 'loadPage';
  return fillPhrase(phrases[phrase], { host: mediaHost(view) });
}

/** A name for a player or a frame: the alt, else the caption's text, else "Media from youtube.com". */
function mediaName(view: MediaView, phrases: Phrases): string {
  const written = view.alt?.trim() || (view.caption ? markupToText(view.caption) : '');
  return written || fillPhrase(phrases.mediaFrom, { host: mediaHost(view) });
}

/** What loads on the reader's word takes the focus its button had (a frame, or an image made focusable for it). */
function focusWhenDrawn(element: Element | undefined): void {
  if (element instanceof HTMLElement) element.focus();
}

export interface MediaBoxState {
  /** The box waits for the reader: it shows the button. */
  waiting: boolean;
  /** The reader pressed the button: what loads takes the focus. */
  asked: boolean;
  onAsk(): void;
  phrases: Phrases;
}

/**
 * The inside of a media box. An image loads lazily, with its author's alt or `alt=""` (its caption then says
 * what it shows); audio and video fetch nothing until played (`preload="none"`); a frame is sandboxed (scripts
 * and its own origin, popups and presentation; no top navigation, forms or downloads), may go full screen or
 * picture-in-picture, and is sent no more of the page's address than its origin.
 */
export function mediaContent(view: MediaView, state: MediaBoxState): TemplateResult | typeof nothing {
  if (state.waiting) return html`<button type="button" class="media-load" @click=${state.onAsk}>${loadMediaText(view, state.phrases)}</button>`;
  const focus = state.asked ? ref(focusWhenDrawn) : ref();
  switch (view.kind) {
    case 'image':
      return html`<img src=${view.src} alt=${view.alt ?? ''} loading="lazy" decoding="async" tabindex=${state.asked ? '-1' : nothing} ${focus} />`;
    case 'audio':
      return html`<audio controls preload="none" src=${view.src} aria-label=${mediaName(view, state.phrases)}></audio>`;
    case 'video':
      return html`<video controls preload="none" src=${view.src} poster=${view.thumbnail ?? nothing} aria-label=${mediaName(view, state.phrases)}></video>`;
    case 'embed':
      return html`<iframe
        src=${view.embed!.src}
        title=${mediaName(view, state.phrases)}
        sandbox="allow-scripts allow-same-origin allow-popups allow-presentation"
        allow="fullscreen; picture-in-picture"
        referrerpolicy="strict-origin-when-cross-origin"
        ${focus}
      ></iframe>`;
    default:
      return nothing;
  }
}
