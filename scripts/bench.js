// Benchmarks <dateline-timeline> in headless Chromium: the seed story's first paint in a fresh page (cold: after the
// page's idle rehearsal, and inserted as the script runs, before it) and again in the same page (warm), and a page
// holding the script and the story from navigation until painted; then
// 100 / 1,000 / 10,000 / 100,000 / 1,000,000 synthetic events: `npm run bench` (or `node scripts/bench.js --runs 5
// --sizes 100,1000,10000,100000,1000000`). For each size and run it measures parse time, first render until
// painted (and the longest main-thread task meanwhile), and the main-thread work of every zoom and pan step a reader's wheel makes and of
// every step made from code (`zoomTo`, as a "jump to October" button does), from the Chrome DevTools Protocol's
// task metrics: their median, 95th percentile and worst; DOM nodes and JS heap. It prints the medians of the
// runs and writes every run to bench-results/bench.json. A benchmark, not a test: it never fails on slow numbers.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from './find-chrome.js';
import { serveBundle } from './serve-bundle.js';

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '100,1000,10000,100000,1000000' },
    'zoom-steps': { type: 'string', default: '8' },
    /**
     * How the synthetic events reach the element: `built` (the generator's objects, as a page that builds its
     * events would have them, their strings concatenations) or `json` (the same through JSON, as a page gets them
     * from its `src` or a `fetch`: flat strings, which reading need not flatten). Never timed.
     */
    input: { type: 'string', default: 'built' },
    'pan-steps': { type: 'string', default: '10' },
    /** Also write a CPU profile of each size's first run (first render, zoom and pan) and of the seed's first run (cold, warm, at once, whole page) to this folder. */
    profile: { type: 'string' },
    /**
     * Also write a Chrome trace (main-thread tasks: style, layout, paint, script) of the same to this folder;
     * with SELECTOR_STATS=1 in the environment, with the time each CSS selector took to match (its SelectorStats
     * events); TRACE_CATEGORIES=a,b adds trace categories (`v8.compile`, `disabled-by-default-v8.cpu_profiler`).
     */
    trace: { type: 'string' },
    /** Serve the bundle unminified, so that a profile names functions as the sources do (timings then differ a little). */
    readable: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(flags.runs));
const SIZES = flags.sizes.split(',').map(Number).filter((size) => size > 0);
const ZOOM_STEPS = Math.max(1, Number(flags['zoom-steps']));
if (!['built', 'json'].includes(flags.input)) throw new Error(`--input is built or json, not ${flags.input}`);
const FROM_JSON = flags.input === 'json';
const PAN_STEPS = Math.max(1, Number(flags['pan-steps']));
const WIDTH = 1200;
const HEIGHT = 700;
/** Up to this many events, the first render is also measured in an element whose height follows its content. */
const AUTO_HEIGHT_UP_TO = 10_000;

/**
 * Issue 16's targets, in ms: the seed's cold and warm first paint; per size, the first render, the median step
 * and the worst step (GC included), for wheel and `zoomTo` steps alike; the heap in MB; and for a million events
 * the longest main-thread task while they load.
 */
const SEED_TARGETS = { cold: 50, warm: 15 };
const TARGETS = {
  100: { firstRender: 40, step: 4, worst: 16 },
  1000: { step: 6, worst: 16 },
  10000: { firstRender: 150, step: 6, worst: 16 },
  100000: { firstRender: 1000, step: 6, worst: 16, heapMB: 30 },
  1000000: { firstRender: 5000, step: 6, worst: 16, heapMB: 250, longestTask: 50 },
};

// The generator runs in the page, so parsing sees what a page would build, but it is never timed. The model's
// `parseDataset` comes with it (minified alike): the script no longer exports it, since what validates data that
// is not of the common shape loads on demand.
const generator = await build({
  stdin: {
    contents: "export { syntheticEvents } from './test/fixtures/synthetic-events.ts'; export { parseDataset } from './src/model/parse-dataset.ts';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'datelineBenchFixtures',
  target: 'es2021',
  minify: true,
});
const generatorText = generator.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
const seedText = (await readFile('data/korea-russia-2024.json', 'utf8')).replace(/<\/script/gi, '<\\/script');

// Helpers the benchmark calls in the page. Times are performance.now() milliseconds.
const pageHelpers = () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  /** Resolves after the next frame has been painted: a task queued from a rAF callback runs after that frame's paint. */
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  let element;
  let events;
  let updates = 0;
  let lastPaint = 0;
  /** Elements added to the drawing since the last `stats()`. */
  let created = 0;

  const countNodes = (root) => {
    let count = 0;
    for (const node of root.querySelectorAll('*')) {
      count++;
      if (node.shadowRoot) count += countNodes(node.shadowRoot);
    }
    return count;
  };

  /** Waits until no update has happened for a few frames; returns when the last change to the drawing was painted. */
  const settle = async () => {
    let seen;
    do {
      seen = updates;
      await element.updateComplete;
      await afterPaint();
      await frame();
      await frame();
    } while (seen !== updates || element.isUpdatePending);
    return lastPaint;
  };

  window.bench = {
    generate(count, fromJson = false) {
      const built = window.datelineBenchFixtures.syntheticEvents(count, { seed: 42, from: '2023-01-01', years: 2, rangeShare: 0.2 });
      events = built;
      if (fromJson) {
        // Through JSON a slice at a time, so that no string holds a million events.
        events = [];
        for (let start = 0; start < built.length; start += 10_000) events.push(...JSON.parse(JSON.stringify(built.slice(start, start + 10_000))));
      }
      return events.length;
    },
    parse() {
      const started = performance.now();
      const result = window.datelineBenchFixtures.parseDataset(events);
      const took = performance.now() - started;
      return { took, kept: result.events.length, issues: result.issues.length };
    },
    /** A new element of this size, its height following its content when `height` is null, as an element with no height of its own does. */
    async mount(width, height, data) {
      element = document.createElement('dateline-timeline');
      element.style.cssText = `display: block; width: ${width}px;${height === null ? '' : ` height: ${height}px;`}`;
      if (data) element.events = data;
      element.addController({
        hostUpdated() {
          updates++;
        },
      });
      document.body.append(element);
      // Painted means: the frame after the last change to what is drawn (an update that changes nothing is not waited for).
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) created += 1 + node.querySelectorAll('*').length;
        void afterPaint().then((time) => (lastPaint = time));
      }).observe(element.shadowRoot, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      await settle();
    },
    /** Sets the events; resolves with the time until painted and the longest main-thread task meanwhile (tasks of 50 ms and more). */
    async render() {
      const longTasks = [];
      const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
      observer.observe({ type: 'longtask' });
      const started = performance.now();
      element.events = events;
      const painted = await settle();
      longTasks.push(...observer.takeRecords().map((entry) => entry.duration));
      observer.disconnect();
      return { took: painted - started, longestTask: Math.max(0, ...longTasks), longTasks: longTasks.length };
    },
    /** One zoom or pan step through the wheel, as a user gives it; resolves once the result is painted. */
    async wheel(init) {
      const chart = element.shadowRoot.querySelector('.chart');
      const box = chart.getBoundingClientRect();
      const changed = new Promise((resolve) => {
        const done = (happened) => {
          element.removeEventListener('dateline-range-change', onChange);
          resolve(happened);
        };
        const onChange = () => done(true);
        element.addEventListener('dateline-range-change', onChange);
        // A step at a zoom limit changes nothing and fires nothing.
        void frame().then(frame).then(frame).then(() => done(false));
      });
      const event = new WheelEvent('wheel', { bubbles: true, cancelable: true, composed: true, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, ...init });
      chart.dispatchEvent(event);
      const happened = await changed;
      await settle();
      return happened;
    },
    /**
     * One step made from code: `zoomTo` a window `factor` times as long around the middle of the view, as a button
     * or a linked chart does; resolves once the result is painted. False when the view did not change (a limit).
     */
    async zoomTo(factor) {
      const { start, end } = element.visibleRange;
      const middle = (start.getTime() + end.getTime()) / 2;
      const half = ((end.getTime() - start.getTime()) * factor) / 2;
      element.zoomTo(new Date(middle - half), new Date(middle + half));
      await settle();
      const after = element.visibleRange;
      return after.start.getTime() !== start.getTime() || after.end.getTime() !== end.getTime();
    },
    /**
     * The seed story drawn in a new element: from inserting it (its data already set, the script already loaded)
     * until its drawing is painted. The first time in a page is the cold paint, the next ones warm.
     */
    async seedPaint(width, height) {
      element?.remove();
      const started = performance.now();
      await this.mount(width, height, window.benchSeed);
      return lastPaint - started;
    },
    /** What a step costs with no step in it: the same frames waited for, nothing changed. */
    async idle() {
      await frame();
      await settle();
      return true;
    },
    stats() {
      const root = element.shadowRoot;
      const added = created;
      created = 0;
      return {
        created: added,
        domNodes: document.querySelectorAll('*').length + countNodes(root),
        events: root.querySelectorAll('.event').length,
        clusters: root.querySelectorAll('.cluster').length,
        span: element.visibleRange.end - element.visibleRange.start,
      };
    },
  };
};

const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dateline bench</title><link rel="icon" href="data:,">
<style>body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; }</style></head>
<body>
<script>${generatorText}</script>
<script>window.benchSeed = ${seedText};</script>
<script>(${pageHelpers.toString()})();</script>
<script type="module">import * as dateline from '/dateline.js'; window.dateline = dateline; window.benchReady = true;</script>
</body></html>`;

/**
 * A newsroom's page: the script and the seed story's element (its data inline) in the page's HTML. From the start of
 * navigation until the timeline is painted, the script's loading, compiling and running included.
 */
const seedPageHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dateline bench: a page</title><link rel="icon" href="data:,">
<script type="module" src="/dateline.js"></script>
<style>body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; }</style></head>
<body>
<dateline-timeline style="display: block; width: ${WIDTH}px; height: ${HEIGHT}px"><script type="application/json">${seedText}</script></dateline-timeline>
<script>
document.querySelector('dateline-timeline').addEventListener('dateline-load', ({ target }) =>
  target.updateComplete.then(() =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.benchPainted = performance.now());
      channel.port2.postMessage(0);
    }),
  ),
);
</script>
</body></html>`;

/**
 * The seed story inserted by the module that imports the script, in the same task: no idle moment comes between, so
 * the page's idle rehearsal (src/components/timeline/rehearsal.ts) has not run. From inserting it until painted.
 */
const seedAtOnceHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dateline bench: at once</title><link rel="icon" href="data:,">
<style>body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; }</style></head>
<body>
<script>window.benchSeed = ${seedText};</script>
<script>(${pageHelpers.toString()})();</script>
<script type="module">import '/dateline.js'; window.benchAtOnce = await window.bench.seedPaint(${WIDTH}, ${HEIGHT});</script>
</body></html>`;

const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const server = await serveBundle({ pages: { '/bench.html': html, '/seed-page.html': seedPageHtml, '/seed-at-once.html': seedAtOnceHtml }, build: { minifyJs: !flags.readable } });
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });

/** Records a CPU profile (or a Chrome trace) of a tab around `work` when profiling (or tracing) is on. */
async function profiledIn(tab, cdp, name, work) {
  if (flags.trace) {
    await mkdir(flags.trace, { recursive: true });
    await tab.tracing.start({ path: join(flags.trace, `${name}.json`), categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute', ...(process.env.SELECTOR_STATS ? ['disabled-by-default-blink.debug'] : []), ...(process.env.TRACE_CATEGORIES?.split(',') ?? [])] });
    try {
      return await work();
    } finally {
      await tab.tracing.stop();
    }
  }
  if (!flags.profile) return work();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    await mkdir(flags.profile, { recursive: true });
    await writeFile(join(flags.profile, `${name}.cpuprofile`), JSON.stringify(profile));
  }
}

async function openPage() {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => console.error(`[page] ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && console.error(`[page] ${message.text()}`));
  await tab.setViewport({ width: WIDTH + 80, height: HEIGHT + 100, deviceScaleFactor: 1 });
  await tab.goto(`${server.origin}/bench.html`);
  await tab.waitForFunction(() => window.benchReady === true);
  // The page's idle rehearsal is over, so that no measurement pays for it (nor gains from it half done).
  await tab.waitForFunction(() => window.dateline.DatelineTimeline.eventsDrawn && !document.querySelector('dateline-rehearsal'));
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
  const heapAfterGC = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await metrics()).JSHeapUsedSize;
  };
  const profiled = (name, work) => profiledIn(tab, cdp, name, work);
  return { tab, metrics, heapAfterGC, profiled };
}

/**
 * Main-thread milliseconds between two metric snapshots: the time its tasks took (TaskDuration, wall-clock, so
 * it grows when other processes take the CPU) and the CPU time the thread used (ThreadTime, which does not).
 */
const work = (before, after) => ({
  task: (after.TaskDuration - before.TaskDuration) * 1000,
  cpu: (after.ThreadTime - before.ThreadTime) * 1000,
  script: (after.ScriptDuration - before.ScriptDuration) * 1000,
  layout: (after.LayoutDuration - before.LayoutDuration) * 1000,
  style: (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000,
});

/**
 * Runs steps one by one (a wheel event's init, or a `zoomTo` factor), taking the main-thread work of each from the CDP metrics. Each is followed by an
 * idle step (the same waiting for frames, with nothing to do): the harness's own cost per step, under the same
 * load on the machine, which is taken off the step's.
 */
async function steps(tab, metrics, init, count) {
  const measure = async (stepInit) => {
    const before = await metrics();
    const happened = await tab.evaluate(
      (step) => (step === undefined ? window.bench.idle() : typeof step === 'number' ? window.bench.zoomTo(step) : window.bench.wheel(step)),
      stepInit,
    );
    return { happened, ...work(before, await metrics()) };
  };
  const measured = [];
  for (let step = 0; step < count; step++) {
    const { happened, ...cost } = await measure(init);
    const idle = await measure(undefined);
    if (happened) measured.push({ ...cost, idleTask: idle.task, idleCpu: idle.cpu, ...(await tab.evaluate(() => window.bench.stats())) });
  }
  return measured;
}

const mean = (values) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : NaN);

/** The value below which `share` of the values fall (nearest rank). */
const percentile = (values, share) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
};

/**
 * A kind of step's cost: each step's main-thread task time less the harness's own (the median idle step of the
 * run), then their median, 95th percentile and worst (GC included), and the median CPU time likewise.
 */
function stepSummary(measured, harnessTask, harnessCpu) {
  const net = measured.map((step) => Math.max(step.task - harnessTask, 0));
  const cpu = measured.map((step) => Math.max(step.cpu - harnessCpu, 0));
  const part = (key) => median(measured.map((step) => step[key]));
  return { median: median(net), p95: percentile(net, 0.95), worst: Math.max(...net), cpu: median(cpu), script: part('script'), style: part('style'), layout: part('layout'), count: measured.length };
}

/** The seed story's first paint in a fresh page (cold), then twice more in the same page (warm, the better one). */
async function seedOnce(run) {
  const { tab, profiled } = await openPage();
  const seedPaint = (height) => () => tab.evaluate((width, height) => window.bench.seedPaint(width, height), WIDTH, height);
  const profiledInFirstRun = (name, measure) => (run === 1 ? profiled(name, measure) : measure());
  const cold = await profiledInFirstRun('seed-cold', seedPaint(HEIGHT));
  const warm = Math.min(await seedPaint(HEIGHT)(), await profiledInFirstRun('seed-warm', seedPaint(HEIGHT)));
  // The same, in an element whose height follows its content (an element given no height, as most pages leave it).
  const warmAuto = Math.min(await seedPaint(null)(), await seedPaint(null)());
  await tab.close();
  const atOnce = await freshPageFigure(run, '/seed-at-once.html', 'benchAtOnce', 'seed-at-once', { width: WIDTH + 80, height: HEIGHT + 100, deviceScaleFactor: 1 });
  const page = await freshPageFigure(run, '/seed-page.html', 'benchPainted', 'seed-page');
  return { cold, atOnce, warm, warmAuto, page };
}

/**
 * Loads one of the bench's pages in a new browser context, so that nothing compiled for the pages before is cached,
 * and returns the figure its script leaves in `window[figure]`; profiled (or traced) as `name` in the first run.
 */
async function freshPageFigure(run, path, figure, name, viewport) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  if (viewport) await tab.setViewport(viewport);
  const loaded = async () => {
    await tab.goto(`${server.origin}${path}`);
    await tab.waitForFunction((figure) => window[figure] !== undefined, {}, figure);
  };
  await (run === 1 ? profiledIn(tab, await tab.createCDPSession(), name, loaded) : loaded());
  const value = await tab.evaluate((figure) => window[figure], figure);
  await context.close();
  return value;
}

async function runOnce(size, run) {
  // Parsing is measured in a page of its own, so neither run warms the other's code.
  const parsePage = await openPage();
  await parsePage.tab.evaluate((count, fromJson) => window.bench.generate(count, fromJson), size, FROM_JSON);
  // The generator's garbage is collected now, so that parsing does not pay for it.
  await parsePage.heapAfterGC();
  const beforeParse = await parsePage.metrics();
  const parse = await parsePage.tab.evaluate(() => window.bench.parse());
  const parseWork = work(beforeParse, await parsePage.metrics());
  await parsePage.tab.close();

  // The first render in an element whose height follows its content, in a page of its own: one layout, where a
  // fixed height (the steps' element below) lays the events out again once the chart is measured.
  let firstRenderAuto = { wall: NaN, task: NaN };
  if (size <= AUTO_HEIGHT_UP_TO) {
    const autoPage = await openPage();
    await autoPage.tab.evaluate((width) => window.bench.mount(width, null), WIDTH);
    await autoPage.tab.evaluate((count, fromJson) => window.bench.generate(count, fromJson), size, FROM_JSON);
    await autoPage.heapAfterGC();
    const before = await autoPage.metrics();
    const { took } = await autoPage.tab.evaluate(() => window.bench.render());
    firstRenderAuto = { wall: took, task: work(before, await autoPage.metrics()).task };
    await autoPage.tab.close();
  }

  const { tab, metrics, heapAfterGC, profiled: profiledAlways } = await openPage();
  const profiled = (name, work) => (run === 1 ? profiledAlways(`${size}-${name}`, work) : work());
  await tab.evaluate((width, height) => window.bench.mount(width, height), WIDTH, HEIGHT);
  const heapEmpty = await heapAfterGC();
  await tab.evaluate((count, fromJson) => window.bench.generate(count, fromJson), size, FROM_JSON);
  // The generator's garbage is collected now, so that the first render does not pay for it.
  const heapWithInput = await heapAfterGC();
  const beforeRender = await metrics();
  const { took: firstRenderWall, longestTask, longTasks } = await profiled('first-render', () => tab.evaluate(() => window.bench.render()));
  const firstRender = work(beforeRender, await metrics());
  const atFit = await tab.evaluate(() => window.bench.stats());
  const heap = await heapAfterGC();
  /** The mean cost of a step, less the mean cost of the idle steps run alongside. */
  const perStep = (measured, key, idleKey) => Math.max(mean(measured.map((step) => step[key])) - mean(measured.map((step) => step[idleKey])), 0);

  // One unmeasured step each way first, so that what is measured is the steady state, not the first compile.
  await steps(tab, metrics, { deltaY: -50, ctrlKey: true }, 1);
  await steps(tab, metrics, { deltaY: 50, ctrlKey: true }, 1);
  const [zoomIn, deepest, zoomOut] = await profiled('zoom', async () => [
    await steps(tab, metrics, { deltaY: -50, ctrlKey: true }, ZOOM_STEPS),
    await tab.evaluate(() => window.bench.stats()),
    await steps(tab, metrics, { deltaY: 50, ctrlKey: true }, ZOOM_STEPS),
  ]);
  const zoom = [...zoomIn, ...zoomOut];
  // Pan a window of about a sixth of the data: dense, but no longer the whole story.
  await steps(tab, metrics, { deltaY: -60, ctrlKey: true }, 3);
  const panWindow = await tab.evaluate(() => window.bench.stats());
  await steps(tab, metrics, { deltaY: 120, shiftKey: true }, 1);
  await steps(tab, metrics, { deltaY: -120, shiftKey: true }, 1);
  const pan = await profiled('pan', async () => [
    ...(await steps(tab, metrics, { deltaY: 120, shiftKey: true }, PAN_STEPS)),
    ...(await steps(tab, metrics, { deltaY: -120, shiftKey: true }, PAN_STEPS)),
  ]);
  // Steps from code, as a button or a linked chart makes them: from the whole story in, then out again.
  await tab.evaluate(() => window.bench.idle());
  await steps(tab, metrics, 0.7, 1);
  const zoomTo = await profiled('zoom-to', async () => [...(await steps(tab, metrics, 0.7, ZOOM_STEPS)), ...(await steps(tab, metrics, 1 / 0.7, ZOOM_STEPS))]);
  await tab.close();
  const harnessTask = median([...zoom, ...pan, ...zoomTo].map((step) => step.idleTask));
  const harnessCpu = median([...zoom, ...pan, ...zoomTo].map((step) => step.idleCpu));
  const summaries = { wheelZoom: stepSummary(zoom, harnessTask, harnessCpu), pan: stepSummary(pan, harnessTask, harnessCpu), zoomTo: stepSummary(zoomTo, harnessTask, harnessCpu) };

  return {
    size,
    parseMs: parse.took,
    parseCpuMs: parseWork.cpu,
    parsedEvents: parse.kept,
    parseIssues: parse.issues,
    firstRenderMs: firstRenderWall,
    /** The longest main-thread task from setting the events until painted (0 when none reached 50 ms), and how many did. */
    firstRenderLongestTaskMs: longestTask,
    firstRenderLongTasks: longTasks,
    firstRenderTaskMs: firstRender.task,
    firstRenderScriptMs: firstRender.script,
    firstRenderCpuMs: firstRender.cpu,
    /** The same in an element whose height follows its content (NaN above AUTO_HEIGHT_UP_TO events). */
    firstRenderAutoHeightMs: firstRenderAuto.wall,
    firstRenderAutoHeightTaskMs: firstRenderAuto.task,
    harnessStepTaskMs: median([...zoom, ...pan].map((step) => step.idleTask)),
    harnessStepCpuMs: median([...zoom, ...pan].map((step) => step.idleCpu)),
    zoomStepRawTaskMs: mean(zoom.map((step) => step.task)),
    zoomStepTaskMs: perStep(zoom, 'task', 'idleTask'),
    zoomStepCpuMs: perStep(zoom, 'cpu', 'idleCpu'),
    zoomStepScriptLayoutStyleMs: mean(zoom.map((step) => step.script + step.layout + step.style)),
    zoomStepMaxTaskMs: Math.max(...zoom.map((step) => step.task)),
    zoomSteps: zoom.length,
    panStepRawTaskMs: mean(pan.map((step) => step.task)),
    panStepTaskMs: perStep(pan, 'task', 'idleTask'),
    panStepCpuMs: perStep(pan, 'cpu', 'idleCpu'),
    panStepScriptLayoutStyleMs: mean(pan.map((step) => step.script + step.layout + step.style)),
    panStepMaxTaskMs: Math.max(...pan.map((step) => step.task)),
    panSteps: pan.length,
    domNodes: atFit.domNodes,
    marksAtFit: atFit.events,
    clustersAtFit: atFit.clusters,
    deepestZoomDays: deepest.span / 86_400_000,
    panWindowDays: panWindow.span / 86_400_000,
    heapMB: heap / 2 ** 20,
    /** Each step: its task and CPU ms, those of the idle step after it, and what was drawn (DOM nodes, elements it created, event marks, clusters, days in view). */
    steps: Object.fromEntries(
      Object.entries({ zoom, pan, zoomTo }).map(([kind, measured]) => [
        kind,
        measured.map(({ task, cpu, idleTask, idleCpu, domNodes, created, events, clusters, span }) => ({ task, cpu, idleTask, idleCpu, domNodes, created, events, clusters, days: span / 86_400_000 })),
      ]),
    ),
    heapOverEmptyMB: (heap - heapEmpty) / 2 ** 20,
    /** The events as the page made them (an array of plain objects), which the page and the element's `events` hold. */
    heapInputMB: (heapWithInput - heapEmpty) / 2 ** 20,
    ...Object.fromEntries(Object.entries(summaries).flatMap(([kind, summary]) => Object.entries(summary).map(([key, value]) => [`${kind}${key[0].toUpperCase()}${key.slice(1)}Ms`, value]))),
  };
}

const machine = {
  cpus: cpus().length,
  model: cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${release()}`,
  node: process.version,
  chromium: await browser.version(),
};
console.log(`Machine: ${machine.cpus} × ${machine.model}, ${machine.memoryGB} GB, ${machine.os}; ${machine.chromium}; Node ${machine.node}`);
console.log(`${RUNS} runs per size; ${ZOOM_STEPS * 2} zoom steps and ${PAN_STEPS * 2} pan steps per run; a ${WIDTH}×${HEIGHT} timeline; the synthetic events ${FROM_JSON ? 'through JSON' : 'as built in the page'}.\n`);

const runs = [];
const seedRuns = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    const seed = await seedOnce(run);
    seedRuns.push({ run, ...seed });
    console.log(`run ${run} · the seed story: first paint ${seed.cold.toFixed(1)} ms cold (${seed.atOnce.toFixed(1)} as the script runs), ${seed.warm.toFixed(1)} ms warm (${seed.warmAuto.toFixed(1)} its height following its content); a page painted in ${seed.page.toFixed(1)} ms`);
    for (const size of SIZES) {
      const result = await runOnce(size, run);
      runs.push({ run, ...result });
      console.log(
        `run ${run} · ${size.toLocaleString('en')} events: parse ${result.parseMs.toFixed(0)} ms, first render ${result.firstRenderMs.toFixed(0)} ms ` +
          `(${result.firstRenderTaskMs.toFixed(0)} ms main thread${Number.isFinite(result.firstRenderAutoHeightMs) ? `; ${result.firstRenderAutoHeightMs.toFixed(0)} ms its height following its content` : ''}), wheel zoom ${result.wheelZoomMedianMs.toFixed(1)} / worst ${result.wheelZoomWorstMs.toFixed(1)} ms, ` +
          `pan ${result.panMedianMs.toFixed(1)} / ${result.panWorstMs.toFixed(1)} ms, zoomTo ${result.zoomToMedianMs.toFixed(1)} / ${result.zoomToWorstMs.toFixed(1)} ms, ` +
          `${result.domNodes} nodes, ${result.heapMB.toFixed(1)} MB`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const seedMedians = { cold: median(seedRuns.map((run) => run.cold)), atOnce: median(seedRuns.map((run) => run.atOnce)), warm: median(seedRuns.map((run) => run.warm)), warmAuto: median(seedRuns.map((run) => run.warmAuto)), page: median(seedRuns.map((run) => run.page)) };
const keys = Object.keys(runs[0] ?? {}).filter((key) => key !== 'run' && key !== 'size' && key !== 'steps');
const medians = SIZES.map((size) => {
  const ofSize = runs.filter((run) => run.size === size);
  return { size, ...Object.fromEntries(keys.map((key) => [key, median(ofSize.map((run) => run[key]))])) };
});

const verdict = (value, limit) => (limit === undefined ? '' : value <= limit ? ' ✓' : ' ✗');
/** A kind of step as "median / p95 / worst", each against its target. */
const stepCell = (row, kind) => {
  const target = TARGETS[row.size];
  return `${row[`${kind}MedianMs`].toFixed(1)}${verdict(row[`${kind}MedianMs`], target?.step)} / ${row[`${kind}P95Ms`].toFixed(1)} / ${row[`${kind}WorstMs`].toFixed(1)}${verdict(row[`${kind}WorstMs`], target?.worst)}`;
};
const columns = [
  ['events', (row) => row.size.toLocaleString('en')],
  ['parse ms', (row) => row.parseMs.toFixed(0)],
  ['first render ms', (row) => row.firstRenderMs.toFixed(0) + verdict(row.firstRenderMs, TARGETS[row.size]?.firstRender)],
  ['(tasks / CPU)', (row) => `${row.firstRenderTaskMs.toFixed(0)} / ${row.firstRenderCpuMs.toFixed(0)}`],
  ['first render, height following content ms', (row) => (Number.isFinite(row.firstRenderAutoHeightMs) ? row.firstRenderAutoHeightMs.toFixed(0) + verdict(row.firstRenderAutoHeightMs, TARGETS[row.size]?.firstRender) : '–')],
  ['longest task ms', (row) => row.firstRenderLongestTaskMs.toFixed(0) + verdict(row.firstRenderLongestTaskMs, TARGETS[row.size]?.longestTask)],
  ['wheel zoom ms: median / p95 / worst', (row) => stepCell(row, 'wheelZoom')],
  ['pan ms: median / p95 / worst', (row) => stepCell(row, 'pan')],
  ['zoomTo ms: median / p95 / worst', (row) => stepCell(row, 'zoomTo')],
  ['DOM nodes', (row) => row.domNodes.toFixed(0)],
  ['JS heap MB', (row) => row.heapMB.toFixed(1) + verdict(row.heapMB, TARGETS[row.size]?.heapMB)],
  ['(the input)', (row) => row.heapInputMB.toFixed(1)],
  ["(the element's own)", (row) => (row.heapOverEmptyMB - row.heapInputMB).toFixed(1)],
];
const cells = medians.map((row) => columns.map(([, cell]) => cell(row)));
const widths = columns.map(([title], column) => Math.max(title.length, ...cells.map((row) => row[column].length)));
const line = (values) => `| ${values.map((value, column) => value.padStart(widths[column])).join(' | ')} |`;
console.log(
  `\nThe seed story (${JSON.parse(seedText).events.length} events), from inserting the element (script loaded, data set) until painted, median of ${RUNS} runs: ` +
    `${seedMedians.cold.toFixed(1)} ms cold (a fresh page, after its idle rehearsal)${verdict(seedMedians.cold, SEED_TARGETS.cold)}; ` +
    `${seedMedians.atOnce.toFixed(1)} ms cold inserted as the script runs (before any idle moment, so not rehearsed)${verdict(seedMedians.atOnce, SEED_TARGETS.cold)}; ${seedMedians.warm.toFixed(1)} ms warm${verdict(seedMedians.warm, SEED_TARGETS.warm)}, ${seedMedians.warmAuto.toFixed(1)} ms warm in an element whose height follows its content${verdict(seedMedians.warmAuto, SEED_TARGETS.warm)}. ` +
    `A page holding the script and the story, from navigation until painted (loading, compiling and running the script included): ${seedMedians.page.toFixed(1)} ms.`,
);
console.log(
  `\nMedians of ${RUNS} runs. Parse: parseDataset in the page (wall-clock). First render: wall-clock from setting .events ` +
    `until painted, the main thread's task time and CPU time meanwhile, and its longest task (of 50 ms or more; 0 when none); in the ${WIDTH}×${HEIGHT} element, ` +
    `and (up to ${AUTO_HEIGHT_UP_TO.toLocaleString('en')} events, wall-clock) in one ${WIDTH} px wide whose height follows its content. Steps: each step's main-thread task time ` +
    `(CDP TaskDuration) less the harness's own cost per step (the median idle step, ${medians.map((row) => row.harnessStepTaskMs.toFixed(1)).join(' / ')} ms), ` +
    `after one unmeasured step each way; the median, 95th percentile and worst of ${ZOOM_STEPS * 2} wheel zoom steps, ${PAN_STEPS * 2} pan ` +
    `steps and ${ZOOM_STEPS * 2} zoomTo steps (a window 0.7 times as long, then back), GC included. JS heap: used heap after a forced GC, ` +
    `events drawn; of it, the input: the events as the page made them, held by the page and by the element's events property; and the element's own: the heap over an empty page's, less the input. ✓/✗ against issue 16's targets.\n`,
);
console.log(line(columns.map(([title]) => title)));
console.log(`|${widths.map((width) => '-'.repeat(width + 1) + ':').join('|')}|`);
for (const row of cells) console.log(line(row));

await mkdir('bench-results', { recursive: true });
await writeFile(
  'bench-results/bench.json',
  JSON.stringify({ date: new Date().toISOString(), machine, settings: { runs: RUNS, sizes: SIZES, input: flags.input, zoomSteps: ZOOM_STEPS * 2, panSteps: PAN_STEPS * 2, width: WIDTH, height: HEIGHT }, targets: { seed: SEED_TARGETS, sizes: TARGETS }, seed: { medians: seedMedians, runs: seedRuns }, medians, runs }, null, 2) + '\n',
);
console.log('\nWrote bench-results/bench.json');
