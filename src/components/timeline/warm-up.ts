/**
 * What the first timeline on a page pays once, done while the page is idle after the script has loaded: the
 * engine's first `Intl.DateTimeFormat`, which loads its calendar and time-zone data (20–35 ms on the bench's
 * machine, whatever the locale; the next ones take about 1 ms), and the first text measured on a canvas. A page
 * that inserts its timeline later (an app, a story opened on demand) then draws it sooner. A page whose timeline
 * is in its HTML upgrades it before any idle moment, and then this costs about a millisecond.
 */
export function warmUpWhenIdle(): void {
  if (typeof requestIdleCallback !== 'function' || typeof document === 'undefined') return;
  requestIdleCallback(() => {
    try {
      new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' }).format(0);
      const context = document.createElement('canvas').getContext('2d');
      if (context) {
        context.font = '13px sans-serif';
        context.measureText('2024');
      }
    } catch {
      // Only a head start: the timeline does the same work when it draws.
    }
  });
}
