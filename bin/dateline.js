#!/usr/bin/env node
// The package's command: `npx dateline <command> …`. Each command lives in a module of its own, loaded only
// when asked for (serve needs DuckDB, an optional peer the other commands never load).
const COMMANDS = {
  serve: {
    summary: 'serve a Parquet, CSV or JSON file of events to a windowed <dateline-timeline src> (needs @duckdb/node-api)',
    run: async (args) => (await import('../server/serve-command.js')).runServe(args),
  },
  check: {
    summary: 'read a dataset, TimelineJS or CSV file as the element would and print each problem, with where it is',
    run: async (args) => (await import('./author-commands.js')).runAuthorCommand('check', args),
  },
  convert: {
    summary: 'write a TimelineJS or CSV file (or a dataset) as a Dateline dataset (JSON)',
    run: async (args) => (await import('./author-commands.js')).runAuthorCommand('convert', args),
  },
};

const USAGE = `Usage: dateline <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(9)}${command.summary}`)
  .join('\n')}

dateline <command> --help describes a command.`;

const [name, ...args] = process.argv.slice(2);
if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
  console.log(USAGE);
} else if (Object.hasOwn(COMMANDS, name)) {
  await COMMANDS[name].run(args);
} else {
  console.error(`dateline: no command "${name}"\n\n${USAGE}`);
  process.exitCode = 1;
}
