// `dateline serve` (issue 17): the reference server run as a user runs it, over small files written here: a CSV
// whose every event the test knows (so windows, bins and lanes are checked against brute-force counts), a
// Parquet file written by DuckDB (queried where it lies) and the seed dataset's JSON. Also ?id=, CORS, a 400
// for each parameter that cannot be read, injection attempts, and the row cap. Needs DuckDB
// (@duckdb/node-api, a dev dependency that npm ci installs): without it, it fails saying so.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/bench-archive.js';
import { writeSyntheticArchive } from '../../scripts/synthetic-archive.js';

const root = new URL('../../', import.meta.url).pathname;
const DAY = 86_400_000;
const MAX_ROWS = 5000;
const folder = mkdtempSync(join(tmpdir(), 'dateline-archive-test-'));
let largestAnswer = 0;

async function ask(server, query, headers = {}) {
  const response = await fetch(`${new URL(server.url).origin}${query}`, { headers });
  const body = response.status === 204 ? undefined : await response.json();
  const rows = body?.events?.length ?? body?.bins?.length ?? 0;
  largestAnswer = Math.max(largestAnswer, rows);
  return { status: response.status, headers: response.headers, body };
}

/** A small seeded generator, so that the file is the same on every run. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const pad = (number, width = 2) => String(number).padStart(width, '0');
const dayText = (ms) => new Date(ms).toISOString().slice(0, 10);
const ACTORS = ['Ukraine', 'Russia', 'United States', 'China', ''];
const CATEGORIES = ['diplomacy', 'military', 'economy', ''];

/**
 * About 3,000 events over 2018–2023 as CSV rows, each with the exact span its dates name (UTC ms, end exclusive):
 * days, months, instants with offsets, ranges of days, a few of months; some rows without an id, and three rows
 * the server must leave out.
 */
function writeKnownEvents(path) {
  const next = random(17);
  const events = [];
  const rows = ['id,title,start,end,actors,category,status'];
  const from = Date.UTC(2018, 0, 1);
  for (let index = 0; index < 3000; index++) {
    const day = from + Math.floor(next() * 6 * 365) * DAY;
    const kind = next();
    let start;
    let end;
    let startText;
    let endText = '';
    if (kind < 0.55) {
      [start, end, startText] = [day, day + DAY, dayText(day)];
    } else if (kind < 0.8) {
      const minutes = Math.floor(next() * 24 * 60);
      const offset = [0, 330, -300, 540][index % 4];
      const local = new Date(day + minutes * 60_000);
      const sign = offset < 0 ? '-' : '+';
      startText = `${dayText(local)}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${offset === 0 ? 'Z' : `${sign}${pad(Math.abs(offset) / 60 | 0)}:${pad(Math.abs(offset) % 60)}`}`;
      start = day + (minutes - offset) * 60_000;
      end = start + 60_000;
    } else if (kind < 0.85) {
      const date = new Date(day);
      start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
      end = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
      startText = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
    } else {
      const days = kind < 0.99 ? 1 + Math.floor(next() * 20) : 40 + Math.floor(next() * 300);
      [start, end, startText, endText] = [day, day + (days + 1) * DAY, dayText(day), dayText(day + days * DAY)];
    }
    const id = index % 500 === 7 ? '' : `e${index}`;
    const actors = [ACTORS[Math.floor(next() * ACTORS.length)], ACTORS[Math.floor(next() * ACTORS.length)]].filter(Boolean).join(';');
    const category = CATEGORIES[Math.floor(next() * CATEGORIES.length)];
    rows.push([id, `Event ${index}`, startText, endText, actors, category, 'confirmed'].join(','));
    events.push({ id: id || `row-${rows.length}`, start, end, actor: actors.split(';')[0] || 'Other', category: category || 'Other' });
  }
  // Rows the server leaves out, as the element would: a day that does not exist, no title, an end before the start.
  rows.push('bad-date,Bad date,2021-02-30,,,,', 'no-title,,2021-03-01,,,,', 'backwards,Backwards,2021-03-05,2021-03-01,,,');
  writeFileSync(path, `${rows.join('\n')}\n`);
  return events;
}

const overlaps = (event, window) => event.start < window.end && event.end > window.start;
const toWindow = (answer) => ({ start: Date.parse(answer.window.start), end: Date.parse(answer.window.end) });

/** The start of a bin must be a boundary of its calendar unit, its end one unit later. */
function assertWholeUnit(bin, unit, step) {
  const start = new Date(bin.start);
  const end = new Date(bin.end);
  const midnight = start.getUTCHours() === 0 && start.getUTCMinutes() === 0 && start.getUTCSeconds() === 0;
  const stepped = new Date(start);
  if (unit === 'hour') {
    assert.equal(start.getTime() % (step * 3_600_000), 0, `${bin.start} starts ${step} hours`);
    stepped.setUTCHours(stepped.getUTCHours() + step);
  } else if (unit === 'day' || unit === 'week') {
    assert.ok(midnight && (unit === 'day' || start.getUTCDay() === 1), `${bin.start} starts a ${unit}`);
    stepped.setUTCDate(stepped.getUTCDate() + (unit === 'week' ? 7 : 1));
  } else {
    const months = unit === 'month' ? step : 12 * step;
    const index = start.getUTCFullYear() * 12 + start.getUTCMonth() - 2000 * 12;
    assert.ok(midnight && start.getUTCDate() === 1 && index % months === 0, `${bin.start} starts ${step} ${unit}s`);
    stepped.setUTCMonth(stepped.getUTCMonth() + months);
  }
  assert.equal(end.getTime(), stepped.getTime(), `${bin.start} to ${bin.end} is one ${step} ${unit}`);
}

/** Checks every bin of an answer against a brute-force count of `events`: an event is in the bin holding its start, or the window's start if it began earlier. */
function assertBinsCounted(answer, events, lanes = 'none') {
  const window = toWindow(answer);
  const laneOf = (event) => (lanes === 'actor' ? event.actor : lanes === 'category' ? event.category : undefined);
  const inWindow = events.filter((event) => overlaps(event, window));
  assert.equal(answer.total, inWindow.length, 'total: the events overlapping the answered window');
  for (const bin of answer.bins) {
    assertWholeUnit(bin, answer.unit, answer.step);
    const [from, to] = [Date.parse(bin.start), Date.parse(bin.end)];
    const expected = inWindow.filter((event) => Math.max(event.start, window.start) >= from && Math.max(event.start, window.start) < to && laneOf(event) === bin.lane).length;
    assert.equal(bin.count, expected, `${bin.start}${bin.lane ? ` ${bin.lane}` : ''}`);
  }
  assert.equal(answer.bins.reduce((sum, bin) => sum + bin.count, 0), inWindow.length, 'no event left out of the bins');
}

let duckdbError;
try {
  await import('@duckdb/node-api');
} catch (error) {
  duckdbError = error;
}

describe('dateline serve', { timeout: 120_000 }, () => {
  let csv;
  let parquet;
  let seed;
  let known;

  before(async () => {
    if (duckdbError) return;
    known = writeKnownEvents(join(folder, 'known.csv'));
    await writeSyntheticArchive(join(folder, 'wire.parquet'), { count: 20_000, years: 3, from: '2020-01-01', rowGroupSize: 2048 });
    [csv, parquet, seed] = await Promise.all([
      startServer(join(folder, 'known.csv'), ['--allow-origin', 'https://news.example,http://localhost:1234', '--max-events', '40']),
      startServer(join(folder, 'wire.parquet'), ['--max-lanes', '3']),
      startServer(join(root, 'data/korea-russia-2024.json')),
    ]);
  });

  after(async () => {
    await Promise.all([csv, parquet, seed].filter(Boolean).map((server) => server.stop()));
    rmSync(folder, { recursive: true, force: true });
  });

  it('has DuckDB to run on (@duckdb/node-api, installed by npm install or npm ci)', () => {
    assert.equal(duckdbError, undefined, `DuckDB cannot load on this machine, so dateline serve cannot run: ${duckdbError?.message}`);
  });

  it('says what it serves, and leaves out the rows the element would', { skip: duckdbError !== undefined }, () => {
    assert.match(csv.output, /known: 3,000 events .*\(csv, loaded/);
    assert.match(csv.output, /3 rows left out/);
    assert.match(parquet.output, /wire: 20,000 events .*\(parquet, queried where it lies/);
  });

  it('answers a window holding few events with those events, in time order, as the dataset writes them', { skip: duckdbError !== undefined }, async () => {
    const { status, headers, body } = await ask(csv, '/events?start=2020-03-01&end=2020-03-10&bins=100', { Origin: 'https://news.example' });
    assert.equal(status, 200);
    assert.equal(headers.get('access-control-allow-origin'), 'https://news.example');
    const window = { start: Date.UTC(2020, 2, 1), end: Date.UTC(2020, 2, 11) };
    assert.deepEqual(body.window, { start: new Date(window.start).toISOString(), end: new Date(window.end).toISOString() });
    const expected = known.filter((event) => overlaps(event, window)).sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
    assert.ok(expected.length > 5 && expected.length <= 40, `${expected.length} events`);
    assert.deepEqual(body.events.map((event) => event.id), expected.map((event) => event.id));
    assert.equal(body.total, expected.length);
    assert.equal(body.bins, undefined);
    const fields = ['id', 'title', 'start', 'end', 'actors', 'category', 'status'];
    for (const event of body.events) assert.deepEqual(Object.keys(event).filter((key) => !fields.includes(key)), [], `${event.id}: the dataset's fields only`);
    const range = body.events.find((item) => item.end !== undefined);
    assert.match(`${range.start} ${range.end}`, /^\d{4}-\d{2}-\d{2} \d{4}-\d{2}-\d{2}$/, 'dates as written');
    assert.deepEqual(body.archive, { total: 3000, start: new Date(Math.min(...known.map((item) => item.start))).toISOString(), end: new Date(Math.max(...known.map((item) => item.end))).toISOString() });
  });

  it('answers crowded windows with calendar bins that nest like the axis ticks, each counted right', { skip: duckdbError !== undefined }, async () => {
    const cases = [
      ['', 20, 'month', 6],
      ['start=2019&end=2019', 60, 'week', 1],
      ['start=2021-01&end=2021-06', 200, 'day', 1],
      ['start=2021-01-01&end=2021-02-28', 800, 'hour', 3],
      ['start=2018-01-01T00:00:00.000Z&end=2024-01-01T00:00:00.000Z', 3, 'year', 2],
    ];
    for (const [window, bins, unit, step] of cases) {
      const query = `${window}${window ? '&' : ''}bins=${bins}`;
      const { status, body } = await ask(csv, `/events?${query}`);
      assert.equal(status, 200, query);
      assert.equal(body.events, undefined, `${query}: bins, not events`);
      assert.deepEqual([body.unit, body.step], [unit, step], query);
      assert.ok(new Set(body.bins.map((bin) => bin.start)).size <= bins, `${query}: at most ${bins} bins`);
      assertBinsCounted(body, known);
    }
  });

  it('counts bins per lane, with "Other" for events without an actor or a category', { skip: duckdbError !== undefined }, async () => {
    for (const lanes of ['actor', 'category']) {
      for (const query of ['bins=50', 'start=2021-01-01&end=2021-03-31&bins=200']) {
        const { body } = await ask(csv, `/events?${query}&lanes=${lanes}`);
        assert.equal(body.lanes, lanes);
        assert.ok(body.bins.some((bin) => bin.lane === 'Other'), `${lanes}: an Other lane`);
        assertBinsCounted(body, known, lanes);
      }
    }
  });

  it('folds the lanes past --max-lanes into "Other", and no answer holds more than 5,000 rows', { skip: duckdbError !== undefined }, async () => {
    const { body } = await ask(parquet, '/events?bins=2000&lanes=actor');
    const lanes = new Set(body.bins.map((bin) => bin.lane));
    assert.ok(lanes.size <= 4 && lanes.has('Other'), [...lanes].join());
    assert.equal(body.foldedLanes, 16 - 3);
    assert.equal(body.total, 20_000);
    const byCategory = await ask(parquet, '/events?bins=2000&lanes=category');
    assert.ok(byCategory.body.bins.length <= MAX_ROWS);
    assert.equal(byCategory.body.total, 20_000);
  });

  it('reads a sorted Parquet file where it lies: its windows hold what DuckDB finds in it', { skip: duckdbError !== undefined }, async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const reader = await connection.runAndReadAll(
      `SELECT id FROM read_parquet('${join(folder, 'wire.parquet')}')
       WHERE start < TIMESTAMP '2021-07-02' AND coalesce("end", start) + INTERVAL 1 MINUTE > TIMESTAMP '2021-07-01' ORDER BY start, id`,
    );
    const expected = reader.getRowObjectsJson().map((row) => row.id);
    connection.closeSync();
    instance.closeSync();
    const { body } = await ask(parquet, '/events?start=2021-07-01&end=2021-07-01');
    assert.deepEqual(body.events.map((event) => event.id), expected);
    assert.match(body.events[0].start, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/, 'TIMESTAMP dates are written as UTC minutes');
  });

  it('gives one event by its id, for a deep link to an event outside the window', { skip: duckdbError !== undefined }, async () => {
    const dataset = JSON.parse(readFileSync(join(root, 'data/korea-russia-2024.json'), 'utf8'));
    const treaty = dataset.events.find((event) => event.id === 'treaty-signed');
    const { status, body } = await ask(seed, '/events?id=treaty-signed');
    assert.equal(status, 200);
    assert.deepEqual(body.event, treaty);
    assert.deepEqual(body.window, { start: '2024-06-19T00:00:00.000Z', end: '2024-06-20T00:00:00.000Z' });
    assert.equal(body.title, dataset.title);
    const row = known.find((event) => event.id.startsWith('row-'));
    assert.equal((await ask(csv, `/events?id=${row.id}`)).body.event.id, row.id, 'a CSV row without an id is found by its row');
    const missing = await ask(seed, '/events?id=no-such-event');
    assert.equal(missing.status, 404);
    assert.match(missing.body.error, /no-such-event/);
  });

  it('answers an empty window with the nearest events on either side', { skip: duckdbError !== undefined }, async () => {
    const { body } = await ask(seed, '/events?start=2010&end=2011');
    assert.deepEqual(body.events, []);
    assert.deepEqual(body.nearest, { before: '2000-07-19T00:00:00.000Z', after: '2022-09-06T00:00:00.000Z' });
  });

  it('lets the allowed origins read it, refuses others, and answers preflights; any origin by default', { skip: duckdbError !== undefined }, async () => {
    const allowed = await ask(csv, '/events?start=2020&end=2020', { Origin: 'http://localhost:1234' });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'http://localhost:1234');
    assert.match(allowed.headers.get('vary'), /Origin/);
    const refused = await ask(csv, '/events?start=2020&end=2020', { Origin: 'https://elsewhere.example' });
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    assert.match(refused.body.error, /elsewhere\.example/);
    const preflight = await fetch(`${csv.url}?start=2020`, { method: 'OPTIONS', headers: { Origin: 'https://news.example', 'Access-Control-Request-Method': 'GET' } });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://news.example');
    assert.match(preflight.headers.get('access-control-allow-methods'), /GET/);
    const open = await ask(seed, '/events?start=2024&end=2024', { Origin: 'https://anyone.example' });
    assert.equal(open.headers.get('access-control-allow-origin'), '*');
  });

  it('answers each parameter it cannot read with a 400 and a message, injection attempts included, and keeps its data', { skip: duckdbError !== undefined }, async () => {
    const before = (await ask(csv, '/events?bins=10')).body;
    const bad = [
      ['start=2021-13', /start has no month 13/],
      ['start=2023-02-29&end=2023-03', /day that does not exist/],
      ['start=yesterday', /start must be a date/],
      ['start=2021-01-01T25:00Z', /impossible time/],
      ['start=2021&end=2020', /end must come after start/],
      ['start=99999999', /start must be a date/],
      ['bins=0', /bins must be a whole number from 1 to 2000/],
      ['bins=2001', /bins must be a whole number from 1 to 2000/],
      ['bins=1e3', /bins must be a whole number/],
      ['bins=-5', /bins must be a whole number/],
      ['lanes=place', /lanes must be one of none, actor, category/],
      ['start=2020&start=2021', /start is given more than once/],
      ['id=a&start=2020', /id asks for one event/],
      [`id=${'x'.repeat(501)}`, /id must be from 1 to 500 characters/],
      ["start=2020');%20DROP%20TABLE%20events;--", /start must be a date/],
      ['start=2020-01-01%27%20OR%201=1--&end=2021', /start must be a date/],
      ['lanes=actor%3BDROP%20TABLE%20daily', /lanes must be one of/],
      ['bins=10;DELETE%20FROM%20events', /bins must be a whole number/],
    ];
    for (const [query, message] of bad) {
      const { status, body } = await ask(csv, `/events?${query}`);
      assert.equal(status, 400, query);
      assert.match(body.error, message, query);
    }
    // An id is bound as a value: text that would be SQL finds no event.
    const injected = await ask(csv, `/events?id=${encodeURIComponent("x' OR '1'='1")}`);
    assert.equal(injected.status, 404);
    assert.deepEqual((await ask(csv, '/events?bins=10')).body, before, 'the archive is intact');
  });

  it('answers nothing but GET /events', { skip: duckdbError !== undefined }, async () => {
    assert.equal((await ask(seed, '/')).status, 404);
    assert.equal((await fetch(`${seed.url}?start=2024`, { method: 'POST' })).status, 405);
  });

  it('never answered with more than 5,000 rows', { skip: duckdbError !== undefined }, () => {
    assert.ok(largestAnswer > 0 && largestAnswer <= MAX_ROWS, `largest answer: ${largestAnswer} rows`);
  });
});
