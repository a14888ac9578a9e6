import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, chromeArgs } from './scripts/find-chrome.js';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs },
    }),
  ],
  // Lets a test check that the browser really runs in the time zone the run asked for.
  testRunnerHtml: (testFramework) => `<html><body>
    <script>window.__EXPECTED_TZ__ = ${JSON.stringify(process.env.TZ ?? '')};</script>
    <script type="module" src="${testFramework}"></script>
  </body></html>`,
  testFramework: { config: { timeout: 20000 } },
};
