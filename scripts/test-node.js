// Runs the tests that need no browser, in Node: the pure model and layout (test/model, test/layout,
// test/fixtures, TypeScript through tsx) once under each of the two time zones at the ends of the calendar
// day, then the Node integration tests (test/node: examples, package, accessibility tree, display
// preferences), which start their own browsers. `npm run test:node [-- file ...]`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const PURE_FOLDERS = ['test/model', 'test/layout', 'test/fixtures'];
const TIME_ZONES = ['America/Los_Angeles', 'Pacific/Kiritimati'];

const testsIn = (folder, ending) =>
  readdirSync(folder, { recursive: true })
    .filter((file) => String(file).endsWith(ending))
    .map((file) => join(folder, String(file)))
    .sort();

const requested = process.argv.slice(2);
const pure = requested.length ? requested.filter((file) => file.endsWith('.ts')) : PURE_FOLDERS.flatMap((folder) => testsIn(folder, '.test.ts'));
const integration = requested.length ? requested.filter((file) => file.endsWith('.js')) : testsIn('test/node', '.test.js');

const failed = [];
const run = (label, args, env = {}) => {
  console.log(`\n== ${label} ==`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failed.push(label);
};

if (pure.length) {
  for (const timeZone of TIME_ZONES) run(`model and layout in Node, TZ=${timeZone}`, ['--import', 'tsx', '--test', ...pure], { TZ: timeZone });
}
if (integration.length) run('Node integration tests', ['--test', ...integration]);

if (failed.length) {
  console.error(`\nNode tests failed: ${failed.join('; ')}`);
  process.exit(1);
}
