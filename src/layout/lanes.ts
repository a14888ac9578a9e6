import { ENGLISH_PHRASES, type Phrases } from '../model/interface-phrases.js';
import { OTHER_LANE, laneKeyOf, type LaneMode } from '../model/lane-key.js';
import type { NormalizedEvent } from '../model/types.js';

export { OTHER_LANE, laneKeyOf, type LaneMode };

export interface Lane {
  key: string;
  /** Shown at the lane's start; empty for the single lane of `lanes="none"`. */
  label: string;
  /** 0-based index into the lane colour palette; -1 for the neutral "Other" lane and for no lanes. */
  colorIndex: number;
}

/**
 * The lanes for a set of events, ordered by how many events each holds (most first, ties by first
 * appearance), with "Other" always last. Lanes named in `order` come first, in that order (an archive's lanes
 * keep their place and colour from one window to the next).
 */
export function assignLanes(events: readonly NormalizedEvent[], mode: LaneMode, colorCount = 8, order: readonly string[] = []): Lane[] {
  if (mode === 'none') return [{ key: '', label: '', colorIndex: -1 }];
  const counts = new Map<string, number>();
  for (const event of events) {
    const key = laneKeyOf(event, mode);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return lanesFromCounts(counts, colorCount, order);
}

/** `assignLanes` from how many events each lane key holds, the keys in order of first appearance. */
export function lanesFromCounts(counts: ReadonlyMap<string, number>, colorCount = 8, order: readonly string[] = []): Lane[] {
  const keys = [...counts.keys()].filter((key) => key !== OTHER_LANE);
  const place = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  keys.sort((a, b) => place(a) - place(b) || counts.get(b)! - counts.get(a)!);
  const lanes = keys.map((key, index) => ({ key, label: key, colorIndex: index % colorCount }));
  if (counts.has(OTHER_LANE)) lanes.push({ key: OTHER_LANE, label: OTHER_LANE, colorIndex: -1 });
  return lanes;
}

/** A lane's name as readers see it: its key, or the `otherLane` phrase ("Other") for the lane of events without one. */
export function laneName(key: string, phrases: Phrases = ENGLISH_PHRASES): string {
  return key === OTHER_LANE ? phrases.otherLane : key;
}
