import type { ComplexAttributeConverter } from 'lit';

/**
 * The `strings` attribute of each element: a newsroom's own words for interface strings, as JSON by phrase id
 * (`strings='{"statusReported": "Unverified"}'`). Text that is not a JSON object is ignored with a console
 * warning, never thrown at the page.
 */
export const stringsAttribute: ComplexAttributeConverter<Record<string, string> | undefined> = {
  fromAttribute(value) {
    if (value === null || value.trim() === '') return undefined;
    try {
      const read: unknown = JSON.parse(value);
      if (read !== null && typeof read === 'object' && !Array.isArray(read)) return read as Record<string, string>;
    } catch {
      // Reported below.
    }
    console.warn(`Dateline: strings="${value}" is not a JSON object of interface strings by id, like {"statusReported": "Unverified"}; it is ignored`);
    return undefined;
  },
};
