/**
 * The strip under the chart, at the inline end: the zoom toolbar ("+", "−", "Fit"), one tab stop whose buttons
 * the arrows move between, and beside it the brief "Ctrl + scroll to zoom" hint that a plain wheel over the
 * chart brings up. After the chart in the DOM, so that Tab reaches the events first, then the toolbar.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface TimelineFooterView {
  /** Whether to show the zoom toolbar (only when there are events). */
  controls: boolean;
  /** The hint's text while it shows ("Ctrl + scroll to zoom"), else undefined. */
  hint: string | undefined;
  onToolbarKeyDown(event: KeyboardEvent): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
}

export function timelineFooter(view: TimelineFooterView): TemplateResult | typeof nothing {
  if (!view.controls) return nothing;
  // The hint is for pointer users who scrolled over the chart; screen readers zoom with the keys and the
  // buttons, so it is hidden from them rather than announced (the chart keeps one live region, for ranges).
  return html`<div class="footer">
    <p class=${view.hint ? 'zoom-hint shown' : 'zoom-hint'} aria-hidden="true">${view.hint ?? nothing}</p>
    <div part="controls" role="toolbar" aria-label="Zoom" @keydown=${view.onToolbarKeyDown}>
      <button type="button" aria-label="Zoom in" title="Zoom in (+)" @click=${() => view.onZoomIn()}>+</button>
      <button type="button" tabindex="-1" aria-label="Zoom out" title="Zoom out (−)" @click=${() => view.onZoomOut()}>−</button>
      <button type="button" tabindex="-1" class="fit" title="Show all events" @click=${() => view.onFit()}>Fit</button>
    </div>
  </div>`;
}
