import { ENGLISH_PHRASES, type Phrases } from './interface-phrases.js';
import { STATUSES, type EventStatus } from './vocabulary.js';

/** The phrase ids of each status's word and of what it says about how sure the claim is. */
const STATUS_PHRASES = {
  confirmed: { word: 'statusConfirmed', meaning: 'meaningConfirmed' },
  reported: { word: 'statusReported', meaning: 'meaningReported' },
  alleged: { word: 'statusAlleged', meaning: 'meaningAlleged' },
  disputed: { word: 'statusDisputed', meaning: 'meaningDisputed' },
  expected: { word: 'statusExpected', meaning: 'meaningExpected' },
} as const satisfies Record<EventStatus, { word: keyof Phrases; meaning: keyof Phrases }>;

/** True for one of the five statuses. */
export const isStatus = (value: unknown): value is EventStatus => typeof value === 'string' && Object.hasOwn(STATUS_PHRASES, value);

/** A status's word as readers see it, in the phrases' language: "Confirmed", "Bestätigt". */
export const statusWord = (status: EventStatus, phrases: Phrases = ENGLISH_PHRASES): string => phrases[STATUS_PHRASES[status].word];

/** What a status says about how sure the claim is: "It happened, on the record". */
export const statusMeaning = (status: EventStatus, phrases: Phrases = ENGLISH_PHRASES): string => phrases[STATUS_PHRASES[status].meaning];

/** The status words in English, by status. */
export const STATUS_LABELS = Object.fromEntries(STATUSES.map((status) => [status, statusWord(status)])) as Record<EventStatus, string>;

/** What each status says, in English. */
export const STATUS_MEANINGS = Object.fromEntries(STATUSES.map((status) => [status, statusMeaning(status)])) as Record<EventStatus, string>;

/** The status word for an event, or undefined for an event without a status (it shows no badge). */
export function statusLabel(status: EventStatus | undefined, phrases: Phrases = ENGLISH_PHRASES): string | undefined {
  return isStatus(status) ? statusWord(status, phrases) : undefined;
}
