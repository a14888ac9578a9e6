/**
 * The strip under the chart, at the inline end: the zoom toolbar ("+", "−", "Fit"), one tab stop whose buttons
 * the arrows move between, and beside it the brief "Ctrl + scroll to zoom" hint that a plain wheel over the
 * chart brings up. After the chart in the DOM, so that Tab reaches the events first, then the toolbar.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fillPhrase, type Phrases } from '../../model/interface-phrases.js';

export interface TimelineFooterView {
  /** Whether to show the zoom toolbar (only when there are events). */
  controls: boolean;
  /** While the "Ctrl + scroll to zoom" hint shows, the key it names (⌘, or Control as the language prints it); else undefined. */
  hintKey: 'meta' | 'control' | undefined;
  phrases: Phrases;
  onToolbarKeyDown(event: KeyboardEvent): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
}

export function timelineFooter(view: TimelineFooterView): TemplateResult | typeof nothing {
  if (!view.controls) return nothing;
  // The hint is for pointer users who scrolled over the chart; screen readers zoom with the keys and the
  // buttons, so it is hidden from them rather than announced (the chart keeps one live region, for ranges).
  const { phrases, hintKey } = view;
  return html`<div class="footer">
    <p class=${hintKey ? 'zoom-hint shown' : 'zoom-hint'} aria-hidden="true">${hintKey ? fillPhrase(phrases.zoomHint, { key: hintKey === 'meta' ? '⌘' : phrases.ctrlKey }) : nothing}</p>
    <div part="controls" role="toolbar" aria-label=${phrases.zoomToolbar} @keydown=${view.onToolbarKeyDown}>
      <button type="button" aria-label=${phrases.zoomIn} title=${phrases.zoomInTitle} @click=${() => view.onZoomIn()}>+</button>
      <button type="button" tabindex="-1" aria-label=${phrases.zoomOut} title=${phrases.zoomOutTitle} @click=${() => view.onZoomOut()}>−</button>
      <button type="button" tabindex="-1" class="fit" title=${phrases.fitTitle} @click=${() => view.onFit()}>${phrases.fit}</button>
    </div>
  </div>`;
}
