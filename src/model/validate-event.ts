import * as v from 'valibot';
import { EraSchema, MediaSchema, TimelineEventSchema, type TimelineEra, type TimelineEvent, type TimelineMedia } from './schema.js';
import { describeValue, isPlainObject, quoteText, type IssueReport } from './dataset-issues.js';
import { ERA_FIELDS, EVENT_FIELDS, HISTORY_FIELDS, MEDIA_FIELDS, RESPONSE_FIELDS, SOURCE_FIELDS } from './common-event.js';

// Validating one authored event against the schema, field by field, so that nothing is lost for a secondary
// field: the core (id, title, start, end) must pass, or the event is left out with an error; any other field,
// list item or list entry that fails is left out alone, with a warning naming it, and the rest is kept. Every
// check and every message comes from `TimelineEventSchema` and its parts. Media and eras are checked here too.
// Data of the common shape never comes here (common-event.ts), so the standalone script loads this module, the
// schema and valibot only when some data needs them (code-on-demand.ts).

const { entries } = TimelineEventSchema;
type EventField = keyof typeof entries;

/** The event's fields in the schema's order, which is the order their issues are reported in. */
const FIELDS = Object.keys(entries) as EventField[];
/** The fields without which an event cannot be placed or named. */
const CORE_FIELDS: ReadonlySet<EventField> = new Set(['id', 'title', 'start', 'end']);

/** A list field: the schema of one item and what the item is called in messages. */
interface ListField {
  item: v.GenericSchema;
  noun: string;
  /** What an entry's own fields are called after: "response actor", "history date". */
  owner?: string;
  /** The known fields of an entry, when the items are objects. */
  fields?: ReadonlySet<string>;
  /** The entry's field that is itself a source, with known fields of its own. */
  nestedSource?: string;
}
const LIST_FIELDS: Partial<Record<EventField, ListField>> = {
  actors: { item: entries.actors.wrapped.item, noun: 'actor' },
  claimedBy: { item: entries.claimedBy.wrapped.item, noun: 'name' },
  sources: { item: entries.sources.wrapped.item, noun: 'source', owner: 'source', fields: SOURCE_FIELDS },
  responses: {
    item: entries.responses.wrapped.item,
    noun: 'response',
    owner: 'response',
    fields: RESPONSE_FIELDS,
    nestedSource: 'source',
  },
  history: {
    item: entries.history.wrapped.item,
    noun: 'history entry',
    owner: 'history',
    fields: HISTORY_FIELDS,
    nestedSource: 'source',
  },
};

/** Field names that authors often use for one of ours. */
const LIKELY_MEANT: Record<string, string> = {
  date: 'start', start_date: 'start', startDate: 'start', begin: 'start', from: 'start',
  end_date: 'end', endDate: 'end', to: 'end', until: 'end',
  name: 'title', headline: 'title', label: 'title',
  description: 'summary', text: 'summary', body: 'summary',
  actor: 'actors', group: 'category', type: 'category', tags: 'category',
  source: 'sources', links: 'sources', place: 'location', confidence: 'status', priority: 'importance', weight: 'importance',
  display_date: 'displayDate', displaydate: 'displayDate', date_text: 'displayDate', circa: 'approximate', approx: 'approximate',
  image: 'media', photo: 'media', picture: 'media', video: 'media', images: 'media',
  claimed_by: 'claimedBy', claimedby: 'claimedBy', claimant: 'claimedBy', claimants: 'claimedBy', accusedBy: 'claimedBy',
  response: 'responses', denials: 'responses', deniedBy: 'responses', denied_by: 'responses', timeline: 'history', updates: 'history',
};

const CONFIG = { abortPipeEarly: true } as const;

type Key = string | number;

/** The schema's message for an issue, with the value it found; a missing field is "<its name> is missing". */
function issueMessage(issue: v.BaseIssue<unknown>, parentNoun: string | undefined): string {
  const path = issue.path ?? [];
  const last = path.at(-1);
  if (issue.type === 'object' && issue.received === 'undefined' && last !== undefined) {
    const before = path.at(-2)?.key;
    const owner = typeof before === 'string' ? before : parentNoun;
    return `${owner ? `${owner} ` : ''}${String(last.key)} is missing`;
  }
  if (issue.kind === 'schema') return `${issue.message}, but is ${describeValue(issue.input)}`;
  return issue.message;
}

const pathOf = (issue: v.BaseIssue<unknown>): Key[] => issue.path?.map((item) => item.key as Key) ?? [];

/**
 * Validates an event that is not of the common shape (see common-event.ts), reporting each problem with its
 * path. Returns the event as the schema reads it, without the parts that failed, or undefined when a core
 * field (id, title, start, end) failed: then the event cannot be kept.
 */
export function validateEvent(raw: Record<string, unknown>, report: IssueReport): TimelineEvent | undefined {
  for (const key of Object.keys(raw)) {
    if (EVENT_FIELDS.has(key)) continue;
    const meant = LIKELY_MEANT[key];
    report.warn([key], `unknown field "${quoteText(key)}" is ignored${meant ? ` (did you mean "${meant}"?)` : ''}`);
  }
  let usable = true;
  const event: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = raw[field];
    const schema = entries[field] as v.GenericSchema;
    const list = LIST_FIELDS[field];
    if (list?.fields && Array.isArray(value)) warnUnknownEntryFields(field, value, list, report);
    if (field === 'media' && value !== undefined) {
      const media = validateMedia(value, report, ['media']);
      if (media) event[field] = media;
      continue;
    }
    if (value === undefined) {
      if (schema.type !== 'optional') {
        report.error([field], `${field} is missing`);
        usable = false;
      }
      continue;
    }
    const parsed = v.safeParse(schema, value, CONFIG);
    if (parsed.success) {
      event[field] = parsed.output;
    } else if (CORE_FIELDS.has(field)) {
      for (const issue of parsed.issues) report.error([field, ...pathOf(issue)], issueMessage(issue, undefined));
      usable = false;
    } else if (list && Array.isArray(value)) {
      event[field] = validItems(field, value, list, report);
    } else {
      for (const issue of parsed.issues) report.warn([field, ...pathOf(issue)], `${issueMessage(issue, undefined)}; the field is left out`);
    }
  }
  return usable ? (event as TimelineEvent) : undefined;
}

/** The items of a list that the item schema accepts; each one that fails is reported and left out. */
function validItems(field: EventField, list: readonly unknown[], { item, noun, owner }: ListField, report: IssueReport): unknown[] {
  const kept: unknown[] = [];
  // A plain loop: holes are read as undefined, as the schema reads them.
  for (let index = 0; index < list.length; index++) {
    const parsed = v.safeParse(item, list[index], CONFIG);
    if (parsed.success) {
      kept.push(parsed.output);
      continue;
    }
    for (const issue of parsed.issues) {
      report.warn([field, index, ...pathOf(issue)], `${issueMessage(issue, owner)}; the ${noun} is left out`);
    }
  }
  return kept;
}

/** Warns about fields that entries of a list (and the sources inside them) do not have; they are ignored. */
function warnUnknownEntryFields(field: EventField, list: readonly unknown[], { fields, owner, nestedSource }: ListField, report: IssueReport): void {
  list.forEach((entry, index) => {
    if (!isPlainObject(entry)) return;
    for (const key of Object.keys(entry)) {
      if (!fields!.has(key)) report.warn([field, index, key], `unknown ${owner} field "${quoteText(key)}" is ignored`);
    }
    const source = nestedSource === undefined ? undefined : entry[nestedSource];
    if (!isPlainObject(source)) return;
    for (const key of Object.keys(source)) {
      if (!SOURCE_FIELDS.has(key)) report.warn([field, index, nestedSource!, key], `unknown source field "${quoteText(key)}" is ignored`);
    }
  });
}

/** Field names that authors (and TimelineJS) use for one of media's. */
const LIKELY_MEANT_IN_MEDIA: Record<string, string> = { src: 'url', href: 'link', title: 'alt', description: 'caption', thumb: 'thumbnail', type: 'kind' };

/**
 * Validates media (an event's or the dataset's, at `at`) against the schema, field by field: without a usable url
 * it is left out; any other field that fails is left out alone; unknown fields are ignored with a warning.
 */
export function validateMedia(raw: unknown, report: IssueReport, at: Key[]): TimelineMedia | undefined {
  if (!isPlainObject(raw)) {
    report.warn(at, `${MediaSchema.message}, but is ${describeValue(raw)}; the media is left out`);
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (MEDIA_FIELDS.has(key)) continue;
    const meant = LIKELY_MEANT_IN_MEDIA[key];
    report.warn([...at, key], `unknown media field "${quoteText(key)}" is ignored${meant ? ` (did you mean "${meant}"?)` : ''}`);
  }
  const whole = v.safeParse(MediaSchema, raw, CONFIG);
  if (whole.success) return whole.output;
  const kept: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(MediaSchema.entries) as [string, v.GenericSchema][]) {
    const value = raw[name];
    if (value === undefined && schema.type === 'optional') continue;
    const parsed = v.safeParse(schema, value, CONFIG);
    if (parsed.success) {
      kept[name] = parsed.output;
      continue;
    }
    const lost = name === 'url' ? 'the media is' : `the ${name} is`;
    for (const issue of parsed.issues) {
      const message = value === undefined ? `media ${name} is missing` : issueMessage(issue, undefined);
      report.warn([...at, name, ...pathOf(issue)], `${message}; ${lost} left out`);
    }
    if (name === 'url') return undefined;
  }
  return kept as TimelineMedia;
}

/**
 * Validates an era that is not of the common shape against the schema, reporting at the era (whose entry
 * `report`'s current one is): anything but an object is left out with an error; unknown fields are ignored with a warning; any failure leaves the era out with an
 * error. Returns the era as the schema reads it.
 */
export function validateEra(raw: unknown, report: IssueReport): TimelineEra | undefined {
  if (!isPlainObject(raw)) {
    report.error([], `${EraSchema.message}, but is ${describeValue(raw)}; the era is left out`);
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (!ERA_FIELDS.has(key)) report.warn([key], `unknown era field "${quoteText(key)}" is ignored`);
  }
  const parsed = v.safeParse(EraSchema, raw, CONFIG);
  if (parsed.success) return parsed.output;
  for (const issue of parsed.issues) {
    const path = pathOf(issue).map(String);
    const missing = issue.type === 'object' && issue.received === 'undefined';
    report.error(path, `${missing ? `era ${path.join('/')} is missing` : issue.message}; the era is left out`);
  }
  return undefined;
}
