// An archive of events opened with DuckDB, answering the protocol's requests: the events of a window when few
// enough to draw, else calendar bins with counts (per lane when asked); one event by its id. It opens the file,
// makes the relations the queries read (archive-queries.js) and keeps a few connections, one per request under
// way; a request whose client has gone is interrupted.
import { basename, extname, resolve } from 'node:path';
import { loadDuckDB } from './load-duckdb.js';
import { eventsSelect, literal } from './archive-columns.js';
import { BIN_LEVELS, chooseBinLevel, floorToLevel, levelInterval, nextUnit, unitCount, wholeUnits } from './bin-levels.js';
import * as queries from './archive-queries.js';
import { RequestError } from './window-request.js';

export const DEFAULT_LIMITS = Object.freeze({ maxEvents: 2000, maxBins: 2000, maxRows: 5000, maxLanes: 24 });

const DAY_MS = 86_400_000;
const CONNECTIONS = 4;
const FORMATS = { '.parquet': 'parquet', '.csv': 'csv', '.tsv': 'csv', '.json': 'json', '.jsonl': 'json', '.ndjson': 'json' };

const iso = (ms) => new Date(ms).toISOString();

/** A value as the dataset writes it: no nulls, no empty lists, nested objects alike. */
function withoutEmpties(value) {
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== null).map(withoutEmpties);
    return items.length ? items : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, item === null ? undefined : withoutEmpties(item)])
      .filter(([, item]) => item !== undefined);
    return Object.fromEntries(entries);
  }
  return value;
}

/** The file's reader, as a relation; a dataset object's events are unnested. */
async function describeSource(connection, path, format) {
  const file = literal(path);
  const reader = {
    parquet: `read_parquet(${file})`,
    // Text, as the element's own CSV reader reads it: dates keep their written precision.
    csv: `read_csv(${file}, header = true, all_varchar = true)`,
    json: `read_json(${file}, maximum_object_size = 1073741824)`,
  }[format];
  const describe = async (relation) =>
    (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${relation}`)).getRowObjectsJson().map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
  let columns = await describe(reader);
  let source = reader;
  let title;
  const events = columns.find((column) => column.name === 'events' && column.type.startsWith('STRUCT') && column.type.endsWith('[]'));
  if (format === 'json' && events) {
    // A dataset object, { title, events: [...] }: one row per event.
    if (columns.some((column) => column.name === 'title')) {
      title = (await connection.runAndReadAll(`SELECT CAST(title AS VARCHAR) AS title FROM ${reader} LIMIT 1`)).getRowObjectsJson()[0]?.title ?? undefined;
    }
    source = `(SELECT event.* FROM (SELECT unnest(events) AS event FROM ${reader}))`;
    columns = await describe(source);
  }
  return { reader, source, columns, title };
}

/**
 * True when a Parquet file can be queried where it lies, as written: TIMESTAMP dates (so that filters on them
 * reach the row groups' statistics), row groups in order of start (so that those statistics find a window), and
 * an id, a title and a start on every row (so that no request has to check them), all from the file's metadata.
 */
async function readableInPlace(connection, path, columns) {
  const column = (name) => columns.find((found) => found.name.toLowerCase() === name);
  const [id, title, start, end] = ['id', 'title', 'start', 'end'].map(column);
  if (!id || !title || start?.type !== 'TIMESTAMP' || (end && end.type !== 'TIMESTAMP')) return false;
  const reader = await connection.runAndReadAll(
    `SELECT
       (SELECT coalesce(bool_and(next_min >= max), true) FROM (
          SELECT TRY_CAST(stats_max AS TIMESTAMP) AS max, lead(TRY_CAST(stats_min AS TIMESTAMP)) OVER (ORDER BY row_group_id) AS next_min
          FROM parquet_metadata($path) WHERE path_in_schema = $start) WHERE next_min IS NOT NULL) AS sorted,
       (SELECT coalesce(bool_and(stats_null_count = 0), false) FROM parquet_metadata($path) WHERE path_in_schema IN ($id, $title, $start)) AS complete`,
    { path, id: id.name, title: title.name, start: start.name },
  );
  const { sorted, complete } = reader.getRowObjectsJson()[0];
  return sorted === true && complete === true;
}

/**
 * Opens an archive file. `format` ('parquet', 'csv' or 'json') defaults to the file's extension; `limits`
 * overrides DEFAULT_LIMITS. Throws with a message for the operator when the file cannot serve as an archive.
 */
export async function openArchive(file, { format, title, limits = {} } = {}) {
  const duckdb = await loadDuckDB();
  const path = resolve(file);
  const kind = format ?? FORMATS[extname(path).toLowerCase()];
  if (!kind) throw new Error(`cannot tell the format of ${file}: name it .parquet, .csv or .json, or give --format`);
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const setup = await instance.connect();
  // Each request reads the Parquet file's footer: once is enough.
  await setup.run('SET parquet_metadata_cache = true');
  const started = performance.now();
  const described = await describeSource(setup, path, kind);
  const inPlace = kind === 'parquet' && (await readableInPlace(setup, path, described.columns));
  const select = eventsSelect(described.source, described.columns, { rowIds: kind === 'csv', clean: !inPlace });
  await setup.run(inPlace ? `CREATE VIEW events AS ${select}` : `CREATE TABLE events AS ${select} ORDER BY start_at`);
  for (const statement of queries.CREATE_DAILY) await setup.run(statement);
  const read = async (sql) => (await setup.runAndReadAll(sql)).getRowObjectsJson()[0];
  const summary = await read(queries.ARCHIVE_SUMMARY);
  await setup.run(queries.createLongEvents(summary.hasLongEvents));
  const rowsInFile = Number((await read(`SELECT CAST(count(*) AS DOUBLE) AS n FROM ${described.source}`)).n);
  const longEvents = Number((await read(`SELECT CAST(count(*) AS DOUBLE) AS n FROM long_events`)).n);
  // Requests reach nothing but the archive: no other file, no setting changed.
  await setup.run(`SET allowed_paths = [${literal(path)}]`);
  await setup.run(`SET enable_external_access = false`);
  await setup.run(`SET lock_configuration = true`);
  setup.closeSync();
  const connections = [];
  for (let index = 0; index < CONNECTIONS; index++) connections.push(await instance.connect());
  return new Archive(duckdb, instance, connections, {
    title: title ?? described.title ?? basename(path, extname(path)),
    file: path,
    format: kind,
    inPlace,
    total: Number(summary.total),
    start: summary.start ?? undefined,
    end: summary.end ?? undefined,
    leftOut: rowsInFile - Number(summary.total),
    longEvents,
    lanes: { actor: Number(summary.actorLanes), category: Number(summary.categoryLanes) },
    openedInMs: Math.round(performance.now() - started),
    limits: { ...DEFAULT_LIMITS, ...limits },
  });
}

class Archive {
  #duckdb;
  #instance;
  #idle;
  #waiting = [];
  /** Per connection, its prepared statements by their SQL. */
  #statements = new WeakMap();

  constructor(duckdb, instance, connections, info) {
    this.#duckdb = duckdb;
    this.#instance = instance;
    this.#idle = connections;
    /** What the archive holds: title, file, format, total, start and end (UTC ms), lanes, limits… */
    this.info = info;
  }

  /** The archive as every answer describes it. */
  get description() {
    const { total, start, end } = this.info;
    return { total, ...(start !== undefined ? { start: iso(start), end: iso(end) } : {}) };
  }

  /**
   * Answers a request read by readWindowRequest: `{ status, body, rows }`, rows being the length of its longest
   * list. `signal` interrupts the queries when the client has gone.
   */
  async answer(request, signal) {
    const connection = await this.#acquire();
    const interrupt = () => connection.interrupt();
    signal?.addEventListener('abort', interrupt);
    try {
      const query = async (sql, values = {}) => {
        // Each connection prepares each query once: the values change, the plan's shape does not.
        let statements = this.#statements.get(connection);
        if (!statements) this.#statements.set(connection, (statements = new Map()));
        let prepared = statements.get(sql);
        if (!prepared) statements.set(sql, (prepared = await connection.prepare(sql)));
        prepared.clearBindings();
        prepared.bind(...this.#bound(values));
        const rows = (await prepared.runAndReadAll()).getRowObjectsJson();
        // A query written by asJsonList gives its rows as one JSON array.
        return rows.length === 1 && Object.keys(rows[0]).join() === 'rows' ? JSON.parse(rows[0].rows) : rows;
      };
      if (request.kind === 'event') return await this.#event(query, request.id);
      return await this.#window(query, request);
    } finally {
      signal?.removeEventListener('abort', interrupt);
      this.#release(connection);
    }
  }

  close() {
    for (const connection of this.#idle) connection.closeSync();
    this.#instance.closeSync();
  }

  async #event(query, id) {
    const [row] = await query(queries.EVENT_BY_ID, { id });
    if (!row) return { status: 404, body: { error: `no event in the archive has the id ${JSON.stringify(id)}` }, rows: 0 };
    const { start_at: start, end_at: end, ...event } = row;
    return { status: 200, body: { title: this.info.title, archive: this.description, window: { start: iso(start), end: iso(end) }, event: withoutEmpties(event) }, rows: 1 };
  }

  async #window(query, request) {
    const { maxEvents } = this.info.limits;
    const window = { start: request.start ?? this.info.start, end: request.end ?? this.info.end };
    if (window.start === undefined || window.end === undefined) throw new RequestError('the archive holds no events: give start and end');
    if (!(window.end > window.start)) throw new RequestError(`end must come after start (the archive runs from ${iso(this.info.start)} to ${iso(this.info.end)})`);
    // The events that start on the window's whole days all overlap it: past the limit, no need to fetch any.
    const innerStart = Math.ceil(window.start / DAY_MS) * DAY_MS;
    const innerEnd = Math.floor(window.end / DAY_MS) * DAY_MS;
    const [{ n: atLeast }] = innerEnd > innerStart ? await query(queries.EVENTS_STARTING_IN_DAYS, { start: innerStart, end: innerEnd }) : [{ n: 0 }];
    if (atLeast <= maxEvents) {
      const rows = await query(queries.WINDOW_EVENTS, { start: window.start, end: window.end, reach: this.#reach(window.start), limit: maxEvents + 1 });
      if (rows.length <= maxEvents) {
        const events = rows.map(({ start_at: _order, ...event }) => withoutEmpties(event));
        const body = { title: this.info.title, archive: this.description, window: { start: iso(window.start), end: iso(window.end) }, total: rows.length, events };
        if (rows.length === 0) body.nearest = await this.#nearest(query, window);
        return { status: 200, body, rows: rows.length };
      }
    }
    return this.#bins(query, window, request);
  }

  async #bins(query, window, { bins, lanes }) {
    const { maxRows, maxLanes } = this.info.limits;
    // Each lane has its own bins: as many lanes (at most) as there are in the archive, so fewer bins each.
    const laneCount = lanes === 'none' ? 1 : Math.min(this.info.lanes[lanes], maxLanes + 1);
    let index = chooseBinLevel(window, Math.max(1, Math.min(bins, Math.floor(maxRows / laneCount))));
    for (;;) {
      const level = BIN_LEVELS[index];
      const whole = wholeUnits(level, window);
      const { daily } = queries.LANES[lanes];
      let { dailyLane, eventLane } = queries.LANES[lanes];
      let kept;
      if (lanes !== 'none' && this.info.lanes[lanes] > maxLanes) {
        const totals = await query(queries.laneTotals(daily), { start: whole.start, end: whole.end, limit: maxLanes + 1 });
        kept = totals.map((row) => row.lane).filter((name) => name !== 'Other').slice(0, maxLanes);
        [dailyLane, eventLane] = [queries.foldedLane(dailyLane), queries.foldedLane(eventLane)];
      }
      const sql = level.unit === 'hour' ? queries.binsFromEvents(eventLane) : queries.binsFromDays(daily, dailyLane, eventLane);
      const values = { width: levelInterval(level), start: whole.start, end: whole.end, reach: this.#reach(whole.start), limit: maxRows + 1, ...(kept ? { kept } : {}) };
      const rows = await query(sql, values);
      if (rows.length > maxRows && index < BIN_LEVELS.length - 1) {
        // Too many lanes for this many bins: fewer, longer bins, in proportion.
        const fewer = Math.max(1, Math.floor((unitCount(level, window) * maxRows) / rows.length));
        index = Math.max(index + 1, chooseBinLevel(window, fewer, index + 1));
        continue;
      }
      const answered = rows.slice(0, maxRows).map((row) => ({
        start: iso(row.bin),
        end: iso(nextUnit(level, floorToLevel(level, row.bin))),
        ...(lanes === 'none' ? {} : { lane: row.lane }),
        count: row.count,
      }));
      const body = {
        title: this.info.title,
        archive: this.description,
        window: { start: iso(whole.start), end: iso(whole.end) },
        total: answered.reduce((sum, bin) => sum + bin.count, 0),
        unit: level.unit,
        step: level.step,
        ...(lanes === 'none' ? {} : { lanes }),
        ...(kept ? { foldedLanes: this.info.lanes[lanes] - kept.length } : {}),
        bins: answered,
      };
      return { status: 200, body, rows: answered.length };
    }
  }

  /** The nearest starts before and after an empty window. */
  async #nearest(query, window) {
    const startDay = Math.floor(window.start / DAY_MS) * DAY_MS;
    const endDay = Math.floor(window.end / DAY_MS) * DAY_MS;
    const [[{ at: before }], [{ at: after }]] = [
      await query(queries.NEAREST_BEFORE, { start: window.start, day: startDay }),
      await query(queries.NEAREST_AFTER, { end: window.end, nextDay: endDay + DAY_MS }),
    ];
    return { before: before === null ? null : iso(before), after: after === null ? null : iso(after) };
  }

  /** How far back an event may start and still overlap `start` without being one of the long ones. */
  #reach(start) {
    return start - queries.LONG_EVENT_DAYS * DAY_MS;
  }

  /** Values and their DuckDB types, for binding: instants as TIMESTAMP, counts as BIGINT, intervals, text lists. */
  #bound(values) {
    const { TIMESTAMP, BIGINT, VARCHAR, INTERVAL, LIST, timestampValue, intervalValue, listValue } = this.#duckdb;
    const bound = {};
    const types = {};
    for (const [name, value] of Object.entries(values)) {
      if (name === 'limit') [bound[name], types[name]] = [value, BIGINT];
      else if (name === 'id') [bound[name], types[name]] = [value, VARCHAR];
      else if (name === 'kept') [bound[name], types[name]] = [listValue(value), LIST(VARCHAR)];
      else if (name === 'width') [bound[name], types[name]] = [intervalValue(value.months, value.days, value.micros), INTERVAL];
      else [bound[name], types[name]] = [timestampValue(BigInt(value) * 1000n), TIMESTAMP];
    }
    return [bound, types];
  }

  async #acquire() {
    const connection = this.#idle.pop();
    if (connection) return connection;
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(connection) {
    const next = this.#waiting.shift();
    if (next) next(connection);
    else this.#idle.push(connection);
  }
}
