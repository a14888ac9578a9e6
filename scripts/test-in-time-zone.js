// Runs the browser test suite with the browser in the given IANA time zone: `node scripts/test-in-time-zone.js Asia/Seoul`.
import { spawnSync } from 'node:child_process';

const [timeZone, ...rest] = process.argv.slice(2);
if (!timeZone) {
  console.error('usage: node scripts/test-in-time-zone.js <IANA time zone> [wtr options]');
  process.exit(2);
}
console.log(`\n== tests with TZ=${timeZone} ==`);
const result = spawnSync('npx', ['wtr', ...rest], { stdio: 'inherit', env: { ...process.env, TZ: timeZone } });
process.exit(result.status ?? 1);
