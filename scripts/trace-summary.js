// Sums a Chrome trace's main-thread work by kind: `node scripts/trace-summary.js <trace.json>` (from
// `node scripts/bench.js --trace <folder>`). Prints, for the renderer's main thread, the total time of its tasks
// and of what ran inside them (style, layout, paint, script, garbage collection…), each counted once where it nests.
import { readFileSync } from 'node:fs';

const { traceEvents } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// The page's main thread: of the renderers' main threads, the one with the most work traced.
const mains = traceEvents.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
const work = (thread) => traceEvents.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X' && event.dur !== undefined);
const onMain = mains.map(work).sort((a, b) => b.length - a.length)[0] ?? [];
const KINDS = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  CompositeLayers: 'paint',
  Commit: 'paint',
  FunctionCall: 'script',
  EvaluateScript: 'script',
  V8Execute: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  EventDispatch: 'script',
  MajorGC: 'gc',
  MinorGC: 'gc',
  'V8.GC_MARK_COMPACTOR': 'gc',
  ParseAuthorStyleSheet: 'style sheets',
  HitTest: 'hit test',
};
const totals = new Map();
let tasks = 0;
// Innermost wins: a layout forced inside a script counts as layout, not script.
const sorted = onMain.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const stack = [];
for (const event of sorted) {
  while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
  if (event.name === 'RunTask' && stack.length === 0) tasks += event.dur;
  const kind = KINDS[event.name];
  if (kind) {
    const parent = [...stack].reverse().find((open) => KINDS[open.name]);
    totals.set(kind, (totals.get(kind) ?? 0) + event.dur);
    if (parent) totals.set(KINDS[parent.name], totals.get(KINDS[parent.name]) - event.dur);
  }
  stack.push(event);
}
console.log(`main-thread tasks: ${(tasks / 1000).toFixed(1)} ms`);
for (const [kind, time] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(13)} ${(time / 1000).toFixed(1)} ms`);
