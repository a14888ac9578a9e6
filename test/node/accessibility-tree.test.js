// What a screen reader gets: the seed timeline in the system Chromium, read through the browser's own
// accessibility tree over the DevTools protocol (Accessibility.getFullAXTree, which goes through shadow roots),
// not through the DOM. Run with `node --test test/node/` (part of `npm test`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.js';
import { serveBundle } from '../../scripts/serve-bundle.js';

let server;
let browser;
let seed;

/** The seed data with a link on every source, as a desk would publish it (the seed itself names its sources only). */
const withSourceLinks = (dataset) => ({
  ...dataset,
  events: dataset.events.map((event) => ({
    ...event,
    sources: (event.sources ?? []).map((source, index) => ({ ...source, url: `https://example.com/${event.id}/${index}` })),
  })),
});

const page = (dataset) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Accessibility tree</title></head>
  <body>
    <main>
      <h1>North Korea and Russia</h1>
      <dateline-timeline lanes="actor" locale="en-GB" style="width: 1000px; height: 600px"></dateline-timeline>
    </main>
    <script type="module" src="/dateline.js"></script>
    <script type="module">
      document.querySelector('dateline-timeline').events = ${JSON.stringify(dataset)};
    </script>
  </body>
</html>`;

before(async () => {
  seed = JSON.parse(await readFile(new URL('../../data/korea-russia-2024.json', import.meta.url), 'utf8'));
  server = await serveBundle({ pages: { '/seed.html': page(seed), '/seed-with-links.html': page(withSourceLinks(seed)) } });
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits for layout after resize observations: they update on the next frame. */
const settle = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve)))));

async function openPage(path) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1200, height: 900 });
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await tab.waitForFunction(() => document.querySelector('dateline-timeline')?.shadowRoot?.querySelector('button.event'), { timeout: 15000 });
  await settle(tab);
  const cdp = await tab.createCDPSession();
  await cdp.send('Accessibility.enable');
  await cdp.send('DOM.enable');
  return { page: tab, cdp };
}

/**
 * The whole accessibility tree as a screen reader sees it: nodes with role, name, description and properties,
 * children linked; ignored nodes and generic containers are skipped over (their children move up).
 */
async function readTree(cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const build = (raw) => {
    const children = (raw.childIds ?? []).map((id) => byId.get(id)).filter(Boolean).flatMap((child) => {
      const built = build(child);
      return built.skip ? built.children : [built];
    });
    const role = raw.role?.value ?? '';
    const properties = Object.fromEntries((raw.properties ?? []).map((property) => [property.name, property.value?.value]));
    return {
      skip: raw.ignored || role === 'generic' || role === 'none' || role === 'InlineTextBox',
      role,
      name: raw.name?.value ?? '',
      description: raw.description?.value ?? '',
      properties,
      backendDOMNodeId: raw.backendDOMNodeId,
      children,
    };
  };
  return build(nodes[0]);
}

/** Every node in a subtree, depth first. */
function* walk(node) {
  yield node;
  for (const child of node.children) yield* walk(child);
}

const find = (root, test) => [...walk(root)].find(test);
const findAll = (root, test) => [...walk(root)].filter(test);
/** The text a node holds, as a screen reader's reading cursor meets it. */
const textOf = (node) => [...walk(node)].filter((candidate) => candidate.role === 'StaticText').map((candidate) => candidate.name).join('');

// Intl puts thin and narrow no-break spaces in dates; compare on plain, collapsed spaces.
const plain = (text) => text.replace(/[\u202f\u2009\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();

/** The events as the element holds them, in its time order: id, title, status and first actor. */
const eventsInOrder = (page) =>
  page.evaluate(() => {
    const timeline = document.querySelector('dateline-timeline');
    return timeline.normalizedEvents.map((event) => ({ id: event.id, title: event.title, status: event.status, actor: event.actors?.[0] }));
  });

/**
 * ARIA attributes on the DOM node behind an accessibility node. Used for aria-posinset and aria-setsize, which
 * Chromium passes to screen readers but does not list among the DevTools protocol's AX properties.
 */
async function ariaAttributes(cdp, node) {
  const { node: domNode } = await cdp.send('DOM.describeNode', { backendNodeId: node.backendDOMNodeId });
  const attributes = {};
  for (let index = 0; index < (domNode.attributes ?? []).length; index += 2) attributes[domNode.attributes[index]] = domNode.attributes[index + 1];
  return attributes;
}

const STATUS_WORDS = { confirmed: 'Confirmed', reported: 'Reported', alleged: 'Alleged', disputed: 'Disputed', expected: 'Expected' };

describe('what a screen reader gets from the seed timeline (Chromium accessibility tree)', () => {
  it('the chart is a named group holding the events as a list, in time order, each named with title, date, status and lane', async () => {
    const { page, cdp } = await openPage('/seed.html');
    const tree = await readTree(cdp);
    const chart = find(tree, (node) => node.role === 'group' && node.properties.roledescription === 'timeline');
    assert.ok(chart, 'a group with the role description "timeline"');
    assert.equal(chart.name, seed.title, 'the group is named by the dataset’s title');

    const list = find(chart, (node) => node.role === 'list');
    assert.ok(list, 'the group holds a list');
    assert.match(list.name, new RegExp(`of ${seed.events.length}\\b`), 'the list’s name gives the number of events');
    const items = list.children.filter((node) => node.role === 'listitem');
    assert.equal(items.length, seed.events.length, 'one list item per event');

    const expected = await eventsInOrder(page);
    const drawnIds = await page.evaluate(() =>
      [...document.querySelector('dateline-timeline').shadowRoot.querySelectorAll('button.event')].map((button) => button.dataset.id),
    );
    assert.deepEqual(drawnIds, expected.map((event) => event.id), 'the drawn events follow the element’s time order');
    // The seed's dates are days and one minute with a UTC offset, all of which Date reads.
    const starts = seed.events.map((event) => ({ id: event.id, start: Date.parse(event.start) })).sort((a, b) => a.start - b.start);
    assert.deepEqual(expected.map((event) => event.id), starts.map((event) => event.id), 'time order is the order of the start instants');

    for (const [index, item] of items.entries()) {
      const event = expected[index];
      const button = find(item, (node) => node.role === 'button');
      assert.ok(button, `item ${index + 1} holds a button`);
      const name = plain(button.name);
      assert.ok(name.startsWith(event.title), `item ${index + 1} is named first by its title: "${name}"`);
      const formattedDate = await page.evaluate(
        (id) => {
          const timeline = document.querySelector('dateline-timeline');
          const card = document.createElement('dateline-event-card');
          card.locale = 'en-GB';
          card.event = timeline.normalizedEvents.find((candidate) => candidate.id === id);
          document.body.append(card);
          return card.updateComplete.then(() => {
            const text = card.shadowRoot.querySelector('[part="date"]').textContent;
            card.remove();
            return text;
          });
        },
        event.id,
      );
      assert.ok(name.includes(plain(formattedDate)), `"${event.title}" says its date (${plain(formattedDate)}): "${name}"`);
      assert.ok(name.includes(STATUS_WORDS[event.status]), `"${event.title}" says its status in words: "${name}"`);
      assert.ok(name.includes(`${event.actor} lane`), `"${event.title}" says its lane (lanes by actor): "${name}"`);
      // "Event 3 of 17" on the button itself, so that it is heard on focus too, not only when reading the list.
      assert.ok(name.endsWith(`event ${index + 1} of ${seed.events.length}`), `"${event.title}" says where it is in time order: "${name}"`);
      assert.equal(button.properties.expanded, false, `"${event.title}" says its card is closed`);

      // And position and set size on the list item.
      const attributes = await ariaAttributes(cdp, item);
      assert.equal(attributes['aria-posinset'], String(index + 1), `"${event.title}" is event ${index + 1}`);
      assert.equal(attributes['aria-setsize'], String(seed.events.length), `"${event.title}" is one of ${seed.events.length}`);
    }

    const legend = find(tree, (node) => node.role === 'list' && node.name === 'Status of claims');
    assert.ok(legend, 'the legend is a list named "Status of claims"');
    assert.deepEqual(legend.children.map(textOf), ['Confirmed', 'Reported', 'Alleged', 'Expected', 'Contested'], 'the legend says each status in words, and the sign of a contested claim');
    const toolbar = find(tree, (node) => node.role === 'toolbar');
    assert.equal(toolbar?.name, 'Zoom');
    assert.deepEqual(toolbar.children.filter((node) => node.role === 'button').map((node) => node.name), ['Zoom in', 'Zoom out', 'Fit']);
    await page.close();
  });

  it('zoom and range changes are announced in a polite live region, briefly', async () => {
    const { page, cdp } = await openPage('/seed.html');
    const before = await readTree(cdp);
    const regions = findAll(before, (node) => node.properties.live === 'polite');
    assert.equal(regions.length, 1, 'one polite live region');
    assert.equal(regions[0].role, 'status');
    assert.equal(textOf(regions[0]), '', 'silent until something changes');

    await page.evaluate(() => document.querySelector('dateline-timeline').shadowRoot.querySelector('button.event[tabindex="0"]').focus());
    await page.keyboard.press('+');
    await page.waitForFunction(() => document.querySelector('dateline-timeline').shadowRoot.querySelector('[aria-live="polite"]').textContent.trim() !== '');
    const after = await readTree(cdp);
    const region = find(after, (node) => node.properties.live === 'polite');
    const announced = plain(textOf(region));
    assert.match(announced, /^\d{1,2} \w{3} \d{4} to \d{1,2} \w{3} \d{4}: \d+ events?$/, `the new range and how many events it holds: "${announced}"`);
    assert.ok(announced.length < 60, 'brief, not the whole card');
    await page.close();
  });

  it('Enter on a focused event exposes its card: the title as a heading, status, and the sources as named links', async () => {
    const { page, cdp } = await openPage('/seed-with-links.html');
    await page.evaluate(() => document.querySelector('dateline-timeline').shadowRoot.querySelector('button.event[data-id="donetsk-strike"]').focus());
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('dateline-timeline').shadowRoot.querySelector('dateline-event-card')?.shadowRoot?.querySelector('[part="title"]'));
    const tree = await readTree(cdp);
    const event = seed.events.find((candidate) => candidate.id === 'donetsk-strike');

    // The page itself also reports focus; the focused control is the deepest focused node.
    const focused = findAll(tree, (node) => node.properties.focused === true).pop();
    assert.equal(focused?.role, 'button', 'focus stays on the event');
    assert.ok(plain(focused.name).startsWith(event.title), `the focused button is the event: "${focused.name}"`);
    assert.equal(focused.properties.expanded, true, 'the event says its card is open');

    const chart = find(tree, (node) => node.role === 'group' && node.properties.roledescription === 'timeline');
    const card = find(chart, (node) => node.role === 'article');
    assert.ok(card, 'the card is an article inside the chart group, after the events');
    assert.equal(card.name, event.title, 'the card is named by its title');
    // heading-level is 2 by default: the card's title sits under the page's own h1.
    const heading = find(card, (node) => node.role === 'heading' && node.properties.level === 2);
    assert.equal(heading?.name, event.title, 'the card’s title is a level-2 heading');
    assert.ok(find(card, (node) => node.role === 'StaticText' && node.name === 'Reported by the Kyiv Post'), 'the status in words, with who reports it');
    assert.ok(find(card, (node) => node.role === 'paragraph' && node.description === 'Published but not independently verified'), 'the status’s meaning as a description');

    const sourcesHeading = find(card, (node) => node.role === 'heading' && node.name === 'Sources');
    assert.equal(sourcesHeading?.properties.level, 3, 'a "Sources" heading one level down');
    const historyHeading = find(card, (node) => node.role === 'heading' && node.name === 'What was known when');
    assert.equal(historyHeading?.properties.level, 3, 'a "What was known when" heading one level down');
    const links = findAll(card, (node) => node.role === 'link');
    assert.deepEqual(
      links.map((link) => link.name),
      event.sources.map((source) => `${source.name} (opens in a new tab)`),
      'every source is a link named by its outlet, saying it opens a new tab',
    );
    for (const link of links) assert.match(link.properties.url ?? '', /^https:\/\/example\.com\/donetsk-strike\/\d$/);
    const close = find(card, (node) => node.role === 'button' && node.name === 'Close');
    assert.ok(close, 'a close button named "Close"');
    await page.close();
  });

  it('the seed sources without a URL are still read out: outlet, quote and date', async () => {
    const { page, cdp } = await openPage('/seed.html');
    await page.evaluate(() => document.querySelector('dateline-timeline').shadowRoot.querySelector('button.event[data-id="putin-visit-2000"]').focus());
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('dateline-timeline').shadowRoot.querySelector('dateline-event-card')?.shadowRoot?.querySelector('[part="title"]'));
    const tree = await readTree(cdp);
    const card = find(tree, (node) => node.role === 'article');
    const sources = find(card, (node) => node.role === 'list');
    const event = seed.events.find((candidate) => candidate.id === 'putin-visit-2000');
    const read = sources.children.map((item) => plain(textOf(item)));
    assert.equal(read.length, event.sources.length);
    for (const [index, source] of event.sources.entries()) {
      assert.ok(read[index].includes(source.name), `source ${index + 1} names ${source.name}: "${read[index]}"`);
      if (source.quote) assert.ok(read[index].includes(`“${source.quote}”`), `the quote, in quotation marks: "${read[index]}"`);
    }
    assert.equal(findAll(card, (node) => node.role === 'link').length, 0, 'no URL, no link');
    await page.close();
  });
});
