import type { ReactiveControllerHost } from 'lit';
import { layoutArchiveBins } from '../layout/archive-bins-layout.js';
import { HORIZONTAL } from '../layout/geometry.js';
import { laneKeyOf, type LaneMode } from '../layout/lanes.js';
import type { TimeWindow } from '../layout/time-window.js';
import {
  answerServes,
  countInView,
  eventUrl,
  nearestInArchive,
  plannedWindow,
  readEventAnswer,
  readWindowAnswer,
  windowUrl,
  type ArchiveAnswer,
  type WindowRequest,
} from '../model/archive-window.js';
import type { NormalizedEvent } from '../model/types.js';
import type { ArchiveHost, ArchiveViewInputs } from './archive-window-controller.js';
import { readLimited } from './data-source-controller.js';

/** How long the view must rest after a zoom or pan before the window it shows is asked for. */
export const REST_MS = 150;
/** Answers kept, the most recently used first to go when there are more. */
const CACHED_ANSWERS = 32;

interface Cached {
  answer: ArchiveAnswer;
  /** The time a column stood for in the view it was asked for. */
  binWidth: number;
}

/**
 * The requests of a windowed source (`src` with `{start}`, `{end}`, `{bins}`), loaded on demand by
 * ArchiveWindowController, which hands it the host's lifecycle: it asks the archive's server for the window in
 * view, and a margin either side, once the view rests after a zoom or pan; keeps the answers (an answer that
 * serves a new view is drawn at once, without a request); aborts a request that a newer one supersedes; and
 * fetches one event by its id for a deep link outside the loaded window. A failure is reported and leaves what
 * is drawn. It owns the requests and the rest timer: nothing runs after the host is detached, and a view left
 * unanswered then is asked for again when it is attached again.
 */
export class ArchiveWindows {
  /** Lays out a window's bins (loaded with the requests, which only an archive needs). */
  readonly layOutBins = layoutArchiveBins;
  /** The answer drawn now. */
  answer?: ArchiveAnswer;
  /** The message of the last request that failed, until an answer comes. */
  failure?: string;
  private template?: string;
  private readonly cache = new Map<string, Cached>();
  /** Events fetched by their id. */
  private readonly found = new Map<string, NormalizedEvent>();
  /** Lane keys in the order they were first seen, by lane mode: lanes keep their place and colour as the view moves. */
  private readonly laneOrders = new Map<LaneMode, string[]>();
  private abort?: AbortController;
  private pendingUrl?: string;
  private failedUrl?: string;
  private restTimer?: ReturnType<typeof setTimeout>;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly inputs: () => ArchiveViewInputs,
    private readonly archiveHost: ArchiveHost,
  ) {}

  /** True while a window's answer is awaited. */
  get loading(): boolean {
    return this.pendingUrl !== undefined;
  }

  /** How many events overlap a view, as the answer drawn counts them (whole bins). */
  countIn(view: TimeWindow): number | undefined {
    return this.answer && countInView(this.answer, view);
  }

  /** Where the nearest items lie on each side of a view (`nearestInArchive`), by the answer drawn. */
  nearest(view: TimeWindow): { earlier?: number; later?: number } | undefined {
    return this.answer && nearestInArchive(this.answer, view);
  }

  /** The lane keys met so far in a mode, in the order first met (most events first within one answer). */
  laneOrder(mode: LaneMode): readonly string[] {
    return this.laneOrders.get(mode) ?? [];
  }

  /** An event of the answers kept or fetched by its id. */
  eventById(id: string): NormalizedEvent | undefined {
    const found = this.found.get(id);
    if (found) return found;
    for (const { answer } of this.cache.values()) {
      if (answer.kind === 'events') {
        const event = answer.result.events.find((candidate) => candidate.id === id);
        if (event) return event;
      }
    }
    return undefined;
  }

  /** Follows a new template (or none): forgets every answer and asks for the first window. */
  follow(template: string | undefined): void {
    this.stop();
    this.template = template;
    this.cache.clear();
    this.found.clear();
    this.laneOrders.clear();
    this.answer = undefined;
    this.failure = undefined;
    this.failedUrl = undefined;
    if (template) this.askFirst();
  }

  /** The host is attached again. */
  connected(): void {
    if (!this.template) return;
    // A view left unanswered when the host was detached is asked for again.
    if (this.answer) this.host.requestUpdate();
    else this.askFirst();
  }

  /** The host is detached: nothing is left running. */
  disconnected(): void {
    this.stop();
  }

  /** Before each render: a kept answer that serves the view is drawn now; else the view is asked for once it rests. */
  update(): void {
    if (!this.template || !this.answer) return;
    const { view, plotWidth, lanes } = this.inputs();
    const planned = plannedWindow(view, this.answer.archive, plotWidth, HORIZONTAL.minColumn, lanes);
    const serves = (cached: Cached) => answerServes(cached.answer, cached.binWidth, view, planned.binWidth) && (cached.answer.kind === 'events' || cached.answer.lanes === lanes);
    const drawn = [...this.cache.values()].find((cached) => cached.answer === this.answer);
    if (drawn && serves(drawn)) {
      this.cancelRequest();
      return;
    }
    // Events serve any zoom inside their window: prefer them to bins.
    const kept = [...this.cache.entries()].filter(([, cached]) => serves(cached)).sort(([, a], [, b]) => Number(b.answer.kind === 'events') - Number(a.answer.kind === 'events'))[0];
    if (kept) {
      this.cancelRequest();
      this.use(kept[0], kept[1], false);
      return;
    }
    const url = windowUrl(this.template, planned);
    // Asked already: under way, failed (asked again only for another view), or drawn.
    if (url === this.pendingUrl || url === this.failedUrl || this.cache.get(url)?.answer === this.answer) return;
    // The view has left the window under way: that request is superseded now, not when the view rests.
    this.cancelRequest();
    this.restTimer = setTimeout(() => void this.ask(url, planned.binWidth), REST_MS);
  }

  /** Fetches one event by its id (a deep link, or `selected` set to an event outside the window). */
  async fetchEvent(id: string): Promise<void> {
    if (!this.template || this.found.has(id)) return;
    const generation = this.generation;
    const fetched = await fetchJson(eventUrl(this.template, id), new AbortController().signal);
    if (generation !== this.generation) return;
    const read = 'error' in fetched ? fetched : readEventAnswer(fetched.json);
    const event = 'error' in read ? undefined : read.events[0];
    if (!event) {
      this.fail(`could not find the event ${JSON.stringify(id)} in the archive: ${'error' in read ? read.error : (read.issues[0]?.message ?? 'it does not read')}`);
      return;
    }
    this.found.set(id, event);
    this.archiveHost.found(event);
  }

  /** The archive's first window: the whole archive, in as many bins as the plot has columns. */
  private askFirst(): void {
    const { plotWidth, lanes } = this.inputs();
    const columns = plotWidth > 0 ? Math.floor(plotWidth / HORIZONTAL.minColumn) : 40;
    const request: WindowRequest = { bins: columns, lanes };
    void this.ask(windowUrl(this.template!, request), (answer) => (answer.window.end - answer.window.start) / columns);
  }

  /** Asks for a window; `binWidth` is the time a column of the view stands for (for the first, told by the answer). */
  private async ask(url: string, binWidth: number | ((answer: ArchiveAnswer) => number)): Promise<void> {
    clearTimeout(this.restTimer);
    const kept = this.cache.get(url);
    if (kept) {
      if (kept.answer !== this.answer) this.use(url, kept, false);
      return;
    }
    // A newer request supersedes the one under way.
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.pendingUrl = url;
    const generation = this.generation;
    this.host.requestUpdate();
    const fetched = await fetchJson(url, abort.signal);
    if (generation !== this.generation || abort.signal.aborted) return;
    this.abort = undefined;
    this.pendingUrl = undefined;
    const answer = 'error' in fetched ? fetched : readWindowAnswer(fetched.json);
    if ('error' in answer) {
      this.failedUrl = url;
      this.fail('error' in fetched ? fetched.error : `could not read ${url}: ${answer.error}`);
      return;
    }
    this.use(url, { answer, binWidth: typeof binWidth === 'number' ? binWidth : binWidth(answer) }, true);
  }

  private use(url: string, cached: Cached, fresh: boolean): void {
    // Most recently used last; the oldest go first.
    this.cache.delete(url);
    this.cache.set(url, cached);
    while (this.cache.size > CACHED_ANSWERS) this.cache.delete(this.cache.keys().next().value!);
    const first = this.answer === undefined;
    this.answer = cached.answer;
    if (fresh) this.failure = undefined;
    this.learnLanes(cached.answer);
    this.archiveHost.draw(cached.answer, first);
    this.host.requestUpdate();
  }

  private learnLanes(answer: ArchiveAnswer): void {
    const counts = new Map<string, number>();
    let mode: LaneMode;
    if (answer.kind === 'bins') {
      mode = answer.lanes as LaneMode;
      for (const bin of answer.bins) counts.set(bin.lane, (counts.get(bin.lane) ?? 0) + bin.count);
    } else {
      mode = this.inputs().lanes;
      for (const event of answer.result.events) {
        const lane = laneKeyOf(event, mode);
        counts.set(lane, (counts.get(lane) ?? 0) + 1);
      }
    }
    const order = this.laneOrders.get(mode) ?? [];
    const added = [...counts.keys()].filter((key) => !order.includes(key)).sort((a, b) => counts.get(b)! - counts.get(a)!);
    if (added.length) this.laneOrders.set(mode, [...order, ...added]);
  }

  private fail(message: string): void {
    this.failure = message;
    this.archiveHost.failed(message);
    this.host.requestUpdate();
  }

  private cancelRequest(): void {
    clearTimeout(this.restTimer);
    this.abort?.abort();
    this.abort = undefined;
    this.pendingUrl = undefined;
  }

  private stop(): void {
    this.cancelRequest();
    this.generation++;
  }
}

/** Fetches a JSON answer, with the dataset reader's size limit; a refusal says the server's own reason. Never throws. */
async function fetchJson(url: string, signal: AbortSignal): Promise<{ json: unknown } | { error: string }> {
  let text: string;
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
    text = await readLimited(response, signal);
  } catch (error) {
    return { error: `could not load ${url}: ${error instanceof RangeError ? 'the answer is too large' : error instanceof Error ? error.message : 'network error'}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const reason = typeof json === 'object' && json !== null && typeof (json as { error?: unknown }).error === 'string' ? `: ${(json as { error: string }).error}` : '';
    return { error: `could not load ${url}: the server answered ${response.status}${reason}` };
  }
  return json === undefined ? { error: `could not read ${url}: the answer is not JSON` } : { json };
}
