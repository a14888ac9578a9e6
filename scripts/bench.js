// Benchmarks <dateline-timeline> in headless Chromium with 1,000 / 10,000 / 100,000 synthetic events:
// `npm run bench` (or `node scripts/bench.js --runs 5 --sizes 1000,10000,100000`). For each size and run it
// measures parse time, first render until painted, main-thread work per zoom and per pan step (from the
// Chrome DevTools Protocol's task metrics), DOM nodes and JS heap; it prints the medians and writes every run
// to bench-results/bench.json. A benchmark, not a test: it never fails on slow numbers.
import { mkdir, writeFile } from 'node:fs/promises';
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
    sizes: { type: 'string', default: '1000,10000,100000' },
    'zoom-steps': { type: 'string', default: '8' },
    'pan-steps': { type: 'string', default: '10' },
    /** Also write a CPU profile of each size's first run (first render, zoom and pan) to this folder. */
    profile: { type: 'string' },
  },
});
const RUNS = Math.max(1, Number(flags.runs));
const SIZES = flags.sizes.split(',').map(Number).filter((size) => size > 0);
const ZOOM_STEPS = Math.max(1, Number(flags['zoom-steps']));
const PAN_STEPS = Math.max(1, Number(flags['pan-steps']));
const WIDTH = 1200;
const HEIGHT = 700;

/** The issue's targets: first render and per-step main-thread work, in ms, per size. */
const TARGETS = {
  10000: { firstRender: 150, step: 8 },
  100000: { firstRender: 1000, step: 16, heapMB: 100 },
};

// The generator runs in the page, so parsing sees what a page would build, but it is never timed.
const generator = await build({
  entryPoints: ['test/fixtures/synthetic-events.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'datelineBenchFixtures',
  target: 'es2021',
  minify: true,
});
const generatorText = generator.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');

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
    generate(count) {
      events = window.datelineBenchFixtures.syntheticEvents(count, { seed: 42, from: '2023-01-01', years: 2, rangeShare: 0.2 });
      return events.length;
    },
    parse() {
      const started = performance.now();
      const result = window.dateline.parseDataset(events);
      const took = performance.now() - started;
      return { took, kept: result.events.length, issues: result.issues.length };
    },
    async mount(width, height) {
      element = document.createElement('dateline-timeline');
      element.style.cssText = `display: block; width: ${width}px; height: ${height}px;`;
      element.addController({
        hostUpdated() {
          updates++;
        },
      });
      document.body.append(element);
      // Painted means: the frame after the last change to what is drawn (an update that changes nothing is not waited for).
      new MutationObserver(() => void afterPaint().then((time) => (lastPaint = time))).observe(element.shadowRoot, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      await settle();
    },
    async render() {
      const started = performance.now();
      element.events = events;
      const painted = await settle();
      return painted - started;
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
    /** What a step costs with no step in it: the same frames waited for, nothing changed. */
    async idle() {
      await frame();
      await settle();
      return true;
    },
    stats() {
      const root = element.shadowRoot;
      return {
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
<script>(${pageHelpers.toString()})();</script>
<script type="module">import * as dateline from '/dateline.js'; window.dateline = dateline; window.benchReady = true;</script>
</body></html>`;

const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const server = await serveBundle({ pages: { '/bench.html': html } });
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });

async function openPage() {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => console.error(`[page] ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && console.error(`[page] ${message.text()}`));
  await tab.setViewport({ width: WIDTH + 80, height: HEIGHT + 100, deviceScaleFactor: 1 });
  await tab.goto(`${server.origin}/bench.html`);
  await tab.waitForFunction(() => window.benchReady === true);
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
  const heapAfterGC = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await metrics()).JSHeapUsedSize;
  };
  /** Records a CPU profile around `work` when profiling is on. */
  const profiled = async (name, work) => {
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
  };
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
 * Runs wheel steps one by one, taking the main-thread work of each from the CDP metrics. Each is followed by an
 * idle step (the same waiting for frames, with nothing to do): the harness's own cost per step, under the same
 * load on the machine, which is taken off the step's.
 */
async function steps(tab, metrics, init, count) {
  const measure = async (wheelInit) => {
    const before = await metrics();
    const happened = await tab.evaluate((stepInit) => (stepInit ? window.bench.wheel(stepInit) : window.bench.idle()), wheelInit);
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

async function runOnce(size, run) {
  // Parsing is measured in a page of its own, so neither run warms the other's code.
  const parsePage = await openPage();
  await parsePage.tab.evaluate((count) => window.bench.generate(count), size);
  // The generator's garbage is collected now, so that parsing does not pay for it.
  await parsePage.heapAfterGC();
  const beforeParse = await parsePage.metrics();
  const parse = await parsePage.tab.evaluate(() => window.bench.parse());
  const parseWork = work(beforeParse, await parsePage.metrics());
  await parsePage.tab.close();

  const { tab, metrics, heapAfterGC, profiled: profiledAlways } = await openPage();
  const profiled = (name, work) => (run === 1 ? profiledAlways(`${size}-${name}`, work) : work());
  await tab.evaluate((width, height) => window.bench.mount(width, height), WIDTH, HEIGHT);
  const heapEmpty = await heapAfterGC();
  await tab.evaluate((count) => window.bench.generate(count), size);
  // The generator's garbage is collected now, so that the first render does not pay for it.
  await heapAfterGC();
  const beforeRender = await metrics();
  const firstRenderWall = await profiled('first-render', () => tab.evaluate(() => window.bench.render()));
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
  await tab.close();

  return {
    size,
    parseMs: parse.took,
    parseCpuMs: parseWork.cpu,
    parsedEvents: parse.kept,
    parseIssues: parse.issues,
    firstRenderMs: firstRenderWall,
    firstRenderTaskMs: firstRender.task,
    firstRenderScriptMs: firstRender.script,
    firstRenderCpuMs: firstRender.cpu,
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
    /** Each step: its task and CPU ms, those of the idle step after it, and what was drawn (DOM nodes, event marks, clusters, days in view). */
    steps: Object.fromEntries(
      Object.entries({ zoom, pan }).map(([kind, measured]) => [
        kind,
        measured.map(({ task, cpu, idleTask, idleCpu, domNodes, events, clusters, span }) => ({ task, cpu, idleTask, idleCpu, domNodes, events, clusters, days: span / 86_400_000 })),
      ]),
    ),
    heapOverEmptyMB: (heap - heapEmpty) / 2 ** 20,
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
console.log(`${RUNS} runs per size; ${ZOOM_STEPS * 2} zoom steps and ${PAN_STEPS * 2} pan steps per run; a ${WIDTH}×${HEIGHT} timeline.\n`);

const runs = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    for (const size of SIZES) {
      const result = await runOnce(size, run);
      runs.push({ run, ...result });
      console.log(
        `run ${run} · ${size.toLocaleString('en')} events: parse ${result.parseMs.toFixed(0)} ms, first render ${result.firstRenderMs.toFixed(0)} ms ` +
          `(${result.firstRenderTaskMs.toFixed(0)} ms main thread), zoom ${result.zoomStepTaskMs.toFixed(1)} ms/step, pan ${result.panStepTaskMs.toFixed(1)} ms/step, ` +
          `${result.domNodes} nodes, ${result.heapMB.toFixed(1)} MB`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const keys = Object.keys(runs[0]).filter((key) => key !== 'run' && key !== 'size' && key !== 'steps');
const medians = SIZES.map((size) => {
  const ofSize = runs.filter((run) => run.size === size);
  return { size, ...Object.fromEntries(keys.map((key) => [key, median(ofSize.map((run) => run[key]))])) };
});

const verdict = (value, limit) => (limit === undefined ? '' : value <= limit ? ' ✓' : ' ✗');
const columns = [
  ['events', (row) => row.size.toLocaleString('en')],
  ['parse ms', (row) => row.parseMs.toFixed(0)],
  ['(CPU)', (row) => row.parseCpuMs.toFixed(0)],
  ['first render ms', (row) => row.firstRenderMs.toFixed(0) + verdict(row.firstRenderMs, TARGETS[row.size]?.firstRender)],
  ['(tasks / CPU)', (row) => `${row.firstRenderTaskMs.toFixed(0)} / ${row.firstRenderCpuMs.toFixed(0)}`],
  ['zoom ms/step', (row) => row.zoomStepTaskMs.toFixed(1) + verdict(row.zoomStepTaskMs, TARGETS[row.size]?.step)],
  ['(CPU)', (row) => row.zoomStepCpuMs.toFixed(1)],
  ['(worst)', (row) => row.zoomStepMaxTaskMs.toFixed(1)],
  ['pan ms/step', (row) => row.panStepTaskMs.toFixed(1) + verdict(row.panStepTaskMs, TARGETS[row.size]?.step)],
  ['(CPU)', (row) => row.panStepCpuMs.toFixed(1)],
  ['(worst)', (row) => row.panStepMaxTaskMs.toFixed(1)],
  ['DOM nodes', (row) => row.domNodes.toFixed(0)],
  ['JS heap MB', (row) => row.heapMB.toFixed(1) + verdict(row.heapMB, TARGETS[row.size]?.heapMB)],
];
const cells = medians.map((row) => columns.map(([, cell]) => cell(row)));
const widths = columns.map(([title], column) => Math.max(title.length, ...cells.map((row) => row[column].length)));
const line = (values) => `| ${values.map((value, column) => value.padStart(widths[column])).join(' | ')} |`;
console.log(
  `\nMedians of ${RUNS} runs. Parse: parseDataset in the page (wall-clock, and main-thread CPU time). First render: ` +
    `wall-clock from setting .events until painted, and the main thread's task time and CPU time meanwhile. Zoom and ` +
    `pan: main-thread task time per step (CDP TaskDuration), less the harness's own cost per step (an idle step after ` +
    `each, median ${medians.map((row) => row.harnessStepTaskMs.toFixed(1)).join(' / ')} ms), then CPU time (CDP ThreadTime, ` +
    `same correction), after one unmeasured step each way; worst is the slowest step, harness included.\n`,
);
console.log(line(columns.map(([title]) => title)));
console.log(`|${widths.map((width) => '-'.repeat(width + 1) + ':').join('|')}|`);
for (const row of cells) console.log(line(row));

await mkdir('bench-results', { recursive: true });
await writeFile(
  'bench-results/bench.json',
  JSON.stringify({ date: new Date().toISOString(), machine, settings: { runs: RUNS, sizes: SIZES, zoomSteps: ZOOM_STEPS * 2, panSteps: PAN_STEPS * 2, width: WIDTH, height: HEIGHT }, targets: TARGETS, medians, runs }, null, 2) + '\n',
);
console.log('\nWrote bench-results/bench.json');
