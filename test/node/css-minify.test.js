// The standalone bundle minifies the CSS in Lit's css`…` templates (scripts/standalone-build-options.js).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCssTemplate } from '../../scripts/standalone-build-options.js';

describe('minifyCssTemplate', () => {
  it('drops comments and the white space CSS does not need', () => {
    const css = `
      :host {
        --_x: var(--a, #fff); /* a comment */
        display: block;
      }
      a > b , c:hover { color: red }
    `;
    assert.equal(minifyCssTemplate(css), ':host{--_x: var(--a,#fff);display: block;}a > b,c:hover{color: red}');
  });

  it('keeps descendant combinators, quoted strings and interpolations as they are', () => {
    const css = " .a .b { content: ' (' attr(href) ')'; } ${darkTokens} @media (forced-colors: active) { .c { x: y } }";
    assert.equal(minifyCssTemplate(css), ".a .b{content: ' (' attr(href) ')';}${darkTokens}@media (forced-colors: active){.c{x: y}}");
  });
});
