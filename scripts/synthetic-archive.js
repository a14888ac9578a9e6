// A synthetic wire archive written by DuckDB itself into Parquet, for `npm run archive`, the archive benchmark
// and the server's test: `count` items over `years` years from `from`, sorted by start (so that the server
// queries the file where it lies), each from a desk (its category) about a country (its actor), most of them
// instants, some lasting hours or days, a few months or more. The same arguments give the same file: every
// "random" choice is a hash of the item's number.
import { stat } from 'node:fs/promises';

const DESKS = ['Politics', 'Business', 'World', 'Conflict', 'Science', 'Health', 'Climate', 'Sport'];
const COUNTRIES = ['Ukraine', 'Russia', 'United States', 'China', 'France', 'Germany', 'India', 'Brazil', 'Nigeria', 'Japan', 'South Korea', 'North Korea', 'Israel', 'Iran', 'Turkey', 'Mexico'];
const SUBJECTS = ['Parliament', 'Central bank', 'Army', 'Court', 'Ministry', 'Union', 'Regulator', 'Opposition', 'Agency', 'Prime minister', 'Police', 'Company'];
const VERBS = ['announces', 'rejects', 'confirms', 'delays', 'approves', 'denies', 'suspends', 'extends', 'reviews', 'launches'];
const THINGS = ['talks', 'budget', 'inquiry', 'sanctions', 'strike', 'ceasefire', 'merger', 'election date', 'aid package', 'vaccine trial', 'reform', 'deal'];

const list = (names) => `[${names.map((name) => `'${name.replaceAll("'", "''")}'`).join(', ')}]`;

/** A whole number in [0, n) from the item's number and a salt: the same on every run. */
const pick = (salt, n) => `CAST(hash(i, '${salt}') % ${n} AS INTEGER)`;

/**
 * The SQL (a COPY statement) that writes the archive. `rowGroupSize`: rows per Parquet row group, the finest
 * step by which a query skips what a window does not reach.
 */
export function syntheticArchiveSQL(path, { count, years, from = '1995-01-01', rowGroupSize = 32_768 }) {
  const seconds = Math.round(years * 365.2425 * 86_400);
  return `COPY (
  WITH items AS (
    SELECT i,
      TIMESTAMP '${from}' + to_seconds(CAST(hash(i, 'start') % ${seconds} AS BIGINT) // 60 * 60) AS start,
      ${pick('span', 10_000)} AS span,
      ${pick('desk', DESKS.length)} + 1 AS desk,
      ${pick('country', COUNTRIES.length)} + 1 AS country,
      ${pick('status', 100)} AS status
    FROM range(${count}) AS numbers(i)
  )
  SELECT 'wire-' || i AS id,
    ${list(SUBJECTS)}[${pick('subject', SUBJECTS.length)} + 1] || ' ' || ${list(VERBS)}[${pick('verb', VERBS.length)} + 1] || ' ' || ${list(THINGS)}[${pick('thing', THINGS.length)} + 1] AS title,
    start,
    CASE
      WHEN span < 700 THEN start + to_hours(1 + CAST(hash(i, 'hours') % 72 AS BIGINT))
      WHEN span < 800 THEN start + to_days(1 + CAST(hash(i, 'days') % 14 AS BIGINT))
      WHEN span < 801 THEN start + to_days(40 + CAST(hash(i, 'months') % 500 AS BIGINT))
    END AS "end",
    CASE WHEN status < 60 THEN 'confirmed' WHEN status < 80 THEN 'reported' WHEN status < 90 THEN 'alleged' WHEN status < 95 THEN 'disputed' ELSE 'expected' END AS status,
    [${list(COUNTRIES)}[country]] AS actors,
    ${list(DESKS)}[desk] AS category,
    CASE WHEN span >= 9990 THEN 'key' END AS importance
  FROM items
  ORDER BY start, i
) TO '${path.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${rowGroupSize})`;
}

/** Writes the archive to `path` with DuckDB; resolves to how long it took (ms) and the file's size (bytes). */
export async function writeSyntheticArchive(path, options) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const started = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(syntheticArchiveSQL(path, options));
  connection.closeSync();
  instance.closeSync();
  return { ms: performance.now() - started, bytes: (await stat(path)).size };
}
