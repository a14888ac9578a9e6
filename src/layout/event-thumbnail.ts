/**
 * The small picture drawn beside an event's mark when the embedder asks for thumbnails: the media's own
 * `thumbnail`, or the image itself. Pure; remembered per event, since the layout asks again on every zoom step.
 */
import { mediaCode } from '../model/code-on-demand.js';
import type { NormalizedEvent } from '../model/types.js';

const thumbnails = new WeakMap<NormalizedEvent, string | null>();

/** The http(s) address of an event's thumbnail, or undefined when its media has none (a frame, a sound, no media). */
export function eventThumbnail(event: NormalizedEvent): string | undefined {
  let known = thumbnails.get(event);
  if (known === undefined) {
    // An event with media was read with the media services at hand (code-on-demand.ts); without them, nothing is
    // remembered.
    const media = mediaCode.provided;
    if (event.media && !media) return undefined;
    const view = event.media ? media!.mediaView(event.media) : undefined;
    known = view?.thumbnail ?? (view?.kind === 'image' ? view.src : null) ?? null;
    thumbnails.set(event, known);
  }
  return known ?? undefined;
}
