import type { NormalizedEvent } from './types.js';

/** What the timeline's lanes follow: nothing, each event's first actor, or its category. */
export type LaneMode = 'none' | 'actor' | 'category';

/** The lane of the events with no actor (or no category). */
export const OTHER_LANE = 'Other';

/** The lane key of an event: its first actor or its category, or "Other". */
export function laneKeyOf(event: NormalizedEvent, mode: LaneMode): string {
  if (mode === 'none') return '';
  const key = (mode === 'actor' ? event.actors?.[0] : event.category)?.trim();
  return key ? key : OTHER_LANE;
}
