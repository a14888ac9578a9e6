import type { TimelineDataset } from '../../model/schema.js';
import { DatelineErrorEvent, DatelineLoadEvent } from '../../events.js';
import { parsingDataset } from '../../model/parsing-dataset.js';
import { finishReading } from '../../model/reading-events.js';
import { DatelineTimeline } from './timeline.js';

/**
 * A story drawn once, unseen, while the page is idle, before any timeline has drawn its events: what a first
 * timeline pays once (compiling and first runs of the reading, the layout and the templates; the engine's first
 * list, unit and relative formats; the shadow stylesheet's first style and layout) is then paid before the reader
 * asks for the first timeline, which draws about twice as fast (issue 16). A page whose timeline is in its HTML
 * draws it before any idle moment, and is not rehearsed.
 *
 * The rehearsal is inert and unseen: a hidden, fixed host outside the page's flow, holding the timeline in a
 * closed shadow root (so that no query of the page's finds it), its events kept from the page, removed once drawn.
 */
export function rehearseFirstTimeline(page: Document = document): Promise<void> {
  rehearsal ??= rehearse(page).finally(() => (rehearsal = undefined));
  return rehearsal;
}

/** The rehearsal under way, if one is: a second call waits for it rather than drawing another. */
let rehearsal: Promise<void> | undefined;

async function rehearse(page: Document): Promise<void> {
  if (DatelineTimeline.eventsDrawn || !page.body) return;
  // The reading first, in an idle moment of its own, so that no one task holds all of the rehearsal. The story is
  // of the common shape, so it is read without the schema's validation, which a typical story never loads.
  finishReading(parsingDataset(REHEARSED_STORY));
  await new Promise((resolve) => requestIdleCallback(resolve));
  if (DatelineTimeline.eventsDrawn || !page.body) return;
  const host = page.createElement('dateline-rehearsal');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  // The phone's vertical layout below 600 px, as the page's own timeline would be drawn.
  const width = Math.min(Math.max(page.documentElement.clientWidth - 32, 320), 960);
  host.style.cssText = `display: block; position: fixed; margin: 0; padding: 0; border: 0; top: 0; left: 0; width: ${width}px; height: 400px; contain: strict; visibility: hidden; opacity: 0; pointer-events: none; z-index: -1`;
  const timeline = page.createElement('dateline-timeline');
  const drawn = new Promise<void>((resolve) => {
    // The rehearsal's events (its load) stay inside it: a page's listeners hear only its own timelines.
    timeline.dispatchEvent = (event: Event) => {
      if (event.type === DatelineLoadEvent.eventName || event.type === DatelineErrorEvent.eventName) resolve();
      return true;
    };
  });
  timeline.style.cssText = 'display: block; height: 400px';
  timeline.events = REHEARSED_STORY;
  host.attachShadow({ mode: 'closed' }).append(timeline);
  page.body.append(host);
  try {
    await drawn;
    // Its updates measure the chart, which styles and lays it out as a painted one is. Then a frame, whose paint
    // steps (nothing of it is painted) are the last first-time work, but not in a hidden tab, which has none.
    await timeline.updateComplete;
    if (page.visibilityState === 'visible') await new Promise((resolve) => requestAnimationFrame(resolve));
  } finally {
    host.remove();
  }
}

/**
 * The rehearsed story: what a news timeline holds (a title, a dek, an update, a credit; points and spans, days and
 * months, a gap folded, each status, a claim with its claimants and a denial, a history, a key event), in few events.
 */
const REHEARSED_STORY: TimelineDataset = {
  title: 'Rehearsal',
  description: 'A story drawn unseen',
  updated: '2024-10-10',
  credit: 'Dateline',
  events: [
    { id: 'a', title: 'A first visit', start: '2000-07-19', end: '2000-07-20', status: 'confirmed', actors: ['A', 'B'] },
    { id: 'b', title: 'A claim and its denial', start: '2024-01', status: 'alleged', claimedBy: ['C'], responses: [{ actor: 'A', stance: 'denies' }], sources: [{ name: 'S', url: 'https://example.com/' }] },
    { id: 'c', title: 'A treaty signed', start: '2024-06-19', status: 'confirmed', importance: 'key', actors: ['A'] },
    { id: 'd', title: 'A report', start: '2024-10-03', status: 'reported', history: [{ date: '2024-10-04', status: 'disputed' }] },
    { id: 'e', title: 'A disputed span', start: '2024-10-08', end: '2024-10-20', status: 'disputed', approximate: true },
    { id: 'f', title: 'A session', start: '2024-11-04', status: 'expected' },
  ],
};
