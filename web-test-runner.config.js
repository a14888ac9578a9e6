import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { findChrome, findFirefox, chromeArgs } from './scripts/find-chrome.js';

// Chromium always; Firefox (Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi) when it is
// installed, which .ci/run makes sure of. BROWSERS=chromium or BROWSERS=firefox runs only one;
// `npm test` runs them one after the other (scripts/test-browsers.js).
const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim());
const browsers = [];
if (wanted.includes('chromium')) {
  // --expose-gc: the lifecycle test compares the heap before and after 1,000 attach/detach cycles.
  browsers.push(chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: [...chromeArgs, '--js-flags=--expose-gc'] } }));
}
if (wanted.includes('firefox')) {
  const firefox = findFirefox({ required: !wanted.includes('chromium') || process.env.CI === 'true' });
  if (firefox) {
    // One page at a time: Firefox gives keyboard focus to one window only, and focus tests need it.
    browsers.push(chromeLauncher({ puppeteer: puppeteerCore, concurrency: 1, launchOptions: { browser: 'firefox', executablePath: firefox, headless: true } }));
  } else {
    console.warn('Firefox not found (apt-get install -y firefox-esr, or set FIREFOX_PATH): testing in Chromium only.');
  }
}

export default {
  // The pure model and layout (test/model, test/layout, test/fixtures) run in Node: scripts/test-node.js.
  files: ['test/**/*.test.ts', '!test/model/**', '!test/layout/**', '!test/fixtures/**'],
  // Lit's production build: the dev build logs a warning into every test file's output.
  nodeResolve: { exportConditions: ['production'] },
  // One test page at a time: keyboard focus goes to one page only, and focus tests need it.
  concurrency: 1,
  testsFinishTimeout: 600_000,
  browserStartTimeout: 120_000,
  plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: './tsconfig.json' })],
  browsers,
  // Lets a test check that the browser really runs in the time zone the run asked for.
  testRunnerHtml: (testFramework) => `<html><body>
    <script>window.__EXPECTED_TZ__ = ${JSON.stringify(process.env.TZ ?? '')};</script>
    <script type="module" src="${testFramework}"></script>
  </body></html>`,
  testFramework: { config: { timeout: 20000 } },
};
