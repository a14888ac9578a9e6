import { isContested } from './claims.js';
import { laneKeyOf } from './lane-key.js';
import { sortedInSteps } from './sorted-times.js';
import type { NormalizedEvent } from './types.js';

/**
 * What a reading learns of its events while each one is in hand, kept in columns beside the list it returns,
 * in the same (time) order: each event's start and end in UTC ms, which are key events, which statuses occur,
 * whether any claim is contested, and its lane key by actor and by category (a number into a table of the keys,
 * each string kept once).
 *
 * The index and the timeline's data take these from here rather than from a pass over the event objects: on
 * this machine one such pass over 100,000 events costs 20–50 ms (each object and its `Date`s miss the cache),
 * and there were seven, all in the task that ends a reading or in the first drawing. Kept in a WeakMap keyed by the list, so that
 * `ParseResult` stays as it is; a list made any other way (an `asOf` copy, a list built by hand) has none, and
 * the index reads its events as before.
 */
export interface EventColumns {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** The ends again, sorted. */
  readonly sortedEnds: Float64Array;
  /** The orders of the key events (`importance: "key"`). */
  readonly keyOrders: readonly number[];
  readonly statuses: ReadonlySet<NormalizedEvent['status']>;
  readonly hasContested: boolean;
  readonly lanes: Readonly<Record<LaneColumnMode, LaneColumn>>;
}

type LaneColumnMode = 'actor' | 'category';

/** Each event's lane key (`laneKeyOf`) in one lane mode: `keys[codes[order]]`, the keys in order of first appearance. */
export interface LaneColumn {
  readonly codes: Uint32Array;
  readonly keys: readonly string[];
}

/** Numbers lane keys as they come. */
class LaneCoder {
  readonly codes: Uint32Array;
  readonly keys: string[] = [];
  private readonly codeOf = new Map<string, number>();

  constructor(
    private readonly mode: LaneColumnMode,
    capacity: number,
  ) {
    this.codes = new Uint32Array(capacity);
  }

  add(event: NormalizedEvent, at: number): void {
    const key = laneKeyOf(event, this.mode);
    let code = this.codeOf.get(key);
    if (code === undefined) {
      code = this.keys.push(key) - 1;
      this.codeOf.set(key, code);
    }
    this.codes[at] = code;
  }
}

/** Items a long sort handles between two yields. */
export const SORT_STEP = 50_000;

const columnsOfList = new WeakMap<readonly NormalizedEvent[], EventColumns>();

/** The columns a reading kept for this very list, if it kept any. */
export function eventColumnsOf(events: readonly NormalizedEvent[]): EventColumns | undefined {
  const columns = columnsOfList.get(events);
  return columns && columns.starts.length === events.length ? columns : undefined;
}

/** Gathers the columns event by event, in reading order; `inTimeOrder` puts them in the sorted list's order and keeps them for it. */
export class EventColumnsBuilder {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly keys: Uint8Array;
  private count = 0;
  private readonly statuses = new Set<NormalizedEvent['status']>();
  private hasContested = false;
  private readonly laneCoders: Record<LaneColumnMode, LaneCoder>;

  /** @param capacity at most this many events are added */
  constructor(capacity: number) {
    this.starts = new Float64Array(capacity);
    this.ends = new Float64Array(capacity);
    this.keys = new Uint8Array(capacity);
    this.laneCoders = { actor: new LaneCoder('actor', capacity), category: new LaneCoder('category', capacity) };
  }

  add(event: NormalizedEvent): void {
    this.starts[this.count] = event.start.getTime();
    this.ends[this.count] = event.end.getTime();
    this.keys[this.count] = event.importance === 'key' ? 1 : 0;
    this.laneCoders.actor.add(event, this.count);
    this.laneCoders.category.add(event, this.count);
    this.count++;
    this.statuses.add(event.status);
    this.hasContested ||= isContested(event);
  }

  /** The starts so far, in reading order. */
  get readStarts(): Float64Array {
    return this.starts.subarray(0, this.count);
  }

  /**
   * Keeps the columns for `sorted`, the events added in time order: `placeOf[i]` is where the i-th event added
   * went (undefined when they were in time order already). Yields `pause` every `SORT_STEP` events.
   */
  *inTimeOrder<Pause>(sorted: readonly NormalizedEvent[], placeOf: Int32Array | undefined, pause: Pause): Generator<Pause, void, void> {
    let starts = this.starts.slice(0, this.count);
    let ends = this.ends.slice(0, this.count);
    let keys = this.keys.subarray(0, this.count);
    let actorCodes = this.laneCoders.actor.codes.slice(0, this.count);
    let categoryCodes = this.laneCoders.category.codes.slice(0, this.count);
    if (placeOf) {
      const sortedStarts = new Float64Array(this.count);
      const sortedEnds = new Float64Array(this.count);
      const sortedKeys = new Uint8Array(this.count);
      const sortedActors = new Uint32Array(this.count);
      const sortedCategories = new Uint32Array(this.count);
      for (let index = 0; index < this.count; index++) {
        if (index > 0 && index % SORT_STEP === 0) yield pause;
        const place = placeOf[index]!;
        sortedStarts[place] = starts[index]!;
        sortedEnds[place] = ends[index]!;
        sortedKeys[place] = keys[index]!;
        sortedActors[place] = actorCodes[index]!;
        sortedCategories[place] = categoryCodes[index]!;
      }
      [starts, ends, keys, actorCodes, categoryCodes] = [sortedStarts, sortedEnds, sortedKeys, sortedActors, sortedCategories];
    }
    const keyOrders: number[] = [];
    for (let order = 0; order < keys.length; order++) if (keys[order]) keyOrders.push(order);
    const lanes = { actor: { codes: actorCodes, keys: this.laneCoders.actor.keys }, category: { codes: categoryCodes, keys: this.laneCoders.category.keys } };
    const sortedEnds = yield* sortedInSteps(ends, pause, SORT_STEP);
    columnsOfList.set(sorted, { starts, ends, sortedEnds, keyOrders, statuses: this.statuses, hasContested: this.hasContested, lanes });
  }
}
