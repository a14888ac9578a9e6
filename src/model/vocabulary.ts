// The authoring format's words and field names, as plain constants: what the drawing and the fast path of
// validation need, without the schema itself (schema.ts builds the schema from these; valibot and the schema's
// objects load only when data needs them). test/model/common-event.test.ts holds each list of field names to the
// schema's.

export const STATUSES = ['confirmed', 'reported', 'alleged', 'disputed', 'expected'] as const;

/** How someone answered a claim. */
export const STANCES = ['denies', 'disputes', 'confirms'] as const;

/** How much the story turns on an event: key events are never folded away, drawn with more weight, labelled first. */
export const IMPORTANCES = ['key', 'ordinary'] as const;

/** What a media item is: an image, an audio or video file, a page embedded in a frame, or a page only linked to. */
export const MEDIA_KINDS = ['image', 'audio', 'video', 'embed', 'link'] as const;

export type MediaKind = (typeof MEDIA_KINDS)[number];
export type EventStatus = (typeof STATUSES)[number];
export type ResponseStance = (typeof STANCES)[number];

/** The fields an event may have, in the schema's order. */
export const EVENT_FIELD_NAMES = [
  'id', 'title', 'start', 'end', 'displayDate', 'approximate', 'summary', 'media', 'actors', 'category', 'status',
  'claimedBy', 'responses', 'history', 'sources', 'location', 'importance',
] as const;
/** The fields a source may have. */
export const SOURCE_FIELD_NAMES = ['name', 'url', 'quote', 'date'] as const;
/** The fields media may have. */
export const MEDIA_FIELD_NAMES = ['url', 'alt', 'caption', 'credit', 'link', 'thumbnail', 'kind'] as const;
/** The fields a response may have. */
export const RESPONSE_FIELD_NAMES = ['actor', 'stance', 'date', 'source'] as const;
/** The fields a history entry may have. */
export const HISTORY_FIELD_NAMES = ['date', 'status', 'note', 'source'] as const;
/** The fields an era may have. */
export const ERA_FIELD_NAMES = ['title', 'start', 'end'] as const;
