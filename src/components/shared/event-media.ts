/**
 * Media as the card, the list's details and the dataset header show it: a `<figure part="media">` holding the
 * picture, sound, video or frame in a box whose size is kept before anything loads (so nothing moves when it
 * does), then its caption and credit (authors' rich text) and a link to where it comes from. What the box holds
 * (shared/media-players.ts) loads on demand, in a chunk of its own, the first time media is shown.
 *
 * Privacy: this template is drawn only where the reader asked for the event (its open card, the selected list
 * item) or the embedder did (`thumbnails`); what it draws asks the media's host for nothing more than that:
 * - an image loads with the figure (`loading="lazy"`), or with `askFirst` only when the reader presses "Load
 *   image from example.com";
 * - audio and video files are players with `preload="none"`: nothing is fetched until the reader plays them;
 * - a frame from a service (YouTube, Vimeo, …) loads only when the reader presses "Load video from youtube.com",
 *   sandboxed, without the page's address as referrer beyond its origin; the button gives way to the frame,
 *   which takes the focus.
 *
 * Text alternatives: an image shows its author's `alt` ("" for decoration). Without one (the data check warns
 * about it) the image gets `alt=""`, and what the author wrote under it, the caption in the same figure, is what
 * a screen reader hears of it: once, rather than twice as an alt copied from the caption would be. A frame is
 * titled by the alt, else the caption's text, else "Video from youtube.com".
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ENGLISH_PHRASES, fillPhrase, type Phrases } from '../../model/interface-phrases.js';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { MediaView } from '../../model/media.js';
import { cssomStyle } from './cssom-style.js';
import { richText } from './rich-text.js';

/** The site a media address is on, as a reader knows it: "example.com". */
export function mediaHost(view: Pick<MediaView, 'src' | 'embed'>): string {
  if (view.embed) return view.embed.host;
  try {
    return new URL(view.src).hostname.replace(/^www\./, '');
  } catch {
    return view.src;
  }
}

/** The size a media box keeps before anything loads: a service's own shape, else the kind's (in the stylesheet). */
function boxStyle(view: MediaView): Record<string, string | undefined> {
  const embed = view.embed;
  if (!embed) return {};
  if (embed.height !== undefined) return { height: `${embed.height}px` };
  return { 'aspect-ratio': String(embed.aspectRatio ?? 16 / 9) };
}

/** True when the box waits for the reader before it loads: always for a frame, for an image only when asked to. */
const waitsForReader = (view: MediaView, askFirst: boolean) => view.kind === 'embed' || (askFirst && view.kind === 'image');

/** Heard after a link that opens in a new tab. */
export const newTabNote = (phrases: Phrases) => html`<span class="visually-hidden"> ${phrases.opensInNewTab}</span>`;

type MediaPlayers = typeof import('./media-players.js');
let players: MediaPlayers | undefined;
let loadingPlayers: Promise<MediaPlayers | undefined> | undefined;

/**
 * Loads the players' templates (a chunk of their own, the first time an event with media is shown). Resolves
 * with them, or undefined when their code could not load (the box then stays empty, the caption and links
 * still shown); never rejects.
 */
export function loadMediaPlayers(): Promise<MediaPlayers | undefined> {
  loadingPlayers ??= import('./media-players.js').then(
    (module) => (players = module),
    (error: unknown) => {
      console.error('Dateline: media could not be shown, its code did not load.', error);
      return undefined;
    },
  );
  return loadingPlayers;
}

/**
 * The inside of a media box: the image, the player, or the button that stands in for what loads on the reader's
 * word, then the frame or the image. The templates come in their own chunk; until it is in, the box keeps its
 * room, empty.
 */
class MediaBoxDirective extends AsyncDirective {
  private view?: MediaView;
  private askFirst = false;
  private asked = false;
  private phrases: Phrases = ENGLISH_PHRASES;

  render(view: MediaView, askFirst: boolean, phrases: Phrases): unknown {
    this.phrases = phrases;
    if (this.view?.src !== view.src || this.view?.embed?.src !== view.embed?.src) this.asked = false;
    this.view = view;
    this.askFirst = askFirst;
    return this.content();
  }

  private content(): unknown {
    const view = this.view!;
    if (!players) {
      void loadMediaPlayers().then((loaded) => {
        if (loaded && this.isConnected && this.view === view) this.setValue(this.content());
      });
      return nothing;
    }
    return players.mediaContent(view, { waiting: waitsForReader(view, this.askFirst) && !this.asked, asked: this.asked, onAsk: this.load, phrases: this.phrases });
  }

  private readonly load = (): void => {
    this.asked = true;
    this.setValue(this.content());
  };
}

const mediaBox = directive(MediaBoxDirective);

export interface EventMediaOptions {
  /** Load an image only when the reader asks (a button), as frames always do: for media the reader did not open. */
  askFirst?: boolean;
  /** The interface's words ("Load video from youtube.com", "Open on …"); English by default. */
  phrases?: Phrases;
}

/**
 * A media item as a figure (part `media`): its box, then its caption, credit and the link to its page. Nothing
 * for no media. Only http(s) addresses reach here (`mediaView`).
 */
export function eventMedia(view: MediaView | undefined, options: EventMediaOptions = {}): TemplateResult | typeof nothing {
  if (!view) return nothing;
  const phrases = options.phrases ?? ENGLISH_PHRASES;
  // A page shown only as a link has no box: the link to it is in the caption.
  const link = view.link ?? (view.kind === 'embed' || view.kind === 'link' ? view.src : undefined);
  return html`<figure part="media" class="media media-${view.kind}">
    ${view.kind === 'link' ? nothing : html`<div class="media-box" ${cssomStyle(boxStyle(view))}>${mediaBox(view, options.askFirst === true, phrases)}</div>`}
    <figcaption class="media-caption">
      ${view.caption ? html`<span class="caption" dir="auto">${richText(view.caption)}</span>` : nothing}
      ${view.credit ? html`<span class="credit" dir="auto">${richText(view.credit)}</span>` : nothing}
      ${link
        ? html`<a class="media-source" href=${link} target="_blank" rel="noopener noreferrer">${fillPhrase(phrases.openOn, { host: mediaHost({ src: link }) })}${newTabNote(phrases)}</a>`
        : nothing}
    </figcaption>
  </figure>`;
}

/**
 * The figure: a box of a fixed shape for what it holds (3:2 for an image, 16:9 for a video, the service's own for
 * a frame), the picture fitted inside it; the load button filling the box; the caption, then the credit and the
 * source link in the muted type of secondary text. Every element that draws media adopts this sheet.
 */
export const eventMediaStyles = css`
  .media {
    margin: 10px 0 0;
  }
  .media-box {
    position: relative;
    display: grid;
    place-items: center;
    inline-size: 100%;
    overflow: hidden;
    border-radius: 3px;
    background: color-mix(in srgb, var(--_color) 6%, transparent);
  }
  .media-image .media-box {
    aspect-ratio: 3 / 2;
  }
  .media-video .media-box {
    aspect-ratio: 16 / 9;
  }
  .media-audio .media-box {
    min-block-size: 54px;
    background: none;
  }
  .media-box img,
  .media-box video,
  .media-box iframe {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
    object-fit: contain;
  }
  .media-box audio {
    inline-size: 100%;
  }
  .media-load {
    min-block-size: 32px;
    max-inline-size: calc(100% - 16px);
    padding: 4px 12px;
    border: 1px solid var(--_axis);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_color);
    font: inherit;
    font-size: 0.8125rem;
    cursor: pointer;
  }
  .media-load:hover {
    border-color: var(--_color);
  }
  .media-caption {
    margin-block-start: 4px;
    font-size: 0.8125rem;
    line-height: 1.4;
  }
  .media-caption > * {
    display: block;
  }
  .caption :is(p, ul, ol, blockquote) {
    margin: 0;
  }
  .credit,
  .media-source {
    color: var(--_muted);
    font-size: 0.75rem;
  }
  .media-source {
    inline-size: fit-content;
    padding-block: 4px;
  }
  .media-load:focus-visible,
  .media-caption a:focus-visible,
  .media-box iframe:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .media-box {
      border: 1px solid CanvasText;
    }
    .credit,
    .media-source {
      color: CanvasText;
    }
    .media-load {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
  @media print {
    .media-load,
    .media-box iframe {
      display: none;
    }
  }
`;
