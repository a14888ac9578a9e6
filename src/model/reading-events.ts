import { IssueReport, quoteText, type LocateField } from './dataset-issues.js';
import { EventColumnsBuilder, SORT_STEP } from './event-columns.js';
import { sortedInSteps, timesBefore } from './sorted-times.js';
import { ReadingMemo, normalizeEvent } from './normalize-event.js';
import { CodeOnDemand } from './code-on-demand.js';
import { FirstUseOfIds } from './first-use-of-ids.js';
import type { DatasetIssue, NormalizedEvent, ParseResult } from './types.js';

// Reading a list of events a step at a time, so that a page stays responsive while 100,000 are read: the
// `Reading` generator and its steps, duplicate ids, and the stable chronological sort at the end.

/** How far a reading has come: events read, of how many; and what it waits for before its next step, if anything. */
export interface ReadProgress {
  read: number;
  total: number;
  /** Settles when the reading can go on: code it needs is loading (code-on-demand.ts). */
  waitFor?: Promise<unknown>;
}

/**
 * A reading done a step at a time, so that a page can read 100,000 events without freezing: each step reads
 * `READ_STEP` events and yields how far it has come; the reading returns the result. `finishReading` runs one
 * through at once.
 */
export type Reading<T = ParseResult> = Generator<ReadProgress, T, void>;

/** Events read in one step of a `Reading`. */
export const READ_STEP = 500;

/**
 * Runs a reading to its end at once. Its caller must have provided the code a reading may need
 * (code-on-demand.ts), as the model's synchronous functions do: a reading cannot wait here.
 */
export function finishReading<T>(reading: Reading<T>): T {
  for (;;) {
    const step = reading.next();
    if (step.done) return step.value;
    if (step.value.waitFor) throw new Error('Dateline: a reading run at once met data that needs code loaded on demand, which was not provided');
  }
}

/** Runs a reading to its end at once when it need not wait; else gives a promise of its end, once it has waited. */
export function finishReadingNowOrSoon<T>(reading: Reading<T>): T | Promise<T> {
  for (;;) {
    const step = reading.next();
    if (step.done) return step.value;
    if (step.value.waitFor) return step.value.waitFor.then(() => finishReadingNowOrSoon(reading));
  }
}

/** A step of a reading: code it needs, waiting for it to load when it has not (yielding `progress` with what to wait for). */
export function* waitingFor<Code>(code: CodeOnDemand<Code>, progress: ReadProgress): Generator<ReadProgress, Code, void> {
  for (;;) {
    const provided = code.provided;
    if (provided) return provided;
    yield { ...progress, waitFor: code.load() };
  }
}

/**
 * Validates and normalizes events one by one, a step at a time. Invalid events are left out and reported; valid
 * ones are kept, sorted chronologically (stable for ties). An event not of the common shape, or with media,
 * waits the first time for the code it needs to load.
 */
export function* normalizingEvents(rawEvents: readonly unknown[], locate: LocateField, issues: DatasetIssue[]): Reading<NormalizedEvent[]> {
  const events: NormalizedEvent[] = [];
  const firstUseOfIds = new FirstUseOfIds(rawEvents.length);
  const report = new IssueReport(issues, locate);
  const memo = new ReadingMemo();
  const columns = new EventColumnsBuilder(rawEvents.length);
  for (let index = 0; index < rawEvents.length; index++) {
    if (index > 0 && index % READ_STEP === 0) yield { read: index, total: rawEvents.length };
    report.startEvent(index);
    let event = normalizeEvent(rawEvents[index], report, memo);
    while (event instanceof CodeOnDemand) {
      yield* waitingFor(event, { read: index, total: rawEvents.length });
      event = normalizeEvent(rawEvents[index], report, memo);
    }
    if (!event) continue;
    const earlier = firstUseOfIds.claim(event.id, index);
    if (earlier !== undefined) {
      report.error(['id'], `id "${quoteText(event.id)}" is already used by the event at ${locate(earlier, [])}; ids must be unique`);
      continue;
    }
    events.push(event);
    columns.add(event);
  }
  // All read; the sort is a step of its own, and a long one yields on the way.
  const done = { read: rawEvents.length, total: rawEvents.length };
  if (rawEvents.length > READ_STEP) yield done;
  const placeOf = yield* timeOrderPlaces(columns.readStarts, done);
  const sorted = placeOf ? yield* dealingTo(events, placeOf, done) : events;
  yield* columns.inTimeOrder(sorted, placeOf, done);
  return sorted;
}

/**
 * Where each event goes when sorted by start, keeping the input order for ties; undefined when they are in
 * order already. A comparator sort over 100,000 objects takes long in a cold page; instead the start times
 * are sorted natively (in steps) and each event's place found in them, yielding `done` every `SORT_STEP` events.
 */
function* timeOrderPlaces(starts: Float64Array, done: ReadProgress): Generator<ReadProgress, Int32Array | undefined, void> {
  let sorted = true;
  for (let index = 1; index < starts.length && sorted; index++) sorted = starts[index - 1]! <= starts[index]!;
  if (sorted) return undefined;
  const sortedStarts = yield* sortedInSteps(starts, done, SORT_STEP);
  // Events with the same start fill the places from the first of them on, in input order.
  const taken = new Int32Array(starts.length);
  const placeOf = new Int32Array(starts.length);
  for (let index = 0; index < starts.length; index++) {
    if (index > 0 && index % SORT_STEP === 0) yield done;
    const first = timesBefore(sortedStarts, starts[index]!);
    placeOf[index] = first + taken[first]!++;
  }
  return placeOf;
}

/** The items, each at its place, yielding `done` every `SORT_STEP` items. */
function* dealingTo<T>(items: readonly T[], placeOf: Int32Array, done: ReadProgress): Generator<ReadProgress, T[], void> {
  const result = new Array<T>(items.length);
  for (let index = 0; index < items.length; index++) {
    if (index > 0 && index % SORT_STEP === 0) yield done;
    result[placeOf[index]!] = items[index]!;
  }
  return result;
}
