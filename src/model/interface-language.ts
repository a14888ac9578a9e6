/**
 * Which of the shipped interface languages a reader gets: the nearest to the language asked for, with fallback
 * from a region to its language (`pt-BR` → `pt`), Chinese by script (`zh-TW` → `zh-Hant`, `zh-CN` and `zh` →
 * `zh-Hans`), and English for a language not shipped. Pure: the element asks with its `locale`, its nearest
 * `lang` or the browser's languages.
 */

import { targetLocales } from '../generated/locale-codes.js';

/**
 * The interface languages shipped beside English, loaded on demand (src/generated/locales/), and the pseudo-locale
 * `en-XA` (accented and longer, for checking that nothing is cut): lit-localize.json's target locales.
 */
export const INTERFACE_LANGUAGES = targetLocales;

export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number] | 'en';

const shipped = new Set<string>(INTERFACE_LANGUAGES);

/** The languages written right to left among those shipped. */
export const RIGHT_TO_LEFT_LANGUAGES: ReadonlySet<InterfaceLanguage> = new Set(['ar', 'he']);

/** The shipped interface language for one requested locale, or undefined when none matches it (malformed or not shipped). */
function shippedLanguageFor(requested: string): InterfaceLanguage | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(requested);
  } catch {
    return undefined;
  }
  const exact = locale.baseName;
  if (shipped.has(exact)) return exact as InterfaceLanguage;
  const { language } = locale;
  if (language === 'zh') return locale.maximize().script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  if (language === 'en') return 'en';
  return shipped.has(language) ? (language as InterfaceLanguage) : undefined;
}

/**
 * The interface language for the first locale given that is set (the element's `locale`, else its nearest `lang`,
 * else the browser's languages in order of preference): that locale's nearest shipped language, else English.
 * With nothing set, the first of the browser's languages that is shipped, else English.
 */
export function interfaceLanguageFor(declared: string | undefined, browserLanguages: readonly string[] = []): InterfaceLanguage {
  if (declared && declared.trim() !== '') return shippedLanguageFor(declared.trim()) ?? 'en';
  for (const language of browserLanguages) {
    const match = shippedLanguageFor(language);
    if (match) return match;
  }
  return 'en';
}
