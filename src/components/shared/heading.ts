/**
 * Headings of any level from a number, since the elements' levels follow their `heading-level`: the list's
 * (years, months, titles, "Sources") and the dataset's title in the header of either element.
 */
import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading of the given level (clamped to 1–6). One plain template per level rather than `lit/static-html`,
 * whose per-call cache lookup is slow over many thousands of items.
 */
export function heading(level: number, className: string, content: unknown, part?: string, id?: string): TemplateResult {
  const partName = part ?? nothing;
  const idName = id ?? nothing;
  switch (Math.min(Math.max(Math.trunc(level), 1), 6)) {
    case 1:
      return html`<h1 class=${className} part=${partName} id=${idName}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} part=${partName} id=${idName}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${partName} id=${idName}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${partName} id=${idName}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${partName} id=${idName}>${content}</h5>`;
    default:
      return html`<h6 class=${className} part=${partName} id=${idName}>${content}</h6>`;
  }
}
