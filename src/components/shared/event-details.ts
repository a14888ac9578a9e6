import { css, html, nothing, type TemplateResult } from 'lit';
import type { Phrases } from '../../model/interface-phrases.js';
import type { ClaimStepView } from './claim-views.js';
import { newTabNote } from './event-media.js';
import type { SourceView } from './event-text.js';

const EM_DASH = '\u2014';

/** An event's actors, category and place as a definition list; only the facts it has, or nothing. */
export function factList(actors: string | undefined, category: string | undefined, location: string | undefined, phrases: Phrases): TemplateResult | typeof nothing {
  const facts: [string, string | undefined][] = [
    [phrases.actors, actors],
    [phrases.category, category],
    [phrases.place, location],
  ];
  const shown = facts.filter((fact): fact is [string, string] => fact[1] !== undefined);
  if (!shown.length) return nothing;
  return html`<dl class="facts">
    ${shown.map(([label, value]) => html`<div><dt>${label}</dt><dd dir="auto">${value}</dd></div>`)}
  </dl>`;
}

/**
 * One source as the card and the list show it: the quote (if any), then the outlet, as a link only for an
 * http(s) address (opening a new tab, which a screen reader hears), then the date.
 */
function sourceText(source: SourceView, phrases: Phrases): TemplateResult {
  const name = source.href
    ? html`<a href=${source.href} target="_blank" rel="noopener noreferrer">${source.name}${newTabNote(phrases)}</a>`
    : source.name;
  return html`${source.quote ? html`<q class="source-quote" dir="auto">${source.quote}</q> ${EM_DASH} ` : nothing}<bdi class="source-name">${name}</bdi>${source.dateText
    ? html`, <time class="source-date" datetime=${source.datetime ?? nothing}>${source.dateText}</time>`
    : nothing}`;
}

/** A source as an item of the list of sources. */
export function sourceItem(source: SourceView, phrases: Phrases): TemplateResult {
  return html`<li>
    ${sourceText(source, phrases)}
  </li>`;
}

/**
 * What was known when, as an ordered list: each step's words with its date as a `<time>` ("Reported 4 October
 * 2024", "Denied by Russia, 10 October 2024"), then its note and its source on lines of their own.
 */
export function claimStepList(steps: readonly ClaimStepView[], phrases: Phrases): TemplateResult {
  return html`<ol class="claim-steps" role="list">
    ${steps.map(
      (step) => html`<li>
        <span class="claim-step">${step.lead}${step.dateText
          ? html`<time datetime=${step.datetime ?? nothing}>${step.dateText}</time>`
          : nothing}${step.tail ?? nothing}</span>
        ${step.note ? html`<span class="claim-note" dir="auto">${step.note}</span>` : nothing}
        ${step.source ? html`<span class="claim-source">${sourceText(step.source, phrases)}</span>` : nothing}
      </li>`,
    )}
  </ol>`;
}

/**
 * The facts list (`factList`), the list of sources (`<ul class="source-list">` of `sourceItem`s), what was known
 * when (`claimStepList`) and the links.
 */
export const eventDetailsStyles = css`
  .facts {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 2px 10px;
  }
  .facts > div {
    display: contents;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    min-inline-size: 0;
  }
  .history-heading,
  .sources-heading {
    margin: 0;
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 600;
  }
  .source-list {
    padding: 0;
    list-style: none;
  }
  /* Source links stand alone on their lines: spaced so that each has a 24 px target circle to itself (WCAG 2.5.8). */
  .source-list li + li {
    margin-block-start: 8px;
  }
  /* A taller hit area for a source link, without moving the text: 24 px with the line's content box. */
  .source-list a {
    padding-block: 5px;
  }
  .source-quote {
    display: block;
  }
  .claim-steps {
    padding: 0;
    list-style: none;
  }
  .claim-steps li + li {
    margin-block-start: 8px;
  }
  .claim-step,
  .claim-note,
  .claim-source {
    display: block;
  }
  .claim-step {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .claim-source a {
    padding-block: 5px;
  }
  .source-date {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  a[href] {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  @media (forced-colors: active) {
    .history-heading,
    .sources-heading {
      color: CanvasText;
    }
  }
`;
