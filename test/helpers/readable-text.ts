/**
 * Text as a reader sees it, for comparing Intl output across browsers and ICU versions: special spaces
 * (thin, narrow no-break, no-break) become plain ones, runs of space collapse, and range separators
 * ("7 – 8", "7–8", "7일 ~ 8일") lose the spacing around them that ICU versions disagree on.
 */
export function readableText(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\u202f\u2009\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ?([–~]) ?/g, '$1')
    .trim();
}

/** Text with Intl's special spaces (thin, narrow no-break, no-break) made plain and runs of space collapsed. */
export function collapsedSpaces(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u202f\u2009\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();
}
