// The standalone entry that dist/dateline.js is built from (and `dateline/define`): registers the three elements
// and exports what a page's scripts may want. What a story does not need before its first paint loads on demand,
// in chunks of its own beside dist/dateline.js: the event card's and the event list's definitions (asked for at
// once, so a page still needs one script tag; a card or a list drawn before its definition arrives upgrades when
// it does) and the CSV and TimelineJS readers (when a source is CSV or TimelineJS). Hence no static export of
// `DatelineEventCard` or `DatelineEventList` (`customElements.whenDefined('dateline-event-card')` gives it),
// `fromCSV` or `fromTimelineJS` (import those from the npm package): everything else the package entry exports
// is here, as test/node/package.test.js checks.
import './components/timeline/define.js';

import('./components/event-list/define.js').catch((error: unknown) => {
  console.error('Dateline: <dateline-event-list> could not be defined, its code did not load.', error);
});

// The model's exports, as src/model/index.ts lists them, without the readers. From the model's files rather than
// its index: a static import of the index would bring the readers' chunks along with it.
export { formatEventDate, formatDateSpan, formatUtcOffset, approximateDateText } from './model/format-date.js';
export { parsePartialDate, formatPartialDate } from './model/partial-date.js';
export { STATUSES, STANCES, MEDIA_KINDS } from './model/vocabulary.js';
export { looksLikeMarkup, markupToText } from './model/rich-text.js';
export { STATUS_LABELS, STATUS_MEANINGS, statusLabel, statusWord, statusMeaning } from './model/status.js';
export { ENGLISH_PHRASES, PHRASE_IDS, countPhrase, fillPhrase, layPhrases, type PhraseId, type Phrases } from './model/interface-phrases.js';
export { INTERFACE_LANGUAGES, interfaceLanguageFor } from './model/interface-language.js';
export { isContested, asOfTime, statusAsOf, knownAsOf } from './model/claims.js';
export { RESPONSE_PHRASES, attributionText, historySteps, historyTrailText, formatNames } from './model/attribution-text.js';
export type * from './model/index.js';
export { DatelineTimeline } from './components/timeline/timeline.js';
export type { DatelineEventCard } from './components/event-card/event-card.js';
export { setInterfaceStrings } from './controllers/interface-languages.js';
export type { DatelineEventList } from './components/event-list/event-list.js';
export * from './events.js';
