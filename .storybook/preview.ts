/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
// Registers every element, exactly as dist/dateline.js does.
import '../src/dateline.js';

interface Manifest {
  modules?: { declarations?: { members?: { privacy?: string }[] }[] }[];
}

/** The manifest lists private fields and methods too; the docs tables show only the public API. */
function publicMembersOnly(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected'),
      })),
    })),
  };
}

// The docs tables come from custom-elements.json, which is generated (and gitignored): `npm start` and
// `npm run build-storybook` regenerate it from the sources first. A glob rather than an import, so that
// Storybook still starts without it, only without the tables.
const manifests = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = manifests['../custom-elements.json'];
if (manifest) setCustomElementsManifest(publicMembersOnly(manifest));
else console.warn('custom-elements.json is missing: run `npm start` to generate it (the docs tables are empty without it).');

/** The interface languages in the toolbar's switcher, by their own names. */
const LANGUAGES: [string, string][] = [
  ['en', 'English'],
  ['ar', 'العربية (Arabic)'],
  ['de', 'Deutsch (German)'],
  ['es', 'Español (Spanish)'],
  ['fr', 'Français (French)'],
  ['he', 'עברית (Hebrew)'],
  ['hi', 'हिन्दी (Hindi)'],
  ['id', 'Bahasa Indonesia (Indonesian)'],
  ['it', 'Italiano (Italian)'],
  ['ja', '日本語 (Japanese)'],
  ['ko', '한국어 (Korean)'],
  ['pt-BR', 'Português (Portuguese)'],
  ['ru', 'Русский (Russian)'],
  ['tr', 'Türkçe (Turkish)'],
  ['uk', 'Українська (Ukrainian)'],
  ['zh-Hans', '简体中文 (Chinese, simplified)'],
  ['zh-Hant', '繁體中文 (Chinese, traditional)'],
  ['en-XA', 'Pseudo-locale (accented, 40% longer)'],
];

const RIGHT_TO_LEFT = new Set(['ar', 'he']);

const preview: Preview = {
  // The toolbar's language switcher: every story is drawn inside an element with that `lang` (and `dir` for Arabic
  // and Hebrew), which the elements follow as a page's language, unless a story sets `locale` itself.
  globalTypes: {
    locale: {
      description: 'The page\'s language: the elements\' interface and dates follow it',
      toolbar: { title: 'Language', icon: 'globe', items: LANGUAGES.map(([value, title]) => ({ value, title })), dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      const locale = String(context.globals.locale ?? 'en');
      // Keyed by the language: a new element reads its page's language when it connects.
      return keyed(locale, html`<div lang=${locale} dir=${RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr'}>${story()}</div>`);
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: {
      // Violations are listed in the Accessibility panel, not treated as failures.
      test: 'todo',
      // Rules about a whole page (its <main>, <h1> and landmarks) judge the story's iframe, not the element.
      config: {
        rules: ['landmark-one-main', 'page-has-heading-one', 'region'].map((id) => ({ id, enabled: false })),
      },
    },
  },
};

export default preview;
