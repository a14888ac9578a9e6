/**
 * The page's interface languages: each shipped language's phrases, loaded once per page on demand (a module of
 * its own beside the script, `src/generated/locales/<language>.ts` as `lit-localize build` writes it in runtime
 * mode), and the page's renamings of interface strings (`setInterfaceStrings`). Only the languages an element on
 * the page shows are fetched; English is built in.
 */
import { interfaceLanguageFor, type InterfaceLanguage } from '../model/interface-language.js';

/** A locale module: its phrases by id, as `lit-localize build` writes them. */
type LocaleModule = { templates: Readonly<Record<string, unknown>> };
type Translated = Readonly<Record<string, unknown>>;

const LOADERS: Record<Exclude<InterfaceLanguage, 'en'>, () => Promise<LocaleModule>> = {
  ar: () => import('../generated/locales/ar.js'),
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  he: () => import('../generated/locales/he.js'),
  hi: () => import('../generated/locales/hi.js'),
  id: () => import('../generated/locales/id.js'),
  it: () => import('../generated/locales/it.js'),
  ja: () => import('../generated/locales/ja.js'),
  ko: () => import('../generated/locales/ko.js'),
  pt: () => import('../generated/locales/pt.js'),
  ru: () => import('../generated/locales/ru.js'),
  tr: () => import('../generated/locales/tr.js'),
  uk: () => import('../generated/locales/uk.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
  'zh-Hant': () => import('../generated/locales/zh-Hant.js'),
  'en-XA': () => import('../generated/locales/en-XA.js'),
};

const loaded = new Map<InterfaceLanguage, Translated>();
const loading = new Map<InterfaceLanguage, Promise<void>>();

/** A language's loaded phrases: an empty set for English, undefined while not loaded (or when it could not be). */
export function loadedLanguage(language: InterfaceLanguage): Translated | undefined {
  return language === 'en' ? EMPTY : loaded.get(language);
}

const EMPTY: Translated = Object.freeze({});

/**
 * Loads a language's phrases once; never rejects: a language that fails to load is shown in English (with a
 * console error), and not asked for again.
 */
export function loadLanguage(language: InterfaceLanguage): Promise<void> {
  if (language === 'en' || loaded.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]()
      .then((module) => void loaded.set(language, module.templates))
      .catch((error: unknown) => {
        loaded.set(language, EMPTY);
        console.error(`Dateline: the interface strings for "${language}" did not load; English is shown.`, error);
      });
    loading.set(language, pending);
  }
  return pending;
}

/** The elements' callbacks for a change of the page's renamings (no listener on the page's window). */
const pageStringsWatchers = new Set<() => void>();

/** Calls `changed` whenever the page's renamings change, until the returned function is called. */
export function watchPageStrings(changed: () => void): () => void {
  pageStringsWatchers.add(changed);
  return () => void pageStringsWatchers.delete(changed);
}

const everyLanguage = new Map<string, unknown>();
const byLanguage = new Map<InterfaceLanguage, Map<string, unknown>>();
const pageStringsCache = new Map<InterfaceLanguage, Translated>();

/** The page's renamings for a language: those for every language, then those for that language. */
export function pageStrings(language: InterfaceLanguage): Translated | undefined {
  if (everyLanguage.size === 0 && !byLanguage.has(language)) return undefined;
  let strings = pageStringsCache.get(language);
  if (!strings) {
    strings = Object.freeze({ ...Object.fromEntries(everyLanguage), ...Object.fromEntries(byLanguage.get(language) ?? []) });
    pageStringsCache.set(language, strings);
  }
  return strings;
}

/**
 * Renames interface strings on the whole page, by phrase id (`ENGLISH_PHRASES` lists them): a newsroom's house
 * style, say `{ statusReported: 'Unverified' }`. With a language (`'en'`, `'fr'`), only elements showing that
 * interface language use them. Elements on the page update. Keys that are no phrase id are ignored.
 */
export function setInterfaceStrings(strings: Readonly<Record<string, string>>, language?: string): void {
  if (strings === null || typeof strings !== 'object') return;
  const target = language === undefined ? everyLanguage : mapFor(interfaceLanguageFor(language));
  for (const [key, value] of Object.entries(strings)) if (typeof value === 'string') target.set(key, value);
  pageStringsCache.clear();
  for (const changed of [...pageStringsWatchers]) changed();
}

function mapFor(language: InterfaceLanguage): Map<string, unknown> {
  let map = byLanguage.get(language);
  if (!map) {
    map = new Map();
    byLanguage.set(language, map);
  }
  return map;
}
