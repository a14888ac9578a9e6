import type { NormalizedEvent } from '../model/types.js';

/**
 * How an event is drawn: a point for a single day or minute, a bar for a range of days, a band over the
 * whole month or year for month- and year-precision dates.
 */
export type MarkKind = 'point' | 'bar' | 'band';

export function markKindOf(event: NormalizedEvent): MarkKind {
  if (event.precision === 'month' || event.precision === 'year') return 'band';
  return event.isRange ? 'bar' : 'point';
}
