// Runs the browser test suite once per browser and time zone, one run at a time (the machines have two
// cores): Chromium and Firefox, each under TZ=America/Los_Angeles and TZ=Pacific/Kiritimati, the two
// ends of the calendar day. `node scripts/test-browsers.js [TZ ...] [-- wtr options]`.
import { spawnSync } from 'node:child_process';
import { findFirefox } from './find-chrome.js';

const separator = process.argv.indexOf('--');
const args = separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator);
const wtrOptions = separator === -1 ? [] : process.argv.slice(separator + 1);
const timeZones = args.length > 0 ? args : ['America/Los_Angeles', 'Pacific/Kiritimati'];
const requested = process.env.BROWSERS?.split(',').map((name) => name.trim());
const browsers = requested ?? ['chromium', ...(findFirefox({ required: process.env.CI === 'true' }) ? ['firefox'] : [])];
if (!browsers.includes('firefox')) console.warn('Firefox not found (apt-get install -y firefox-esr): testing in Chromium only.');

const failed = [];
for (const browser of browsers) {
  for (const timeZone of timeZones) {
    console.log(`\n== ${browser}, TZ=${timeZone} ==`);
    const result = spawnSync('npx', ['wtr', ...wtrOptions], { stdio: 'inherit', env: { ...process.env, TZ: timeZone, BROWSERS: browser } });
    if (result.status !== 0) failed.push(`${browser}, TZ=${timeZone}`);
  }
}
if (failed.length > 0) {
  console.error(`\nbrowser tests failed in: ${failed.join('; ')}`);
  process.exit(1);
}
console.log(`\nbrowser tests passed in ${browsers.join(' and ')}, under ${timeZones.join(' and ')}`);
