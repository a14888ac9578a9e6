/** The reader's locale as Intl takes it, and counts in its digits: shared by the date formatting and the interface phrases. */

/** A locale Intl accepts, or undefined (the reader's default) when the given one is malformed. */
export function usableLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

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
