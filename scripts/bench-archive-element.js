// The archive benchmark's browser half (issue 17): a <dateline-timeline> whose src is a window template, in
// headless Chromium, against a running `dateline serve`. It times the first view of the whole span (from
// inserting the element until the answer is drawn and painted, the on-demand chunk and the request included),
// then a reader's zoom from the whole span to a day and pans at four levels, as zoomTo steps each left to rest:
// for each step whether it needed a request (or a kept answer served it), the answer's time from the request's
// start until drawn and painted, and the reader's wait from the step until drawn (the rest of 150 ms included).
// Last, the page's JS heap after a garbage collection. bench-archive.js calls it with the server it started.
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-chrome.js';
import { serveBundle } from './serve-bundle.js';

const WIDTH = 1200;
/** How long a step waits for a request to start before it counts as served by an answer already held. */
const REQUEST_GRACE_MS = 400;

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dateline archive bench</title><link rel="icon" href="data:,">
<script type="module" src="/dist/dateline.js"></script></head><body style="margin:0;padding:16px">
<script>
  window.archiveBench = {
    requests: [],
    loads: [],
    painted: () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))),
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name.includes('/events?')) window.archiveBench.requests.push({ url: entry.name, start: entry.startTime, end: entry.responseEnd });
  }).observe({ type: 'resource', buffered: true });
</script></body></html>`;

/**
 * Runs the browser half against `serverUrl` (…/events), over the windows given (each `{ kind, start, end, span }`,
 * the view being its middle `span`), `runs` times in a fresh tab each. Resolves with each run's first view, every
 * step, and the heap at its peak (sampled after each step) and after a garbage collection at the end.
 */
export async function benchArchiveElement({ serverUrl, windows, runs: runCount = 3, log = console.log }) {
  const pages = await serveBundle({ pages: { '/archive-bench.html': page } });
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
  try {
    const runs = [];
    for (let run = 0; run < runCount; run++) runs.push(await runOnce(browser, pages.origin, serverUrl, windows, log));
    return runs;
  } finally {
    await browser.close();
    await pages.close();
  }
}

/** One run in a fresh tab: the first view, then every window as a zoomTo step; the heap at its peak and after GC. */
async function runOnce(browser, origin, serverUrl, windows, log) {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => log(`[page] ${error.message}`));
  await tab.setViewport({ width: WIDTH + 32, height: 900 });
  await tab.goto(`${origin}/archive-bench.html`);
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  const heapUsed = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
  await tab.waitForFunction(() => customElements.get('dateline-timeline') !== undefined);
  const template = `${serverUrl}?start={start}&end={end}&bins={bins}`;
  const firstViewMs = await tab.evaluate(async (template, width) => {
    const timeline = document.createElement('dateline-timeline');
    timeline.setAttribute('lanes', 'category');
    timeline.style.width = `${width}px`;
    const loaded = new Promise((resolve) => timeline.addEventListener('dateline-load', resolve, { once: true }));
    timeline.addEventListener('dateline-load', () => window.archiveBench.loads.push(performance.now()));
    const started = performance.now();
    timeline.setAttribute('src', template);
    document.body.append(timeline);
    await loaded;
    return (await window.archiveBench.painted()) - started;
  }, template, WIDTH);
  log(`Browser: the first view of the whole span drawn and painted ${firstViewMs.toFixed(0)} ms after inserting the element (its chunk and the request included)`);

  const steps = [];
  let peakHeap = 0;
  for (const window of windows) {
    const margin = (window.end - window.start - window.span) / 2;
    const step = await tab.evaluate(
      async (start, end, grace) => {
        const bench = window.archiveBench;
        const timeline = document.querySelector('dateline-timeline');
        const [requestsBefore, loadsBefore] = [bench.requests.length, bench.loads.length];
        const asked = performance.now();
        timeline.zoomTo(new Date(start), new Date(end));
        await timeline.updateComplete;
        const shown = await bench.painted();
        // A kept answer is drawn in the step's own update; else a request goes once the view rests (busy while under way).
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const busy = () => timeline.shadowRoot.querySelector('.frame')?.getAttribute('aria-busy') === 'true';
        const moved = () => bench.requests.length > requestsBefore || bench.loads.length > loadsBefore || busy();
        const until = performance.now() + grace;
        while (!moved() && performance.now() < until) await frame();
        if (!moved()) return { requested: false, waitMs: shown - asked };
        const giveUp = performance.now() + 30_000;
        while (bench.loads.length === loadsBefore && performance.now() < giveUp) await frame();
        const drawn = await bench.painted();
        const request = bench.requests.at(-1);
        const requested = bench.requests.length > requestsBefore;
        return { requested, answerMs: requested ? drawn - request.start : NaN, serverMs: requested ? request.end - request.start : NaN, waitMs: drawn - asked };
      },
      window.start + margin,
      window.end - margin,
      REQUEST_GRACE_MS,
    );
    steps.push({ kind: window.kind, spanDays: window.span / 86_400_000, ...step });
    peakHeap = Math.max(peakHeap, await heapUsed());
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const heapMB = (await heapUsed()) / 2 ** 20;
  await tab.close();
  return { firstViewMs, steps, heapMB, peakHeapMB: peakHeap / 2 ** 20 };
}
