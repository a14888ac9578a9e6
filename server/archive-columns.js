// How a file's columns become the archive's events: the SQL that reads a Parquet, CSV or JSON file and gives one
// row per event with the dataset's fields (id, title, start, end, summary, actors, category, status, location,
// importance, claimedBy, responses, history, sources) and what the queries need: `start_at` and `end_at`, the
// exact span the dates name (UTC, the end exclusive, as the element reads them), and the lane of each
// `lanes` mode (`actor_lane`: the first actor; `category_lane`: the category; "Other" for neither).
//
// Dates may be text (partial ISO 8601: 2024, 2024-06, 2024-06-19, 2024-06-19T02:22+09:00, each naming its
// whole span), DATE (a day) or TIMESTAMP / TIMESTAMPTZ (a minute, written back in UTC). Column names come from
// the file (matched without regard to case, `claimed_by` as well as `claimedBy`); nothing here comes from a
// request.

/** The element's name for the lane of events with no actor or no category (src/layout/lanes.ts). */
export const OTHER_LANE = 'Other';

/** The forms of a partial date the element reads (src/model/schema.ts), in RE2 syntax, with named parts. */
const PARTIAL_DATE = '^(-?\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3}))?)?(Z|[+-]\\d{2}:\\d{2}))?)?)?$';
const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'fraction', 'offset'];

export const identifier = (name) => `"${name.replaceAll('"', '""')}"`;
export const literal = (text) => `'${text.replaceAll("'", "''")}'`;

const TIMESTAMP_TYPES = /^TIMESTAMP(_S|_MS|_NS)?$/;
const isTypedDate = (type) => type === 'DATE' || type === 'TIMESTAMP WITH TIME ZONE' || TIMESTAMP_TYPES.test(type);
const isList = (type) => type.endsWith('[]');
const isNested = (type) => isList(type) || type.startsWith('STRUCT');

/** A text cell, trimmed, empty as NULL; as it is when the file is read as written (`clean` false). */
const textOf = (column, clean = true) => (clean ? `nullif(trim(CAST(${column} AS VARCHAR)), '')` : `CAST(${column} AS VARCHAR)`);
/** Names separated by `;` in text, or a list of names, trimmed, empty ones left out (a list is taken as it is when `clean` is false). */
function namesOf(column, type, clean = true) {
  if (isList(type)) return clean ? `list_filter(list_transform(${column}, name -> trim(CAST(name AS VARCHAR))), name -> name <> '')` : `CAST(${column} AS VARCHAR[])`;
  return `list_filter(list_transform(string_split(CAST(${column} AS VARCHAR), ';'), name -> trim(name)), name -> name <> '')`;
}

/**
 * The span a date column names, as SQL expressions over the source row: `at` (its first instant), `spanEnd`
 * (the instant after its last) and `text` (as the dataset writes it); for a typed column, `unit`, the length of
 * every span. Text dates are read from their parts, which `partsColumn` holds (see `partsSelect`); a date that
 * does not exist (2024-02-30) gives NULL.
 */
function dateSpan(column, type, partsColumn) {
  if (type === 'DATE') {
    const at = `CAST(${column} AS TIMESTAMP)`;
    return { at, unit: 'INTERVAL 1 DAY', spanEnd: `${at} + INTERVAL 1 DAY`, text: `strftime(${column}, '%Y-%m-%d')` };
  }
  if (isTypedDate(type)) {
    // The same type, so that a filter on the span's start reaches the file's statistics (Parquet row groups).
    const at = type === 'TIMESTAMP WITH TIME ZONE' ? `timezone('UTC', ${column})` : `CAST(${column} AS TIMESTAMP)`;
    return {
      at,
      unit: 'INTERVAL 1 MINUTE',
      spanEnd: `${at} + INTERVAL 1 MINUTE`,
      text: `CASE WHEN second(${at}) = 0 THEN strftime(${at}, '%Y-%m-%dT%H:%MZ') ELSE strftime(${at}, '%Y-%m-%dT%H:%M:%SZ') END`,
    };
  }
  const part = (name) => `nullif(${partsColumn}.${name}, '')`;
  const offsetMinutes = `CASE WHEN coalesce(${part('offset')}, 'Z') = 'Z' THEN 0 ELSE (CASE WHEN left(${part('offset')}, 1) = '-' THEN -1 ELSE 1 END) * (CAST(substr(${part('offset')}, 2, 2) AS INTEGER) * 60 + CAST(substr(${part('offset')}, 5, 2) AS INTEGER)) END`;
  const local = `try(make_timestamp(CAST(${part('year')} AS INTEGER), CAST(coalesce(${part('month')}, '1') AS INTEGER), CAST(coalesce(${part('day')}, '1') AS INTEGER), CAST(coalesce(${part('hour')}, '0') AS INTEGER), CAST(coalesce(${part('minute')}, '0') AS INTEGER), CAST(coalesce(${part('second')}, '0') || '.' || coalesce(${part('fraction')}, '0') AS DOUBLE)))`;
  // A time with an offset past 23:59 is no date (the element says so too).
  const at = `CASE WHEN CAST(coalesce(${part('hour')}, '0') AS INTEGER) <= 23 THEN ${local} - to_minutes(${offsetMinutes}) END`;
  const unit = `CASE WHEN ${part('hour')} IS NOT NULL THEN INTERVAL 1 MINUTE WHEN ${part('day')} IS NOT NULL THEN INTERVAL 1 DAY WHEN ${part('month')} IS NOT NULL THEN INTERVAL 1 MONTH ELSE INTERVAL 1 YEAR END`;
  return { at, spanEnd: `${at} + ${unit}`, text: textOf(column) };
}

/** The parts of a text date, as a STRUCT of strings ('' for a part not written; all '' when it is no partial date). */
const partsSelect = (column) => `regexp_extract(trim(CAST(${column} AS VARCHAR)), ${literal(PARTIAL_DATE)}, [${PARTS.map(literal).join(', ')}])`;

/**
 * The SELECT that gives the archive's events from `source` (a relation such as `read_parquet('…')`), given its
 * columns (`[{ name, type }]`, as DESCRIBE gives them). Throws with a message for the operator when a required
 * column is missing. `rowIds`: rows without an id get `row-<n>`, n the spreadsheet row (CSV, header at row 1).
 * `clean`: text is trimmed and empty text read as none, which costs seconds per ten million rows: worth it once,
 * when a file is loaded, not on every request to a file queried where it lies (that one is read as written).
 */
export function eventsSelect(source, columns, { rowIds = false, clean = true } = {}) {
  const byName = new Map(columns.map((column) => [column.name.trim().toLowerCase(), column]));
  const find = (...names) => names.map((name) => byName.get(name.toLowerCase())).find(Boolean);
  const missing = ['title', 'start', ...(rowIds ? [] : ['id'])].filter((name) => !find(name));
  if (missing.length) {
    throw new Error(`the file has no ${missing.join(' or ')} column (found: ${columns.map((column) => column.name).join(', ') || 'none'}); see "An archive on a server" in the README for the columns an archive may have`);
  }
  const column = (found) => `source.${identifier(found.name)}`;
  const start = find('start');
  const end = find('end');
  const textDates = [start, end].filter((found) => found && !isTypedDate(found.type));
  const partsOf = (found) => `${identifier(`dateline_parts_${found === start ? 'start' : 'end'}`)}`;
  const startSpan = dateSpan(column(start), start.type, partsOf(start));
  const endSpan = end ? dateSpan(column(end), end.type, partsOf(end)) : undefined;

  const id = find('id');
  const text = (found) => textOf(column(found), clean);
  const names = (found) => namesOf(column(found), found.type, clean);
  const idExpression = rowIds ? `coalesce(${id ? text(id) : 'NULL'}, 'row-' || CAST(row_number() OVER () + 1 AS VARCHAR))` : text(id);
  const fields = [`${idExpression} AS id`, `${text(find('title'))} AS title`, `${startSpan.text} AS start`, `${endSpan ? endSpan.text : 'CAST(NULL AS VARCHAR)'} AS "end"`];
  for (const name of ['summary', 'category', 'status', 'location', 'importance']) {
    const found = find(name);
    fields.push(`${found ? text(found) : 'CAST(NULL AS VARCHAR)'} AS ${identifier(name)}`);
  }
  const actors = find('actors');
  fields.push(`${actors ? names(actors) : 'CAST(NULL AS VARCHAR[])'} AS actors`);
  const claimedBy = find('claimedBy', 'claimed_by');
  if (claimedBy) fields.push(`${names(claimedBy)} AS "claimedBy"`);
  const responses = find('responses');
  const deniedBy = find('denied_by');
  if (responses && isNested(responses.type)) fields.push(`${column(responses)} AS responses`);
  else if (deniedBy) fields.push(`list_transform(${names(deniedBy)}, actor -> {'actor': actor, 'stance': 'denies'}) AS responses`);
  const history = find('history');
  if (history && isNested(history.type)) fields.push(`${column(history)} AS history`);
  const sources = find('sources');
  const sourceName = find('source');
  const sourceUrl = find('source_url');
  if (sources && isNested(sources.type)) fields.push(`${column(sources)} AS sources`);
  else if (sourceName || sourceUrl) {
    const name = sourceName ? text(sourceName) : 'NULL';
    const url = sourceUrl ? text(sourceUrl) : 'CAST(NULL AS VARCHAR)';
    fields.push(`CASE WHEN coalesce(${name}, ${url}) IS NOT NULL THEN [{'name': coalesce(${name}, ${url}), 'url': ${url}}] END AS sources`);
  }
  fields.push(`${startSpan.at} AS start_at`, `${startSpan.spanEnd} AS start_span_end`);
  fields.push(endSpan ? `${endSpan.at} AS end_span_start, ${endSpan.spanEnd} AS end_span_end` : 'CAST(NULL AS TIMESTAMP) AS end_span_start, CAST(NULL AS TIMESTAMP) AS end_span_end');

  const withParts = textDates.length ? `(SELECT *, ${textDates.map((found) => `${partsSelect(identifier(found.name))} AS ${partsOf(found)}`).join(', ')} FROM ${source})` : source;
  // An event's span runs to the end of whichever of its dates ends later: with dates of one type, its end's.
  const sameUnit = startSpan.unit !== undefined && (!endSpan || endSpan.unit === startSpan.unit);
  const endAt = sameUnit ? `coalesce(end_span_start, start_at) + ${startSpan.unit}` : 'greatest(start_span_end, end_span_end)';
  // An event is kept when it has an id, a title and a start that reads, and an end (if any) that reads and does not
  // come before its start. A file read as written has been checked for ids and titles already (archive.js).
  const endReads = end && !isTypedDate(end.type) ? '("end" IS NULL OR (end_span_start IS NOT NULL AND end_span_start >= start_at))' : '(end_span_start IS NULL OR end_span_start >= start_at)';
  return `SELECT * EXCLUDE (start_span_end, end_span_start, end_span_end),
    ${endAt} AS end_at,
    coalesce(actors[1], ${literal(OTHER_LANE)}) AS actor_lane,
    coalesce(category, ${literal(OTHER_LANE)}) AS category_lane
  FROM (SELECT ${fields.join(',\n    ')} FROM ${withParts} AS source)
  WHERE ${clean ? 'id IS NOT NULL AND title IS NOT NULL AND ' : ''}start_at IS NOT NULL AND ${endReads}`;
}
