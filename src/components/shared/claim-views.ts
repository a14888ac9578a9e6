import { capitalized, formatNames, RESPONSE_PHRASES } from '../../model/attribution-text.js';
import { readHistory } from '../../model/claims.js';
import { parsePartialDate } from '../../model/partial-date.js';
import { STANCES, type ResponseStance } from '../../model/vocabulary.js';
import { fillPhrase, type Phrases } from '../../model/interface-phrases.js';
import { statusWord } from '../../model/status.js';
import type { NormalizedEvent } from '../../model/types.js';
import { isRecord, isStatus, readSourceDate, sourceViews, textOf, type SourceView } from './event-text.js';

// What the card and the list show of what was known when: the steps of an event's history ("Reported 4 October
// 2024", its note and source) and the responses that give a date or a source ("Denied by Russia, 10 October
// 2024", TASS), in the order they came. Checked again here, since an event may have been built by hand: a
// step without a readable date, an unknown status or stance, a name that is no text are passed over.

/** One step of what was known when, as the card and the list show it. */
export interface ClaimStepView {
  /** The words before the date: "Reported ", "Denied by Russia, "; the whole phrase when there is no date. */
  lead: string;
  /** The date, formatted like an event date, and its `datetime`. */
  dateText?: string;
  datetime?: string;
  /** The words after the date, if the phrase has any. */
  tail?: string;
  note?: string;
  /** Its source; the source's date is left out when it is the step's own. */
  source?: SourceView;
}

interface DatedStep extends ClaimStepView {
  /** When the step happened, for ordering; undefined for a response without a date (it comes last). */
  at?: number;
}

const isStance = (value: unknown): value is ResponseStance => STANCES.includes(value as ResponseStance);

/** The step's source, without its date when that is the step's own date. */
function stepSource(raw: unknown, datetime: string | undefined, locale: string | undefined): SourceView | undefined {
  const [source] = sourceViews([raw], locale);
  if (!source) return undefined;
  if (datetime !== undefined && source.datetime === datetime) {
    delete source.dateText;
    delete source.datetime;
  }
  return source;
}

/** The history's steps: "Reported <date>" (the phrase `historyStep`), with their notes and sources. */
function historyStepViews(event: NormalizedEvent, locale: string | undefined, phrases: Phrases): DatedStep[] {
  const [before = '', after = ''] = phrases.historyStep.split('{date}');
  const steps: DatedStep[] = [];
  for (const entry of readHistory(event)) {
    if (!isStatus(entry.status)) continue;
    const status = statusWord(entry.status, phrases);
    const step: DatedStep = { lead: fillPhrase(before, { status }), at: entry.span.start.getTime() };
    const date = readSourceDate(entry.date, locale);
    if (date) Object.assign(step, date);
    const tail = fillPhrase(after, { status });
    if (tail) step.tail = tail;
    const note = textOf(entry.note);
    if (note) step.note = note;
    const source = stepSource(entry.source, step.datetime, locale);
    if (source) step.source = source;
    steps.push(step);
  }
  return steps;
}

/**
 * The responses that say when or where they were given ("Denied by Russia, 10 October 2024", TASS); who answered
 * how is already in the attribution, so responses with neither add nothing here. Responses alike in stance, date
 * and source are told once, their actors together: "Denied by Russia and North Korea".
 */
function responseStepViews(event: NormalizedEvent, locale: string | undefined, phrases: Phrases): DatedStep[] {
  const groups = new Map<string, { stance: ResponseStance; actors: string[]; date?: string; source?: unknown }>();
  for (const response of Array.isArray(event.responses) ? (event.responses as unknown[]) : []) {
    if (!isRecord(response) || !isStance(response.stance)) continue;
    const actor = textOf(response.actor);
    if (!actor) continue;
    const date = typeof response.date === 'string' && parsePartialDate(response.date).ok ? response.date : undefined;
    if (date === undefined && response.source === undefined) continue;
    const key = JSON.stringify([response.stance, date ?? null, response.source ?? null]);
    const group = groups.get(key);
    if (group) group.actors.push(actor);
    else groups.set(key, { stance: response.stance, actors: [actor], ...(date === undefined ? {} : { date }), source: response.source });
  }
  const steps: DatedStep[] = [];
  for (const group of groups.values()) {
    const what = capitalized(fillPhrase(phrases[RESPONSE_PHRASES[group.stance]], { names: formatNames(group.actors, locale) }), locale);
    const date = readSourceDate(group.date, locale);
    const step: DatedStep = date ? { lead: `${what}, `, ...date } : { lead: what };
    if (group.date !== undefined) {
      const read = parsePartialDate(group.date);
      if (read.ok) step.at = read.span.start.getTime();
    }
    const source = stepSource(group.source, step.datetime, locale);
    if (source) step.source = source;
    steps.push(step);
  }
  return steps;
}

/**
 * What was known when, oldest first: the history's steps and the dated responses by date (a history step before a
 * response of the same day), then the responses that give a source but no date.
 */
export function claimSteps(event: NormalizedEvent, locale: string | undefined, phrases: Phrases): ClaimStepView[] {
  const when = (step: DatedStep) => step.at ?? Number.POSITIVE_INFINITY;
  // A stable sort: steps of the same instant keep the order above.
  const ordered = [...historyStepViews(event, locale, phrases), ...responseStepViews(event, locale, phrases)].sort((a, b) => (when(a) === when(b) ? 0 : when(a) < when(b) ? -1 : 1));
  return ordered.map(({ at: _at, ...step }) => step);
}
