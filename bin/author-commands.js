// `dateline check <file>` and `dateline convert <file>`, the commands for data authors. Both read a Dateline
// dataset, a JSON list of events, TimelineJS JSON or a spreadsheet saved as CSV with the library's own model,
// so that they say of a file what <dateline-timeline src> would. The model is the compiled one in lib/ (the
// published package); in a source checkout, where lib/ may be stale or missing, the sources through tsx.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const DATE_FORMAT_HELP = `  --date-format <pattern>  how a CSV writes its start and end dates, in date-fns's letters: dd/MM/yyyy,
                           d MMM yyyy, MMM yyyy, dd/MM/yyyy HH:mm (ISO 8601 dates are read too)`;

export const CHECK_USAGE = `dateline check <file> [options]

Reads a Dateline dataset or TimelineJS file (.json) or a spreadsheet saved as CSV (.csv: Dateline's columns or
the TimelineJS sheet template) as <dateline-timeline src> would, and prints each problem: its severity, where
it is (a JSON Pointer such as /events/3/start, or a spreadsheet row and column) and what is wrong, then a count.
Exit status: 1 when there is an error (an event left out, or data that cannot be read), else 0; 2 when the
file cannot be opened or the command is mistyped.

Options:
${DATE_FORMAT_HELP}
  --json                   print { file, format, events, errors, warnings, issues } as JSON instead
  -h, --help               this text`;

export const CONVERT_USAGE = `dateline convert <file> [options]

Reads a file as dateline check does and writes it as a Dateline dataset (JSON) to standard output, or to the
file -o names. Its problems go to standard error as check prints them; an event with an error is left out of
the dataset, and the exit status is then 1.

Options:
  -o, --output <file>      write the dataset to this file instead of standard output
${DATE_FORMAT_HELP}
  -h, --help               this text`;

/** A mistake in the command line or a file that cannot be opened: a message and exit status 2, no stack trace. */
export class CommandLineError extends Error {}

/**
 * The model's functions the commands use. In a source checkout (src/model beside lib/) the sources are read
 * through tsx, a development dependency, so that the command never runs an out-of-date build; elsewhere, lib/.
 */
export async function loadModel(packageRoot = new URL('../', import.meta.url)) {
  const sources = new URL('src/model/', packageRoot);
  if (existsSync(new URL('index.ts', sources))) {
    const tsx = await import('tsx/esm/api').catch(() => undefined);
    if (tsx) {
      const [index, reading] = await Promise.all([tsx.tsImport(new URL('index.ts', sources).href, import.meta.url), tsx.tsImport(new URL('read-dataset-text.ts', sources).href, import.meta.url)]);
      return { ...index, ...reading };
    }
  }
  const compiled = new URL('lib/model/', packageRoot);
  if (!existsSync(new URL('index.js', compiled))) {
    throw new CommandLineError(`the compiled model (lib/model/) is missing: run \`npm run build\` in ${fileURLToPath(packageRoot)} first`);
  }
  const [index, reading] = await Promise.all([import(new URL('index.js', compiled).href), import(new URL('read-dataset-text.js', compiled).href)]);
  return { ...index, ...reading };
}

/** Reads a file of events with the model: CSV by its extension, else JSON (a dataset, a list of events or TimelineJS). */
export async function readEventsFile(model, file, { dateFormat } = {}) {
  const format = model.formatOf(null, file);
  if (format !== 'csv' && dateFormat !== undefined) throw new CommandLineError(`--date-format is for CSV files; ${file} is read as JSON`);
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CommandLineError(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'it is a folder' : error.message}`);
  }
  const result = format === 'csv' ? model.fromCSV(text, dateFormat === undefined ? {} : { dateFormat }) : await model.readDatasetText(text, 'json');
  return { format, ...result };
}

/** Where an issue is, in the file's own terms: its JSON Pointer, or for a CSV the spreadsheet row and column the pointer names. */
export function issuePlace(path, format) {
  if (path === '') return '(file)';
  const match = format === 'csv' ? /^\/rows\/(\d+)(?:\/(.+))?$/.exec(path) : null;
  if (!match) return path;
  const column = match[2]?.replaceAll('~1', '/').replaceAll('~0', '~');
  return column === undefined ? `row ${match[1]}` : `row ${match[1]}, column ${column}`;
}

const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Issues in the order of their places: each event's together, rows in number order. */
const byPlace = (a, b) => a.path.localeCompare(b.path, 'en', { numeric: true });

/** The lines check prints: one per issue (severity, place, message) in the order of their places, then the counts. */
export function issueLines({ format, events, issues: unordered }) {
  const issues = unordered.toSorted(byPlace);
  const places = issues.map((issue) => issuePlace(issue.path, format));
  const width = Math.min(Math.max(0, ...places.map((place) => place.length)), 32);
  const lines = issues.map((issue, index) => `${issue.severity.padEnd(7)}  ${places[index].padEnd(width)}  ${issue.message}`);
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  lines.push(`${count(events.length, 'event')} read, ${count(errors, 'error')}, ${count(issues.length - errors, 'warning')}`);
  // The model words its advice for the element's attribute; a reader of the command wants the option.
  const suggested = issues.map((issue) => /date-format="([^"]+)"/.exec(issue.message)?.[1]).find(Boolean);
  if (suggested) lines.push(`To read the dates as written, add --date-format "${suggested}"`);
  return lines;
}

/** An event's field as its author wrote it: the dates as written, the history without the spans read from it. */
const authoredValue = (event, field) => {
  if (field === 'start') return event.startText;
  if (field === 'end') return event.endText;
  if (field === 'history') return event.history?.map(({ span: _span, ...entry }) => entry);
  return event[field];
};

/**
 * The dataset an author would have written for what was read: each event with the schema's fields in the
 * schema's order, the dataset's header and its eras, their dates as written.
 */
export function authoredDataset(model, { dataset, events }) {
  const eventFields = Object.keys(model.TimelineEventSchema.entries);
  const authoredEvent = (event) => {
    const authored = {};
    for (const field of eventFields) {
      const value = authoredValue(event, field);
      if (value !== undefined) authored[field] = value;
    }
    return authored;
  };
  const out = { title: dataset.title };
  for (const field of ['description', 'updated', 'credit', 'media']) {
    if (dataset[field] !== undefined) out[field] = dataset[field];
  }
  if (dataset.eras?.length) out.eras = dataset.eras.map((era) => ({ title: era.title, start: era.startText, ...(era.endText === undefined ? {} : { end: era.endText }) }));
  out.events = events.map(authoredEvent);
  return out;
}

/** Parses a command's arguments: one file and the options given; a mistake is a CommandLineError. */
function commandLine(command, args, usage, options) {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { ...options, 'date-format': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    throw new CommandLineError(`${error.message}\n\n${usage}`);
  }
  if (parsed.values.help) return undefined;
  if (parsed.positionals.length !== 1) throw new CommandLineError(`takes one file (given ${parsed.positionals.length})\n\n${usage}`);
  return { file: parsed.positionals[0], ...parsed.values };
}

/** `dateline check`: resolves to the exit status. `out` and `err` print a line each. */
export async function check(args, { out = console.log, model } = {}) {
  const line = commandLine('check', args, CHECK_USAGE, { json: { type: 'boolean' } });
  if (!line) {
    out(CHECK_USAGE);
    return 0;
  }
  const read = await readEventsFile(model ?? (await loadModel()), line.file, { dateFormat: line['date-format'] });
  const errors = read.issues.filter((issue) => issue.severity === 'error').length;
  if (line.json) {
    out(JSON.stringify({ file: line.file, format: read.format, events: read.events.length, errors, warnings: read.issues.length - errors, issues: read.issues }, null, 2));
  } else {
    for (const text of issueLines(read)) out(text);
  }
  return errors > 0 ? 1 : 0;
}

/** `dateline convert`: resolves to the exit status. The dataset goes to `out` (or the file), the issues to `err`. */
export async function convert(args, { out = (text) => process.stdout.write(text), err = console.error, model } = {}) {
  const line = commandLine('convert', args, CONVERT_USAGE, { output: { type: 'string', short: 'o' } });
  if (!line) {
    out(`${CONVERT_USAGE}\n`);
    return 0;
  }
  if (line.output !== undefined && resolve(line.output) === resolve(line.file)) throw new CommandLineError(`-o names the file being read (${line.file}); write the dataset to another file`);
  const loaded = model ?? (await loadModel());
  const read = await readEventsFile(loaded, line.file, { dateFormat: line['date-format'] });
  const json = `${JSON.stringify(authoredDataset(loaded, read), null, 2)}\n`;
  if (line.output === undefined) out(json);
  else {
    try {
      await writeFile(line.output, json);
    } catch (error) {
      throw new CommandLineError(`cannot write ${line.output}: ${error.message}`);
    }
  }
  for (const text of issueLines(read)) err(text);
  if (read.dataset.lanes === 'category') err('The groups became each event\'s category: set lanes="category" on the element to draw them as lanes.');
  if (line.output !== undefined) err(`wrote ${line.output}`);
  return read.issues.some((issue) => issue.severity === 'error') ? 1 : 0;
}

/** The command line's entry for a command: sets the exit status; a CommandLineError is a message, not a stack trace. */
export async function runAuthorCommand(name, args) {
  try {
    process.exitCode = await (name === 'check' ? check : convert)(args);
  } catch (error) {
    if (!(error instanceof CommandLineError)) throw error;
    console.error(`dateline ${name}: ${error.message}`);
    process.exitCode = 2;
  }
}
