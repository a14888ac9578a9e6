/** The reader's locale as Intl takes it, and counts in its digits: shared by the date formatting and the interface phrases. */

/** A locale Intl accepts, or undefined (the reader's default) when the given one is malformed. */
export function usableLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  let canonical = canonicalLocales.get(locale);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(locale)[0] ?? null;
    } catch {
      canonical = null;
    }
    // A page asks for a few locales; one that makes up many starts the list again.
    if (canonicalLocales.size >= 64) canonicalLocales.clear();
    canonicalLocales.set(locale, canonical);
  }
  return canonical ?? undefined;
}

/**
 * The canonical form of each locale asked for (null when not a locale): `Intl.getCanonicalLocales` costs about
 * 5 µs, and drawing an event asks it for each date, count and list of names it writes.
 */
const canonicalLocales = new Map<string, string | null>();

const countFormats = new Map<string, Intl.NumberFormat>();

/** A count as text: in the locale's grouping from a thousand on ("12", "1,234", "1 234"). */
export function countText(count: number, locale: string | undefined): string {
  return count < 1000 ? String(count) : formatCount(count, locale);
}

/** A count in the locale's digits and grouping ("100,000", "100 000"), through a cached `Intl.NumberFormat`. */
export function formatCount(count: number, locale: string | undefined): string {
  const safe = usableLocale(locale) ?? '';
  let format = countFormats.get(safe);
  if (!format) {
    format = new Intl.NumberFormat(safe || undefined);
    countFormats.set(safe, format);
  }
  return format.format(count);
}
