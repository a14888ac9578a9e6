// The example pages, loaded the way an embedder's reader would load them, in the system Chromium.
// Run with `node --test test/node/` (part of `npm test`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.js';
import { serveBundle } from '../../scripts/serve-bundle.js';

let server;
let browser;
/** The seed dataset's event count, which the example pages that draw it must all draw. */
const SEED_EVENT_COUNT = JSON.parse(await readFile(new URL('../../data/korea-russia-2024.json', import.meta.url), 'utf8')).events.length;

before(async () => {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const snippet = /```html\n([\s\S]*?)```/.exec(readme)[1];
  // A phone's timeline of fixed height with a card open from the start, before the card's chunk has arrived.
  const phoneCard = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script type="module" src="/dist/dateline.js"></script></head><body style="margin:0">
<dateline-timeline src="/data/korea-russia-2024.json" lanes="actor" selected="treaty-signed" style="height:600px"></dateline-timeline></body></html>`;
  server = await serveBundle({ pages: { '/readme-snippet.html': snippet, '/phone-card.html': phoneCard } });
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Before any page script runs: record CSP violations and every listener added to window or document. */
function watchPage() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  window.__globalListeners = [];
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    if (this === window || this === document) window.__globalListeners.push(type);
    return add.call(this, type, ...rest);
  };
}

/** Opens a page and waits until every timeline in it (also in shadow roots and iframes) has drawn its events. */
async function openPage(path, { viewport = { width: 1200, height: 900 } } = {}) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    // Failed loads are checked by URL below: a browser asks for /favicon.ico on its own.
    if (/^Failed to load resource/.test(message.text())) return;
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.evaluateOnNewDocument(watchPage);
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => {
      const timelines = [];
      const collect = (root) => {
        root.querySelectorAll('dateline-timeline').forEach((timeline) => timelines.push(timeline));
        root.querySelectorAll('*').forEach((element) => element.shadowRoot && element.localName !== 'dateline-timeline' && collect(element.shadowRoot));
      };
      collect(document);
      return timelines.length > 0 && timelines.every((timeline) => timeline.shadowRoot?.querySelector('button.event'));
    },
    { timeout: 15000 },
  );
  await settle(page);
  return { page, problems, requests };
}

/** Waits for layout after resize observations: they update on the next frame. */
const settle = (target) => target.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve)))));

function expectOwnRequestsOnly(requests) {
  const foreign = requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('data:'));
  assert.deepEqual(foreign, [], 'requests to other origins');
  assert.equal(requests.some((url) => /\.(woff2?|ttf|otf)(\?|$)/.test(url)), false, 'no fonts are loaded');
}

async function expectQuietPage({ page, problems, requests }) {
  assert.deepEqual(problems, [], 'console errors');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'CSP violations');
  assert.deepEqual(await page.evaluate(() => window.__globalListeners), [], 'listeners on window or document');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page did not scroll');
  expectOwnRequestsOnly(requests);
}

const drawnEventCount = (page, selector = 'dateline-timeline') =>
  page.evaluate((selector) => document.querySelector(selector).shadowRoot.querySelectorAll('button.event').length, selector);

describe('the README snippet', () => {
  it('draws the seed timeline from a page holding nothing else', async () => {
    const opened = await openPage('/readme-snippet.html', { viewport: { width: 1000, height: 700 } });
    assert.equal(await drawnEventCount(opened.page), SEED_EVENT_COUNT);
    // A JSON story needs no reader's chunk; the card's and the list's definitions (and what they share) are asked
    // for at once, whether used or not.
    const scripts = opened.requests.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname.replace(/-[\w-]{8}\.js$/, ''));
    assert.deepEqual(scripts.sort(), ['/dist/chunks/claim-views', '/dist/chunks/event-card', '/dist/chunks/event-list', '/dist/dateline.js']);
    await expectQuietPage(opened);
    await opened.page.close();
  });
});

describe('the card, a chunk of its own', () => {
  it('opened from the start in a phone’s timeline of fixed height, is scrolled into view once its code has come', async () => {
    const opened = await openPage('/phone-card.html', { viewport: { width: 375, height: 600 } });
    const { page } = opened;
    await page.waitForFunction(() => document.querySelector('dateline-timeline').shadowRoot.querySelector('dateline-event-card')?.shadowRoot?.querySelector('[part="title"]'));
    // Once drawn, the card is revealed in the next frame or two.
    await settle(page);
    const { card, chart } = await page.evaluate(() => {
      const root = document.querySelector('dateline-timeline').shadowRoot;
      const box = (element) => {
        const { top, bottom } = element.getBoundingClientRect();
        return { top, bottom };
      };
      return { card: box(root.querySelector('[part="card"] dateline-event-card').shadowRoot.querySelector('[part="title"]')), chart: box(root.querySelector('.chart')) };
    });
    assert.ok(card.top >= chart.top && card.bottom <= chart.bottom, `the card's title is inside the chart's box: ${JSON.stringify({ card, chart })}`);
    await expectQuietPage(opened);
    await page.close();
  });
});

describe('example pages', () => {
  it('article: a timeline in the middle of long text, the page does not scroll, selecting does not scroll', async () => {
    const opened = await openPage('/examples/article.html', { viewport: { width: 1200, height: 600 } });
    const { page } = opened;
    assert.equal(await drawnEventCount(page), SEED_EVENT_COUNT);
    await page.evaluate(() => document.querySelector('dateline-timeline').shadowRoot.querySelector('button.event[data-id="treaty-signed"]').click());
    await page.waitForFunction(() => document.querySelector('dateline-timeline').shadowRoot.querySelector('dateline-event-card'));
    await expectQuietPage(opened);
    await page.close();
  });

  it('progressive list: readable without the script, drawn from the list with it, list kept in the page', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.origin}/examples/progressive-list.html`);
    const withoutScript = await page.evaluate(() => [...document.querySelectorAll('dateline-timeline ol li strong')].map((strong) => strong.textContent));
    assert.equal(withoutScript.length, 6);
    assert.equal(await page.evaluate(() => document.querySelector('dateline-timeline ol').getBoundingClientRect().height > 100), true, 'the list is visible');
    await page.close();

    const opened = await openPage('/examples/progressive-list.html');
    assert.equal(await drawnEventCount(opened.page), 6);
    const titles = await opened.page.evaluate(() =>
      [...document.querySelector('dateline-timeline').shadowRoot.querySelectorAll('button.event .label')].map((label) => label.textContent.trim()),
    );
    assert.ok(titles.includes('Putin and Kim sign mutual-defence treaty'));
    assert.equal(await opened.page.evaluate(() => document.querySelectorAll('dateline-timeline > ol > li').length), 6, 'the list stays in the light DOM');
    const reported = await opened.page.evaluate(() => document.querySelector('dateline-timeline').normalizedEvents.find((event) => event.status === 'reported')?.title);
    assert.equal(reported, 'Strike near Donetsk reportedly kills North Korean officers');
    await expectQuietPage(opened);
    await opened.page.close();
  });

  it('strict CSP: renders with a selected event, and the list from the CSV copy, with no violation', async () => {
    const opened = await openPage('/examples/strict-csp.html');
    assert.equal(await drawnEventCount(opened.page), SEED_EVENT_COUNT);
    assert.equal(await opened.page.evaluate(() => document.querySelector('dateline-timeline').shadowRoot.querySelectorAll('dateline-event-card').length), 1);
    // The card's definition comes in a chunk of its own: the selected event's card fills in when it does.
    await opened.page.waitForFunction(() => document.querySelector('dateline-timeline').shadowRoot.querySelector('dateline-event-card').shadowRoot?.querySelector('[part="title"]')?.textContent.trim().length > 0, { timeout: 15000 });
    // The list's definition and the CSV reader come in chunks of their own, beside dist/dateline.js; the CSV
    // reader brings the TimelineJS reader with it, which reads the Google Sheets template's rows, and the schema's
    // validation (parse-dataset) and the media services, which the readers' synchronous functions (`fromCSV`,
    // `fromTimelineJS`) read with and which TimelineJS's media (its `<iframe>` addresses) needs.
    await opened.page.waitForFunction(() => document.querySelector('dateline-event-list').shadowRoot?.querySelectorAll('[part="title"]').length > 0, { timeout: 15000 });
    const listed = await opened.page.evaluate(() => document.querySelector('dateline-event-list').normalizedEvents.length);
    assert.equal(listed, SEED_EVENT_COUNT);
    const chunks = opened.requests.filter((url) => url.includes('/dist/chunks/')).map((url) => new URL(url).pathname.replace(/-[\w-]{8}\.js$/, ''));
    assert.deepEqual(chunks.sort(), ['/dist/chunks/claim-views', '/dist/chunks/event-card', '/dist/chunks/event-list', '/dist/chunks/from-csv', '/dist/chunks/from-timelinejs', '/dist/chunks/media', '/dist/chunks/parse-dataset']);
    await expectQuietPage(opened);
    await opened.page.close();
  });

  it('shadow root: works inside another component and is not styled by the page', async () => {
    const opened = await openPage('/examples/shadow-root.html');
    const count = await opened.page.evaluate(() => document.querySelector('news-story').shadowRoot.querySelector('dateline-timeline').shadowRoot.querySelectorAll('button.event').length);
    assert.ok(count > 0);
    await expectQuietPage(opened);
    await opened.page.close();
  });

  it('page CSS does not reach into the timeline, and the timeline adds no styles to the page', async () => {
    const opened = await openPage('/examples/article.html');
    const { buttonBackground, pageSheets } = await opened.page.evaluate(() => ({
      buttonBackground: getComputedStyle(document.querySelector('dateline-timeline').shadowRoot.querySelector('button.event')).backgroundColor,
      pageSheets: document.styleSheets.length + document.adoptedStyleSheets.length,
    }));
    assert.notEqual(buttonBackground, 'rgb(255, 105, 180)', 'the page’s `button { background: hotpink }` stays outside');
    assert.equal(pageSheets, 1, 'only the page’s own stylesheet');
    await opened.page.close();
  });

  it('two timelines: independent windows, selections and deep links that keep the URL’s other parts', async () => {
    const opened = await openPage('/examples/two-timelines.html?ref=home#top');
    const { page } = opened;
    await page.evaluate(() => document.querySelector('#korea').shadowRoot.querySelector('button.event[data-id="treaty-signed"]').click());
    await page.waitForFunction(() => location.search.includes('korea=treaty-signed'));
    const state = await page.evaluate(() => ({
      url: location.pathname + location.search + location.hash,
      korea: document.querySelector('#korea').selected ?? null,
      october: document.querySelector('#october').selected ?? null,
      octoberStart: document.querySelector('#october').visibleRange.start.toISOString(),
    }));
    assert.equal(state.url, '/examples/two-timelines.html?ref=home&korea=treaty-signed#top');
    assert.equal(state.korea, 'treaty-signed');
    assert.equal(state.october, null);
    assert.equal(state.octoberStart, '2024-10-01T00:00:00.000Z');
    await expectQuietPage(opened);
    await page.close();
  });

  it('a deep link opens the page with that event selected and its card shown', async () => {
    const opened = await openPage('/examples/two-timelines.html?october=spa-session');
    const selected = await opened.page.evaluate(() => {
      const timeline = document.querySelector('#october');
      return { id: timeline.selected, card: timeline.shadowRoot.querySelector('dateline-event-card')?.event?.id };
    });
    assert.deepEqual(selected, { id: 'spa-session', card: 'spa-session' });
    assert.equal(await opened.page.evaluate(() => document.querySelector('#korea').selected ?? null), null);
    await expectQuietPage(opened);
    await opened.page.close();
  });

  it('two languages: each timeline speaks its part of the page\'s language, and only those two are fetched', async () => {
    const opened = await openPage('/examples/languages.html');
    const phrase = (language, id) => {
      const xliff = readFileSync(new URL(`../../xliff/${language}.xlf`, import.meta.url), 'utf8');
      return new RegExp(`<trans-unit id="${id}">[\\s\\S]*?<target>([^<]*)</target>`).exec(xliff)[1];
    };
    // The languages arrive after the first drawing: wait for both legends to speak them.
    const words = () => opened.page.evaluate(() => [...document.querySelectorAll('dateline-timeline')].map((timeline) => ({
      legend: [...timeline.shadowRoot.querySelectorAll('.legend li')].map((item) => item.textContent.trim()),
      fit: timeline.shadowRoot.querySelector('.fit').textContent.trim(),
    })));
    await opened.page.waitForFunction((fit) => document.querySelectorAll('dateline-timeline')[1].shadowRoot.querySelector('.fit').textContent.trim() === fit, { timeout: 15000 }, phrase('ar', 'fit'));
    const [korean, arabic] = await words();
    assert.ok(korean.legend.includes(phrase('ko', 'statusConfirmed')), korean.legend.join(', '));
    assert.equal(korean.fit, phrase('ko', 'fit'));
    assert.ok(arabic.legend.includes(phrase('ar', 'statusAlleged')), arabic.legend.join(', '));
    const card = await opened.page.evaluate(() => document.querySelector('dateline-timeline').shadowRoot.querySelector('dateline-event-card').shadowRoot.querySelector('.close').getAttribute('aria-label'));
    assert.equal(card, phrase('ko', 'close'));
    const languages = opened.requests.filter((url) => url.includes('/dist/chunks/locales/')).map((url) => new URL(url).pathname.replace(/-[\w-]{8}\.js$/, ''));
    assert.deepEqual(languages.sort(), ['/dist/chunks/locales/ar', '/dist/chunks/locales/ko']);
    await expectQuietPage(opened);
    await opened.page.close();
  });

  it('dark page with inline JSON data', async () => {
    const opened = await openPage('/examples/dark.html');
    assert.equal(await drawnEventCount(opened.page), 6);
    const background = await opened.page.evaluate(() => getComputedStyle(document.querySelector('dateline-timeline')).backgroundColor);
    assert.equal(background, 'rgb(22, 22, 22)');
    await expectQuietPage(opened);
    await opened.page.close();
  });

  it('iframe: the timeline works inside a frame', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${server.origin}/examples/iframe.html`);
    const frame = page.frames().find((candidate) => candidate.url().endsWith('/examples/article.html'));
    await frame.waitForFunction((count) => document.querySelector('dateline-timeline')?.normalizedEvents?.length === count, { timeout: 15000 }, SEED_EVENT_COUNT);
    await settle(frame);
    assert.ok(await frame.evaluate(() => document.querySelector('dateline-timeline').shadowRoot.querySelectorAll('button.event').length) > 0);
    assert.deepEqual(problems, []);
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    await page.close();
  });
});
