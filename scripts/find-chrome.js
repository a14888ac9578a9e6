// Finds the browsers for tests and benchmarks: $CHROME_PATH / $FIREFOX_PATH first, then the usual places.
import { existsSync } from 'node:fs';

const usualPlaces = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = usualPlaces.find((place) => existsSync(place));
  if (found) return found;
  throw new Error(
    'No Chromium or Chrome found. Install one (on Debian: `apt-get install -y chromium`) ' +
      'or set CHROME_PATH to its executable.',
  );
}

/** Flags for a headless browser on a closed network, as root in CI. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Test pages run side by side; a page in the background must not have its timers and animation
  // frames throttled, or tests that wait for a frame stall.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const firefoxPlaces = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** Firefox's executable, or undefined when none is installed (an error when `required`). */
export function findFirefox({ required = false } = {}) {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = firefoxPlaces.find((place) => existsSync(place));
  if (found || !required) return found;
  throw new Error('No Firefox found. Install one (on Debian: `apt-get install -y firefox-esr`) or set FIREFOX_PATH.');
}
