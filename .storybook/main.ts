import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The datasets, so that stories can load them with `src="/data/…"` as a page would, and the test pictures
  // that the media stories show from this origin (stories/authored-examples.ts), at the paths the tests use.
  // Only the static build copies them: in development Vite already serves the repo's files, and a static `/data`
  // would answer Vite's own module request for `/data/korea-russia-2024.json?import` (src/data imports it) with
  // raw JSON.
  staticDirs: (dirs, { configType }) =>
    configType === 'PRODUCTION'
      ? [...(dirs ?? []), { from: '../data', to: '/data' }, { from: '../test/fixtures/media', to: '/test/fixtures/media' }]
      : (dirs ?? []),
  // The web-components renderer imports `lit/directive-helpers.js`, which Vite's dependency scan misses; served
  // unbundled, it would load a second copy of lit-html ("Multiple versions of Lit loaded").
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
  }),
  core: {
    // No telemetry, no crash reports, no "what's new" notifications. The `start` and `build-storybook` scripts
    // also pass `--disable-telemetry`, which Storybook reads before this file, and `--no-version-updates` (start).
    // (Storybook 10.6 still asks storybook.js.org for its "what's new" post when the UI opens in development;
    // offline, that fails quietly.)
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
};

export default config;
