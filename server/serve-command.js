// `dateline serve <file>`: opens an archive file with DuckDB and answers the windowed protocol on 127.0.0.1
// until stopped. Prints where it listens (`listening on http://127.0.0.1:<port>/events`) once it can answer.
import { parseArgs } from 'node:util';
import { openArchive, DEFAULT_LIMITS } from './archive.js';
import { createArchiveServer, readAllowedOrigins } from './archive-server.js';
import { DuckDBMissingError } from './load-duckdb.js';

export const SERVE_USAGE = `dateline serve <file> [options]

Serves a Parquet, CSV or JSON file of events to <dateline-timeline src="http://127.0.0.1:8787/events?start={start}&end={end}&bins={bins}">
through DuckDB: the events of the window asked for when there are at most --max-events of them, else counts
in calendar bins. See "An archive on a server" in the README for the protocol and the columns a file may have.

Options:
  --port <n>             port on 127.0.0.1 (default 8787; 0 picks a free one)
  --allow-origin <list>  origins whose pages may read the archive, separated by commas (default *: any)
  --max-events <n>       most events in one answer; more become bins (default ${DEFAULT_LIMITS.maxEvents})
  --max-bins <n>         largest bins= a request may ask for (default ${DEFAULT_LIMITS.maxBins})
  --max-lanes <n>        lanes counted apart in bins; the rest count as "Other" (default ${DEFAULT_LIMITS.maxLanes})
  --format <format>      parquet, csv or json (default: from the file's extension)
  --title <text>         the archive's title in answers (default: the dataset's title or the file's name)
  --quiet                no line per request
  -h, --help             this text`;

const wholeNumber = (text, name, min) => {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min) throw new Error(`--${name} must be a whole number from ${min}`);
  return Number(text);
};

/** Runs the command with its arguments (after `serve`); resolves once listening, with the server and its URL. */
export async function serve(args, { out = console.log, err = console.error } = {}) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '8787' },
      'allow-origin': { type: 'string', default: '*' },
      'max-events': { type: 'string' },
      'max-bins': { type: 'string' },
      'max-lanes': { type: 'string' },
      format: { type: 'string' },
      title: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    out(SERVE_USAGE);
    return undefined;
  }
  if (positionals.length !== 1) throw new Error(`dateline serve takes one file (given ${positionals.length})\n\n${SERVE_USAGE}`);
  if (values.format !== undefined && !['parquet', 'csv', 'json'].includes(values.format)) throw new Error('--format must be parquet, csv or json');
  const port = wholeNumber(values.port, 'port', 0);
  if (port > 65535) throw new Error('--port must be at most 65535');
  const allowedOrigins = readAllowedOrigins(values['allow-origin']);
  const limits = Object.fromEntries(
    Object.entries({ maxEvents: wholeNumber(values['max-events'], 'max-events', 0), maxBins: wholeNumber(values['max-bins'], 'max-bins', 1), maxLanes: wholeNumber(values['max-lanes'], 'max-lanes', 1) }).filter(([, value]) => value !== undefined),
  );

  const archive = await openArchive(positionals[0], { format: values.format, title: values.title, limits });
  const { info } = archive;
  out(
    `${info.title}: ${info.total.toLocaleString('en')} events` +
      (info.total ? ` from ${new Date(info.start).toISOString()} to ${new Date(info.end).toISOString()}` : '') +
      ` (${info.format}, ${info.inPlace ? 'queried where it lies' : 'loaded'}; ready in ${(info.openedInMs / 1000).toFixed(1)} s)`,
  );
  if (info.leftOut > 0) err(`${info.leftOut.toLocaleString('en')} rows left out: no id, title or start that reads, or an end before the start`);
  const server = createArchiveServer({ archive, allowedOrigins, log: values.quiet ? () => {} : out });
  server.on('close', () => archive.close());
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}/events`;
  out(`listening on ${url} (origins: ${allowedOrigins === '*' ? 'any' : [...allowedOrigins].join(', ')}; Ctrl+C to stop)`);
  return { server, url, archive };
}

/** The command line's entry: prints a message and sets the exit code instead of throwing. */
export async function runServe(args) {
  try {
    const served = await serve(args);
    if (!served) return;
    const stop = () => served.server.close(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    if (error instanceof DuckDBMissingError) console.error(error.message);
    else if (error?.code === 'EADDRINUSE') console.error(`dateline serve: the port is taken (${error.message}); pick another with --port`);
    else console.error(`dateline serve: ${error?.message ?? error}`);
    process.exitCode = 1;
  }
}
