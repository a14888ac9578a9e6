import { css } from 'lit';

/**
 * The design tokens every Dateline element shares. Public hooks are `--dateline-*`; each resolves into a
 * private `--_*` value with a default for the light and the dark look. The dark look follows
 * `prefers-color-scheme` unless the page sets `theme="light"` or `theme="dark"` on the element.
 * Colours are chosen for WCAG AA: text ≥ 4.5:1 and marks ≥ 3:1 on the background. Each element documents
 * the hooks its own stylesheets read (`@cssprop`); test/node/manifest.test.js keeps that list true.
 */

/** The dark look's values, for `theme="dark"` and for `prefers-color-scheme: dark`. */
const darkTokens = css`
    --_color: var(--dateline-color, #ececec);
    --_muted: var(--dateline-muted, #a8a8a8);
    --_background: var(--dateline-background, #161616);
    --_accent: var(--dateline-accent, #ff8a7a);
    --_grid: var(--dateline-grid, #333333);
    --_axis: var(--dateline-axis, #8c8c8c);
    --_mark: var(--dateline-mark, #d0d0d0);
    --_surface: var(--dateline-surface, #222222);
    --_lane-1: var(--dateline-lane-1, #56b4e9);
    --_lane-2: var(--dateline-lane-2, #e69f00);
    --_lane-3: var(--dateline-lane-3, #2fbf94);
    --_lane-4: var(--dateline-lane-4, #e08fc0);
    --_lane-5: var(--dateline-lane-5, #f0e442);
    --_lane-6: var(--dateline-lane-6, #8fa8ff);
    --_lane-7: var(--dateline-lane-7, #bdbdbd);
    --_lane-8: var(--dateline-lane-8, #ff9966);
    color-scheme: dark;
`;

/** The light look (the default) on `:host`, the dark look when asked for or preferred. */
export const themeStyles = css`
  :host {
    --_font: var(--dateline-font, inherit);
    --_color: var(--dateline-color, #1f1f1f);
    --_muted: var(--dateline-muted, #5c5c5c);
    --_background: var(--dateline-background, #ffffff);
    --_accent: var(--dateline-accent, #b3261e);
    --_grid: var(--dateline-grid, #e3e3e3);
    --_axis: var(--dateline-axis, #767676);
    --_mark: var(--dateline-mark, #3d3d3d);
    --_surface: var(--dateline-surface, #f6f6f4);
    --_lane-1: var(--dateline-lane-1, #0072b2);
    --_lane-2: var(--dateline-lane-2, #b84a00);
    --_lane-3: var(--dateline-lane-3, #00775a);
    --_lane-4: var(--dateline-lane-4, #a3457f);
    --_lane-5: var(--dateline-lane-5, #8a6400);
    --_lane-6: var(--dateline-lane-6, #3b5ba5);
    --_lane-7: var(--dateline-lane-7, #6b6b6b);
    --_lane-8: var(--dateline-lane-8, #7a3b1c);
    color-scheme: light;
    font-family: var(--_font);
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([hidden]) {
    display: none !important;
  }
`;

export const LANE_COLOR_COUNT = 8;
