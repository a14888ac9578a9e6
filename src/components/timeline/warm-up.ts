import { TextMeasurer } from '../../controllers/text-measurer.js';
import { DatelineTimeline } from './timeline.js';

/**
 * What the first timeline on a page pays once, done while the page is idle after the script has loaded: the
 * engine's first `Intl.DateTimeFormat`, which loads its calendar and time-zone data (20–35 ms on the bench's
 * machine, whatever the locale; the next ones take about 1 ms), and the first text measured on a canvas in each of
 * the timeline's fonts. Then, at the next idle moment, unless a timeline has drawn its events by then (or the page
 * said not to: `DatelineTimeline.rehearseWhenIdle`), a story drawn unseen (`rehearsal.ts`, a chunk of its own). A
 * page that inserts its timeline later (an app, a story opened on demand, a `src` being fetched) then draws it
 * sooner. A page whose timeline is in its HTML upgrades it before any idle moment, and then this costs about a
 * millisecond. A browser without `requestIdleCallback` (Safari) has no idle moments to give, and is not warmed.
 */
export function warmUpWhenIdle(): void {
  if (typeof requestIdleCallback !== 'function' || typeof document === 'undefined') return;
  requestIdleCallback(() => {
    try {
      new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' }).format(0);
      // In the page's font, which the timeline inherits unless themed: its fonts are then ready to measure.
      const measurer = new TextMeasurer();
      measurer.setFontFamily(getComputedStyle(document.body ?? document.documentElement).fontFamily || 'sans-serif');
      for (const style of ['label', 'strong', 'lane'] as const) measurer.measure('2024', style);
    } catch {
      // Only a head start: the timeline does the same work when it draws.
    }
    requestIdleCallback(() => {
      if (!rehearsalWanted()) return;
      import('./rehearsal.js').then(
        ({ rehearseFirstTimeline }) =>
          requestIdleCallback(() => {
            rehearseFirstTimeline().catch(() => {
              // Only a head start: a rehearsal that cannot draw leaves the work to the first timeline.
            });
          }),
        () => {
          // Nor one whose code cannot load.
        },
      );
    });
  });
}

/** A rehearsal would help: no timeline on the page has drawn its events, and the page has not turned it off. */
export function rehearsalWanted(): boolean {
  return !DatelineTimeline.eventsDrawn && DatelineTimeline.rehearseWhenIdle;
}
