import { css, html, nothing, type TemplateResult } from 'lit';
import { formatCount } from '../../model/format-date.js';
import { countPhrase, ENGLISH_PHRASES, fillPhrase, type Phrases } from '../../model/interface-phrases.js';
import type { ReadProgress } from '../../model/reading-events.js';
import type { ParseResult } from '../../model/types.js';
import { DatelineErrorEvent, DatelineLoadEvent } from '../../events.js';

/** Problems listed in the panel; the rest are counted. */
const MAX_LISTED_ISSUES = 12;

/**
 * What an element shows while its data loads: a status line, and for a large dataset read a slice at a time,
 * a progress bar with the count. The count sits outside the status line, so that a screen reader announces
 * the loading once rather than every slice.
 */
export function loadingState(label: string, progress: ReadProgress | undefined, locale: string | undefined, phrases: Phrases): TemplateResult {
  const count = (value: number) => formatCount(value, locale);
  return html`<p class="state" role="status">${label}</p>
    ${progress
      ? html`<p class="state reading">
          <progress part="progress" aria-label=${phrases.eventsRead} max=${progress.total} .value=${progress.read}></progress>
          ${fillPhrase(phrases.readProgress, { read: count(progress.read), total: count(progress.total) })}
        </p>`
      : nothing}`;
}

/**
 * The one-line summary of a dataset's errors; `notShown` is the phrase for when no event is valid ("The timeline
 * could not be drawn: {problems} in the data.").
 */
export function errorSummary(result: ParseResult, notShown: string, phrases: Phrases, locale: string | undefined): string {
  const errorCount = result.issues.filter((issue) => issue.severity === 'error').length;
  const problems = countPhrase(phrases.problemCount, errorCount, locale);
  return fillPhrase(result.events.length > 0 ? phrases.validEventsShown : notShown, { problems });
}

/**
 * The panel listing a dataset's problems, errors first, each with its message and its JSON Pointer: an alert
 * when nothing could be shown, a region beside the valid events otherwise.
 */
export function problemsPanel(result: ParseResult, notShown: string, phrases: Phrases, locale: string | undefined): TemplateResult | typeof nothing {
  const issues = result.issues;
  if (issues.length === 0) return nothing;
  const errors = issues.filter((issue) => issue.severity === 'error');
  const listed = [...errors, ...issues.filter((issue) => issue.severity === 'warning')].slice(0, MAX_LISTED_ISSUES);
  const heading = errors.length > 0 ? errorSummary(result, notShown, phrases, locale) : countPhrase(phrases.warningCount, issues.length, locale);
  // It may scroll (a long list of problems): focusable, so that keyboard users can scroll it too.
  return html`<div part="error" role=${errors.length > 0 && result.events.length === 0 ? 'alert' : 'region'} aria-label=${phrases.problemsLabel} tabindex="0">
    <p>${heading}</p>
    <ul>
      ${listed.map((issue) => html`<li>${issue.severity === 'warning' ? fillPhrase(phrases.warningPrefix, { message: issue.message }) : issue.message}${issue.path ? html` <code>${issue.path}</code>` : nothing}</li>`)}
      ${issues.length > listed.length ? html`<li>${countPhrase(phrases.moreProblems, issues.length - listed.length, locale)}</li>` : nothing}
    </ul>
  </div>`;
}

/**
 * Tells the page that data is in (`dateline-load`) and, if it had errors, what they were (`dateline-error`, its
 * message in English for the page's scripts, like the issues' own; `notShown` is an English phrase).
 */
export function announceData(host: HTMLElement, result: ParseResult, notShown: string): void {
  host.dispatchEvent(new DatelineLoadEvent(result.events, result.issues));
  if (result.issues.some((issue) => issue.severity === 'error')) host.dispatchEvent(new DatelineErrorEvent(errorSummary(result, notShown, ENGLISH_PHRASES, 'en'), result.issues));
}

/** The problems panel, the progress bar of a long load, text for screen readers only, and the frame while its language loads. */
export const dataStateStyles = css`
  /* While the interface language's words load (a moment, from beside the script): laid out, not shown in English. */
  .awaits-language {
    visibility: hidden;
  }
  [part='error'] {
    padding: 8px 12px;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface);
    color: var(--_color);
    font-size: 0.75rem;
    overflow-wrap: anywhere;
  }
  [part='error'] p {
    margin: 0 0 4px;
    font-weight: 600;
  }
  [part='error'] ul {
    margin: 0;
    padding-inline-start: 18px;
  }
  [part='error'] code {
    color: var(--_muted);
    font-size: 0.6875rem;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .reading {
    display: flex;
    align-items: center;
    gap: 8px;
    padding-top: 0;
  }
  .reading progress {
    accent-color: var(--_accent);
    inline-size: min(240px, 50%);
  }
`;
