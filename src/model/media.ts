import { describeValue, isPlainObject, type ReportField } from './dataset-issues.js';
import { MEDIA_KINDS, type MediaKind } from './vocabulary.js';
import type { TimelineMedia } from './schema.js';
import { judgeSourceUrl, sourceLinkHref } from './source-url.js';

// What an event's media is and how it is shown: its kind told from its URL (image, audio and video files by
// their extension; the services TimelineJS documents by their pages' addresses), and `mediaView`, what the
// card needs to draw it: the address to load, and for a service the frame's address, loaded only when the
// reader asks ("Load video from youtube.com"). Only http(s) addresses are ever loaded or linked.

/** A page of a service shown in a frame, once the reader asks for it. */
export interface MediaEmbed {
  /** The address the frame loads: the service's embeddable player (`https://www.youtube-nocookie.com/embed/ID`). */
  src: string;
  /** The site the frame brings in, as a reader knows it: "youtube.com". */
  host: string;
  /** What the frame shows, for words like "Load video from youtube.com". */
  content: 'video' | 'audio' | 'post' | 'map' | 'document' | 'article' | 'image' | 'page';
  /** Width over height of the frame, so that its room is kept before it loads. */
  aspectRatio?: number;
  /** A fixed height in CSS pixels, for players that do not scale (audio). */
  height?: number;
}

/** What the card needs to show a media item. Every address in it is an absolute http(s) URL. */
export interface MediaView {
  kind: MediaKind;
  /** The address to load for an image, audio or video; the page's own address for an embed or a link. */
  src: string;
  /** For `kind: 'embed'`: the frame to load when the reader asks. */
  embed?: MediaEmbed;
  /** What it shows, for readers who cannot see it; "" for decoration; absent when the author gave none. */
  alt?: string;
  /** Plain text or simple HTML (see rich-text.ts). */
  caption?: string;
  /** Plain text or simple HTML. */
  credit?: string;
  /** Where the media leads when followed. */
  link?: string;
  /** A small image for beside the mark, when the embedder asks for thumbnails. */
  thumbnail?: string;
}

const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'svg', 'avif', 'apng', 'bmp']);
const AUDIO_EXTENSIONS = new Set(['mp3', 'm4a', 'wav', 'ogg', 'oga', 'opus', 'aac', 'flac', 'weba']);
const VIDEO_EXTENSIONS = new Set(['mp4', 'm4v', 'webm', 'ogv', 'mov']);

/** The kind of file a name says it is, by its extension, or undefined. */
function fileKind(name: string): 'image' | 'audio' | 'video' | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === undefined) return undefined;
  if (IMAGE_EXTENSIONS.has(extension)) return 'image';
  if (AUDIO_EXTENSIONS.has(extension)) return 'audio';
  if (VIDEO_EXTENSIONS.has(extension)) return 'video';
  return undefined;
}

/** An id of letters, digits, `_` and `-`, safe to put in a path. */
const ID = /^[\w-]+$/;
const VIDEO = 16 / 9;

/** Seconds from YouTube's `t` or `start` (`90`, `90s`, `1m30s`, `1h2m3s`), or undefined. */
function youTubeStart(value: string | null): number | undefined {
  if (!value) return undefined;
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value);
  if (!match) return undefined;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  const total = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  return total > 0 ? total : undefined;
}

function youTube(url: URL, host: string, path: string[]): MediaEmbed | undefined {
  let id: string | undefined;
  if (host === 'youtu.be') id = path[0];
  else if (path[0] === 'watch') id = url.searchParams.get('v') ?? undefined;
  else if (['embed', 'shorts', 'live', 'v'].includes(path[0] ?? '')) id = path[1];
  const list = url.searchParams.get('list');
  if (path[0] === 'playlist' && list && ID.test(list)) {
    return { src: `https://www.youtube-nocookie.com/embed/videoseries?list=${list}`, host: 'youtube.com', content: 'video', aspectRatio: VIDEO };
  }
  if (!id || !ID.test(id) || id === 'videoseries') return undefined;
  const start = youTubeStart(url.searchParams.get('t') ?? url.searchParams.get('start'));
  return {
    src: `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`,
    host: 'youtube.com',
    content: 'video',
    aspectRatio: VIDEO,
  };
}

function vimeo(path: string[]): MediaEmbed | undefined {
  // vimeo.com/ID, vimeo.com/ID/HASH (unlisted), vimeo.com/channels/NAME/ID, player.vimeo.com/video/ID
  const at = path.findIndex((part) => /^\d+$/.test(part));
  if (at < 0) return undefined;
  const hash = path[at + 1];
  const unlisted = hash && /^[0-9a-f]+$/i.test(hash) ? `&h=${hash}` : '';
  return { src: `https://player.vimeo.com/video/${path[at]}?dnt=1${unlisted}`, host: 'vimeo.com', content: 'video', aspectRatio: VIDEO };
}

function dailymotion(host: string, path: string[]): MediaEmbed | undefined {
  const slug = host === 'dai.ly' ? path[0] : path[0] === 'video' ? path[1] : path[0] === 'embed' && path[1] === 'video' ? path[2] : undefined;
  const id = slug?.split('_')[0];
  if (!id || !ID.test(id)) return undefined;
  return { src: `https://www.dailymotion.com/embed/video/${id}`, host: 'dailymotion.com', content: 'video', aspectRatio: VIDEO };
}

function wistia(path: string[]): MediaEmbed | undefined {
  const at = path.findIndex((part) => part === 'medias' || part === 'iframe');
  const id = at < 0 ? undefined : path[at + 1];
  if (!id || !ID.test(id)) return undefined;
  return { src: `https://fast.wistia.net/embed/iframe/${id}`, host: 'wistia.com', content: 'video', aspectRatio: VIDEO };
}

function soundCloud(path: string[]): MediaEmbed | undefined {
  if (path.length < 2) return undefined;
  const page = `https://soundcloud.com/${path.join('/')}`;
  return {
    src: `https://w.soundcloud.com/player/?url=${encodeURIComponent(page)}`,
    host: 'soundcloud.com',
    content: 'audio',
    height: path[1] === 'sets' ? 450 : 166,
  };
}

const SPOTIFY_TYPES = new Set(['track', 'album', 'playlist', 'episode', 'show', 'artist']);
function spotify(path: string[]): MediaEmbed | undefined {
  const parts = path[0]?.startsWith('intl-') ? path.slice(1) : path;
  const [type, id] = parts[0] === 'embed' ? parts.slice(1) : parts;
  if (!type || !SPOTIFY_TYPES.has(type) || !id || !ID.test(id)) return undefined;
  const short = type === 'track' || type === 'episode';
  return { src: `https://open.spotify.com/embed/${type}/${id}`, host: 'spotify.com', content: 'audio', height: short ? 152 : 352 };
}

function twitter(path: string[]): MediaEmbed | undefined {
  const at = path.indexOf('status');
  const id = at < 0 ? undefined : path[at + 1];
  if (!id || !/^\d+$/.test(id)) return undefined;
  return { src: `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true`, host: 'twitter.com', content: 'post', height: 560 };
}

function instagram(path: string[]): MediaEmbed | undefined {
  const [type, id] = path;
  if (!type || !['p', 'reel', 'tv'].includes(type) || !id || !ID.test(id)) return undefined;
  return { src: `https://www.instagram.com/${type}/${id}/embed/`, host: 'instagram.com', content: 'post', height: 640 };
}

function tikTok(path: string[]): MediaEmbed | undefined {
  const at = path.indexOf('video');
  const id = at < 0 ? undefined : path[at + 1];
  if (!id || !/^\d+$/.test(id)) return undefined;
  return { src: `https://www.tiktok.com/embed/v2/${id}`, host: 'tiktok.com', content: 'video', aspectRatio: 9 / 16 };
}

/** A Google Maps page as an embeddable map: a place, a search, coordinates; directions and short links are only linked. */
function googleMaps(url: URL, path: string[]): MediaEmbed | undefined {
  const map = (query: string, zoom?: string): MediaEmbed => ({
    src: `https://www.google.com/maps?q=${encodeURIComponent(query)}${zoom ? `&z=${zoom}` : ''}&output=embed`,
    host: 'google.com',
    content: 'map',
    aspectRatio: 4 / 3,
  });
  const parts = path[0] === 'maps' ? path.slice(1) : path;
  if (parts[0] === 'embed' && url.searchParams.has('pb')) {
    return { src: url.href, host: 'google.com', content: 'map', aspectRatio: 4 / 3 };
  }
  const at = parts.find((part) => part.startsWith('@'));
  const [lat, lng, zoomText] = at?.slice(1).split(',') ?? [];
  const zoom = zoomText ? /^(\d+(?:\.\d+)?)z$/.exec(zoomText)?.[1] : undefined;
  const coordinates = lat && lng && /^-?\d+(?:\.\d+)?$/.test(lat) && /^-?\d+(?:\.\d+)?$/.test(lng) ? `${lat},${lng}` : undefined;
  const named = (part: string | undefined) => (part ? decodeURIComponent(part.replace(/\+/g, ' ')) : undefined);
  if (parts[0] === 'place' || parts[0] === 'search') {
    const query = named(parts[1]);
    if (query && !query.startsWith('@')) return map(query, zoom);
  }
  if (parts[0] === 'dir') return undefined;
  const q = url.searchParams.get('q');
  if (q) return map(q, zoom);
  return coordinates ? map(coordinates, zoom ?? '14') : undefined;
}

function documentCloud(path: string[]): MediaEmbed | undefined {
  const at = path.indexOf('documents');
  const slug = at < 0 ? undefined : path[at + 1]?.replace(/\.html$/, '');
  if (!slug || !/^\d+-[\w-]+$|^\d+$/.test(slug)) return undefined;
  return { src: `https://embed.documentcloud.org/documents/${slug}/?embed=1&responsive=1`, host: 'documentcloud.org', content: 'document', aspectRatio: 3 / 4 };
}

function flickr(path: string[]): MediaEmbed | undefined {
  const [photos, user, id] = path;
  if (photos !== 'photos' || !user || !ID.test(user.replace(/@/g, '')) || !id || !/^\d+$/.test(id)) return undefined;
  return { src: `https://www.flickr.com/photos/${user}/${id}/player/`, host: 'flickr.com', content: 'image', aspectRatio: 4 / 3 };
}

function imgur(path: string[]): MediaEmbed | undefined {
  const album = path[0] === 'a' || path[0] === 'gallery';
  const slug = album ? path[1] : path[0];
  // Gallery addresses may carry a title before the id: imgur.com/gallery/a-title-AbC123.
  const id = slug?.split('-').at(-1);
  if (!id || !/^[A-Za-z0-9]{5,}$/.test(id)) return undefined;
  return { src: `https://imgur.com/${album ? 'a/' : ''}${id}/embed?pub=true`, host: 'imgur.com', content: 'image', aspectRatio: 1 };
}

/**
 * A Wikipedia article as its mobile page in a frame; a picture on Wikipedia or Wikimedia Commons
 * (`…/wiki/Article#/media/File:X.jpg`, `commons.wikimedia.org/wiki/File:X.jpg`) as the file itself.
 */
function wikimedia(url: URL, host: string, path: string[]): { kind: MediaKind; src: string; embed?: MediaEmbed } | undefined {
  if (path[0] !== 'wiki' || !path[1]) return undefined;
  const file = /^#\/media\/(.+)$/.exec(url.hash)?.[1] ?? (/^(File|Datei|Fichier|Archivo|Image):/.test(decodeURIComponent(path[1])) ? path[1] : undefined);
  const site = host.replace(/^(\w+)\.m\./, '$1.');
  if (file !== undefined) {
    const name = file.replace(/^[^:]+:/, '');
    const kind = fileKind(decodeURIComponent(name));
    if (!kind) return undefined;
    return { kind, src: `https://${site}/wiki/Special:FilePath/${name}${kind === 'image' ? '?width=1280' : ''}` };
  }
  if (!host.endsWith('wikipedia.org')) return undefined;
  const mobile = site.replace(/^(\w+)\.wikipedia\.org$/, '$1.m.wikipedia.org');
  return {
    kind: 'embed',
    src: url.href,
    embed: { src: `https://${mobile}/wiki/${path.slice(1).join('/')}`, host: 'wikipedia.org', content: 'article', aspectRatio: 3 / 4 },
  };
}

/** The frame for a page of a service TimelineJS documents, or undefined when the address is not one it can embed. */
function serviceEmbed(url: URL): MediaEmbed | undefined {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.split('/').filter(Boolean);
  if (host === 'youtu.be' || /(^|\.)youtube(-nocookie)?\.com$/.test(host)) return youTube(url, host, path);
  if (/(^|\.)vimeo\.com$/.test(host)) return vimeo(path);
  if (host === 'dai.ly' || /(^|\.)dailymotion\.com$/.test(host)) return dailymotion(host, path);
  if (/(^|\.)(wistia\.com|wistia\.net|wi\.st)$/.test(host)) return wistia(path);
  if (host === 'soundcloud.com' || host === 'm.soundcloud.com') return soundCloud(path);
  if (host === 'open.spotify.com') return spotify(path);
  if (['twitter.com', 'mobile.twitter.com', 'x.com'].includes(host)) return twitter(path);
  if (host === 'instagram.com') return instagram(path);
  if (host === 'tiktok.com') return tikTok(path);
  if (host === 'maps.google.com' || (/^google\.[a-z.]+$/.test(host) && path[0] === 'maps')) return googleMaps(url, path);
  if (/(^|\.)documentcloud\.org$/.test(host)) return documentCloud(path);
  if (host === 'flickr.com') return flickr(path);
  if (host === 'imgur.com' || host === 'm.imgur.com') return imgur(path);
  return undefined;
}

/** What a media URL holds, and what to load for it: the kind, the address, and a service's frame. */
function readMediaUrl(href: string): { kind: MediaKind; src: string; embed?: MediaEmbed } {
  const url = new URL(href);
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (/(^|\.)(wikipedia|wikimedia)\.org$/.test(host)) {
    const wiki = wikimedia(url, host, url.pathname.split('/').filter(Boolean));
    if (wiki) return wiki;
  }
  const embed = serviceEmbed(url);
  if (embed) return { kind: 'embed', src: href, embed };
  return { kind: fileKind(url.pathname) ?? 'link', src: href };
}

/**
 * The kind a media URL holds when the author does not say: `image`, `audio` or `video` by the file's extension
 * (a query after it is fine), `embed` for the page of a service that can be framed (YouTube, Vimeo,
 * Dailymotion, Wistia, SoundCloud, Spotify, Twitter/X, Instagram, TikTok, Google Maps, DocumentCloud, Flickr,
 * Imgur, Wikipedia; a picture on Wikipedia or Commons is an `image`), else `link`. Undefined for an address
 * that is not http(s).
 */
export function detectMediaKind(url: string): MediaKind | undefined {
  const href = sourceLinkHref(url);
  return href === undefined ? undefined : readMediaUrl(href).kind;
}

const isKind = (value: unknown): value is MediaKind => MEDIA_KINDS.includes(value as MediaKind);
const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * What the card needs to show a media item, or undefined when there is nothing it may load (its url is no
 * http(s) address). Reads any value, since an event may be built by hand: a `link` or `thumbnail` that is no
 * http(s) address is left out. A `kind` given by the author wins over the one told from the URL; an `embed`
 * the service list does not know frames the URL itself.
 */
export function mediaView(media: unknown): MediaView | undefined {
  if (!isPlainObject(media) || typeof media.url !== 'string') return undefined;
  const href = sourceLinkHref(media.url);
  if (href === undefined) return undefined;
  const read = readMediaUrl(href);
  const kind = isKind(media.kind) ? media.kind : read.kind;
  const view: MediaView = { kind, src: kind === read.kind ? read.src : href };
  if (kind === 'embed') {
    view.embed = read.embed ?? { src: href, host: new URL(href).hostname.replace(/^www\./, ''), content: 'page', aspectRatio: VIDEO };
  }
  const alt = textOf(media.alt);
  if (alt !== undefined) view.alt = alt;
  const caption = textOf(media.caption);
  if (caption !== undefined && caption.trim() !== '') view.caption = caption;
  const credit = textOf(media.credit);
  if (credit !== undefined && credit.trim() !== '') view.credit = credit;
  const link = typeof media.link === 'string' ? sourceLinkHref(media.link) : undefined;
  if (link !== undefined) view.link = link;
  const thumbnail = typeof media.thumbnail === 'string' ? sourceLinkHref(media.thumbnail) : undefined;
  if (thumbnail !== undefined) view.thumbnail = thumbnail;
  return view;
}

/** True for media that wants a text alternative: what is seen (images, video, frames but a player of sound), not sound or a bare link. */
export function mediaNeedsAlt(view: Pick<MediaView, 'kind' | 'embed'>): boolean {
  if (view.kind === 'embed') return view.embed?.content !== 'audio';
  return view.kind === 'image' || view.kind === 'video';
}

/** Why a media address is not loaded, in the words of the sources' rule; undefined when it is an http(s) address. */
function urlProblem(what: string, written: string): { message: string; dangerous: boolean } | undefined {
  const verdict = judgeSourceUrl(written);
  if (verdict.kind === 'link') return undefined;
  if (verdict.kind === 'dangerous') return { message: `${what} uses ${verdict.scheme} which is never allowed`, dangerous: true };
  if (verdict.scheme === undefined) return { message: `${what} ${describeValue(verdict.url)} is not an absolute http(s) address`, dangerous: false };
  return { message: `${what} uses ${verdict.scheme}, not http(s)`, dangerous: false };
}

/**
 * Media as an event or a dataset keeps it, reporting at `at` (`['media']`): left out when its url is no http(s)
 * address (a warning; an error for a scheme that can run script), its `link` or `thumbnail` left out alone
 * for the same reason, a warning when something seen has no `alt`.
 */
export function cleanMedia(media: TimelineMedia, report: { warn: ReportField; error: ReportField }, at: (string | number)[]): TimelineMedia | undefined {
  const problem = urlProblem('media url', media.url);
  if (problem) {
    (problem.dangerous ? report.error : report.warn)([...at, 'url'], `${problem.message}, so the media is left out`);
    return undefined;
  }
  const url = media.url.trim();
  const clean: TimelineMedia = { url };
  if (media.alt !== undefined) clean.alt = media.alt;
  else if (mediaNeedsAlt(mediaView({ url, kind: media.kind })!)) {
    report.warn([...at, 'alt'], 'media has no alt: describe what it shows for readers who cannot see it ("alt": "" if it is only decoration)');
  }
  if (media.caption !== undefined) clean.caption = media.caption;
  if (media.credit !== undefined) clean.credit = media.credit;
  for (const field of ['link', 'thumbnail'] as const) {
    const written = media[field];
    if (written === undefined) continue;
    const wrong = urlProblem(`media ${field}`, written);
    if (!wrong) clean[field] = written.trim();
    else (wrong.dangerous ? report.error : report.warn)([...at, field], `${wrong.message}, so the ${field} is left out`);
  }
  if (media.kind !== undefined) clean.kind = media.kind;
  return clean;
}

/**
 * The address in `<iframe src="…">` markup, which TimelineJS accepts in place of a media URL, or undefined for
 * anything else. The markup itself is never used.
 */
export function iframeSource(markup: string): string | undefined {
  const match = /^\s*<iframe\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(markup);
  if (!match) return undefined;
  const src = (match[1] ?? match[2] ?? match[3] ?? '').replace(/&amp;/g, '&').trim();
  return src.startsWith('//') ? `https:${src}` : src;
}
