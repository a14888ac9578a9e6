import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatOf, readDatasetText } from '../model/read-dataset-text.js';
import type { ParseResult } from '../model/types.js';

/** Responses larger than this are refused, so a wrong URL cannot freeze the reader's page. */
export const MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

export type LoadState = 'idle' | 'loading' | 'loaded' | 'failed';

/**
 * Fetches a dataset from a URL and parses it. The newest `load()` wins: an earlier fetch is aborted. Nothing
 * is left running after the host is detached. Every failure becomes a `ParseResult` with an error issue.
 */
export class DataSourceController implements ReactiveController {
  state: LoadState = 'idle';
  private abort?: AbortController;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onResult: (result: ParseResult, url: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
  }

  cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.generation++;
    if (this.state === 'loading') this.state = 'idle';
  }

  async load(url: string): Promise<void> {
    this.cancel();
    const generation = this.generation;
    const abort = new AbortController();
    this.abort = abort;
    this.state = 'loading';
    this.host.requestUpdate();
    const result = await fetchDataset(url, abort.signal);
    if (generation !== this.generation) return;
    this.abort = undefined;
    this.state = result.issues.some((issue) => issue.severity === 'error' && issue.path === '') ? 'failed' : 'loaded';
    this.onResult(result, url);
    this.host.requestUpdate();
  }
}

const failure = (message: string): ParseResult => ({ dataset: { title: '' }, events: [], issues: [{ path: '', message, severity: 'error' }] });

/** Fetches and reads a dataset; never throws (an aborted fetch resolves to an empty failure). */
export async function fetchDataset(url: string, signal: AbortSignal): Promise<ParseResult> {
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
  return readDatasetText(text, formatOf(response.headers.get('content-type'), url));
}

function tooLarge(url: string): string {
  return `${url} is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB, the most a timeline loads`;
}

/** Reads a body as text, stopping with a RangeError past the size limit. */
async function readLimited(response: Response, signal: AbortSignal): Promise<string> {
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
