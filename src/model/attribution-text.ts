import { readHistory } from './claims.js';
import { isPlainObject } from './dataset-issues.js';
import { formatDateSpan, usableLocale } from './format-date.js';
import { STANCES, type EventStatus, type ResponseStance } from './vocabulary.js';
import { ENGLISH_PHRASES, fillPhrase, type PhraseId, type Phrases } from './interface-phrases.js';
import { isStatus, statusWord } from './status.js';
import type { NormalizedEvent, NormalizedHistoryEntry } from './types.js';

// Who says so, in words, for the card, the list and screen readers: an event's attribution ("Alleged by the
// United States; denied by Russia and North Korea") and its history trail ("Reported 3 October 2024; confirmed
// 12 October 2024"), in the language of the phrases given (interface-phrases.ts: the `claim*`, `response*`,
// `historyStep` and `clauseSeparator` phrases). Lists of names are joined by `Intl.ListFormat` in the reader's
// locale. Parts of an event normalized by hand that are not what the parser makes (a name that is no text, an
// unknown status) are passed over, never thrown on.

/** The phrase of a claim and who makes it, by the event's status. A disputed claim is not "disputed by" its claimant. */
const CLAIM_PHRASES = {
  confirmed: 'claimConfirmed',
  reported: 'claimReported',
  alleged: 'claimAlleged',
  disputed: 'claimDisputed',
  expected: 'claimExpected',
} as const satisfies Record<EventStatus, PhraseId>;

/** The phrase of how others answered, by stance (in the order given by STANCES). */
export const RESPONSE_PHRASES = {
  denies: 'responseDenies',
  disputes: 'responseDisputes',
  confirms: 'responseConfirms',
} as const satisfies Record<ResponseStance, PhraseId>;

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

/** The names in a list that are text with something in it. */
const namesIn = (list: unknown): string[] => (Array.isArray(list) ? list.filter((name): name is string => typeof name === 'string' && name.trim() !== '') : []);
/** Text with its first letter upper case, as the locale writes it. */
export const capitalized = (text: string, locale: string | undefined) => text.charAt(0).toLocaleUpperCase(usableLocale(locale)) + text.slice(1);
const lowercased = (text: string, locale: string | undefined) => text.charAt(0).toLocaleLowerCase(usableLocale(locale)) + text.slice(1);

/**
 * The event's attribution in words: its status and who claims it, then who denies, disputes or confirms it:
 * "Alleged by the United States; denied by Russia and North Korea", "Confirmed; confirmed by South Korea".
 * Empty when the event has no status, claimants or responses. To say it as it stood at a date, pass the event
 * with the status it had then (`statusAsOf`).
 */
export function attributionText(event: Pick<NormalizedEvent, 'status' | 'claimedBy' | 'responses'>, locale?: string, phrases: Phrases = ENGLISH_PHRASES): string {
  const parts: string[] = [];
  const status = isStatus(event.status) ? event.status : undefined;
  const claimants = namesIn(event.claimedBy);
  const responses = Array.isArray(event.responses) ? event.responses : [];
  if (claimants.length > 0) {
    const phrase = phrases[status ? CLAIM_PHRASES[status] : 'claimWithoutStatus'];
    parts.push(fillPhrase(phrase, { status: status ? statusWord(status, phrases) : '', names: formatNames(claimants, locale) }));
  } else if (status) {
    parts.push(statusWord(status, phrases));
  }
  for (const stance of STANCES) {
    const actors = namesIn(responses.filter((response: unknown) => isPlainObject(response) && response.stance === stance).map((response) => response.actor));
    if (actors.length > 0) parts.push(fillPhrase(phrases[RESPONSE_PHRASES[stance]], { names: formatNames(actors, locale) }));
  }
  return parts.length === 0 ? '' : capitalized(parts.join(phrases.clauseSeparator), locale);
}

/** One step of an event's history, in words: "Reported 3 October 2024". */
export interface HistoryStep {
  entry: NormalizedHistoryEntry;
  text: string;
}

/** The steps of the event's history, oldest first, each in words of its own: "Reported 3 October 2024", "Confirmed 12 October 2024". */
export function historySteps(event: Pick<NormalizedEvent, 'history'>, locale?: string, phrases: Phrases = ENGLISH_PHRASES): HistoryStep[] {
  return readHistory(event).filter((entry) => isStatus(entry.status)).map((entry) => ({
    entry,
    text: fillPhrase(phrases.historyStep, { status: statusWord(entry.status, phrases), date: formatDateSpan(entry.span, locale, phrases) }),
  }));
}

/** The history trail as one sentence: "Reported 3 October 2024; confirmed 12 October 2024". Empty without a history. */
export function historyTrailText(event: Pick<NormalizedEvent, 'history'>, locale?: string, phrases: Phrases = ENGLISH_PHRASES): string {
  return historySteps(event, locale, phrases)
    .map((step, index) => (index === 0 ? step.text : lowercased(step.text, locale)))
    .join(phrases.clauseSeparator);
}
