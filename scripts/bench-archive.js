// The archive benchmark (issue 17, server side): `npm run bench:archive` (or `node scripts/bench-archive.js
// --events 10000000 --runs 3`). DuckDB writes a synthetic wire archive (30 years, sorted, into Parquet in a
// temporary folder), `dateline serve` serves it in a process of its own, and a client asks for the windows a
// reader's zoom from the whole span down to a single day would ask for (each the view and half a view either
// side), then pans at four levels, with lanes and without. It prints the generation time, the file's size,
// how long the server took to start, the first answer, and the median, p95 and worst answer per kind, each
// timed from the request until its JSON is read. Then the timeline itself, in headless Chromium against the same
// server, zooms and pans through the same views (bench-archive-element.js): its first view, each answer from
// request to drawn, and its heap. Everything is written to bench-results/archive.json. A benchmark, not a test:
// it never fails on slow numbers. `npm run bench` runs it after bench.js.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticArchive } from './synthetic-archive.js';
import { benchArchiveElement } from './bench-archive-element.js';

const DAY_MS = 86_400_000;
/** The target for each window's answer, at the median. */
export const TARGET_MEDIAN_MS = 150;
/** The targets for the timeline in the browser: the first view drawn, and its heap. */
export const TARGET_FIRST_VIEW_MS = 1000;
export const TARGET_HEAP_MB = 60;

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const median = (values) => quantile(values, 0.5);

/** Starts `dateline serve` on a free port; resolves once it listens, with its URL, process and start-up time. */
export async function startServer(file, extra = []) {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/dateline.js', 'serve', file, '--port', '0', '--quiet', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`dateline serve stopped (${code}):\n${output}`)));
  });
  return { url, child, output, startMs: performance.now() - started, stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill())) };
}

/**
 * The windows a zoom from `whole` down to a day around `centre` asks for, then pans at four levels, then
 * views of hours (`deep`: where a dense archive's windows hold few enough events to send them).
 */
export function zoomAndPanWindows(whole, centre, { factor = 1.6, margin = 0.5 } = {}) {
  const windows = [];
  const around = (middle, span, kind) => windows.push({ kind, start: middle - span * (0.5 + margin), end: middle + span * (0.5 + margin), span });
  for (let span = whole.end - whole.start; span >= DAY_MS; span /= factor) around(centre, span, 'zoom');
  around(centre, DAY_MS, 'zoom');
  for (const span of [10 * 365 * DAY_MS, 365 * DAY_MS, 30 * DAY_MS, DAY_MS]) {
    for (let step = 1; step <= 5; step++) around(centre + (step * span) / 3, span, 'pan');
  }
  for (const hours of [12, 6, 3, 1]) around(centre, (hours * DAY_MS) / 24, 'deep');
  return windows;
}

async function timedFetch(url) {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.json();
  return { ms: performance.now() - started, status: response.status, body };
}

const describe = (body) => (body.events ? `${body.events.length} events` : `${body.bins.length} bins of ${body.step} ${body.unit}`);

/**
 * Runs the benchmark; `file` serves an archive written before (by this script with --keep, say) instead of
 * generating one.
 */
export async function benchArchive({ events = 10_000_000, years = 30, runs = 3, bins = 600, keep = false, file: given, log = console.log } = {}) {
  const folder = await mkdtemp(join(tmpdir(), 'dateline-archive-bench-'));
  const file = given ?? join(folder, `wire-${events}.parquet`);
  try {
    let generated = { ms: NaN, bytes: (await stat(file).catch(() => ({ size: NaN }))).size };
    if (given === undefined) {
      log(`Generating ${events.toLocaleString('en')} events over ${years} years with DuckDB into ${file} …`);
      generated = await writeSyntheticArchive(file, { count: events, years });
      log(`  ${(generated.ms / 1000).toFixed(1)} s, ${(generated.bytes / 1e6).toFixed(0)} MB`);
    }
    const loadAtStart = loadavg()[0];
    const server = await startServer(file);
    log(`Server ready in ${(server.startMs / 1000).toFixed(1)} s: ${server.output.split('\n')[0]}`);
    const first = await timedFetch(`${server.url}?bins=${bins}`);
    log(`First view (the whole span, no start or end): ${first.ms.toFixed(0)} ms, ${describe(first.body)}`);
    const whole = { start: Date.parse(first.body.archive.start), end: Date.parse(first.body.archive.end) };
    const centre = Date.UTC(2010, 5, 15, 12);
    const deepLink = await timedFetch(`${server.url}?id=wire-${Math.floor(events / 3)}`);
    log(`An event by its id (a deep link): ${deepLink.ms.toFixed(0)} ms`);
    const answers = [];
    for (let run = 0; run < runs; run++) {
      for (const lanes of ['none', 'category']) {
        for (const window of zoomAndPanWindows(whole, centre)) {
          const query = `start=${new Date(window.start).toISOString()}&end=${new Date(window.end).toISOString()}&bins=${bins}&lanes=${lanes}`;
          const answer = await timedFetch(`${server.url}?${query}`);
          if (answer.status !== 200) throw new Error(`${query}: ${answer.status} ${JSON.stringify(answer.body)}`);
          answers.push({ run, lanes, kind: window.kind, spanDays: window.span / DAY_MS, ms: answer.ms, rows: (answer.body.events ?? answer.body.bins).length, answer: describe(answer.body), total: answer.body.total });
        }
      }
    }
    log('\nThe timeline in headless Chromium against the same server (lanes by category, a 1200 px plot):');
    const elementRuns = await benchArchiveElement({ serverUrl: server.url, windows: zoomAndPanWindows(whole, centre), runs, log });
    const steps = elementRuns.flatMap((run) => run.steps);
    const asked = steps.filter((step) => step.requested);
    const answered = asked.map((step) => step.answerMs);
    const element = {
      runs: elementRuns,
      firstViewMs: median(elementRuns.map((run) => run.firstViewMs)),
      answerMedianMs: median(answered),
      answerP95Ms: quantile(answered, 0.95),
      answerWorstMs: Math.max(...answered),
      waitMedianMs: median(asked.map((step) => step.waitMs)),
      peakHeapMB: Math.max(...elementRuns.map((run) => run.peakHeapMB)),
      heapMB: median(elementRuns.map((run) => run.heapMB)),
    };
    log(
      `  ${steps.length} steps (${runs} runs): ${asked.length} asked the server, ${steps.length - asked.length} drawn from answers already held; ` +
        `request to drawn median ${element.answerMedianMs.toFixed(0)} ms (target ≤ ${TARGET_MEDIAN_MS}), p95 ${element.answerP95Ms.toFixed(0)}, worst ${element.answerWorstMs.toFixed(0)} ms; ` +
        `step to drawn (the rest of 150 ms included) median ${element.waitMedianMs.toFixed(0)} ms`,
    );
    log(
      `  first view median ${element.firstViewMs.toFixed(0)} ms (target ≤ ${TARGET_FIRST_VIEW_MS}); heap at its peak ${element.peakHeapMB.toFixed(1)} MB (target ≤ ${TARGET_HEAP_MB}), ${element.heapMB.toFixed(1)} MB after GC`,
    );
    const status = await readFile(`/proc/${server.child.pid}/status`, 'utf8').catch(() => '');
    const peakMB = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
    await server.stop();

    const summary = {};
    log(`\n${answers.length} answers (${runs} runs; zoom from ${(whole.end - whole.start) / DAY_MS / 365.2425 | 0} years to a day, pans at 10 years, a year, a month and a day, views of 12 to 1 hours; each window the view and half a view either side; bins=${bins}; lanes none and category):`);
    log('kind   lanes     answers  median     p95   worst   rows (max)');
    for (const kind of ['zoom', 'pan', 'deep']) {
      for (const lanes of ['none', 'category']) {
        const times = answers.filter((answer) => answer.kind === kind && answer.lanes === lanes);
        const ms = times.map((answer) => answer.ms);
        summary[`${kind}/${lanes}`] = { median: median(ms), p95: quantile(ms, 0.95), worst: Math.max(...ms), maxRows: Math.max(...times.map((answer) => answer.rows)) };
        const row = summary[`${kind}/${lanes}`];
        log(`${kind.padEnd(6)} ${lanes.padEnd(9)} ${String(times.length).padStart(7)} ${row.median.toFixed(1).padStart(7)} ${row.p95.toFixed(1).padStart(7)} ${row.worst.toFixed(1).padStart(7)} ${String(row.maxRows).padStart(10)}`);
      }
    }
    const all = answers.filter((answer) => answer.kind !== 'deep').map((answer) => answer.ms);
    log(`zoom and pan: median ${median(all).toFixed(1)} ms (target ≤ ${TARGET_MEDIAN_MS} ms), worst ${Math.max(...all).toFixed(1)} ms; server peak memory ${peakMB.toFixed(0)} MB`);
    // The machine may be shared: its load says how much of it the benchmark had.
    log(`load average (1 min) at the start and the end: ${loadAtStart.toFixed(1)}, ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
    log('\nper zoom level (median over runs, lanes none):');
    for (const window of zoomAndPanWindows(whole, centre).filter((item) => item.kind !== 'pan')) {
      const same = answers.filter((answer) => answer.kind === window.kind && answer.lanes === 'none' && answer.spanDays === window.span / DAY_MS);
      const span = window.span >= DAY_MS ? `${(window.span / DAY_MS).toFixed(1)} days` : `${Math.round((window.span / DAY_MS) * 24)} hours`;
      log(`  view of ${span.padStart(13)}: ${median(same.map((answer) => answer.ms)).toFixed(1).padStart(6)} ms, ${same[0].answer}`);
    }
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
      events,
      years,
      bins,
      generationMs: generated.ms,
      fileBytes: generated.bytes,
      serverStartMs: server.startMs,
      firstViewMs: first.ms,
      deepLinkMs: deepLink.ms,
      element,
      serverPeakMB: peakMB,
      loadAverage: { start: loadAtStart, end: loadavg()[0] },
      summary,
      answers,
    };
    await mkdir('bench-results', { recursive: true });
    await writeFile('bench-results/archive.json', JSON.stringify(result, null, 2));
    log('\nEvery answer: bench-results/archive.json');
    return result;
  } finally {
    if (keep && given === undefined) log(`kept ${file}`);
    else await rm(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '10000000' },
      years: { type: 'string', default: '30' },
      runs: { type: 'string', default: '3' },
      bins: { type: 'string', default: '600' },
      keep: { type: 'boolean', default: false },
      file: { type: 'string' },
    },
  });
  await benchArchive({ events: Number(values.events), years: Number(values.years), runs: Number(values.runs), bins: Number(values.bins), keep: values.keep, file: values.file });
}
