import { readHistory } from './claims.js';
import { isPlainObject } from './dataset-issues.js';
import { formatDateSpan, usableLocale } from './format-date.js';
import { STANCES, type EventStatus, type ResponseStance } from './schema.js';
import { STATUS_LABELS } from './status.js';
import type { NormalizedEvent, NormalizedHistoryEntry } from './types.js';

// Who says so, in words, for the card, the list and screen readers: an event's attribution ("Alleged by the
// United States; denied by Russia and North Korea") and its history trail ("Reported 3 October 2024; confirmed
// 12 October 2024"). The words are English for now; each phrase is here, in ATTRIBUTION_PHRASES, once. Lists of
// names are joined by `Intl.ListFormat` in the reader's locale. Parts of an event normalized by hand that are not
// what the parser makes (a name that is no text, an unknown status) are passed over, never thrown on.

/** The phrases the attribution is built from. `{status}` is the status word (STATUS_LABELS), `{names}` a list of names. */
export const ATTRIBUTION_PHRASES = {
  /** The claim and who makes it, by the event's status. A disputed claim is not "disputed by" its claimant. */
  claim: {
    confirmed: '{status} by {names}',
    reported: '{status} by {names}',
    alleged: '{status} by {names}',
    disputed: '{status}; claimed by {names}',
    expected: '{status} by {names}',
  } satisfies Record<EventStatus, string>,
  /** The claim and who makes it, for an event without a status. */
  claimWithoutStatus: 'Claimed by {names}',
  /** How others answered, by stance, in the order given by STANCES. */
  response: {
    denies: 'denied by {names}',
    disputes: 'disputed by {names}',
    confirms: 'confirmed by {names}',
  } satisfies Record<ResponseStance, string>,
  /** One step of the history trail. */
  historyStep: '{status} {date}',
  /** Between the parts of an attribution and between the steps of a trail. */
  separator: '; ',
} as const;

const listFormats = new Map<string, Intl.ListFormat>();

/** Names joined as the locale joins a list: "Russia and North Korea", "A, B and C" in en-GB. Repeated names count once. */
export function formatNames(names: readonly string[], locale?: string): string {
  const safe = usableLocale(locale) ?? '';
  let format = listFormats.get(safe);
  if (!format) {
    format = new Intl.ListFormat(safe || undefined, { style: 'long', type: 'conjunction' });
    listFormats.set(safe, format);
  }
  return format.format([...new Set(names.map((name) => name.trim()))]);
}

const isStatus = (value: unknown): value is EventStatus => typeof value === 'string' && Object.hasOwn(STATUS_LABELS, value);
/** The names in a list that are text with something in it. */
const namesIn = (list: unknown): string[] => (Array.isArray(list) ? list.filter((name): name is string => typeof name === 'string' && name.trim() !== '') : []);
const fill = (phrase: string, values: Record<string, string>) => phrase.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
const capitalized = (text: string, locale: string | undefined) => text.charAt(0).toLocaleUpperCase(usableLocale(locale)) + text.slice(1);
const lowercased = (text: string, locale: string | undefined) => text.charAt(0).toLocaleLowerCase(usableLocale(locale)) + text.slice(1);

/**
 * The event's attribution in words: its status and who claims it, then who denies, disputes or confirms it:
 * "Alleged by the United States; denied by Russia and North Korea", "Confirmed; confirmed by South Korea".
 * Empty when the event has no status, claimants or responses. To say it as it stood at a date, pass the event
 * with the status it had then (`statusAsOf`).
 */
export function attributionText(event: Pick<NormalizedEvent, 'status' | 'claimedBy' | 'responses'>, locale?: string): string {
  const parts: string[] = [];
  const status = isStatus(event.status) ? event.status : undefined;
  const claimants = namesIn(event.claimedBy);
  const responses = Array.isArray(event.responses) ? event.responses : [];
  if (claimants.length > 0) {
    const phrase = status ? ATTRIBUTION_PHRASES.claim[status] : ATTRIBUTION_PHRASES.claimWithoutStatus;
    parts.push(fill(phrase, { status: status ? STATUS_LABELS[status] : '', names: formatNames(claimants, locale) }));
  } else if (status) {
    parts.push(STATUS_LABELS[status]);
  }
  for (const stance of STANCES) {
    const actors = namesIn(responses.filter((response: unknown) => isPlainObject(response) && response.stance === stance).map((response) => response.actor));
    if (actors.length > 0) parts.push(fill(ATTRIBUTION_PHRASES.response[stance], { names: formatNames(actors, locale) }));
  }
  return parts.length === 0 ? '' : capitalized(parts.join(ATTRIBUTION_PHRASES.separator), locale);
}

/** One step of an event's history, in words: "Reported 3 October 2024". */
export interface HistoryStep {
  entry: NormalizedHistoryEntry;
  text: string;
}

/** The steps of the event's history, oldest first, each in words of its own: "Reported 3 October 2024", "Confirmed 12 October 2024". */
export function historySteps(event: Pick<NormalizedEvent, 'history'>, locale?: string): HistoryStep[] {
  return readHistory(event).filter((entry) => isStatus(entry.status)).map((entry) => ({
    entry,
    text: fill(ATTRIBUTION_PHRASES.historyStep, { status: STATUS_LABELS[entry.status], date: formatDateSpan(entry.span, locale) }),
  }));
}

/** The history trail as one sentence: "Reported 3 October 2024; confirmed 12 October 2024". Empty without a history. */
export function historyTrailText(event: Pick<NormalizedEvent, 'history'>, locale?: string): string {
  return historySteps(event, locale)
    .map((step, index) => (index === 0 ? step.text : lowercased(step.text, locale)))
    .join(ATTRIBUTION_PHRASES.separator);
}
