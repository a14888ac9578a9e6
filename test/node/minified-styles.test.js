// The standalone bundle minifies the CSS in Lit's css`…` templates (scripts/standalone-bundle.js). What we
// rely on: every element's stylesheets come out smaller and still the same stylesheets. Chromium loads a build
// without that minification and the real one (each served with its chunks, as a page would load it), and the
// stylesheets of the two must hold the same rules, selectors, conditions and declarations (values spelt
// differently must compute to the same). Run with `node --test test/node/` (part of `npm test`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.js';
import { serveBundle } from '../../scripts/serve-bundle.js';

/** The three elements: all registered once the bundle and the chunk it asks for at once have loaded. */
const TAGS = ['dateline-timeline', 'dateline-event-card', 'dateline-event-list'];
const PAGE = '<!doctype html><meta charset="utf-8"><title>Stylesheets</title><link rel="icon" href="data:,"><script type="module" src="/dist/dateline.js"></script>';

let browser;
let servers = [];
let asWritten;
let minified;

/** The CSS text of each element's stylesheets (Lit's `elementStyles`), by element name, from a bundle served at `origin`. */
async function elementStyles(origin) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  try {
    await page.evaluateOnNewDocument(() => {
      window.definedNames = [];
      const define = customElements.define.bind(customElements);
      customElements.define = (name, ...rest) => {
        window.definedNames.push(name);
        return define(name, ...rest);
      };
    });
    await page.goto(`${origin}/styles.html`);
    await page.evaluate((tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag))), TAGS);
    assert.deepEqual(errors, [], 'the bundle runs without errors');
    return await page.evaluate(() =>
      Object.fromEntries(window.definedNames.map((name) => [name, customElements.get(name).elementStyles.map((style) => style.cssText)])),
    );
  } finally {
    await page.close();
  }
}

// Values that Chromium keeps as written, whatever they compute to: custom properties, and values that substitute
// `var()`, `attr()` or `env()`.
const SUBSTITUTED = String.raw`\b(var|attr|env)\(`;
const keptAsWritten = (property, value) => property.startsWith('--') || new RegExp(SUBSTITUTED).test(value);

/**
 * What Chromium makes of a stylesheet: its rules in order, each with its selector or condition and its
 * declarations as Chromium serialises them (shorthands as their longhands, `!important` kept). Values kept as
 * written are compared without the white space, quotes and number spelling a minifier may change.
 */
function parsedStylesheet(page, cssText) {
  return page.evaluate(
    (text, substituted) => {
      const sameTokens = (value) =>
        value
          .trim()
          .replace(/\s+/g, ' ')
          .replace(/\s*([,()/])\s*/g, '$1')
          .replace(/(^|[^\w#-])(\d*\.\d+|\d+)(?![\w#])/g, (_, before, number) => before + String(Number(number)))
          .replace(/'([^'"]*)'/g, '"$1"');
      const declaration = (style, property) => {
        const value = style.getPropertyValue(property);
        const written = property.startsWith('--') || new RegExp(substituted).test(value);
        return `${written ? sameTokens(value) : value}${style.getPropertyPriority(property) ? ' !important' : ''}`;
      };
      const describe = (rules) =>
        [...rules].map((rule) => ({
          kind: rule.constructor.name,
          selector: rule.selectorText,
          condition: rule.conditionText ?? rule.media?.mediaText,
          name: rule.name,
          key: rule.keyText,
          declarations: rule.style ? Object.fromEntries([...rule.style].map((property) => [property, declaration(rule.style, property)])) : undefined,
          rules: rule.cssRules ? describe(rule.cssRules) : undefined,
        }));
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return describe(sheet.cssRules);
    },
    cssText,
    SUBSTITUTED,
  );
}

/**
 * Whether two spellings of a property's value compute to the same on an element that has the rest of the rule's
 * declarations (a minifier writes `skewX(-20deg)` as `skew(-20deg)`, `120ms` as `.12s`, which Chromium keeps as
 * written). The element has a border, an outline and an odd font size, so that lengths do not compute to zero or
 * to a default by chance.
 */
function computeAlike(page, property, values, declarations) {
  return page.evaluate(
    (property, values, declarations) => {
      const probe = document.body.appendChild(document.createElement('div'));
      try {
        const computed = values.map((value) => {
          probe.style.cssText = 'position: absolute; width: 321px; font-size: 13.7px; border: 1px solid; outline: 1px solid';
          for (const [name, other] of Object.entries(declarations)) probe.style.setProperty(name, other.replace(/ !important$/, ''));
          probe.style.setProperty(property, value);
          return getComputedStyle(probe).getPropertyValue(property);
        });
        return computed[0] === computed[1];
      } finally {
        probe.remove();
      }
    },
    property,
    values,
    declarations,
  );
}

/** Takes the expected spelling into `actual` wherever the two compute to the same, so that what remains to compare is meaning. */
async function acceptSameComputedValues(page, actual, expected) {
  for (const [index, rule] of actual.entries()) {
    const wanted = expected[index];
    if (!wanted) return;
    for (const [property, value] of Object.entries(rule.declarations ?? {})) {
      const other = wanted.declarations?.[property];
      if (other === undefined || other === value || keptAsWritten(property, value)) continue;
      const important = (text) => text.endsWith(' !important');
      const strip = (text) => text.replace(/ !important$/, '');
      if (important(value) === important(other) && (await computeAlike(page, property, [strip(value), strip(other)], wanted.declarations))) {
        rule.declarations[property] = other;
      }
    }
    if (rule.rules && wanted.rules) await acceptSameComputedValues(page, rule.rules, wanted.rules);
  }
}

before(async () => {
  servers = await Promise.all([false, true].map((minifyCss) => serveBundle({ pages: { '/styles.html': PAGE }, build: { minifyCss } })));
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
  asWritten = await elementStyles(servers[0].origin);
  minified = await elementStyles(servers[1].origin);
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
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
          const actual = await parsedStylesheet(page, minified[name][index]);
          await acceptSameComputedValues(page, actual, expected);
          assert.deepEqual(actual, expected, `${name} stylesheet ${index}`);
        }
      }
    } finally {
      await page.close();
    }
  });
});
