import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadProgress, Reading } from '../model/reading-events.js';
import type { CsvOptions } from '../model/from-csv.js';
import { formatOf, readDatasetText, readingDatasetText, readingInput, type DatasetFormat } from '../model/read-dataset-text.js';
import { csvUrlOfSheet } from '../model/sheet-url.js';
import type { ParseResult } from '../model/types.js';
import type { WrittenData } from '../components/shared/light-dom-data.js';

/** Responses larger than this are refused, so a wrong URL cannot freeze the reader's page. */
export const MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

/**
 * The longest the page is kept busy reading at one go. A dataset read within it is read at once; a larger one
 * is read a slice at a time, the page handling input and painting between slices.
 */
export const READ_SLICE_MS = 12;

export type LoadState = 'idle' | 'loading' | 'loaded' | 'failed';

/**
 * Where an element's data comes from: events given in code (`read`) or a URL (`load`). Either is read into a
 * `ParseResult` for the host; every failure becomes one with an error issue. A large dataset is read a slice
 * at a time, with `progress` to show; CSV and TimelineJS data wait for their reader to load, and data not of
 * the common shape for the schema's validation (the host shows its loading state meanwhile). The newest request
 * wins: an earlier fetch is aborted and an earlier reading dropped. Nothing is left running after the host is
 * detached, and a request that was cut off then starts again when the host is attached again.
 */
export class DataSourceController implements ReactiveController {
  state: LoadState = 'idle';
  /** How far the reading under way has come, while a large dataset is read a slice at a time. */
  progress?: ReadProgress;
  /** Settles when the reading under way (of a large dataset, or one waiting for its reader) has ended or was dropped. */
  reading?: Promise<void>;
  private abort?: AbortController;
  private generation = 0;
  /** The request under way, to start again if the host is detached before it ends. */
  private request?: () => void;
  private interrupted?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onResult: (result: ParseResult) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const interrupted = this.interrupted;
    this.interrupted = undefined;
    interrupted?.();
  }

  hostDisconnected(): void {
    if (this.state === 'loading') this.interrupted = this.request;
    this.cancel();
  }

  cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.generation++;
    this.progress = undefined;
    this.reading = undefined;
    this.request = undefined;
    if (this.state === 'loading') this.state = 'idle';
  }

  /** For the host's `getUpdateComplete`: its next update, then any reading under way and the update that ends it. */
  async afterReading(nextUpdate: () => Promise<boolean>): Promise<boolean> {
    let complete = await nextUpdate();
    while (this.reading) {
      await this.reading;
      complete = await nextUpdate();
    }
    return complete;
  }

  /**
   * Reads events given in code (a dataset, a list of events, or TimelineJS JSON once its reader has loaded): at
   * once if quick, else a slice at a time.
   */
  read(input: unknown): void {
    this.cancel();
    this.request = () => this.read(input);
    this.readWhenReady(readingInput(input), this.generation);
  }

  /** Reads data written inside the host in the page (`readLightDomData`), or shows why it cannot be read. */
  readWritten(written: WrittenData): void {
    if ('input' in written) {
      this.read(written.input);
    } else {
      this.cancel();
      this.finish(written.failure);
    }
  }

  /** Follows the host's `src`: loads it (with the host's CSV options), or drops what was loading when it is unset. */
  follow(src: string | undefined, options: CsvOptions = {}): void {
    if (src) void this.load(src, options);
    else this.cancel();
  }

  /** Loads a URL; a published Google Sheet's address is read as its CSV. */
  async load(url: string, options: CsvOptions = {}): Promise<void> {
    this.cancel();
    this.request = () => void this.load(url, options);
    const generation = this.generation;
    const abort = new AbortController();
    this.abort = abort;
    this.state = 'loading';
    this.host.requestUpdate();
    const fetched = await fetchDatasetText(csvUrlOfSheet(url) ?? url, abort.signal);
    if (generation !== this.generation) return;
    this.abort = undefined;
    if ('issues' in fetched) this.finish(fetched);
    else this.readWhenReady(readingDatasetText(fetched.text, fetched.format, options), generation);
  }

  /** Starts a reading now, or once its reader has loaded (loading meanwhile, with `reading` to wait for). */
  private readWhenReady(reading: Reading | Promise<Reading>, generation: number): void {
    if (!(reading instanceof Promise)) {
      this.readInSlices(reading, generation);
      return;
    }
    this.state = 'loading';
    this.host.requestUpdate();
    this.reading = reading.then((ready) => {
      if (generation === this.generation) this.readInSlices(ready, generation);
    });
  }

  private readInSlices(reading: Reading, generation: number): void {
    const first = readSlice(reading);
    if (first.done) {
      this.finish(first.value);
      return;
    }
    this.state = 'loading';
    this.progress = first.value;
    this.host.requestUpdate();
    this.reading = this.readRest(reading, generation, first.value);
  }

  private async readRest(reading: Reading, generation: number, last: ReadProgress): Promise<void> {
    for (;;) {
      await (last.waitFor ?? nextTask());
      if (generation !== this.generation) return;
      const slice = readSlice(reading);
      if (slice.done) {
        // The events are drawn in a task of their own: the slice that ended the reading may have been a long one.
        await nextTask();
        if (generation !== this.generation) return;
        this.finish(slice.value);
        return;
      }
      this.progress = last = slice.value;
      this.host.requestUpdate();
    }
  }

  private finish(result: ParseResult): void {
    this.progress = undefined;
    this.reading = undefined;
    this.request = undefined;
    this.state = result.issues.some((issue) => issue.severity === 'error' && issue.path === '') ? 'failed' : 'loaded';
    this.onResult(result);
    this.host.requestUpdate();
  }
}

/**
 * Reads steps for up to `READ_SLICE_MS`, or until the reading waits (for the schema's validation to load);
 * returns the last step (the result, if the reading is done).
 */
function readSlice(reading: Reading): IteratorResult<ReadProgress, ParseResult> {
  const until = performance.now() + READ_SLICE_MS;
  for (;;) {
    const step = reading.next();
    if (step.done || step.value.waitFor || performance.now() >= until) return step;
  }
}

/**
 * Resolves in a task of its own, after the page has had the chance to handle input and paint. Through a
 * message rather than a timer, which browsers slow to once a second in a background tab.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

const failure = (message: string): ParseResult => ({ dataset: { title: '' }, events: [], issues: [{ path: '', message, severity: 'error' }] });

/** Fetches and reads a dataset; never throws (an aborted fetch resolves to an empty failure). */
export async function fetchDataset(url: string, signal: AbortSignal, options: CsvOptions = {}): Promise<ParseResult> {
  const fetched = await fetchDatasetText(csvUrlOfSheet(url) ?? url, signal);
  return 'issues' in fetched ? fetched : await readDatasetText(fetched.text, fetched.format, options);
}

/** Fetches a dataset's text and tells its format; a failure is a `ParseResult` with an error issue. Never throws. */
async function fetchDatasetText(url: string, signal: AbortSignal): Promise<{ text: string; format: DatasetFormat } | ParseResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) return failure('loading was cancelled');
    return failure(`could not load ${url}: ${error instanceof Error ? error.message : 'network error'}`);
  }
  if (!response.ok) return failure(`could not load ${url}: the server answered ${response.status} ${response.statusText}`.trim());
  const declaredLength = Number(response.headers.get('content-length'));
  if (declaredLength > MAX_RESPONSE_BYTES) return failure(tooLarge(url));
  let text: string;
  try {
    text = await readLimited(response, signal);
  } catch (error) {
    if (signal.aborted) return failure('loading was cancelled');
    return failure(error instanceof RangeError ? tooLarge(url) : `could not read ${url}: ${error instanceof Error ? error.message : 'read error'}`);
  }
  return { text, format: formatOf(response.headers.get('content-type'), url) };
}

function tooLarge(url: string): string {
  return `${url} is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB, the most a timeline loads`;
}

/** Reads a body as text, stopping with a RangeError past the size limit. */
export async function readLimited(response: Response, signal: AbortSignal): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  try {
    for (;;) {
      if (signal.aborted) throw new DOMException('aborted', 'AbortError');
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > MAX_RESPONSE_BYTES) {
        await reader.cancel().catch(() => undefined);
        throw new RangeError('too large');
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    reader.releaseLock();
  }
  return text + decoder.decode();
}
