// The standalone bundle minifies the CSS in Lit's css`…` templates (scripts/standalone-build-options.js). What we
// rely on: every element's stylesheets come out smaller and still the same stylesheets. Chromium parses the
// stylesheets of a build without that minification and of the real one, and the two must hold the same rules,
// selectors, conditions and declarations. Run with `node --test test/node/` (part of `npm test`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.js';
import { standaloneBuildOptions } from '../../scripts/standalone-build-options.js';

const root = new URL('../../', import.meta.url).pathname;

async function bundle(options) {
  const result = await build({ ...options, absWorkingDir: root, write: false, sourcemap: false, outfile: 'dateline.js' });
  return result.outputFiles.find((file) => file.path.endsWith('.js')).text;
}

let browser;
let asWritten;
let minified;

/** The CSS text of each registered element's stylesheets (Lit's `elementStyles`), by element name. */
async function elementStyles(code) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.evaluate(() => {
      window.definedNames = [];
      const define = customElements.define.bind(customElements);
      customElements.define = (name, ...rest) => {
        window.definedNames.push(name);
        return define(name, ...rest);
      };
    });
    await page.addScriptTag({ content: code, type: 'module' });
    assert.deepEqual(errors, [], 'the bundle runs without errors');
    return await page.evaluate(() =>
      Object.fromEntries(window.definedNames.map((name) => [name, customElements.get(name).elementStyles.map((style) => style.cssText)])),
    );
  } finally {
    await page.close();
  }
}

/**
 * What Chromium makes of a stylesheet: its rules in order, each with its selector or condition and its
 * declarations as Chromium serialises them (shorthands as their longhands). Chromium keeps a time's unit as
 * written (`120ms`, `0.12s`), so times are compared in seconds; custom properties, and values that hold
 * `var()` or `attr()`, keep the text they were given, so theirs is compared without the white space, quotes and
 * number spelling a minifier may change.
 */
function parsedStylesheet(page, cssText) {
  return page.evaluate((text) => {
    const inSeconds = (value) => value.replace(/(\d*\.?\d+)ms\b/g, (_, number) => `${Number(number) / 1000}s`);
    const sameTokens = (value) =>
      value
        .trim()
        .replace(/\s+/g, ' ')
        .replace(/\s*([,()/])\s*/g, '$1')
        .replace(/(^|[^\w#-])(\d*\.\d+|\d+)(?![\w#])/g, (_, before, number) => before + String(Number(number)))
        .replace(/'([^'"]*)'/g, '"$1"');
    const keptAsWritten = (property, value) => property.startsWith('--') || /\b(var|attr|env)\(/.test(value);
    const describe = (rules) =>
      [...rules].map((rule) => ({
        kind: rule.constructor.name,
        selector: rule.selectorText,
        condition: rule.conditionText ?? rule.media?.mediaText,
        name: rule.name,
        key: rule.keyText,
        declarations: rule.style
          ? Object.fromEntries(
              [...rule.style].map((property) => {
                const value = inSeconds(rule.style.getPropertyValue(property));
                return [property, `${keptAsWritten(property, value) ? sameTokens(value) : value} ${rule.style.getPropertyPriority(property)}`.trim()];
              }),
            )
          : undefined,
        rules: rule.cssRules ? describe(rule.cssRules) : undefined,
      }));
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return describe(sheet.cssRules);
  }, cssText);
}

before(async () => {
  const [plain, real] = await Promise.all([bundle({ ...standaloneBuildOptions, plugins: [] }), bundle(standaloneBuildOptions)]);
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
  asWritten = await elementStyles(plain);
  minified = await elementStyles(real);
});

after(async () => {
  await browser?.close();
});

describe('the CSS of each element in the standalone bundle', () => {
  it('registers the same elements with the same number of stylesheets', () => {
    assert.ok(Object.keys(asWritten).length >= 3, `elements: ${Object.keys(asWritten).join(', ')}`);
    assert.deepEqual(Object.keys(minified).sort(), Object.keys(asWritten).sort());
    for (const [name, sheets] of Object.entries(asWritten)) assert.equal(minified[name].length, sheets.length, name);
  });

  it('is smaller than as written', () => {
    for (const [name, sheets] of Object.entries(asWritten)) {
      const before = sheets.join('').length;
      const now = minified[name].join('').length;
      assert.ok(now < before * 0.9, `${name}: ${now} characters minified, ${before} as written`);
    }
  });

  it('holds the same rules, selectors, conditions and declarations', async () => {
    const page = await browser.newPage();
    try {
      for (const [name, sheets] of Object.entries(asWritten)) {
        for (const [index, cssText] of sheets.entries()) {
          const expected = await parsedStylesheet(page, cssText);
          assert.ok(expected.length > 0, `${name} stylesheet ${index} has rules`);
          assert.deepEqual(await parsedStylesheet(page, minified[name][index]), expected, `${name} stylesheet ${index}`);
        }
      }
    } finally {
      await page.close();
    }
  });
});
