import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/timeline/define.js';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';
import type { DatelineEventCard } from '../../src/components/event-card/event-card.js';
import { koreaRussia2024 } from '../../src/data/korea-russia-2024.js';

/*
 * Create, attach, detach and re-attach a timeline 1,000 times. Afterwards nothing it started may still run:
 * no ResizeObserver observing, no listener on window or document, no animation frame or timer pending, no
 * fetch in flight; the detached elements are garbage collected and the heap is back near its baseline.
 * The last element must still work.
 */

const CYCLES = 1000;
const SEED_COUNT = koreaRussia2024.events.length;
const SEED_URL = '/data/korea-russia-2024.json';
/** How much the heap may have grown after 1,000 cycles and a full garbage collection. */
const HEAP_TOLERANCE = 5 * 1024 * 1024;

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

// ——— instrumentation: installed before any element is made, removed after the suite ———

/** True when a call was made by Dateline's own code (its modules are served from /src/). */
const byDateline = (stack: string | undefined) => /\/src\/(components|controllers|layout|model)\//.test(stack ?? '');
const stackHere = () => new Error().stack ?? '';

interface Pending {
  stack: string;
}

class Instrumentation {
  /** Live observations, by observer: what each ResizeObserver still observes (observers with none are dropped). */
  readonly observations = new Map<ResizeObserver, Set<Element>>();
  resizeObservers = 0;
  /** Calls of addEventListener / removeEventListener on window or document, with their stacks. */
  readonly globalListenerCalls: { call: 'add' | 'remove'; target: string; type: string; stack: string }[] = [];
  readonly frames = new Map<number, Pending>();
  framesRequested = 0;
  readonly timers = new Map<number, Pending>();
  timersSet = 0;
  readonly fetches = new Set<{ url: string; signal?: AbortSignal | null; stack: string }>();
  fetchesStarted = 0;
  fetchesAborted = 0;
  private restorers: (() => void)[] = [];

  install(): void {
    const observations = this.observations;
    const countObserver = () => this.resizeObservers++;
    const NativeResizeObserver = window.ResizeObserver;
    // Only observers that observe something are held here, so that counting keeps nothing else alive.
    class CountingResizeObserver extends NativeResizeObserver {
      constructor(callback: ResizeObserverCallback) {
        super(callback);
        countObserver();
      }
      override observe(target: Element, options?: ResizeObserverOptions): void {
        if (!observations.has(this)) observations.set(this, new Set());
        observations.get(this)!.add(target);
        super.observe(target, options);
      }
      override unobserve(target: Element): void {
        observations.get(this)?.delete(target);
        if (observations.get(this)?.size === 0) observations.delete(this);
        super.unobserve(target);
      }
      override disconnect(): void {
        observations.delete(this);
        super.disconnect();
      }
    }
    window.ResizeObserver = CountingResizeObserver;
    this.restorers.push(() => (window.ResizeObserver = NativeResizeObserver));

    const { addEventListener, removeEventListener } = EventTarget.prototype;
    const recordCall = (call: 'add' | 'remove', target: unknown, type: string) => {
      const name = target === window ? 'window' : target === document ? 'document' : undefined;
      if (name) this.globalListenerCalls.push({ call, target: name, type, stack: stackHere() });
    };
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
      recordCall('add', this, args[0]);
      return addEventListener.apply(this, args);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
      recordCall('remove', this, args[0]);
      return removeEventListener.apply(this, args);
    };
    this.restorers.push(() => {
      EventTarget.prototype.addEventListener = addEventListener;
      EventTarget.prototype.removeEventListener = removeEventListener;
    });

    const { requestAnimationFrame, cancelAnimationFrame } = window;
    window.requestAnimationFrame = (callback: FrameRequestCallback) => {
      this.framesRequested++;
      const id = requestAnimationFrame.call(window, (time) => {
        this.frames.delete(id);
        callback(time);
      });
      this.frames.set(id, { stack: stackHere() });
      return id;
    };
    window.cancelAnimationFrame = (id: number) => {
      this.frames.delete(id);
      cancelAnimationFrame.call(window, id);
    };
    this.restorers.push(() => {
      window.requestAnimationFrame = requestAnimationFrame;
      window.cancelAnimationFrame = cancelAnimationFrame;
    });

    type SetTimer = (handler: TimerHandler, timeout?: number, ...args: unknown[]) => number;
    type ClearTimer = (id?: number) => void;
    const nativeSetTimeout = window.setTimeout as unknown as SetTimer;
    const nativeClearTimeout = window.clearTimeout as unknown as ClearTimer;
    const nativeSetInterval = window.setInterval as unknown as SetTimer;
    const nativeClearInterval = window.clearInterval as unknown as ClearTimer;
    const setTimeout: SetTimer = (handler, timeout, ...args) => {
      this.timersSet++;
      const id = nativeSetTimeout.call(
        window,
        (...callArgs: unknown[]) => {
          this.timers.delete(id);
          if (typeof handler === 'function') (handler as (...values: unknown[]) => void)(...callArgs);
        },
        timeout,
        ...args,
      );
      this.timers.set(id, { stack: stackHere() });
      return id;
    };
    const clearTimeout: ClearTimer = (id) => {
      if (id !== undefined) this.timers.delete(id);
      nativeClearTimeout.call(window, id);
    };
    // An interval is pending until it is cleared.
    const setInterval: SetTimer = (handler, timeout, ...args) => {
      this.timersSet++;
      const id = nativeSetInterval.call(window, handler, timeout, ...args);
      this.timers.set(id, { stack: stackHere() });
      return id;
    };
    const clearInterval: ClearTimer = (id) => {
      if (id !== undefined) this.timers.delete(id);
      nativeClearInterval.call(window, id);
    };
    window.setTimeout = setTimeout as unknown as typeof window.setTimeout;
    window.clearTimeout = clearTimeout as unknown as typeof window.clearTimeout;
    window.setInterval = setInterval as unknown as typeof window.setInterval;
    window.clearInterval = clearInterval as unknown as typeof window.clearInterval;
    this.restorers.push(() => {
      window.setTimeout = nativeSetTimeout as unknown as typeof window.setTimeout;
      window.clearTimeout = nativeClearTimeout as unknown as typeof window.clearTimeout;
      window.setInterval = nativeSetInterval as unknown as typeof window.setInterval;
      window.clearInterval = nativeClearInterval as unknown as typeof window.clearInterval;
    });

    const nativeFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      this.fetchesStarted++;
      const entry = { url: String(input instanceof Request ? input.url : input), signal: init?.signal, stack: stackHere() };
      this.fetches.add(entry);
      const settled = () => {
        this.fetches.delete(entry);
        if (entry.signal?.aborted) this.fetchesAborted++;
      };
      const request = nativeFetch.call(window, input, init);
      request.then(settled, settled);
      return request;
    };
    this.restorers.push(() => (window.fetch = nativeFetch));
  }

  restore(): void {
    for (const restore of this.restorers.reverse()) restore();
    this.restorers = [];
  }

  /** Starts counting afresh (the running totals, not what is still live). */
  resetTotals(): void {
    this.globalListenerCalls.length = 0;
    this.resizeObservers = 0;
    this.framesRequested = 0;
    this.timersSet = 0;
    this.fetchesStarted = 0;
    this.fetchesAborted = 0;
  }

  /** Elements still observed, by any ResizeObserver. */
  liveObservations(): Element[] {
    return [...this.observations.values()].flatMap((targets) => [...targets]);
  }

  /** What Dateline's code left running, readable in a failure message. */
  leftRunning() {
    return {
      observedElements: this.liveObservations().length,
      windowOrDocumentListenerCalls: this.globalListenerCalls.filter((call) => byDateline(call.stack)).map((call) => `${call.call} ${call.target} ${call.type}`),
      pendingFrames: [...this.frames.values()].filter((frame) => byDateline(frame.stack)).length,
      pendingTimers: [...this.timers.values()].filter((timer) => byDateline(timer.stack)).length,
      fetchesInFlight: [...this.fetches].length,
    };
  }
}

const NOTHING_RUNNING = { observedElements: 0, windowOrDocumentListenerCalls: [], pendingFrames: 0, pendingTimers: 0, fetchesInFlight: 0 };

// ——— helpers ———

/** Resolves on the next animation frame (through the original requestAnimationFrame, so it counts nothing). */
let frame: () => Promise<void>;

async function settle(el: DatelineTimeline): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await el.updateComplete;
    await frame();
  }
  await el.updateComplete;
}

const root = (el: DatelineTimeline) => el.shadowRoot!;
const drawnIds = (el: DatelineTimeline) => [...root(el).querySelectorAll<HTMLElement>('.event[data-id]')].map((button) => button.dataset.id!);
const clusteredCount = (el: DatelineTimeline) =>
  [...root(el).querySelectorAll<HTMLElement>('.cluster')].reduce((sum, cluster) => sum + Number(cluster.dataset.count), 0);

/** A full garbage collection where the browser allows one (Chromium with --js-flags=--expose-gc), else allocation pressure. */
async function collectGarbage(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    if (window.gc) {
      window.gc();
    } else {
      // Large buffers push the engine into a full collection; detached DOM nodes wake Firefox's cycle collector.
      let garbage: unknown[] = [];
      for (let index = 0; index < 20; index++) garbage.push(new Float64Array(1_000_000));
      for (let index = 0; index < 20_000; index++) garbage.push(document.createElement('div'));
      for (let index = 0; index < 200_000; index++) garbage.push({ index });
      garbage = [];
      void garbage;
    }
    // WeakRefs are cleared only once the current job is over.
    await frame();
  }
}

/** The heap after full collections, once it stops shrinking (the previous page's heap may still be going). */
async function heapSize(): Promise<number | undefined> {
  if (!performance.memory) return undefined;
  let size = performance.memory.usedJSHeapSize;
  for (let round = 0; round < 10; round++) {
    await collectGarbage();
    const next = performance.memory.usedJSHeapSize;
    const settled = Math.abs(next - size) < 64 * 1024;
    size = next;
    if (settled) break;
  }
  return size;
}
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Resolves when the page is next idle. */
const idle = () => new Promise<void>((resolve) => (window.requestIdleCallback ? window.requestIdleCallback(() => resolve(), { timeout: 1000 }) : frame().then(resolve)));

/** The indices of the elements (WeakRefs, in the order made) still reachable after a full garbage collection. */
async function survivors(refs: WeakRef<DatelineTimeline>[]): Promise<number[]> {
  let alive: number[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    await collectGarbage();
    // Firefox frees detached DOM nodes in its cycle collector, which runs when the page is idle.
    if (!window.gc) await idle();
    alive = refs.map((ref, index) => (ref.deref() === undefined ? -1 : index)).filter((index) => index >= 0);
    if (alive.length === 0) break;
  }
  return alive;
}

/**
 * No detached element is kept. An element that something keeps stays for good, so a leak shows as (nearly)
 * all of them surviving. A full collection (window.gc, or Chromium's own under allocation pressure) may still
 * spare one or two, which compiled code or a settling fetch can briefly hold (seen: 0 to 2, usually among the
 * newest, once element 887 of 999): at most MAY_SURVIVE are allowed. Firefox frees DOM nodes in a cycle collector that page
 * script cannot start and that runs on its own schedule: the elements detached since its last run may still be
 * there, so there none of the first half may survive.
 */
const MAY_SURVIVE = 5;
function expectCollected(alive: number[], made: number): void {
  if (window.gc || performance.memory) {
    expect(alive.length, `detached elements still reachable after garbage collection: ${alive.join(', ')}`).to.be.at.most(MAY_SURVIVE);
  } else {
    expect(alive.length, 'detached elements still reachable').to.be.below(made / 2);
    expect(alive.filter((index) => index < made / 2), 'elements of the first half still reachable').to.deep.equal([]);
  }
}

/**
 * For the log: how many detached elements remain, in words that say what the count means in this browser.
 * Where the test can force a full collection, what remains is still reachable. Firefox collects DOM nodes in a
 * cycle collector on its own schedule, so there the count is of elements not collected yet, not of leaks.
 */
function collectionText(alive: number[], made: number): string {
  const which = alive.length ? ` (made ${alive.slice(0, 10).join(', ')}${alive.length > 10 ? ', …' : ''})` : '';
  if (window.gc || performance.memory) return `${alive.length} of ${made} detached elements still reachable after a full garbage collection${which}`;
  return (
    `${alive.length} of ${made} detached elements not collected yet${which}: Firefox's cycle collector, which page script ` +
    `cannot start, has not reached them yet. Not a leak: a leak keeps the oldest too, and any of the first ${Math.ceil(made / 2)} fails the test`
  );
}

/** For the log: the heap before and after, where the browser reports it. */
function heapText(baseline: number | undefined, after: number | undefined): string {
  if (baseline === undefined || after === undefined) return 'heap size not measurable in this browser';
  const growth = `${after >= baseline ? '+' : ''}${megabytes(after - baseline)}`;
  return `heap ${megabytes(baseline)} before, ${megabytes(after)} after (${growth})${window.gc ? ' after gc()' : ', without gc() (Chromium needs --js-flags=--expose-gc)'}`;
}

/**
 * Where the browser reports its heap (Chromium's performance.memory), the heap after the cycles and a full
 * collection is within HEAP_TOLERANCE of the baseline. A full collection needs window.gc, which Chromium has
 * only with --js-flags=--expose-gc: without it the heap holds uncollected garbage and cannot be compared.
 * Browsers without performance.memory (Firefox) rely on the WeakRef check above it.
 */
function expectHeapNearBaseline(baseline: number | undefined, after: number | undefined): void {
  if (baseline === undefined || after === undefined) return;
  expect(window.gc, 'window.gc: run Chromium with --js-flags=--expose-gc (web-test-runner.config.js) to measure the heap').to.be.a('function');
  expect(after - baseline, `heap growth: ${megabytes(baseline)} before, ${megabytes(after)} after`).to.be.below(HEAP_TOLERANCE);
}

interface Cycles {
  /** The last element made, detached. */
  last: DatelineTimeline;
  /** A WeakRef to every element made but the last. */
  refs: WeakRef<DatelineTimeline>[];
}

/**
 * Makes `count` timelines with the seed events, one at a time: each is attached, detached and re-attached,
 * detached at different moments (before its first update, after it, and after the frame in which its
 * ResizeObservers report), and finally detached.
 */
async function cyclesWithEvents(container: HTMLElement, count: number): Promise<Cycles> {
  const refs: WeakRef<DatelineTimeline>[] = [];
  let last!: DatelineTimeline;
  for (let cycle = 0; cycle < count; cycle++) {
    const el = document.createElement('dateline-timeline');
    el.setAttribute('locale', 'en-GB');
    el.lanes = 'actor';
    el.events = koreaRussia2024;
    container.append(el);
    if (cycle % 3 >= 1) await el.updateComplete;
    if (cycle % 3 === 2) await frame();
    el.remove();
    container.append(el);
    await el.updateComplete;
    await frame();
    el.remove();
    if (cycle < count - 1) refs.push(new WeakRef(el));
    else last = el;
  }
  return { last, refs };
}

/**
 * Makes `count` timelines that load the seed from `src`: each is attached, detached while its fetch is in
 * flight, re-attached, waits for its data, and is detached.
 */
async function cyclesWithSrc(container: HTMLElement, count: number): Promise<Cycles> {
  const refs: WeakRef<DatelineTimeline>[] = [];
  let last!: DatelineTimeline;
  for (let cycle = 0; cycle < count; cycle++) {
    const el = document.createElement('dateline-timeline');
    el.setAttribute('locale', 'en-GB');
    el.src = SEED_URL;
    container.append(el);
    await el.updateComplete; // the fetch starts in this update
    el.remove(); // …and is cut off here
    const loaded = oneEvent(el, 'dateline-load');
    container.append(el); // re-attached, it loads again
    await loaded;
    await el.updateComplete;
    if (cycle % 2 === 1) await frame();
    el.remove();
    if (cycle < count - 1) refs.push(new WeakRef(el));
    else last = el;
  }
  return { last, refs };
}

/** The last element, attached again: it draws its events and opens a card on a click. */
async function expectStillWorks(container: HTMLElement, el: DatelineTimeline, instruments: Instrumentation): Promise<void> {
  container.append(el);
  await settle(el);
  expect(el.normalizedEvents).to.have.length(SEED_COUNT);
  expect(drawnIds(el).length + clusteredCount(el), 'drawn + clustered').to.equal(SEED_COUNT);
  // Zoomed into June 2024, its events are drawn one by one.
  el.zoomTo('2024-06-01', '2024-06-30');
  await settle(el);
  const target = root(el).querySelector<HTMLButtonElement>('.event[data-id]')!;
  expect(target, 'an event button').to.exist;
  const selected = oneEvent(el, 'dateline-select');
  target.click();
  const { detail } = (await selected) as CustomEvent & { detail: { event: { id: string } } };
  expect(detail.event.id).to.equal(target.dataset.id);
  await settle(el);
  const card = root(el).querySelector<DatelineEventCard>('[part="card"] dateline-event-card');
  expect(card, 'the card').to.exist;
  await card!.updateComplete;
  expect(card!.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal(el.normalizedEvents.find((event) => event.id === target.dataset.id)!.title);
  // While attached, it observes its own host and chart, nothing else.
  const observed = instruments.liveObservations();
  expect(observed.every((element) => element.isConnected && (element === el || root(el).contains(element))), 'observes only its own, attached, nodes').to.equal(true);
  expect(observed.length).to.be.within(1, 2);
  el.remove();
  await frame();
  expect(instruments.leftRunning(), 'after the last removal').to.deep.equal(NOTHING_RUNNING);
}

// ——— tests ———

describe('lifecycle: 1,000 create / attach / detach / re-attach cycles of <dateline-timeline>', () => {
  const instruments = new Instrumentation();
  let container: HTMLDivElement;
  let errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const nativeFrame = window.requestAnimationFrame.bind(window);
    frame = () => new Promise<void>((resolve) => nativeFrame(() => resolve()));
    instruments.install();
  });

  after(() => {
    instruments.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  beforeEach(async () => {
    errors = [];
    container = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
  });

  it('with the seed events: nothing left running, the elements are collected, the heap returns to baseline, the last still works', async function () {
    this.timeout(600_000);
    // Warm up (compiled code, Intl formatters, Lit's template cache) before the baseline.
    await cyclesWithEvents(container, 20);
    const baseline = await heapSize();
    instruments.resetTotals();

    const started = performance.now();
    const { last, refs } = await cyclesWithEvents(container, CYCLES);
    const took = performance.now() - started;
    await frame();

    expect(instruments.leftRunning(), 'left running after 1,000 cycles').to.deep.equal(NOTHING_RUNNING);
    expect(instruments.globalListenerCalls.filter((call) => byDateline(call.stack)), 'listeners added to window or document').to.deep.equal([]);
    expect(errors, 'uncaught errors').to.deep.equal([]);

    const alive = await survivors(refs);
    const after = await heapSize();
    console.log(
      `lifecycle, seed events: ${CYCLES} cycles in ${Math.round(took)} ms; ${instruments.resizeObservers} ResizeObservers made, ` +
        `${instruments.framesRequested} frames and ${instruments.timersSet} timers requested; ${collectionText(alive, refs.length)}; ${heapText(baseline, after)}`,
    );
    expectCollected(alive, refs.length);
    expectHeapNearBaseline(baseline, after);

    await expectStillWorks(container, last, instruments);
    expect(errors, 'uncaught errors').to.deep.equal([]);
  });

  it(`with src="${SEED_URL}": every fetch is finished or aborted, nothing left running, the elements are collected, the last still works`, async function () {
    this.timeout(600_000);
    await cyclesWithSrc(container, 10);
    const baseline = await heapSize();
    instruments.resetTotals();

    const started = performance.now();
    const { last, refs } = await cyclesWithSrc(container, CYCLES);
    const took = performance.now() - started;
    await frame();

    expect(instruments.leftRunning(), 'left running after 1,000 cycles').to.deep.equal(NOTHING_RUNNING);
    expect(instruments.fetchesStarted, 'fetches: one cut off and one completed per cycle').to.equal(2 * CYCLES);
    expect(instruments.fetchesAborted, 'fetches aborted by removal').to.equal(CYCLES);
    expect(errors, 'uncaught errors').to.deep.equal([]);

    const alive = await survivors(refs);
    const after = await heapSize();
    console.log(
      `lifecycle, src: ${CYCLES} cycles in ${Math.round(took)} ms; ${instruments.fetchesStarted} fetches (${instruments.fetchesAborted} aborted before a response); ` +
        `${collectionText(alive, refs.length)}; ${heapText(baseline, after)}`,
    );
    expectCollected(alive, refs.length);
    expectHeapNearBaseline(baseline, after);

    await expectStillWorks(container, last, instruments);
    expect(errors, 'uncaught errors').to.deep.equal([]);
  });
});
