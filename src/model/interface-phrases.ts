/**
 * Every word of the interface that is not the data's own, by id: the legend's status words, the controls and their
 * accessible names, the card's and the list's headings, the states, the announcements, the gap and count texts.
 * The English source of each phrase is a `msg()` call of `@lit/localize` with its id, which `lit-localize extract`
 * reads into `xliff/<locale>.xlf` for translators and `lit-localize build` turns into the runtime modules of
 * `src/generated/locales/` (see `lit-localize.json`). Pure: `msg()` returns its English text unless a page has
 * configured `@lit/localize` itself, and the elements lay a locale's phrases and a newsroom's own over it.
 *
 * A phrase holds `{name}` placeholders. A count phrase is written as plural forms, the categories of
 * `Intl.PluralRules` with `#` for the number: "one {# event} other {# events}"; Russian adds `few` and `many`.
 */
import { msg } from '@lit/localize';
import { countText, usableLocale } from './locale-numbers.js';

/** The English phrases, read through `msg()`: what extraction finds, and what shows for a phrase a locale lacks. */
export function sourcePhrases() {
  return {
    statusConfirmed: msg('Confirmed', { id: 'statusConfirmed', desc: 'Status of a claim: it happened, on the record. Legend and badge word.' }),
    statusReported: msg('Reported', { id: 'statusReported', desc: 'Status of a claim: published by media but not independently verified. Legend and badge word.' }),
    statusAlleged: msg('Alleged', { id: 'statusAlleged', desc: 'Status of a claim: an accusation that the accused may deny. Legend and badge word.' }),
    statusDisputed: msg('Disputed', { id: 'statusDisputed', desc: 'Status of a claim: contested on the record (disputed in the legal sense). Legend and badge word.' }),
    statusExpected: msg('Expected', { id: 'statusExpected', desc: 'Status of a claim: a forecast; it has not happened yet. Legend and badge word.' }),
    meaningConfirmed: msg('It happened, on the record', { id: 'meaningConfirmed', desc: 'Tooltip explaining the status word "Confirmed".' }),
    meaningReported: msg('Published but not independently verified', { id: 'meaningReported', desc: 'Tooltip explaining the status word "Reported".' }),
    meaningAlleged: msg('An accusation; the accused may deny it', { id: 'meaningAlleged', desc: 'Tooltip explaining the status word "Alleged".' }),
    meaningDisputed: msg('Contested on the record', { id: 'meaningDisputed', desc: 'Tooltip explaining the status word "Disputed".' }),
    meaningExpected: msg('A forecast: it has not happened yet', { id: 'meaningExpected', desc: 'Tooltip explaining the status word "Expected".' }),
    contested: msg('Contested', { id: 'contested', desc: 'Legend entry for the sign on events that someone denies or disputes.' }),
    legendLabel: msg('Status of claims', { id: 'legendLabel', desc: 'Accessible name of the legend of status words.' }),

    claimConfirmed: msg('{status} by {names}', { id: 'claimConfirmed', desc: 'Who confirms an event. {status} is the word "Confirmed", {names} a list of names ("Russia and North Korea").' }),
    claimReported: msg('{status} by {names}', { id: 'claimReported', desc: 'Who reports an event. {status} is the word "Reported", {names} a list of names.' }),
    claimAlleged: msg('{status} by {names}', { id: 'claimAlleged', desc: 'Who alleges an event. {status} is the word "Alleged", {names} a list of names.' }),
    claimDisputed: msg('{status}; claimed by {names}', { id: 'claimDisputed', desc: 'A disputed claim and who makes it. {status} is the word "Disputed", {names} a list of names.' }),
    claimExpected: msg('{status} by {names}', { id: 'claimExpected', desc: 'Who expects an event. {status} is the word "Expected", {names} a list of names.' }),
    claimWithoutStatus: msg('Claimed by {names}', { id: 'claimWithoutStatus', desc: 'Who claims an event that has no status. {names} a list of names.' }),
    responseDenies: msg('denied by {names}', { id: 'responseDenies', desc: 'After a claim: who denies it. Starts lower case in English because it follows a semicolon.' }),
    responseDisputes: msg('disputed by {names}', { id: 'responseDisputes', desc: 'After a claim: who disputes it.' }),
    responseConfirms: msg('confirmed by {names}', { id: 'responseConfirms', desc: 'After a claim: who confirms it.' }),
    historyStep: msg('{status} {date}', { id: 'historyStep', desc: 'One step of what was known when: "Reported 3 October 2024". {status} is a status word.' }),
    clauseSeparator: msg('; ', { id: 'clauseSeparator', desc: 'Between the parts of an attribution: "Alleged by A; denied by B".' }),

    eventCount: msg('one {# event} other {# events}', { id: 'eventCount', desc: 'A number of events, by plural category (Intl.PluralRules); # is the number. Add the categories your language needs (few, many…).' }),
    moreEventCount: msg('one {# more event} other {# more events}', { id: 'moreEventCount', desc: 'A group of events drawn as one "+N" badge, by plural category; # is the number.' }),
    countAndDates: msg('{count}, {dates}', { id: 'countAndDates', desc: 'A group of events and when they are: "3 more events, 2 June 2024 to 9 June 2024".' }),
    dateRange: msg('{from} to {to}', { id: 'dateRange', desc: 'From one date to another, in running text.' }),
    rangeAnnouncement: msg('{from} to {to}: {count}', { id: 'rangeAnnouncement', desc: 'Announced to screen readers when the view rests: "1 Oct 2024 to 31 Oct 2024: 6 events".' }),
    laneName: msg('{lane} lane', { id: 'laneName', desc: 'Which lane (row) an event is in, for screen readers: "Russia lane".' }),
    eventPosition: msg('event {position} of {total}', { id: 'eventPosition', desc: 'An event\'s place in time order, for screen readers: "event 3 of 17".' }),
    gapLater: msg('⋯ {amount} later ⋯', { id: 'gapLater', desc: 'Marks a stretch without events between two events: "⋯ 3 months later ⋯". {amount} is "3 months" in your language.' }),
    axisSkips: msg('The axis skips {amount} without events, from {from} to {to}.', { id: 'axisSkips', desc: 'What a screen reader hears of a break in the time axis. {amount} is "22 years", {from} and {to} are months.' }),
    eventsInView: msg('Events in view, in time order, of {total}', { id: 'eventsInView', desc: 'Accessible name of the list of events drawn on the chart.' }),
    clusterRest: msg('one {…and # more: zoom in to see them} other {…and # more: zoom in to see them}', { id: 'clusterRest', desc: 'Last line of a group\'s list when only some events are listed; # is how many are not.' }),
    pageEarlier: msg('one {Show earlier events (# more in view)} other {Show earlier events (# more in view)}', { id: 'pageEarlier', desc: 'Button to the events before those listed; # is how many.' }),
    pageLater: msg('one {Show later events (# more in view)} other {Show later events (# more in view)}', { id: 'pageLater', desc: 'Button to the events after those listed; # is how many.' }),
    nearestEarlier: msg('{distance} earlier: {date}', { id: 'nearestEarlier', desc: 'Button to the nearest event before an empty view: "3 months earlier: 3 October 2024".' }),
    nearestLater: msg('{distance} later: {date}', { id: 'nearestLater', desc: 'Button to the nearest event after an empty view: "5 days later: 12 November 2024".' }),
    otherLane: msg('Other', { id: 'otherLane', desc: 'Name of the lane for events that have no actor or category.' }),
    approximateDate: msg('c. {date}', { id: 'approximateDate', desc: 'A date known only roughly ("circa"): "c. 1200".' }),
    eraSince: msg('since {date}', { id: 'eraSince', desc: 'The dates of an era that goes on: "since 2022".' }),
    erasSpoken: msg('Eras: {eras}.', { id: 'erasSpoken', desc: 'What a screen reader hears before the events: the eras, each with its dates.' }),
    asOf: msg('As of {date}', { id: 'asOf', desc: 'The timeline shown as it stood at a date.' }),
    updated: msg('Updated {date}', { id: 'updated', desc: 'When the story\'s timeline was last updated, above the chart.' }),
    timelineRole: msg('timeline', { id: 'timelineRole', desc: 'What screen readers call the chart (aria-roledescription), lower case.' }),
    timelineLabel: msg('Timeline', { id: 'timelineLabel', desc: 'Accessible name of a timeline that has no title.' }),

    zoomToolbar: msg('Zoom', { id: 'zoomToolbar', desc: 'Accessible name of the zoom buttons\' toolbar.' }),
    zoomIn: msg('Zoom in', { id: 'zoomIn', desc: 'Button: show a shorter stretch of time, larger.' }),
    zoomInTitle: msg('Zoom in (+)', { id: 'zoomInTitle', desc: 'Tooltip of the zoom in button, with its key.' }),
    zoomOut: msg('Zoom out', { id: 'zoomOut', desc: 'Button: show a longer stretch of time.' }),
    zoomOutTitle: msg('Zoom out (−)', { id: 'zoomOutTitle', desc: 'Tooltip of the zoom out button, with its key.' }),
    fit: msg('Fit', { id: 'fit', desc: 'Short button text: show all events. Keep it short.' }),
    fitTitle: msg('Show all events', { id: 'fitTitle', desc: 'Tooltip of the Fit button.' }),
    zoomHint: msg('{key} + scroll to zoom', { id: 'zoomHint', desc: 'Hint shown when the reader scrolls over the chart; {key} is the Control key\'s name (ctrlKey) or ⌘.' }),
    ctrlKey: msg('Ctrl', { id: 'ctrlKey', desc: 'The Control key\'s name as printed on keyboards of your language (German: Strg); in the zoom hint.' }),
    close: msg('Close', { id: 'close', desc: 'Button that closes the event card or a group\'s list.' }),

    actors: msg('Actors', { id: 'actors', desc: 'Card label: the people, states or groups involved.' }),
    category: msg('Category', { id: 'category', desc: 'Card label: the event\'s category.' }),
    place: msg('Where', { id: 'place', desc: 'Card label: where the event happened.' }),
    historyHeading: msg('What was known when', { id: 'historyHeading', desc: 'Heading of the steps in which a claim was reported, confirmed or denied.' }),
    sourcesHeading: msg('Sources', { id: 'sourcesHeading', desc: 'Heading of the event\'s sources.' }),
    noDetails: msg('No sources or further details.', { id: 'noDetails', desc: 'In the list, for an event that has nothing more to show.' }),
    eventNotShown: msg('This event cannot be shown:', { id: 'eventNotShown', desc: 'Before the reasons an event card cannot be drawn.' }),
    opensInNewTab: msg('(opens in a new tab)', { id: 'opensInNewTab', desc: 'Heard after a link that opens in a new tab.' }),
    openOn: msg('Open on {host}', { id: 'openOn', desc: 'Link to the media on its own site: "Open on youtube.com".' }),
    loadVideo: msg('Load video from {host}', { id: 'loadVideo', desc: 'Button that loads a video from another site only when the reader asks.' }),
    loadAudio: msg('Load audio from {host}', { id: 'loadAudio', desc: 'Button that loads audio from another site.' }),
    loadImage: msg('Load image from {host}', { id: 'loadImage', desc: 'Button that loads an image from another site.' }),
    loadPost: msg('Load post from {host}', { id: 'loadPost', desc: 'Button that loads a social media post from another site.' }),
    loadMap: msg('Load map from {host}', { id: 'loadMap', desc: 'Button that loads a map from another site.' }),
    loadDocument: msg('Load document from {host}', { id: 'loadDocument', desc: 'Button that loads a document from another site.' }),
    loadArticle: msg('Load article from {host}', { id: 'loadArticle', desc: 'Button that loads an encyclopedia article from another site.' }),
    loadPage: msg('Load page from {host}', { id: 'loadPage', desc: 'Button that loads a web page from another site.' }),
    mediaFrom: msg('Media from {host}', { id: 'mediaFrom', desc: 'Name of a player that has no description of its own: "Media from youtube.com".' }),

    loadingTimeline: msg('Loading timeline…', { id: 'loadingTimeline', desc: 'Shown while the timeline\'s data loads.' }),
    loadingEvents: msg('Loading events…', { id: 'loadingEvents', desc: 'Shown while the list\'s data loads.' }),
    eventsRead: msg('Events read', { id: 'eventsRead', desc: 'Accessible name of the progress bar while a large file is read.' }),
    readProgress: msg('{read} of {total} events read', { id: 'readProgress', desc: 'Beside the progress bar while a large file is read.' }),
    noEvents: msg('No events to show', { id: 'noEvents', desc: 'Shown when the data has no events.' }),
    problemsLabel: msg('Problems in the data', { id: 'problemsLabel', desc: 'Accessible name of the panel that lists problems in the data.' }),
    warningPrefix: msg('Warning: {message}', { id: 'warningPrefix', desc: 'A warning about the data; {message} stays in English, for the author.' }),
    problemCount: msg('one {# problem} other {# problems}', { id: 'problemCount', desc: 'A number of errors in the data, by plural category.' }),
    moreProblems: msg('one {…and # more} other {…and # more}', { id: 'moreProblems', desc: 'Last line of the problems panel when it lists only some; # is how many more.' }),
    warningCount: msg('one {# warning about the data} other {# warnings about the data}', { id: 'warningCount', desc: 'Heading of the problems panel when there are only warnings.' }),
    validEventsShown: msg('{problems} in the data; the valid events are shown.', { id: 'validEventsShown', desc: 'Heading of the problems panel when some events could be read. {problems} is "2 problems".' }),
    timelineNotShown: msg('The timeline could not be drawn: {problems} in the data.', { id: 'timelineNotShown', desc: 'When no event could be read. {problems} is "2 problems".' }),
    listNotShown: msg('The list could not be shown: {problems} in the data.', { id: 'listNotShown', desc: 'When no event could be read for the list. {problems} is "2 problems".' }),
    showMore: msg('one {Show # more event} other {Show # more events}', { id: 'showMore', desc: 'Button under a long list; # is how many the next page shows.' }),
    showMoreAndHidden: msg('{more} ({hidden} not shown)', { id: 'showMoreAndHidden', desc: 'The "Show more" button with how many are not shown yet.' }),
  };
}

/** The id of an interface phrase: what a locale translates and what a newsroom's own `strings` may rename. */
export type PhraseId = keyof ReturnType<typeof sourcePhrases>;

/** Every interface phrase, in one language. */
export type Phrases = Readonly<Record<PhraseId, string>>;

/** The English phrases: the source, and what a locale lacking a phrase shows. */
export const ENGLISH_PHRASES: Phrases = Object.freeze(sourcePhrases());

/** The ids of every phrase, in catalogue order. */
export const PHRASE_IDS = Object.keys(ENGLISH_PHRASES) as PhraseId[];

/** True for a known phrase id (an override's key, a locale module's entry). */
export const isPhraseId = (key: string): key is PhraseId => Object.hasOwn(ENGLISH_PHRASES, key);

/**
 * Phrases with others laid over them, later layers winning: a locale's translations, then a page's and an
 * element's renamings. Keys that are no phrase id and values that are not text are passed over.
 */
export function layPhrases(base: Phrases, ...layers: readonly (Readonly<Record<string, unknown>> | undefined)[]): Phrases {
  const phrases: Record<string, string> = { ...base };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) if (isPhraseId(key) && typeof value === 'string') phrases[key] = value;
  }
  return phrases as Phrases;
}

/** A phrase with its `{name}` placeholders filled; an unknown placeholder is left as written. */
export function fillPhrase(phrase: string, values: Readonly<Record<string, string>>): string {
  return phrase.replace(/\{(\w+)\}/g, (written, key: string) => values[key] ?? written);
}

const pluralRules = new Map<string, Intl.PluralRules>();
const FORM = /(zero|one|two|few|many|other|=\d+)\s*\{([^{}]*)\}/g;

/**
 * A count phrase for a number: the form for its plural category in the locale (`=N` forms first), `#` replaced
 * by the number in the locale's digits. "one {# event} other {# events}" gives "1 event", "1,234 events". A phrase
 * written without forms is taken as it is, with `#` or `{count}` filled.
 */
export function countPhrase(phrase: string, count: number, locale: string | undefined): string {
  const number = countText(count, locale);
  const forms = new Map<string, string>();
  for (const [, category, text] of phrase.matchAll(FORM)) forms.set(category!, text!);
  if (forms.size === 0) return fillPhrase(phrase.replace(/#/g, number), { count: number });
  const safe = usableLocale(locale) ?? '';
  let rules = pluralRules.get(safe);
  if (!rules) {
    rules = new Intl.PluralRules(safe || undefined);
    pluralRules.set(safe, rules);
  }
  const form = forms.get(`=${count}`) ?? forms.get(rules.select(count)) ?? forms.get('other') ?? [...forms.values()][0]!;
  return form.replace(/#/g, number);
}
