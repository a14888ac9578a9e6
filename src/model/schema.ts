// The authoring format, as data authors write it. This one schema is the source of the TypeScript types, of runtime
// validation, and of `data/dataset.schema.json`; its words and field names are vocabulary.ts's.
import * as v from 'valibot';
import { IMPORTANCES, MEDIA_KINDS, STANCES, STATUSES } from './vocabulary.js';

export { IMPORTANCES, MEDIA_KINDS, STANCES, STATUSES } from './vocabulary.js';
export type { EventStatus, MediaKind, ResponseStance } from './vocabulary.js';

/** The forms a partial ISO 8601 date may take; the form carries the precision. */
export const PARTIAL_DATE_PATTERN =
  /^(?:-?\d{4}|[+-]\d{5,6})(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

const text = (what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.nonEmpty(`${what} is empty`),
    v.check((value) => value.trim().length > 0, `${what} is empty`),
  );

export const PARTIAL_DATE_DESCRIPTION =
  'A partial ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss][Z|±HH:MM]. ' +
  'Years before 1 use astronomical numbering with a leading minus (-0043 is 44 BC); years of five or six digits ' +
  'take ISO 8601\'s expanded form with a sign (-010000, +012000), within the range of a JavaScript Date. A time ' +
  'without an offset is a wall-clock time, shown as written in no time zone and placed as if it were UTC.';

const partialDate = (what: string, note = '') =>
  v.pipe(
    v.string(`${what} must be a date written as text, like "2024-06-19"`),
    v.nonEmpty(`${what} is empty`),
    v.check((value) => value.trim().length > 0, `${what} is empty`),
    v.description(note ? `${PARTIAL_DATE_DESCRIPTION} ${note}` : PARTIAL_DATE_DESCRIPTION),
  );

const status = (what: string) => v.picklist(STATUSES, `${what} must be one of ${STATUSES.join(', ')}`);

export const SourceSchema = v.object({
  name: text('source name'),
  url: v.optional(
    v.pipe(
      v.string('source url must be text'),
      v.description('An http(s) URL. Other schemes are never made into links.'),
    ),
  ),
  quote: v.optional(v.string('source quote must be text')),
  date: v.optional(partialDate('source date')),
}, 'a source must be an object like { "name": "AP", "url": "https://…" }');

/** An image, a sound, a video or an embedded page that goes with an event or the whole dataset. */
export const MediaSchema = v.object({
  url: v.pipe(
    text('media url'),
    v.description('An http(s) URL: an image, audio or video file, or the page of a service that can be embedded (YouTube, Vimeo, SoundCloud, Spotify, Google Maps, DocumentCloud, …). Its kind is told from the URL unless `kind` says it.'),
  ),
  alt: v.optional(
    v.pipe(
      v.string('media alt must be text'),
      v.description('What the media shows, for readers who cannot see it; "" for an image that is only decoration.'),
    ),
  ),
  caption: v.optional(v.pipe(v.string('media caption must be text'), v.description('May hold simple HTML: links, emphasis.'))),
  credit: v.optional(v.pipe(v.string('media credit must be text'), v.description('Who made it. May hold simple HTML: links, emphasis.'))),
  link: v.optional(v.pipe(v.string('media link must be text'), v.description('An http(s) URL the media leads to.'))),
  thumbnail: v.optional(v.pipe(v.string('media thumbnail must be text'), v.description('An http(s) URL of a small image, drawn beside the event\'s mark when the embedder asks for thumbnails.'))),
  kind: v.optional(
    v.pipe(
      v.picklist(MEDIA_KINDS, `media kind must be one of ${MEDIA_KINDS.join(', ')}`),
      v.description('What the URL holds, when its address does not tell: "image" for an image served without an extension, "embed" for a page made to be framed.'),
    ),
  ),
}, 'media must be an object like { "url": "https://…/photo.jpg", "alt": "…" }');

/** How one actor answered the event's claim, and when. */
export const ResponseSchema = v.object({
  actor: text('response actor'),
  stance: v.picklist(STANCES, `response stance must be one of ${STANCES.join(', ')}`),
  date: v.optional(partialDate('response date', 'When the actor answered.')),
  source: v.optional(SourceSchema),
}, 'a response must be an object like { "actor": "Russia", "stance": "denies" }');

/** One step of what was known when: from this date on, the event had this status. */
export const HistoryEntrySchema = v.object({
  date: partialDate('history date', 'From when the status held.'),
  status: status('history status'),
  note: v.optional(v.string('history note must be text')),
  source: v.optional(SourceSchema),
}, 'a history entry must be an object like { "date": "2024-10-03", "status": "reported" }');

export const TimelineEventSchema = v.object({
  id: v.pipe(text('id'), v.description('Unique within the dataset.')),
  title: text('title'),
  start: partialDate('start'),
  end: v.optional(partialDate('end', 'The end is inclusive: 2024-10-07 to 2024-10-08 is two days.')),
  displayDate: v.optional(
    v.pipe(
      text('displayDate'),
      v.description('Text shown instead of the formatted date, as written: "Spring 221 BC", "c. 1200". The event is still placed by start and end.'),
    ),
  ),
  approximate: v.optional(
    v.pipe(
      v.boolean('approximate must be true or false'),
      v.description('true when the date is known only roughly: it reads "c." before the date, and its mark has soft edges.'),
    ),
  ),
  summary: v.optional(v.pipe(v.string('summary must be text'), v.description('May hold simple HTML: links, emphasis, paragraphs, lists, quotes.'))),
  media: v.optional(MediaSchema),
  actors: v.optional(
    v.array(text('actor'), 'actors must be a list of names, like ["Russia", "North Korea"]'),
  ),
  category: v.optional(v.string('category must be text')),
  status: v.optional(
    v.pipe(
      status('status'),
      v.description('How sure the claim is. With a history, the latest entry\'s status is the one shown.'),
    ),
  ),
  claimedBy: v.optional(
    v.pipe(
      v.array(text('name in claimedBy'), 'claimedBy must be a list of names, like ["the United States"]'),
      v.description('Who makes the claim, as a reader would name them after "by": "Alleged by the United States".'),
    ),
  ),
  responses: v.optional(
    v.pipe(
      v.array(ResponseSchema, 'responses must be a list of { actor, stance, date?, source? }'),
      v.description('How others answered the claim: each actor denies, disputes or confirms it.'),
    ),
  ),
  history: v.optional(
    v.pipe(
      v.array(HistoryEntrySchema, 'history must be a list of { date, status, note?, source? }'),
      v.description('What was known when, in any order: "reported" on 3 October, "confirmed" on 12 October. The latest entry gives the status shown.'),
    ),
  ),
  sources: v.optional(v.array(SourceSchema, 'sources must be a list of { name, url?, quote?, date? }')),
  location: v.optional(v.string('location must be text')),
  importance: v.optional(
    v.pipe(
      v.picklist(IMPORTANCES, `importance must be one of ${IMPORTANCES.join(', ')}`),
      v.description('"key" for the events the story turns on: never folded into a cluster, drawn with more weight, labelled first. Default "ordinary".'),
    ),
  ),
});

/** A named stretch of time drawn behind the events: a war, a presidency, a season. */
export const EraSchema = v.object({
  title: text('era title'),
  start: partialDate('era start'),
  end: v.optional(partialDate('era end', 'Inclusive; left out for an era that goes on.')),
}, 'an era must be an object like { "title": "The war", "start": "2022-02-24" }');

export const TimelineDatasetSchema = v.object({
  title: v.string('title must be text'),
  description: v.optional(v.pipe(v.string('description must be text'), v.description('A dek shown under the title. May hold simple HTML.'))),
  updated: v.optional(partialDate('updated')),
  credit: v.optional(v.pipe(v.string('credit must be text'), v.description('Who made the timeline, shown under it. May hold simple HTML.'))),
  media: v.optional(MediaSchema),
  eras: v.optional(v.pipe(v.array(EraSchema, 'eras must be a list of { title, start, end? }'), v.description('Named stretches of time drawn behind the events.'))),
  events: v.array(TimelineEventSchema, 'events must be a list'),
});

export type TimelineSource = v.InferInput<typeof SourceSchema>;
export type TimelineResponse = v.InferInput<typeof ResponseSchema>;
export type TimelineHistoryEntry = v.InferInput<typeof HistoryEntrySchema>;
export type TimelineEvent = v.InferInput<typeof TimelineEventSchema>;
export type TimelineMedia = v.InferInput<typeof MediaSchema>;
export type TimelineEra = v.InferInput<typeof EraSchema>;
export type TimelineDataset = v.InferInput<typeof TimelineDatasetSchema>;
