import * as v from 'valibot';

/**
 * The authoring format, as data authors write it. This one schema is the source of the TypeScript
 * types, of runtime validation, and of `data/dataset.schema.json`.
 */

/** The forms a partial ISO 8601 date may take; the form carries the precision. */
export const PARTIAL_DATE_PATTERN =
  /^-?\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?)?)?$/;

export const STATUSES = ['confirmed', 'reported', 'alleged', 'disputed', 'expected'] as const;

/** How someone answered a claim. */
export const STANCES = ['denies', 'disputes', 'confirms'] as const;

/** How much the story turns on an event: key events are never folded away, drawn with more weight, labelled first. */
export const IMPORTANCES = ['key', 'ordinary'] as const;

const text = (what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.nonEmpty(`${what} is empty`),
    v.check((value) => value.trim().length > 0, `${what} is empty`),
  );

export const PARTIAL_DATE_DESCRIPTION =
  'A partial ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss](Z|±HH:MM). ' +
  'Years before 1 use astronomical numbering with a leading minus (-0043 is 44 BC).';

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
  summary: v.optional(v.string('summary must be text')),
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

export const TimelineDatasetSchema = v.object({
  title: v.string('title must be text'),
  description: v.optional(v.string('description must be text')),
  updated: v.optional(partialDate('updated')),
  events: v.array(TimelineEventSchema, 'events must be a list'),
});

export type TimelineSource = v.InferInput<typeof SourceSchema>;
export type TimelineResponse = v.InferInput<typeof ResponseSchema>;
export type TimelineHistoryEntry = v.InferInput<typeof HistoryEntrySchema>;
export type TimelineEvent = v.InferInput<typeof TimelineEventSchema>;
export type TimelineDataset = v.InferInput<typeof TimelineDatasetSchema>;
export type EventStatus = (typeof STATUSES)[number];
export type ResponseStance = (typeof STANCES)[number];
