// The HTTP side of `dateline serve`: GET /events answered by an archive (archive.js) as JSON, with CORS headers
// for the origins allowed (every origin by default, for an archive on this machine), OPTIONS preflights
// answered, a 400 with `{ "error": "…" }` for a request that cannot be read, and one log line per request.
import { createServer } from 'node:http';
import { readWindowRequest, RequestError } from './window-request.js';

const PROTOCOL_PATH = '/events';

/** Reads `--allow-origin` text: `*`, or origins separated by commas (each as a browser sends it: scheme://host[:port]). */
export function readAllowedOrigins(text = '*') {
  const origins = text
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  if (origins.length === 0 || origins.includes('*')) return '*';
  for (const origin of origins) {
    let parsed;
    try {
      parsed = new URL(origin);
    } catch {
      throw new Error(`--allow-origin: "${origin}" is no origin (write it as https://example.com)`);
    }
    if (parsed.origin !== origin) throw new Error(`--allow-origin: "${origin}" is no origin: write ${parsed.origin} (scheme, host and port only)`);
  }
  return new Set(origins);
}

/**
 * An HTTP server (not yet listening) that answers the protocol from `archive`. `allowedOrigins` is '*' or a Set
 * of origins; `log` gets one line per request.
 */
export function createArchiveServer({ archive, allowedOrigins = '*', log = console.log }) {
  return createServer(async (request, response) => {
    const started = performance.now();
    let rows = 0;
    const send = (status, body, headers = {}) => {
      const text = body === undefined ? '' : JSON.stringify(body);
      response.writeHead(status, { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }) });
      response.end(request.method === 'HEAD' ? undefined : text);
      log(`${request.method} ${request.url} ${status} ${rows} rows ${(performance.now() - started).toFixed(1)} ms`);
    };
    const origin = request.headers.origin;
    const cors = {};
    if (allowedOrigins === '*') cors['access-control-allow-origin'] = '*';
    else {
      cors.vary = 'Origin';
      if (origin !== undefined && allowedOrigins.has(origin)) cors['access-control-allow-origin'] = origin;
      else if (origin !== undefined) return send(403, { error: `the origin ${origin} may not read this archive (see --allow-origin)` }, cors);
    }
    if (request.method === 'OPTIONS') {
      const headers = request.headers['access-control-request-headers'];
      return send(204, undefined, { ...cors, 'access-control-allow-methods': 'GET, HEAD, OPTIONS', ...(headers ? { 'access-control-allow-headers': headers } : {}), 'access-control-max-age': '86400' });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, { error: `${request.method} is not answered here: ask with GET` }, { ...cors, allow: 'GET, HEAD, OPTIONS' });
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== PROTOCOL_PATH) return send(404, { error: `nothing at ${url.pathname}: ask ${PROTOCOL_PATH}?start=…&end=…&bins=…` }, cors);
    // A client that leaves (a superseded request it aborted) stops the query.
    const gone = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) gone.abort();
    });
    try {
      const asked = readWindowRequest(url.searchParams, archive.info.limits);
      const answer = await archive.answer(asked, gone.signal);
      rows = answer.rows;
      if (gone.signal.aborted) return log(`${request.method} ${request.url} abandoned by the client ${(performance.now() - started).toFixed(1)} ms`);
      return send(answer.status, answer.body, { ...cors, 'cache-control': 'no-cache' });
    } catch (error) {
      if (error instanceof RequestError) return send(400, { error: error.message }, cors);
      if (gone.signal.aborted) return log(`${request.method} ${request.url} abandoned by the client ${(performance.now() - started).toFixed(1)} ms`);
      log(`error answering ${request.url}: ${error?.stack ?? error}`);
      return send(500, { error: 'the archive could not answer this request (the server has logged why)' }, cors);
    }
  });
}
