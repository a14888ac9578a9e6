// The SQL that answers the protocol, in one place (the README shows the same queries, and their ClickHouse
// equivalents). Every value comes in as a bound parameter ($start, $end, $width, …); what varies in the text is
// chosen from the fixed strings below, never taken from a request.
//
// The relations, made when the archive opens (archive.js):
// - `events`: one row per event (archive-columns.js), sorted by start_at. A sorted Parquet file with TIMESTAMP
//   dates is queried where it lies (its row groups' statistics skip what a window does not reach); other files
//   are loaded into a table once.
// - `long_events`: the few events longer than LONG_EVENT_DAYS, so that every other event overlapping a window
//   is found by its start alone (start_at >= start − LONG_EVENT_DAYS), which the row groups index.
// - `daily`, `daily_actor`, `daily_category`: how many events start on each UTC day (per lane): the counts of
//   every bin of a day or longer.

export const LONG_EVENT_DAYS = 31;

/** Events overlapping [$start, $end): those that start in it, and those that started before and still run. */
export const overlapping = ({ start = '$start', end = '$end', reach = '$reach' } = {}) => `
  SELECT * FROM events
   WHERE start_at >= ${reach} AND start_at < ${end} AND end_at > ${start}
     AND end_at <= start_at + INTERVAL ${LONG_EVENT_DAYS} DAY
  UNION ALL
  SELECT * FROM long_events WHERE start_at < ${end} AND end_at > ${start}`;

/**
 * Per UTC day: how many events start, the first and last start, the last end and the longest span (the counts
 * of every bin of a day or longer, the archive's extent, the nearest events around a window); and per day and
 * lane, how many start, for each lanes mode. Made from one pass over the events, by day and both lanes.
 */
export const CREATE_DAILY = [
  `CREATE TEMPORARY TABLE daily_by_lanes AS
    SELECT time_bucket(INTERVAL 1 DAY, start_at) AS day, actor_lane, category_lane, count(*) AS n,
      min(start_at) AS first_start, max(start_at) AS last_start, max(end_at) AS last_end, max(end_at - start_at) AS longest
    FROM events GROUP BY ALL`,
  `CREATE TABLE daily AS
    SELECT day, sum(n) AS n, min(first_start) AS first_start, max(last_start) AS last_start, max(last_end) AS last_end, max(longest) AS longest
    FROM daily_by_lanes GROUP BY day ORDER BY day`,
  `CREATE TABLE daily_actor AS SELECT day, actor_lane AS lane, sum(n) AS n FROM daily_by_lanes GROUP BY ALL ORDER BY day`,
  `CREATE TABLE daily_category AS SELECT day, category_lane AS lane, sum(n) AS n FROM daily_by_lanes GROUP BY ALL ORDER BY day`,
  `DROP TABLE daily_by_lanes`,
];

export const ARCHIVE_SUMMARY = `SELECT CAST(coalesce(sum(n), 0) AS DOUBLE) AS total,
    CAST(epoch_ms(min(first_start)) AS DOUBLE) AS "start", CAST(epoch_ms(max(last_end)) AS DOUBLE) AS "end",
    coalesce(max(longest) > INTERVAL ${LONG_EVENT_DAYS} DAY, false) AS "hasLongEvents",
    (SELECT CAST(count(DISTINCT lane) AS DOUBLE) FROM daily_actor) AS "actorLanes",
    (SELECT CAST(count(DISTINCT lane) AS DOUBLE) FROM daily_category) AS "categoryLanes"
  FROM daily`;

/** Made only when the archive has long events (ARCHIVE_SUMMARY says so), else empty: one pass over the file fewer. */
export const createLongEvents = (hasLongEvents) => `CREATE TABLE long_events AS
  SELECT * FROM events WHERE ${hasLongEvents ? `end_at > start_at + INTERVAL ${LONG_EVENT_DAYS} DAY` : 'false'}`;

/** Where each `lanes` mode finds its daily counts, and its lane there and among the events. */
export const LANES = {
  none: { daily: 'daily', dailyLane: `''`, eventLane: `''` },
  actor: { daily: 'daily_actor', dailyLane: 'lane', eventLane: 'actor_lane' },
  category: { daily: 'daily_category', dailyLane: 'lane', eventLane: 'category_lane' },
};
/** A lane kept when in $kept, else counted as "Other". */
export const foldedLane = (lane) => `CASE WHEN list_contains($kept, ${lane}) THEN ${lane} ELSE 'Other' END`;

/**
 * A query's rows as one JSON array, in the given order: DuckDB writes the JSON, which costs far less than
 * handing rows to JavaScript one value at a time.
 */
export const asJsonList = (sql, order) => `SELECT CAST(coalesce(to_json(list(row ORDER BY ${order})), '[]') AS VARCHAR) AS rows FROM (${sql}) AS row`;

/** The events of a window, in time order, at most $limit of them (start_at orders them; it is not sent). */
export const WINDOW_EVENTS = asJsonList(
  `SELECT * EXCLUDE (end_at, actor_lane, category_lane) FROM (${overlapping()}) ORDER BY start_at, id LIMIT $limit`,
  'row.start_at, row.id',
);

/** Events that start on the whole days in [$start, $end): all of them overlap any window holding those days. */
export const EVENTS_STARTING_IN_DAYS = `SELECT CAST(coalesce(sum(n), 0) AS DOUBLE) AS n FROM daily WHERE day >= $start AND day < $end`;

/**
 * Counts per bin of a day or longer ($width), per lane, over a window of whole bins: the daily counts summed by
 * bin, and the events that began before the window and still run counted in its first bin.
 */
export const binsFromDays = (daily, dailyLane, eventLane) =>
  asJsonList(
    `SELECT CAST(epoch_ms(bin) AS DOUBLE) AS bin, lane, CAST(sum(n) AS DOUBLE) AS count FROM (
      SELECT time_bucket($width, day) AS bin, ${dailyLane} AS lane, sum(n) AS n FROM ${daily}
       WHERE day >= $start AND day < $end GROUP BY ALL
      UNION ALL
      SELECT $start AS bin, ${eventLane} AS lane, count(*) AS n FROM (${overlapping({ end: '$start' })}) GROUP BY ALL
    ) GROUP BY ALL ORDER BY bin, lane LIMIT $limit`,
    'row.bin, row.lane',
  );

/** Counts per bin shorter than a day ($width), per lane, from the events themselves (the window is short). */
export const binsFromEvents = (eventLane) =>
  asJsonList(
    `SELECT CAST(epoch_ms(time_bucket($width, greatest(start_at, $start))) AS DOUBLE) AS bin, ${eventLane} AS lane, CAST(count(*) AS DOUBLE) AS count
    FROM (${overlapping()}) GROUP BY ALL ORDER BY bin, lane LIMIT $limit`,
    'row.bin, row.lane',
  );

/** How many events each lane starts in a window, most first. */
export const laneTotals = (daily) => `SELECT lane, sum(n) AS n FROM ${daily}
  WHERE day >= $start AND day < $end GROUP BY ALL ORDER BY n DESC, lane LIMIT $limit`;

/** One event by its id. */
export const EVENT_BY_ID = `SELECT * EXCLUDE (actor_lane, category_lane) REPLACE (CAST(epoch_ms(start_at) AS DOUBLE) AS start_at, CAST(epoch_ms(end_at) AS DOUBLE) AS end_at)
  FROM events WHERE id = $id LIMIT 1`;

/** The last start before $start: on the days before its day ($day), or on its day before it. */
export const NEAREST_BEFORE = `SELECT CAST(epoch_ms(greatest(
    (SELECT max(last_start) FROM daily WHERE day < $day),
    (SELECT max(start_at) FROM events WHERE start_at >= $day AND start_at < $start))) AS DOUBLE) AS at`;

/** The first start from $end on: on its day (from $day to $nextDay), or on the days after. */
export const NEAREST_AFTER = `SELECT CAST(epoch_ms(least(
    (SELECT min(start_at) FROM events WHERE start_at >= $end AND start_at < $nextDay),
    (SELECT min(first_start) FROM daily WHERE day >= $nextDay))) AS DOUBLE) AS at`;
