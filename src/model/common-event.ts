import type { TimelineEra, TimelineEvent, TimelineMedia } from './schema.js';
import {
  EVENT_FIELD_NAMES,
  ERA_FIELD_NAMES,
  HISTORY_FIELD_NAMES,
  IMPORTANCES,
  MEDIA_FIELD_NAMES,
  MEDIA_KINDS,
  RESPONSE_FIELD_NAMES,
  SOURCE_FIELD_NAMES,
  STANCES,
  STATUSES,
} from './vocabulary.js';
import { isPlainObject } from './dataset-issues.js';

// The fast path of event validation: the common shape of a valid event, checked by hand because running the
// schema over 100,000 events takes a noticeable part of a second. It accepts only events that
// `TimelineEventSchema` accepts unchanged; anything else, valid or not, goes through the schema, which stays
// the judge and the source of every message. test/model/common-event.test.ts holds the two to the same verdicts.

/** Switches the fast path (events, media, eras) off, so that a test can compare it with the schema alone. Internal: not exported by the model's index. */
export const commonEventFastPath = { enabled: true };

/** The fields an event may have. */
export const EVENT_FIELDS: ReadonlySet<string> = new Set(EVENT_FIELD_NAMES);
/** The fields a source may have. */
export const SOURCE_FIELDS: ReadonlySet<string> = new Set(SOURCE_FIELD_NAMES);
/** The fields a response may have. */
export const RESPONSE_FIELDS: ReadonlySet<string> = new Set(RESPONSE_FIELD_NAMES);
/** The fields a history entry may have. */
export const HISTORY_FIELDS: ReadonlySet<string> = new Set(HISTORY_FIELD_NAMES);
/** The fields media may have. */
export const MEDIA_FIELDS: ReadonlySet<string> = new Set(MEDIA_FIELD_NAMES);
/** The fields an era may have. */
export const ERA_FIELDS: ReadonlySet<string> = new Set(ERA_FIELD_NAMES);

/**
 * Text with something besides white space, as the schema's `trim` sees it; a first character that is printable
 * ASCII (never white space) settles it without trimming. Others (the no-break space, the byte-order mark…) may be.
 */
const isText = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.length === 0) return false;
  const first = value.charCodeAt(0);
  return (first > 32 && first < 127) || value.trim().length > 0;
};
const isString = (value: unknown): value is string => typeof value === 'string';

/** True when every item passes, holes included (`Array#every` skips holes, the schema reads them as undefined). */
function everyItem(list: readonly unknown[], test: (item: unknown) => boolean): boolean {
  for (let index = 0; index < list.length; index++) if (!test(list[index])) return false;
  return true;
}
const STATUS_NAMES: ReadonlySet<unknown> = new Set(STATUSES);
const IMPORTANCE_NAMES: ReadonlySet<unknown> = new Set(IMPORTANCES);
const STANCE_NAMES: ReadonlySet<unknown> = new Set(STANCES);
const MEDIA_KIND_NAMES: ReadonlySet<unknown> = new Set(MEDIA_KINDS);

/** True when every own key of `value` is in `fields`, each set (not undefined), and none is inherited. */
function hasOnlySetFields(value: Record<string, unknown>, fields: ReadonlySet<string>): boolean {
  for (const key in value) {
    if (!Object.hasOwn(value, key) || !fields.has(key) || value[key] === undefined) return false;
  }
  return true;
}

function isCommonSource(source: unknown): boolean {
  return (
    isPlainObject(source) &&
    hasOnlySetFields(source, SOURCE_FIELDS) &&
    isText(source.name) &&
    (source.url === undefined || isString(source.url)) &&
    (source.quote === undefined || isString(source.quote)) &&
    (source.date === undefined || isText(source.date))
  );
}

function isCommonResponse(response: unknown): boolean {
  return (
    isPlainObject(response) &&
    hasOnlySetFields(response, RESPONSE_FIELDS) &&
    isText(response.actor) &&
    STANCE_NAMES.has(response.stance) &&
    (response.date === undefined || isText(response.date)) &&
    (response.source === undefined || isCommonSource(response.source))
  );
}

/** True for media of the common valid shape, which the schema would accept unchanged. */
export function isCommonMedia(media: unknown): media is TimelineMedia {
  return (
    commonEventFastPath.enabled &&
    isPlainObject(media) &&
    hasOnlySetFields(media, MEDIA_FIELDS) &&
    isText(media.url) &&
    (media.alt === undefined || isString(media.alt)) &&
    (media.caption === undefined || isString(media.caption)) &&
    (media.credit === undefined || isString(media.credit)) &&
    (media.link === undefined || isString(media.link)) &&
    (media.thumbnail === undefined || isString(media.thumbnail)) &&
    (media.kind === undefined || MEDIA_KIND_NAMES.has(media.kind))
  );
}

function isCommonHistoryEntry(entry: unknown): boolean {
  return (
    isPlainObject(entry) &&
    hasOnlySetFields(entry, HISTORY_FIELDS) &&
    isText(entry.date) &&
    STATUS_NAMES.has(entry.status) &&
    (entry.note === undefined || isString(entry.note)) &&
    (entry.source === undefined || isCommonSource(entry.source))
  );
}

/**
 * True for an event of the common valid shape, which the schema would accept unchanged: every field known,
 * set and of its type, the media, sources, responses and history entries too. False for everything else, valid or not (and always, when switched off).
 */
export function isCommonEvent(raw: Record<string, unknown>): raw is TimelineEvent {
  if (!commonEventFastPath.enabled) return false;
  const { id, title, start, end, displayDate, approximate, summary, media, actors, category, status, claimedBy, responses, history, sources, location, importance } = raw;
  return (
    hasOnlySetFields(raw, EVENT_FIELDS) &&
    isText(id) &&
    isText(title) &&
    isText(start) &&
    (end === undefined || isText(end)) &&
    (displayDate === undefined || isText(displayDate)) &&
    (approximate === undefined || typeof approximate === 'boolean') &&
    (summary === undefined || isString(summary)) &&
    (media === undefined || isCommonMedia(media)) &&
    (actors === undefined || (Array.isArray(actors) && everyItem(actors, isText))) &&
    (category === undefined || isString(category)) &&
    (status === undefined || STATUS_NAMES.has(status)) &&
    (claimedBy === undefined || (Array.isArray(claimedBy) && everyItem(claimedBy, isText))) &&
    (responses === undefined || (Array.isArray(responses) && everyItem(responses, isCommonResponse))) &&
    (history === undefined || (Array.isArray(history) && everyItem(history, isCommonHistoryEntry))) &&
    (sources === undefined || (Array.isArray(sources) && everyItem(sources, isCommonSource))) &&
    (location === undefined || isString(location)) &&
    (importance === undefined || IMPORTANCE_NAMES.has(importance))
  );
}

/** True for an era of the common valid shape (`{ title, start, end? }`, each text), which the schema would accept unchanged. */
export function isCommonEra(raw: unknown): raw is TimelineEra {
  return commonEventFastPath.enabled && isPlainObject(raw) && hasOnlySetFields(raw, ERA_FIELDS) && isText(raw.title) && isText(raw.start) && (raw.end === undefined || isText(raw.end));
}
