// The public contract in custom-elements.json (what Storybook's docs tables and editors show) against what the
// elements really do. The manifest is made the way `npm start` and `npm run build` make it (the analyzer with
// custom-elements-manifest.config.mjs, in memory); the elements are driven through their states in the system
// Chromium (data, selection, clusters, count columns, progress, errors, the vertical layout, keys, zoom), and
// each element's parts, events, attributes and `--dateline-*` hooks must be exactly what the manifest says.
// Run with `node --test test/node/manifest.test.js` (part of `npm run test:node`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cli as analyze } from '@custom-elements-manifest/analyzer/cli.js';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.js';
import { serveBundle } from '../../scripts/serve-bundle.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TAGS = ['dateline-timeline', 'dateline-event-list', 'dateline-event-card'];
const SEED = '/data/korea-russia-2024.json';
/** Large enough to be read a slice at a time, with a progress bar (test/controllers/data-source.test.ts). */
const MANY = 60_000;

/**
 * In the page, before the elements are defined: records the type of every event a Dateline element
 * dispatches on itself, and offers `window.probe` to note the parts and inline styles in their shadow roots.
 */
function installProbe(tags) {
  const parts = {};
  const events = {};
  const inlineStyles = {};
  const note = (table, tag, value) => (table[tag] ??= new Set()).add(value);
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    if (this instanceof Element && tags.includes(this.localName)) note(events, this.localName, event.type);
    return dispatch.call(this, event);
  };
  /** A part belongs to the element whose shadow root holds it, also for elements drawn inside another. */
  const visit = (host) => {
    for (const element of host.shadowRoot.querySelectorAll('*')) {
      for (const token of element.part) note(parts, host.localName, token);
      if (element.style?.cssText) note(inlineStyles, host.localName, element.style.cssText);
      if (element.shadowRoot) visit(element);
    }
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const plain = (table) => Object.fromEntries(Object.entries(table).map(([tag, values]) => [tag, [...values].sort()]));
  window.probe = {
    element: undefined,
    /** Replaces the stage's content; the first element in it becomes `probe.element`. */
    stage(markup) {
      const stage = document.getElementById('stage');
      stage.innerHTML = markup;
      this.element = stage.querySelector(tags.join(','));
      return this.element;
    },
    sampleParts() {
      for (const host of document.querySelectorAll(tags.join(','))) if (host.shadowRoot) visit(host);
    },
    /** An update, the frames in which resize observers report, the re-layout they ask for, the inner elements' updates. */
    async settle(element = this.element) {
      for (let round = 0; round < 3; round++) {
        await element.updateComplete;
        await frame();
      }
      await element.updateComplete;
      await Promise.all([...element.shadowRoot.querySelectorAll(tags.join(','))].map((inner) => inner.updateComplete));
    },
    /** The element's next event of a type; a failure after 10 s, so that a missing event fails the test rather than hangs it. */
    nextEvent(type, element = this.element) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`<${element.localName}> fired no ${type}`)), 10_000);
        element.addEventListener(type, (event) => (clearTimeout(timer), resolve(event)), { once: true });
      });
    },
    /**
     * Waits, a frame at a time, for a match in the shadow root of the element (or of `inside`, drawn in it) that
     * arrives with an on-demand chunk (the media players); a failure after 300 frames.
     */
    async until(selector, inside) {
      for (let frames = 0; frames < 300; frames++) {
        const host = inside ? this.element.shadowRoot.querySelector(inside) : this.element;
        if (host?.shadowRoot?.querySelector(selector)) return;
        await frame();
      }
      throw new Error(`<${this.element.localName}> never showed ${selector}${inside ? ` in ${inside}` : ''}`);
    },
    /** The first match in the element's shadow root; a missing one is a test failure, not a skipped state. */
    find(selector, element = this.element) {
      const found = element.shadowRoot.querySelector(selector);
      if (!found) throw new Error(`<${element.localName}> shows no ${selector}`);
      return found;
    },
    /** The centre of a match, in the page's coordinates, for a real pointer. */
    centreOf(selector, element = this.element) {
      const box = this.find(selector, element).getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    /** Every declaration (`name`, `value`) of a class's stylesheets, from the browser's own parse. */
    declarationsOf(tag) {
      const declarations = [];
      const splitBlock = (text) => {
        let depth = 0;
        let quote = '';
        let start = 0;
        for (let index = 0; index <= text.length; index++) {
          const char = text[index];
          if (quote) {
            if (char === quote) quote = '';
          } else if (char === '"' || char === "'") quote = char;
          else if (char === '(') depth++;
          else if (char === ')') depth--;
          else if (index === text.length || (char === ';' && depth === 0)) {
            const declaration = text.slice(start, index);
            start = index + 1;
            const colon = declaration.indexOf(':');
            if (colon > 0) declarations.push({ name: declaration.slice(0, colon).trim(), value: declaration.slice(colon + 1).trim() });
          }
        }
      };
      const walk = (rules) => {
        for (const rule of rules) {
          if (rule.style) splitBlock(rule.style.cssText);
          if (rule.cssRules) walk(rule.cssRules);
        }
      };
      for (const style of customElements.get(tag).elementStyles) walk((style instanceof CSSStyleSheet ? style : style.styleSheet).cssRules);
      return declarations;
    },
    seen() {
      return { parts: plain(parts), events: plain(events), inlineStyles: plain(inlineStyles) };
    },
  };
}

/**
 * The `--dateline-*` properties a stylesheet really reads: those in a `var()` of a real property, followed
 * through the private `--_*` properties they feed (`--_ink: var(--_lane-1)`, `--_lane-1: var(--dateline-lane-1)`).
 * A private property that nothing uses does not count, so a hook declared in the shared theme but used by no
 * rule of this element is not this element's.
 */
function publicPropertiesRead(declarations, inlineStyleTexts = []) {
  const references = (value) => [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]);
  const privateValues = new Map();
  const pending = inlineStyleTexts.flatMap(references);
  for (const { name, value } of declarations) {
    if (name.startsWith('--_')) privateValues.set(name, [...(privateValues.get(name) ?? []), ...references(value)]);
    else pending.push(...references(value));
  }
  const read = new Set();
  while (pending.length > 0) {
    const name = pending.pop();
    if (read.has(name)) continue;
    read.add(name);
    pending.push(...(privateValues.get(name) ?? []));
  }
  return [...read].filter((name) => name.startsWith('--dateline-')).sort();
}

/** In Node: the fixtures (synthetic events, the authored story) as a classic script that sets `window.fixtures`. */
async function fixturesScript() {
  const bundle = await build({
    stdin: { contents: "export * from './synthetic-events.ts'; export * from './authored-story.ts';", resolveDir: `${ROOT}test/fixtures`, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'fixtures',
    write: false,
  });
  return bundle.outputFiles[0].text;
}

const page = (fixtures) => `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>The manifest against the elements</title><link rel="icon" href="data:,"></head>
<body>
<div id="stage" style="width: 1000px"></div>
<script>(${installProbe})(${JSON.stringify(TAGS)});</script>
<script>${fixtures}</script>
<script type="module" src="/dateline.js"></script>
</body></html>`;

let server;
let browser;
let tab;
let manifest;
/** What the elements did in the page: `parts`, `events` and `inlineStyles` by tag. */
let seen;
/** By tag: the stylesheets' declarations and the observed attributes. */
let classes;
const pageErrors = [];

/** Runs a function in the page (where `window.probe` is). */
const inPage = (body, ...args) => tab.evaluate(body, ...args);

/**
 * Replaces the stage and waits for the element to draw: with `events` (a list), `synthetic` (`count` and
 * `options` for the fixture) or `authored` (the authored story) as its `events`; with `loads`, until its data is in; with `shows`, checks that
 * the state was reached.
 */
async function stage(markup, { events, synthetic, authored = false, loads = false, shows } = {}) {
  await inPage(
    async (markup, events, synthetic, authored, loads, shows) => {
      const element = window.probe.stage(markup);
      const loaded = loads ? window.probe.nextEvent('dateline-load') : undefined;
      if (events) element.events = events;
      if (synthetic) element.events = window.fixtures.syntheticEvents(synthetic.count, synthetic.options);
      if (authored) element.events = window.fixtures.authoredStory(location.origin);
      await loaded;
      await window.probe.settle();
      if (shows) window.probe.find(shows);
      window.probe.sampleParts();
    },
    markup,
    events,
    synthetic,
    authored,
    loads,
    shows,
  );
}

/** Waits for a part that arrives with an on-demand chunk (see `probe.until`), then samples the parts. */
async function until(selector, inside) {
  await inPage(
    async (selector, inside) => {
      await window.probe.until(selector, inside);
      await window.probe.settle();
      window.probe.sampleParts();
    },
    selector,
    inside,
  );
}

/** A real key press on what has focus (after focusing `focus` in the element's shadow root), then, if given, its event. */
async function press(key, { focus, waitFor } = {}) {
  await inPage(
    (focus, waitFor) => {
      if (focus) window.probe.find(focus).focus();
      window.probe.pressed = waitFor ? window.probe.nextEvent(waitFor) : undefined;
    },
    focus,
    waitFor,
  );
  await tab.keyboard.press(key);
  await inPage(async () => {
    await window.probe.pressed;
    await window.probe.settle();
    window.probe.sampleParts();
  });
}

/** A click in the element's shadow root (or in the shadow root of `inside`, an element drawn in it). */
async function click(selector, { inside, waitFor } = {}) {
  await inPage(
    async (selector, inside, waitFor) => {
      const host = inside ? window.probe.find(inside) : window.probe.element;
      const fired = waitFor ? window.probe.nextEvent(waitFor) : undefined;
      window.probe.find(selector, host).click();
      await fired;
      await window.probe.settle();
      window.probe.sampleParts();
    },
    selector,
    inside,
    waitFor,
  );
}

/** Drives the timeline through every state a reader or an embedder can bring it to. */
async function driveTimeline() {
  // The seed in lanes, a selected event and its card, then keys: Escape closes, arrows move, Enter opens.
  await stage(`<dateline-timeline src="${SEED}" lanes="actor" locale="en-GB" style="height: 600px"></dateline-timeline>`, { loads: true });
  await click('[part~="event"]', { waitFor: 'dateline-select' });
  await press('Escape', { focus: '[part~="event"][part~="selected"]', waitFor: 'dateline-deselect' });
  await press('ArrowRight');
  await press('ArrowLeft');
  await press('Enter', { waitFor: 'dateline-select' });
  await click('[part="close-button"]', { inside: 'dateline-event-card', waitFor: 'dateline-deselect' });

  // Zoom with the + button, then with ctrl + wheel over the chart.
  await click('[part="controls"] button', { waitFor: 'dateline-range-change' });
  const { x, y } = await inPage(() => window.probe.centreOf('[part~="event"]'));
  await inPage(() => {
    window.probe.zoomed = window.probe.nextEvent('dateline-range-change').then(() => true);
  });
  await tab.mouse.move(x, y);
  await tab.keyboard.down('Control');
  await tab.mouse.wheel({ deltaY: 200 });
  await tab.keyboard.up('Control');
  assert.equal(await inPage(() => window.probe.zoomed), true, 'ctrl + wheel zoomed out');

  // Crowded data: "+N" clusters, one opened; a few thousand events: count columns.
  await stage('<dateline-timeline locale="en-GB" style="height: 200px"></dateline-timeline>', { synthetic: { count: 50, options: { seed: 7 } }, shows: '[part~="cluster"]' });
  await click('[part~="cluster"]');
  await inPage(() => window.probe.find('[role="dialog"]'));
  await press('Escape');
  await stage('<dateline-timeline lanes="actor" locale="en-GB" style="height: 600px"></dateline-timeline>', {
    synthetic: { count: 6000, options: { seed: 3, years: 6 } },
    shows: '[part~="cluster"]',
  });

  // What authors write: the header with its picture (thumbnails load it up front), eras, and a card with media.
  await stage('<dateline-timeline lanes="actor" thumbnails selected="treaty-signed" locale="en-GB" style="height: 700px"></dateline-timeline>', { authored: true, shows: '[part~="era"]' });
  await until('[part~="media"]', 'dateline-event-card');
  await until('[part~="header"] [part~="media"]');

  // The vertical layout with a selected event.
  await stage(`<dateline-timeline src="${SEED}" orientation="vertical" selected="treaty-signed" locale="en-GB"></dateline-timeline>`, { loads: true });
  await click('[part~="event"]:not([part~="selected"])', { waitFor: 'dateline-select' });
}

/** Both elements that read data: a large dataset read in slices (progress), bad data, and a URL that fails. */
async function driveDataStates(tag) {
  await inPage(
    async (tag, count) => {
      const element = window.probe.stage(`<${tag} locale="en-GB"></${tag}>`);
      let loaded = false;
      element.addEventListener('dateline-load', () => (loaded = true), { once: true });
      element.events = window.fixtures.syntheticEvents(count, { seed: 11 });
      // Between the slices of the reading the page gets its tasks: sample the parts in each.
      while (!loaded) {
        await new Promise((resolve) => setTimeout(resolve));
        window.probe.sampleParts();
      }
      await window.probe.settle();
    },
    tag,
    MANY,
  );
  await stage(`<${tag} locale="en-GB"></${tag}>`, {
    events: [
      { id: 'good', title: 'A good event', start: '2024-01-10' },
      { id: 'impossible', title: 'No such day', start: '2024-02-30' },
    ],
    loads: true,
    shows: '[part="error"]',
  });
  await inPage(async (tag) => {
    const element = window.probe.stage(`<${tag} src="/no-such-dataset.json" locale="en-GB"></${tag}>`);
    await window.probe.nextEvent('dateline-error', element);
    await window.probe.settle();
    window.probe.sampleParts();
  }, tag);
}

/** Drives the list: the seed, selecting and folding an event by click and by key, a long list shown in pages. */
async function driveList() {
  await stage(`<dateline-event-list src="${SEED}" locale="en-GB"></dateline-event-list>`, { loads: true });
  await click('[part="title"]', { waitFor: 'dateline-select' });
  await click('[part~="selected"] [part="title"]', { waitFor: 'dateline-deselect' });
  await press('ArrowDown', { focus: '[part="title"]' });
  await press('Enter', { waitFor: 'dateline-select' });
  await stage('<dateline-event-list locale="en-GB"></dateline-event-list>', { synthetic: { count: 1200, options: { seed: 2 } } });
  await click('[part="show-more"]');
  await stage(`<dateline-event-list src="${SEED}" as-of="2024-10-05" locale="en-GB"></dateline-event-list>`, { loads: true });
  // The authored story: its header, and the treaty's media in its details once selected.
  await stage('<dateline-event-list locale="en-GB"></dateline-event-list>', { authored: true, shows: '[part~="header"]' });
  await click('[part="title"][data-id="treaty-signed"]', { waitFor: 'dateline-select' });
  await until('[part~="details"] [part~="media"]');
}

/** Drives the card: a full event that can be closed, then an event it cannot read. */
async function driveCard() {
  const seed = JSON.parse(await readFile(new URL(`../..${SEED}`, import.meta.url), 'utf8'));
  const full = seed.events.find((event) => event.status && event.sources?.length && event.actors?.length && event.history?.length);
  assert.ok(full, 'the seed has an event with a status, sources, actors and a history');
  await stage('<dateline-event-card closable locale="en-GB"></dateline-event-card>');
  await inPage(async (event) => {
    window.probe.element.event = event;
    await window.probe.settle();
    window.probe.sampleParts();
  }, full);
  await click('[part="close-button"]', { waitFor: 'dateline-close' });
  // An event with media: the treaty as authors write it, with its picture.
  await stage('<dateline-event-card locale="en-GB"></dateline-event-card>');
  await inPage(async () => {
    window.probe.element.event = window.fixtures.authoredStory(location.origin).events.find((event) => event.media);
    await window.probe.settle();
  });
  await until('[part~="media"]');
  await stage('<dateline-event-card locale="en-GB"></dateline-event-card>');
  await inPage(async () => {
    window.probe.element.event = { title: 42, start: 'not a date' };
    await window.probe.settle();
    window.probe.sampleParts();
  });
  await inPage(() => window.probe.find('[part="error"]'));
}

before(async () => {
  manifest = await analyze({ argv: ['analyze', '--quiet'], cwd: ROOT, noWrite: true });
  server = await serveBundle({ pages: { '/manifest.html': page(await fixturesScript()) } });
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
  tab = await browser.newPage();
  tab.on('pageerror', (error) => pageErrors.push(error.message));
  // The failing URL is on purpose; any other console error is a fault.
  tab.on('console', (message) => message.type() === 'error' && !/^Failed to load resource/.test(message.text()) && pageErrors.push(message.text()));
  await tab.setViewport({ width: 1200, height: 900 });
  await tab.goto(`${server.origin}/manifest.html`);
  await tab.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), { timeout: 10_000 }, TAGS).catch((error) => {
    throw new Error(`the elements were not defined: ${pageErrors.join('; ') || error.message}`);
  });

  await driveTimeline();
  await driveDataStates('dateline-timeline');
  await driveList();
  await driveDataStates('dateline-event-list');
  await driveCard();

  seen = await inPage(() => window.probe.seen());
  classes = await inPage(
    (tags) =>
      Object.fromEntries(
        tags.map((tag) => [tag, { declarations: window.probe.declarationsOf(tag), attributes: [...customElements.get(tag).observedAttributes].sort() }]),
      ),
    TAGS,
  );
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The manifest's entry for a tag. */
function declarationOf(tag) {
  const found = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName === tag);
  assert.equal(found.length, 1, `custom-elements.json has one entry for <${tag}>`);
  return found[0];
}

const names = (entries) => [...new Set((entries ?? []).map((entry) => entry.name))].sort();
const missingFrom = (these, those) => these.filter((name) => !those.includes(name));

it('the page ran without uncaught errors while the elements were driven', () => {
  assert.deepEqual(pageErrors, []);
});

it('the manifest describes exactly the three elements', () => {
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement).map((declaration) => declaration.tagName);
  assert.deepEqual(tags.sort(), [...TAGS].sort());
});

for (const tag of TAGS) {
  describe(`<${tag}>`, () => {
    it('every part it renders is documented, and every documented part is rendered in some state', () => {
      const documented = names(declarationOf(tag).cssParts);
      const rendered = seen.parts[tag] ?? [];
      assert.deepEqual({ undocumented: missingFrom(rendered, documented), neverRendered: missingFrom(documented, rendered) }, { undocumented: [], neverRendered: [] });
    });

    it('every event it fires is documented, and every documented event is fired in some state', () => {
      const documented = names(declarationOf(tag).events);
      const fired = seen.events[tag] ?? [];
      assert.deepEqual({ undocumented: missingFrom(fired, documented), neverFired: missingFrom(documented, fired) }, { undocumented: [], neverFired: [] });
      assert.ok(
        documented.every((name) => /^dateline-[a-z-]+$/.test(name)),
        `every event is named dateline-*: ${documented.join(', ')}`,
      );
    });

    it('its documented attributes are the ones it observes', () => {
      assert.deepEqual(names(declarationOf(tag).attributes), classes[tag].attributes);
    });

    it('its documented CSS custom properties are the --dateline-* ones its styles read', () => {
      const documented = names(declarationOf(tag).cssProperties);
      const read = publicPropertiesRead(classes[tag].declarations, seen.inlineStyles[tag]);
      assert.deepEqual({ undocumented: missingFrom(read, documented), neverRead: missingFrom(documented, read) }, { undocumented: [], neverRead: [] });
    });
  });
}
