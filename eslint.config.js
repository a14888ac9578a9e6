import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

// src/model and src/layout are pure: they run in Node's tests as in the page. Every global a browser has and
// Node lacks is forbidden there: the browser's list minus what Node shares with it and the language's own
// builtins (so URL, Intl, TextEncoder, performance and console stay), plus navigator and web storage, which
// newer Node versions copy from the browser but which describe the page, not the data.
const newestEcmaScript = Object.keys(globals).filter((key) => /^es\d{4}$/.test(key)).sort().at(-1);
const sharedWithNode = new Set([...Object.keys(globals['shared-node-browser']), ...Object.keys(globals[newestEcmaScript])]);
const browserOnlyGlobals = [
  ...Object.keys(globals.browser).filter((name) => !sharedWithNode.has(name)),
  'navigator',
  'Navigator',
  'localStorage',
  'sessionStorage',
  'Storage',
];
const PURE_MESSAGE = 'src/model and src/layout are pure: no DOM; pass what you need in.';

export default tseslint.config(
  { ignores: ['src/generated/**', 'node_modules/', 'lib/', 'dist/', 'storybook-static/', 'custom-elements.json', 'screenshots/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['src/model/**', 'src/layout/**'],
    rules: {
      'no-restricted-globals': ['error', ...browserOnlyGlobals.map((name) => ({ name, message: PURE_MESSAGE }))],
      // `@lit/localize`'s `msg()` is the one exception: a pure function that gives the interface phrases their English
      // source (src/model/interface-phrases.ts), which its extractor reads.
      'no-restricted-imports': ['error', { patterns: [{ group: ['lit', 'lit/*', '@lit/*', '!@lit/localize', '@lit-labs/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'], message: PURE_MESSAGE }] }],
    },
  },
);
