// The timeline against the reference server (issue 17): `dateline serve` over a small synthetic wire archive
// that DuckDB writes here, and a page whose <dateline-timeline src> is a window template. A reader's zoom from
// the whole archive to a few hours: the first view's counts, finer bins as the view narrows, the window's events
// once few enough, a kept answer drawn again without a request, a superseded request aborted, a column that zooms
// into its bin, a deep link to an event outside the window, and a failure shown beside what is drawn. Needs
// DuckDB (@duckdb/node-api, a dev dependency) and the system's Chromium.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.js';
import { serveBundle } from '../../scripts/serve-bundle.js';
import { startServer } from '../../scripts/bench-archive.js';
import { writeSyntheticArchive } from '../../scripts/synthetic-archive.js';

const folder = mkdtempSync(join(tmpdir(), 'dateline-archive-element-'));
const EVENTS = 40_000;
/** Fewer than a month of this archive holds, more than a day: months come as bins, days as events. */
const MAX_EVENTS = 300;
let archive;
let pages;
let browser;

const pageHtml = (template) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/dist/dateline.js"></script></head>
<body style="margin:0"><dateline-timeline id="wire" deep-link lanes="category" style="width:1000px" src="${template}"></dateline-timeline></body></html>`;

before(async () => {
  const file = join(folder, 'wire.parquet');
  await writeSyntheticArchive(file, { count: EVENTS, years: 4, from: '2020-01-01' });
  archive = await startServer(file, ['--max-events', String(MAX_EVENTS)]);
  const origin = new URL(archive.url).origin;
  pages = await serveBundle({ pages: { '/archive.html': pageHtml(`${origin}/events?start={start}&amp;end={end}&amp;bins={bins}`) } });
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await pages?.close();
  await archive?.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** Opens the page (with a query, for a deep link), recording the archive's requests; resolves at the first window's load. */
async function openArchive(query = '') {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const requests = [];
  const aborted = [];
  const problems = [];
  page.on('request', (request) => request.url().startsWith(new URL(archive.url).origin) && requests.push(new URL(request.url())));
  page.on('requestfailed', (request) => aborted.push(`${request.failure()?.errorText} ${request.url()}`));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.evaluateOnNewDocument(() => {
    window.__loads = [];
    window.__errors = [];
    document.addEventListener('dateline-load', (event) => window.__loads.push(event.detail.events.length), true);
    document.addEventListener('dateline-error', (event) => window.__errors.push(event.detail.message), true);
  });
  await page.goto(`${pages.origin}/archive.html${query}`);
  await nextLoad(page, 0);
  return { page, requests, aborted, problems };
}

/** Waits until the timeline has fired more than `seen` loads (one per window drawn); returns the newest's event count. */
async function nextLoad(page, seen) {
  await page.waitForFunction((seen) => window.__loads.length > seen, { timeout: 20_000 }, seen);
  return page.evaluate(async () => {
    await document.querySelector('dateline-timeline').updateComplete;
    return window.__loads.at(-1);
  });
}

/** What the chart draws: its count columns (with their counts and keys), its events, and the window shown. */
const drawn = (page) =>
  page.evaluate(() => {
    const timeline = document.querySelector('dateline-timeline');
    const root = timeline.shadowRoot;
    const { start, end } = timeline.visibleRange;
    return {
      columns: [...root.querySelectorAll('.cluster.column')].map((column) => ({ count: Number(column.dataset.count), label: column.getAttribute('aria-label') })),
      events: [...root.querySelectorAll('button.event')].map((button) => button.dataset.order),
      titles: timeline.normalizedEvents.map((event) => ({ title: event.title, start: event.start.getTime(), end: event.end.getTime() })),
      view: { start: start.getTime(), end: end.getTime() },
      busy: root.querySelector('.frame').getAttribute('aria-busy'),
      error: root.querySelector('[part="error"]')?.textContent ?? '',
    };
  });

/** Zooms from code and waits for the window's answer. */
async function zoomAndLoad(page, start, end) {
  const seen = await page.evaluate(() => window.__loads.length);
  await page.evaluate((start, end) => document.querySelector('dateline-timeline').zoomTo(start, end), start, end);
  return nextLoad(page, seen);
}

describe('a windowed source against dateline serve', () => {
  it('opens on the whole archive in counts, then asks for each view and a margin as the reader zooms, down to its events', async () => {
    const { page, requests, problems } = await openArchive();
    // The first request leaves the edges to the archive and asks for as many bins as the plot has columns.
    const first = requests[0].searchParams;
    assert.equal(first.get('start'), '');
    assert.equal(first.get('end'), '');
    assert.equal(first.get('lanes'), 'category');
    const columns = Number(first.get('bins'));
    assert.ok(columns >= 35 && columns <= 42, `columns of 24 px in a 1000 px plot: ${columns}`);
    const whole = await drawn(page);
    assert.equal(whole.events.length, 0);
    assert.equal(
      whole.columns.reduce((sum, column) => sum + column.count, 0),
      EVENTS,
      'every event of the archive is counted in the first view',
    );
    assert.ok(whole.view.start <= Date.UTC(2020, 0, 1) && whole.view.end >= Date.UTC(2024, 0, 1), 'the view is the archive');

    // A month: still bins, asked for the view and a view either side.
    await zoomAndLoad(page, '2021-06', '2021-06');
    const month = await drawn(page);
    const asked = requests.at(-1).searchParams;
    const [askedStart, askedEnd] = [Date.parse(asked.get('start')), Date.parse(asked.get('end'))];
    const span = month.view.end - month.view.start;
    assert.ok(Math.abs(askedStart - (month.view.start - span)) < 1000 && Math.abs(askedEnd - (month.view.end + span)) < 1000, 'a margin of one view either side');
    assert.ok(month.columns.length >= 20, `days or finer bins in a month: ${month.columns.length}`);
    assert.match(month.columns[0].label, /events?/);

    // A few hours: few enough events to draw one by one, each overlapping the window asked for.
    const count = await zoomAndLoad(page, '2021-06-15T06:00Z', '2021-06-15T18:00Z');
    const hours = await drawn(page);
    assert.ok(count > 0 && count <= MAX_EVENTS);
    assert.ok(hours.events.length > 0, 'events are drawn');
    const window = requests.at(-1).searchParams;
    for (const event of hours.titles) assert.ok(event.end > Date.parse(window.get('start')) && event.start < Date.parse(window.get('end')), event.title);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('draws a window it already has at once, without asking again, and pans within the margin with no request', async () => {
    const { page, requests } = await openArchive();
    await zoomAndLoad(page, '2022-03', '2022-03');
    const march = await drawn(page);
    await zoomAndLoad(page, '2022-03-10', '2022-03-10');
    const asked = requests.length;
    // Back to March: the kept answer is drawn in the same update, nothing is asked, nothing loads.
    await page.evaluate(async () => {
      const timeline = document.querySelector('dateline-timeline');
      timeline.zoomTo('2022-03', '2022-03');
      await timeline.updateComplete;
    });
    const again = await drawn(page);
    assert.deepEqual(again.columns, march.columns);
    assert.equal(again.busy, 'false');
    // Half a view later, inside the margin of the day's answer: the same events answer serves it.
    await page.evaluate(async () => {
      const timeline = document.querySelector('dateline-timeline');
      timeline.zoomTo('2022-03-10T12:00Z', '2022-03-11T12:00Z');
      await timeline.updateComplete;
    });
    const panned = await drawn(page);
    assert.equal(panned.busy, 'false');
    assert.ok(panned.events.length > 0);
    assert.equal(requests.length, asked, 'no request for windows already answered');
    await page.close();
  });

  it('aborts a request that a newer view supersedes', async () => {
    const { page, requests, aborted } = await openArchive();
    // February's answer is held back, so that it is still under way when the reader moves on.
    await page.setRequestInterception(true);
    let held;
    const heldBack = new Promise((resolve) => (held = resolve));
    page.on('request', (request) => {
      if (new URL(request.url()).searchParams.get('start')?.startsWith('2020-01')) held(request);
      else void request.continue();
    });
    const seen = await page.evaluate(() => window.__loads.length);
    const started = requests.length;
    await page.evaluate(() => document.querySelector('dateline-timeline').zoomTo('2020-02', '2020-02'));
    const february = await heldBack;
    await page.evaluate(() => document.querySelector('dateline-timeline').zoomTo('2023-09', '2023-09'));
    await nextLoad(page, seen);
    await february.continue().catch(() => undefined);
    const loaded = await drawn(page);
    assert.ok(loaded.view.start >= Date.UTC(2023, 7, 1), 'the newer view is drawn');
    const asked = requests.slice(started).map((url) => url.searchParams.get('start'));
    assert.equal(asked.length, 2, `February, then September: ${asked.join(', ')}`);
    assert.ok(
      aborted.some((failure) => failure.includes('ERR_ABORTED') && failure.includes(encodeURIComponent(asked[0]))),
      `the superseded request was aborted: ${aborted.join(', ')}`,
    );
    await page.close();
  });

  it('zooms into a column when the reader presses it', async () => {
    const { page } = await openArchive();
    const seen = await page.evaluate(() => window.__loads.length);
    const bin = await page.evaluate(() => {
      const column = document.querySelector('dateline-timeline').shadowRoot.querySelector('.cluster.column');
      column.click();
      return column.getAttribute('aria-label');
    });
    await nextLoad(page, seen);
    const zoomed = await drawn(page);
    assert.ok(zoomed.view.end - zoomed.view.start < 366 * 86_400_000, `zoomed into ${bin}`);
    await page.close();
  });

  it('lets the keyboard move among the columns and zoom into one', async () => {
    const { page } = await openArchive();
    const focused = () => page.evaluate(() => document.querySelector('dateline-timeline').shadowRoot.activeElement?.dataset.key);
    const keys = await page.evaluate(() => {
      const columns = [...document.querySelector('dateline-timeline').shadowRoot.querySelectorAll('.cluster.column')];
      columns[0].focus();
      return { first: columns[0].dataset.key, second: columns[1].dataset.key, last: columns.at(-1).dataset.key, tabStops: columns.filter((column) => column.tabIndex === 0).length };
    });
    assert.equal(keys.tabStops, 1, 'one tab stop among the columns');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(), keys.second);
    await page.keyboard.press('End');
    assert.equal(await focused(), keys.last);
    await page.keyboard.press('Home');
    assert.equal(await focused(), keys.first);
    const seen = await page.evaluate(() => window.__loads.length);
    const before = (await drawn(page)).view;
    await page.keyboard.press('Enter');
    await nextLoad(page, seen);
    const after = (await drawn(page)).view;
    assert.ok(after.end - after.start < (before.end - before.start) / 4, 'Enter zoomed into the column');
    await page.close();
  });

  it('fetches a deep-linked event outside the window by its id and opens its card', async () => {
    const answer = await (await fetch(`${new URL(archive.url).origin}/events?start=2023-05-20T09:00Z&end=2023-05-20T15:00Z`)).json();
    // An item of a moment, so that the view it opens on is short.
    const target = answer.events.find((event) => !event.end);
    const { page, requests } = await openArchive(`?wire=${encodeURIComponent(target.id)}`);
    assert.ok(requests.some((url) => url.searchParams.get('id') === target.id && !url.searchParams.has('start')), 'asked for the event by its id');
    await page.waitForFunction(
      (title) => document.querySelector('dateline-timeline').shadowRoot.querySelector('[part="card"] dateline-event-card')?.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim() === title,
      { timeout: 20_000 },
      target.title,
    );
    const { view } = await drawn(page);
    const start = Date.parse(target.start);
    assert.ok(view.start <= start && view.end >= start && view.end - view.start < 86_400_000, 'the view moved to the event');
    await page.close();
  });

  it('points from a view with nothing in it to the nearest items, and goes there', async () => {
    const { page } = await openArchive();
    // Two days before the archive's first item: nothing to draw, nothing to ask for.
    await page.evaluate(async () => {
      const timeline = document.querySelector('dateline-timeline');
      timeline.zoomTo('2019-12-29', '2019-12-30');
      await timeline.updateComplete;
    });
    const pointer = await page.evaluate(() => {
      const root = document.querySelector('dateline-timeline').shadowRoot;
      return { later: root.querySelector('.nearest.later')?.textContent.replace(/\s+/g, ' ').trim(), earlier: root.querySelector('.nearest.earlier') !== null, drawn: root.querySelectorAll('.cluster, button.event').length };
    });
    assert.equal(pointer.drawn, 0);
    assert.equal(pointer.earlier, false, 'nothing lies earlier');
    assert.equal(pointer.later, '1 day later: Jan 1, 2020→');
    const seen = await page.evaluate(() => window.__loads.length);
    await page.evaluate(() => document.querySelector('dateline-timeline').shadowRoot.querySelector('.nearest.later').click());
    await nextLoad(page, seen);
    const moved = await drawn(page);
    assert.ok(moved.view.end > Date.UTC(2020, 0, 1), 'the view reaches the first items');
    assert.ok(moved.columns.length + moved.events.length > 0, 'and draws them');
    await page.close();
  });

  it('shows a failure beside what is drawn, and keeps it', async () => {
    const { page } = await openArchive();
    await zoomAndLoad(page, '2021-01', '2021-01');
    const before = await drawn(page);
    await archive.stop();
    // Zoomed out around January: its columns are still in view while the wider window is asked for, and fails.
    await page.evaluate(() => document.querySelector('dateline-timeline').zoomTo('2020-10', '2021-04'));
    await page.waitForFunction(() => window.__errors.length > 0, { timeout: 20_000 });
    const failed = await drawn(page);
    assert.match(failed.error, /could not load/);
    assert.ok(before.columns.length > 0 && failed.columns.length > 0, 'the columns drawn stay');
    assert.ok(failed.view.start < Date.UTC(2020, 10, 1), 'the view moved as asked');
    await page.close();
  });
});
