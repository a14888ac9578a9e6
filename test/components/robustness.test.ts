import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/components/timeline/define.js';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';
import type { DatelineEventCard } from '../../src/components/event-card/event-card.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { looksLikeMarkup } from '../../src/model/rich-text.js';
import { loadSanitizer } from '../../src/components/shared/rich-text.js';
import type { TimelineEvent } from '../../src/model/schema.js';
import type { NormalizedEvent } from '../../src/model/types.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';
import { collapsedSpaces as plain } from '../helpers/readable-text.js';
import { expectNoCollisions } from '../helpers/collisions.js';
import { renderTimeline } from '../helpers/render-timeline.js';
import { describeBox, frame, nextEvent, record, rect, settle, watchErrors } from '../helpers/elements.js';

/*
 * Bad input through the elements: what a reader sees when a dataset holds markup, script-like links,
 * extreme strings, dates at the edges of the calendar, far too many events, or is not a dataset at all.
 * In every case: nothing runs, nothing is thrown, the problem is said clearly, and the valid events are shown.
 */

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

// ——— helpers ———


const DAY = 86_400_000;


const root = (el: DatelineTimeline) => el.shadowRoot!;
const all = (el: DatelineTimeline, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const one = (el: DatelineTimeline, selector: string) => root(el).querySelector<HTMLElement>(selector);
const eventButton = (el: DatelineTimeline, id: string) => one(el, `.event[data-id="${CSS.escape(id)}"]`) as HTMLButtonElement | null;
const drawnIds = (el: DatelineTimeline) => all(el, '.event[data-id]').map((button) => button.dataset.id!);
/** The indices into `normalizedEvents` of a cluster's events, from its `data-orders` (listed when it holds few). */
const ordersOf = (cluster: HTMLElement) => {
  expect(cluster.dataset.orders, `data-orders of cluster ${cluster.dataset.key} (${cluster.dataset.count} events)`).to.be.a('string');
  return cluster.dataset.orders!.split(' ').map(Number);
};
/** Ids of events folded into clusters. */
const clusteredIds = (el: DatelineTimeline) => all(el, '.cluster').flatMap((cluster) => ordersOf(cluster).map((order) => el.normalizedEvents[order]!.id));
/** How many events are folded into clusters, by the clusters' `data-count`. */
const clusteredCount = (el: DatelineTimeline) => all(el, '.cluster').reduce((sum, cluster) => sum + Number(cluster.dataset.count), 0);
const shownIds = (el: DatelineTimeline) => [...drawnIds(el), ...clusteredIds(el)];



let watcher: ReturnType<typeof watchErrors>;

/** A test that also fails if anything was thrown uncaught or a promise rejected unhandled while it ran. */
function itSafely(title: string, test: (this: Mocha.Context) => Promise<void>): void {
  it(title, async function () {
    await test.call(this);
    await frame();
    expect(watcher.errors, 'uncaught errors and unhandled rejections').to.deep.equal([]);
  });
}

const openCard = (el: DatelineTimeline) => one(el, '[part="card"] dateline-event-card') as DatelineEventCard | null;

/** Shows the event (zooming to a few days around it unless it is drawn already), clicks it and returns its card. */
async function openCardFor(el: DatelineTimeline, id: string): Promise<DatelineEventCard> {
  if (!eventButton(el, id)) {
    const event = el.normalizedEvents.find((candidate) => candidate.id === id);
    expect(event, `event ${id} was read`).to.exist;
    el.zoomTo(new Date(event!.start.getTime() - 3 * DAY), new Date(event!.end.getTime() + 3 * DAY));
    await settle(el);
  }
  const button = eventButton(el, id);
  expect(button, `a button for ${id}`).to.exist;
  const selected = nextEvent(el, 'dateline-select');
  button!.click();
  await selected;
  await settle(el);
  const card = openCard(el);
  expect(card, `the card of ${id}`).to.exist;
  await card!.updateComplete;
  return card!;
}

/** Every element matching `selector` in a tree, inside shadow roots too. */
function deepQueryAll(start: ParentNode, selector: string): Element[] {
  const found = [...start.querySelectorAll(selector)];
  for (const element of start.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll(element.shadowRoot, selector));
  }
  return found;
}

/** Elements that only injected markup could have put there: anything but the card's own close icon. */
function injectedElements(el: DatelineTimeline): string[] {
  const elements = deepQueryAll(root(el), 'img, script, svg, iframe, object, embed, math, style:not([data-lit])');
  const stray = elements.filter((element) => !(element.localName === 'svg' && element.closest('[part="close-button"]')));
  const withHandlers = deepQueryAll(root(el), '*').filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on')));
  return [...stray, ...withHandlers].map((element) => element.outerHTML.slice(0, 120));
}

/**
 * Waits until an `<img src=x>` of our own has failed to load: by then any injected `<img src=x onerror>` would
 * have fired its handler.
 */
async function afterInjectedImagesWouldHaveFailed(): Promise<void> {
  const probe = new Image();
  const failed = oneEvent(probe, 'error');
  probe.src = 'x';
  await failed;
  await frame();
}


/** The problems panel: present, visible, and saying what it says. */
function expectVisibleErrorPanel(el: DatelineTimeline): string {
  const panel = one(el, '[part="error"]');
  expect(panel, 'the [part=error] panel').to.exist;
  const box = rect(panel!);
  expect(box.width, 'error panel width').to.be.greaterThan(0);
  expect(box.height, 'error panel height').to.be.greaterThan(0);
  const style = getComputedStyle(panel!);
  expect(style.display).not.to.equal('none');
  expect(style.visibility).to.equal('visible');
  return plain(panel!.textContent);
}

// ——— tests ———

describe('robustness: bad input through <dateline-timeline> and its card', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  beforeEach(() => {
    watcher = watchErrors();
  });

  afterEach(() => {
    watcher.stop();
    delete window.__pwned;
  });

  describe('HTML and script in text', () => {
    const PAYLOADS = [
      '<img src=x onerror="window.__pwned=1">',
      '<script>window.__pwned=1</script>',
      '"><svg onload="window.__pwned=1">',
      "{{constructor.constructor('window.__pwned=1')()}}",
      '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
      '${window.__pwned=1}',
    ];

    /** One event per payload, with the payload in every text field, each field with its own prefix. */
    const payloadEvents = (): TimelineEvent[] =>
      PAYLOADS.map((payload, index) => ({
        id: index === 0 ? payload : `payload-${index}`,
        title: `Title ${payload}`,
        start: `2024-${String(index * 2 + 1).padStart(2, '0')}-15`,
        summary: `Summary ${payload}`,
        actors: [`Actor ${index} ${payload}`],
        category: `Category ${index} ${payload}`,
        location: `Location ${payload}`,
        status: 'reported',
        sources: [
          { name: `Linked source ${payload}`, url: 'https://example.com/report', quote: `Quote ${payload}` },
          { name: `Unlinked source ${payload}`, quote: `Other quote ${payload}` },
        ],
      }));

    for (const lanes of ['actor', 'category'] as const) {
      itSafely(`render as literal text in the chart, the lanes (lanes="${lanes}") and every card field, and run nothing`, async () => {
        await loadSanitizer();
        const events = payloadEvents();
        const el = await renderTimeline({ events: { title: `Dataset ${PAYLOADS[0]}`, events }, lanes });

        expect(el.normalizedEvents, 'every event is valid').to.have.length(PAYLOADS.length);
        expect(one(el, '[part="error"]'), 'no problems reported').to.equal(null);
        expect(one(el, '[role="group"]')!.getAttribute('aria-label'), 'the chart is named by the dataset title, as text').to.equal(`Dataset ${PAYLOADS[0]}`);
        expect(new Set(shownIds(el))).to.deep.equal(new Set(events.map((event) => event.id)));

        // Lane names are the payload-bearing actors or categories, as text.
        const laneNames = all(el, '[part="lane-label"]').map((label) => label.textContent!.trim());
        const expectedLanes = events.map((event) => (lanes === 'actor' ? event.actors![0]! : event.category!));
        expect(new Set(laneNames)).to.deep.equal(new Set(expectedLanes));

        for (const [index, payload] of PAYLOADS.entries()) {
          const event = events[index]!;
          const button = eventButton(el, event.id);
          expect(button, `button of ${event.id}`).to.exist;
          expect(button!.dataset.id).to.equal(event.id);
          expect(button!.querySelector('.label')!.textContent).to.contain(`Title ${payload}`);
          expect(button!.querySelector(`#${button!.getAttribute('aria-labelledby')!.split(' ')[1]!}`)!.textContent, 'the lane is spoken as text').to.contain(`${expectedLanes[index]} lane`);

          const card = await openCardFor(el, event.id);
          const cardRoot = card.shadowRoot!;
          const text = (selector: string) => [...cardRoot.querySelectorAll(selector)].map((element) => element.textContent!.trim());
          expect(text('[part="title"]')).to.deep.equal([`Title ${payload}`]);
          // A summary may hold simple HTML: markup is sanitised away, text that is not markup stays as written.
          const [summary] = text('.summary');
          if (looksLikeMarkup(payload)) {
            expect(summary, 'the summary keeps its words').to.match(/^Summary/);
            expect(summary, 'no tag is left as text or element').not.to.contain('<');
          } else {
            expect(summary).to.equal(`Summary ${payload}`);
          }
          expect(text('.facts dd')).to.deep.equal([`Actor ${index} ${payload}`, `Category ${index} ${payload}`, `Location ${payload}`]);
          expect(text('.source-name')).to.deep.equal([`Linked source ${payload} (opens in a new tab)`, `Unlinked source ${payload}`]);
          expect(text('.source-quote')).to.deep.equal([`Quote ${payload}`, `Other quote ${payload}`]);
          const links = [...cardRoot.querySelectorAll('a')];
          expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['https://example.com/report']);
          expect(injectedElements(el), `elements injected by ${payload}`).to.deep.equal([]);
        }

        await afterInjectedImagesWouldHaveFailed();
        expect(window.__pwned, 'window.__pwned').to.equal(undefined);
        expect(injectedElements(el)).to.deep.equal([]);
      });
    }

    itSafely('render as text in the label attribute (the chart\'s accessible name)', async () => {
      for (const payload of PAYLOADS) {
        const el = await renderTimeline({ events: payloadEvents().slice(0, 1), label: payload });
        expect(one(el, '[role="group"]')!.getAttribute('aria-label')).to.equal(payload);
        expect(injectedElements(el)).to.deep.equal([]);
      }
      await afterInjectedImagesWouldHaveFailed();
      expect(window.__pwned).to.equal(undefined);
    });

    itSafely('render as text in the cluster list', async () => {
      // Many events on one day fold into a cluster; its list shows every title.
      const events = PAYLOADS.flatMap((payload, index) =>
        Array.from({ length: 4 }, (_, copy) => ({ id: `c${index}-${copy}`, title: `Clustered ${payload}`, start: '2024-06-01' })),
      );
      const el = await renderTimeline({ events: [...events, { id: 'far', title: 'Far away', start: '2020-01-01' }], height: 200 });
      const cluster = one(el, '.cluster');
      expect(cluster, 'a cluster').to.exist;
      cluster!.click();
      await settle(el);
      const list = one(el, '.cluster-list');
      expect(list, 'the cluster list').to.exist;
      const titles = [...list!.querySelectorAll('li button')].map((button) =>
        [...button.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim(),
      );
      expect(titles.length).to.be.greaterThan(0);
      for (const title of titles) expect(PAYLOADS.map((payload) => `Clustered ${payload}`)).to.include(title);
      await afterInjectedImagesWouldHaveFailed();
      expect(window.__pwned).to.equal(undefined);
      expect(injectedElements(el)).to.deep.equal([]);
    });

    itSafely('in invalid values and unknown field names, show as text in the problems panel', async () => {
      const payload = PAYLOADS[0]!;
      const el = await renderTimeline({
        events: [
          { id: 'good', title: 'A good event', start: '2024-01-10' },
          { id: 'bad-start', title: 'Bad start', start: payload },
          { id: 'bad-status', title: 'Bad status', start: '2024-02-01', status: payload },
          { id: 'unknown-field', title: 'Unknown field', start: '2024-03-01', [payload]: 1 },
          { id: payload, title: 'First with this id', start: '2024-04-01' },
          { id: payload, title: 'Second with this id', start: '2024-05-01' },
        ],
      });
      const text = expectVisibleErrorPanel(el);
      expect(text).to.contain('<img src=x onerror=');
      // A bad status loses the status, not the event.
      expect(new Set(shownIds(el))).to.deep.equal(new Set(['good', 'bad-status', 'unknown-field', payload]));
      await afterInjectedImagesWouldHaveFailed();
      expect(window.__pwned).to.equal(undefined);
      expect(injectedElements(el)).to.deep.equal([]);
    });

    itSafely('written as text in a list in the page, stay text in the chart', async () => {
      const payload = PAYLOADS[0]!;
      const parent = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
      const el = document.createElement('dateline-timeline');
      el.setAttribute('locale', 'en-GB');
      const list = document.createElement('ol');
      const item = document.createElement('li');
      const time = document.createElement('time');
      time.dateTime = '2024-06-19';
      time.textContent = '19 June 2024';
      const heading = document.createElement('strong');
      heading.textContent = `Listed ${payload}`;
      item.append(time, ' ', heading, ` Summary ${payload}`);
      list.append(item);
      el.append(list);
      parent.append(el);
      await settle(el);
      expect(el.normalizedEvents.map((event) => event.title)).to.deep.equal([`Listed ${payload}`]);
      const card = await openCardFor(el, el.normalizedEvents[0]!.id);
      expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal(`Listed ${payload}`);
      expect(card.shadowRoot!.querySelector('.summary')!.textContent!.trim()).to.equal(`Summary ${payload}`);
      await afterInjectedImagesWouldHaveFailed();
      expect(window.__pwned).to.equal(undefined);
      expect(injectedElements(el)).to.deep.equal([]);
    });
  });

  describe('source URLs', () => {
    const LINKS = ['https://example.com/ok', 'http://example.com/plain'];
    /** Schemes that can run script: the parser drops the link (an error, saying why) and keeps the event and its source. */
    const DANGEROUS = [
      'javascript:window.__pwned=1',
      'JavaScript:window.__pwned=1',
      '  javascript:window.__pwned=1',
      'java\tscript:window.__pwned=1',
      'data:text/html,<script>window.__pwned=1</script>',
      'vbscript:msgbox(1)',
    ];
    /** Not absolute http(s): shown as plain text, with a warning. */
    const NOT_LINKS = ['/x', 'x.html', '//evil.example', 'mailto:desk@example.com', 'ftp://example.com/file', 'https//example.com', ''];

    itSafely('only http(s) become links; script-like schemes lose their link with an error message, not their event; the rest are plain text', async () => {
      const events: TimelineEvent[] = [
        ...LINKS.map((url, index) => ({ id: `link-${index}`, title: `Linked ${index}`, start: `2024-01-${String(index + 10)}`, sources: [{ name: `Source ${url}`, url }] })),
        ...DANGEROUS.map((url, index) => ({ id: `danger-${index}`, title: `Dangerous ${index}`, start: `2024-03-${String(index + 10)}`, sources: [{ name: `Source ${index}`, url }] })),
        ...NOT_LINKS.map((url, index) => ({ id: `text-${index}`, title: `Unlinked ${index}`, start: `2024-05-${String(index + 10)}`, sources: [{ name: `Source ${url}`, url }] })),
      ];
      const el = await renderTimeline();
      const failed = nextEvent(el, 'dateline-error');
      el.events = events;
      const { detail } = await failed;
      await settle(el);

      expect(detail.message).to.contain(`${DANGEROUS.length} problems`);
      const text = expectVisibleErrorPanel(el);
      for (const scheme of ['javascript:', 'data:', 'vbscript:']) expect(text).to.contain(scheme);
      expect(text).to.contain('not shown as a link');
      // Every event is shown, whatever its links.
      expect(new Set(shownIds(el))).to.deep.equal(new Set(events.map((event) => event.id)));

      for (const [index, url] of LINKS.entries()) {
        const card = await openCardFor(el, `link-${index}`);
        const links = [...card.shadowRoot!.querySelectorAll('a')];
        expect(links.map((link) => link.href)).to.deep.equal([url]);
        expect(links[0]!.target).to.equal('_blank');
        expect(links[0]!.rel).to.contain('noopener');
      }
      for (const [index, url] of NOT_LINKS.entries()) {
        const card = await openCardFor(el, `text-${index}`);
        expect(card.shadowRoot!.querySelectorAll('a'), `no link for ${JSON.stringify(url)}`).to.have.length(0);
        expect(card.shadowRoot!.querySelector('.source-name')!.textContent!.trim()).to.equal(`Source ${url}`.trim());
      }
      for (const [index, url] of DANGEROUS.entries()) {
        const card = await openCardFor(el, `danger-${index}`);
        expect(card.shadowRoot!.querySelectorAll('a'), `no link for ${JSON.stringify(url)}`).to.have.length(0);
        expect(card.shadowRoot!.querySelector('.source-name')!.textContent!.trim()).to.equal(`Source ${index}`);
      }
      const anchors = deepQueryAll(root(el), 'a[href], [href], [src], [srcdoc], [formaction], [action]');
      for (const anchor of anchors) {
        expect(anchor.getAttribute('href') ?? '', anchor.outerHTML.slice(0, 120)).to.match(/^https?:\/\//);
      }
      expect(window.__pwned).to.equal(undefined);
    });

    itSafely('a card given a hand-built, already normalized event never links a script-like URL', async () => {
      // The card trusts nothing: an embedder may hand it an event that never went through the parser.
      const handBuilt = (url: string) =>
        ({
          id: 'hand-built',
          title: 'Built by hand',
          start: new Date('2024-06-19T00:00Z'),
          end: new Date('2024-06-20T00:00Z'),
          precision: 'day',
          startPrecision: 'day',
          endPrecision: 'day',
          isRange: false,
          startText: '2024-06-19',
          sources: [{ name: 'Hand-built source', url }],
        }) as NormalizedEvent;
      for (const url of [...DANGEROUS, ...NOT_LINKS]) {
        const card = await fixture<DatelineEventCard>(html`<dateline-event-card locale="en-GB" .event=${handBuilt(url)}></dateline-event-card>`);
        await card.updateComplete;
        expect(card.shadowRoot!.querySelectorAll('a'), `no link for ${JSON.stringify(url)}`).to.have.length(0);
        expect(card.shadowRoot!.querySelector('.source-name')!.textContent!.trim()).to.equal('Hand-built source');
      }
      const card = await fixture<DatelineEventCard>(html`<dateline-event-card locale="en-GB" .event=${handBuilt('https://example.com/x')}></dateline-event-card>`);
      await card.updateComplete;
      expect([...card.shadowRoot!.querySelectorAll('a')].map((link) => link.href)).to.deep.equal(['https://example.com/x']);
    });
  });

  describe('extreme strings', () => {
    const LONG_WORDS = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(2000).slice(0, 100_000);
    const LONG_UNBROKEN = 'W'.repeat(100_000);
    const EXTREMES = [
      LONG_WORDS,
      LONG_UNBROKEN,
      '\u202Eevil.exe the rest of this title runs right to left',
      'Unterminated \u202E override \u202D and embedding \u202B with isolates \u2067 left open',
      '👨‍👩‍👧‍👦 🇺🇦 🏳️‍🌈 👩🏽‍🚀 🧑‍🤝‍🧑 families, flags and skin tones',
      '😀'.repeat(3000),
      'Zero\u200Bwidth\u200Bspaces\u200Cand\u200Djoiners\u2060everywhere\uFEFF',
      '\u200B'.repeat(5000) + 'after five thousand zero-width spaces',
      'e\u0301'.repeat(2000) + ' combining accents',
      'مرحبا بالعالم — Arabic with English',
    ];
    const normalTitles = EXTREMES.map((_, index) => `Event number ${index + 1}`);
    const dataset = (titles: string[], extremeNames: boolean): TimelineEvent[] =>
      titles.map((title, index) => ({
        id: `x${index}`,
        title,
        // Spread over a year, alternating points and month bands.
        start: index % 3 === 2 ? `2024-${String(index + 1).padStart(2, '0')}` : `2024-${String(index + 1).padStart(2, '0')}-${String(5 + index).padStart(2, '0')}`,
        actors: [extremeNames && index < 3 ? EXTREMES[index]! : `Actor ${index % 3}`],
        summary: title,
      }));

    for (const lanes of ['none', 'actor'] as const) {
      itSafely(`(100,000 characters, bidi overrides, emoji, zero-width) keep labels in the chart, apart, and the height unchanged (lanes="${lanes}")`, async () => {
        // A fixed height, as a page gives it: by default the element grows to the rows its labels need.
        const normal = await renderTimeline({ events: dataset(normalTitles, false), lanes, height: 420 });
        const normalHeight = rect(normal).height;
        const normalChart = rect(one(normal, '.chart')!);

        const el = await renderTimeline({ events: dataset(EXTREMES, true), lanes, height: 420 });
        expect(el.normalizedEvents).to.have.length(EXTREMES.length);
        expect(one(el, '[part="error"]')).to.equal(null);
        expect(rect(el).height, 'host height, compared to the same events with normal titles').to.equal(normalHeight);
        const chart = rect(one(el, '.chart')!);
        expect(chart.height, 'chart height').to.equal(normalChart.height);
        expect(chart.width, 'chart width').to.equal(normalChart.width);
        expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(window.innerWidth);

        // Every event drawn (with its label, or as its mark where the label has no room) or folded into a count.
        const labels = all(el, '.event .label');
        expect(all(el, '.event').length + clusteredCount(el)).to.equal(EXTREMES.length);
        for (const label of labels) {
          const box = rect(label);
          const where = `${label.closest<HTMLElement>('.event')!.dataset.id} ${describeBox(box)} in chart ${describeBox(chart)}`;
          expect(box.left, where).to.be.at.least(chart.left - 1);
          expect(box.right, where).to.be.at.most(chart.right + 1);
          expect(box.height, where).to.be.at.most(26);
        }
        expectNoCollisions(el);
        // Lane names, too, end inside the chart (cut short with an ellipsis, like event labels).
        const overflowing = all(el, '[part="lane-label"]')
          .filter((label) => rect(label).right > chart.right + 1)
          .map((label) => `lane label "${label.textContent!.trim().slice(0, 20)}…" ${describeBox(rect(label))} in chart ${describeBox(chart)}`);
        expect(overflowing, overflowing.join('\n')).to.deep.equal([]);
      });
    }

    itSafely('keep the card readable: it stays in the element and the 100,000-character title wraps inside it', async () => {
      const el = await renderTimeline({ events: dataset(EXTREMES, true), height: 420 });
      const host = rect(el);
      for (const id of ['x0', 'x1', 'x3', 'x5', 'x7']) {
        const card = await openCardFor(el, id);
        const panel = rect(one(el, '[part="card"]')!);
        expect(panel.left, `card of ${id}`).to.be.at.least(host.left - 1);
        expect(panel.right, `card of ${id}`).to.be.at.most(host.right + 1);
        expect(panel.bottom, `card of ${id}`).to.be.at.most(host.bottom + 1);
        const title = card.shadowRoot!.querySelector('[part="title"]')!;
        expect(title.textContent).to.equal(el.normalizedEvents.find((event) => event.id === id)!.title);
        expect(rect(title).right, `title of ${id}`).to.be.at.most(panel.right + 1);
      }
    });

    itSafely('in the vertical layout, titles stay within the width and are clamped to three lines', async () => {
      const el = await renderTimeline({ events: dataset(EXTREMES, true), width: 375 });
      expect(el.getAttribute('data-layout')).to.equal('vertical');
      const chart = rect(one(el, '.chart')!);
      const titles = all(el, '.event .title');
      expect(titles).to.have.length(EXTREMES.length);
      for (const title of titles) {
        const box = rect(title);
        const where = `${title.closest<HTMLElement>('.event')!.dataset.id} ${describeBox(box)} in ${describeBox(chart)}`;
        expect(box.right, where).to.be.at.most(chart.right + 1);
        expect(box.left, where).to.be.at.least(chart.left - 1);
        expect(box.height, where).to.be.at.most(3 * 20 + 1);
      }
      // Blocks do not overlap one another.
      const blocks = all(el, '.event').map((button) => rect(button));
      for (let index = 1; index < blocks.length; index++) expect(blocks[index]!.top).to.be.at.least(blocks[index - 1]!.bottom - 0.5);
    });
  });

  describe('dates at the edges', () => {
    const EDGES: TimelineEvent[] = [
      { id: 'y9999', title: 'Last day of 9999', start: '9999-12-31' },
      { id: 'leap2024', title: 'Leap day 2024', start: '2024-02-29' },
      { id: 'bc10000', title: 'Year -9999', start: '-9999' },
      { id: 'dec31', title: 'New Year\'s Eve 2024', start: '2024-12-31' },
      { id: 'jan1', title: 'New Year\'s Day 2024', start: '2024-01-01' },
      { id: 'leap2000', title: 'Leap day 2000', start: '2000-02-29' },
      { id: 'leap1900', title: 'Not a leap day', start: '1900-02-29' },
    ];
    const TIME_ORDER = ['bc10000', 'leap2000', 'jan1', 'leap2024', 'dec31', 'y9999'];
    const CARD_DATES: Record<string, { text: string; datetime: string | null }> = {
      bc10000: { text: '10000 BC', datetime: null },
      leap2000: { text: '29 February 2000', datetime: '2000-02-29' },
      jan1: { text: '1 January 2024', datetime: '2024-01-01' },
      leap2024: { text: '29 February 2024', datetime: '2024-02-29' },
      dec31: { text: '31 December 2024', datetime: '2024-12-31' },
      y9999: { text: '31 December 9999', datetime: '9999-12-31' },
    };

    /** The left edge of each event's mark, or of the span of the cluster holding it, in time order. */
    function positionsInTimeOrder(el: DatelineTimeline): { id: string; x: number }[] {
      const positions = new Map<string, number>();
      for (const button of all(el, '.event')) positions.set(button.dataset.id!, rect(button.querySelector('.mark')!).left);
      for (const cluster of all(el, '.cluster')) {
        const x = rect(cluster.querySelector('.cluster-span')!).left;
        for (const order of ordersOf(cluster)) positions.set(el.normalizedEvents[order]!.id, x);
      }
      return el.normalizedEvents.filter((event) => positions.has(event.id)).map((event) => ({ id: event.id, x: positions.get(event.id)! }));
    }

    itSafely('place in time order, report 1900-02-29, and show the right date on each card', async () => {
      // A plain linear axis, so that each event's place can be worked out from the window.
      const el = await renderTimeline({ breaks: 'none' });
      const failed = nextEvent(el, 'dateline-error');
      el.events = EDGES;
      const { detail } = await failed;
      await settle(el);

      expect(detail.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.path)).to.deep.equal(['/6/start']);
      const text = expectVisibleErrorPanel(el);
      expect(text).to.contain('1900-02-29');
      expect(text).to.contain('does not exist');
      expect(text).to.contain('valid events are shown');
      expect(el.normalizedEvents.map((event) => event.id)).to.deep.equal(TIME_ORDER);

      // Fitted: every event is shown, marks left to right in time order, and the axis reads sensibly.
      el.fit();
      await settle(el);
      expect(new Set(shownIds(el))).to.deep.equal(new Set(TIME_ORDER));
      const fitted = positionsInTimeOrder(el);
      for (let index = 1; index < fitted.length; index++) {
        expect(fitted[index]!.x, `${fitted[index]!.id} is not left of ${fitted[index - 1]!.id}`).to.be.at.least(fitted[index - 1]!.x - 0.5);
      }
      expect(plain(one(el, '[part="axis"]')!.textContent)).not.to.match(/NaN|Invalid|undefined/);

      // Around each event: drawn on its own, at the place its date gives, and its card shows its date.
      const plot = () => rect(one(el, '.plot')!);
      for (const id of TIME_ORDER) {
        const event = el.normalizedEvents.find((candidate) => candidate.id === id)!;
        const start = event.start.getTime();
        const end = event.end.getTime();
        const margin = Math.max(end - start, DAY) * 2;
        el.zoomTo(new Date(start - margin), new Date(end + margin));
        await settle(el);
        const view = el.visibleRange;
        expect(view.start.getTime(), `window around ${id}`).to.equal(start - margin);
        const button = eventButton(el, id);
        expect(button, `${id} drawn in its window`).to.exist;
        const mark = rect(button!.querySelector('.mark')!);
        const box = plot();
        const xOf = (time: number) => box.left + ((time - view.start.getTime()) / (view.end.getTime() - view.start.getTime())) * box.width;
        if (button!.querySelector('.mark.point')) {
          expect(mark.left + mark.width / 2, `point of ${id}`).to.be.closeTo(xOf(start), 1.5);
        } else {
          expect(mark.left, `band of ${id} starts`).to.be.closeTo(xOf(start), 1.5);
          expect(mark.right, `band of ${id} ends`).to.be.closeTo(xOf(end), 1.5);
        }
        expect(plain(one(el, '[part="axis"]')!.textContent), `axis around ${id}`).not.to.match(/NaN|Invalid|undefined/);

        const card = await openCardFor(el, id);
        const time = card.shadowRoot!.querySelector('[part="date"]')!;
        expect(plain(time.textContent), `date on the card of ${id}`).to.equal(CARD_DATES[id]!.text);
        expect(time.getAttribute('datetime'), `datetime of ${id}`).to.equal(CARD_DATES[id]!.datetime);
      }
    });

    itSafely('keep leap days, 1 January and 31 December apart and in proportion within 2024', async () => {
      const el = await renderTimeline({ events: EDGES.filter((event) => ['jan1', 'leap2024', 'dec31'].includes(event.id)), breaks: 'none' });
      el.zoomTo('2024-01-01', '2024-12-31');
      await settle(el);
      const x = (id: string) => {
        const mark = rect(eventButton(el, id)!.querySelector('.mark')!);
        return mark.left + mark.width / 2;
      };
      const [jan1, leap, dec31] = [x('jan1'), x('leap2024'), x('dec31')];
      expect(jan1).to.be.lessThan(leap);
      expect(leap).to.be.lessThan(dec31);
      // 29 February is day 59 after 1 January; 31 December is day 365 of a leap year.
      expect((leap - jan1) / (dec31 - jan1)).to.be.closeTo(59 / 365, 0.005);
    });
  });

  describe('200,000 events', () => {
    itSafely('load without crashing and draw far fewer buttons than events', async function () {
      this.timeout(120_000);
      const events = syntheticEvents(200_000, { seed: 7, years: 20 });
      const el = await renderTimeline({ lanes: 'actor' });
      const loaded = nextEvent(el, 'dateline-load');
      const started = performance.now();
      el.events = events;
      const { detail } = await loaded;
      await settle(el);
      const took = performance.now() - started;
      console.log(`200,000 events: parsed, laid out and drawn in ${Math.round(took)} ms`);

      expect(detail.events).to.have.length(200_000);
      expect(el.normalizedEvents.length).to.equal(200_000);
      expect(one(el, '[part="error"]')).to.equal(null);
      const buttons = all(el, 'button.event, button.cluster').length;
      expect(buttons, 'event buttons + clusters in the DOM').to.be.greaterThan(0).and.lessThan(5_000);
      // Every event is accounted for: drawn, or counted in a cluster.
      expect(all(el, 'button.event').length + clusteredCount(el)).to.equal(200_000);

      // It still responds: zooming into a week shows the events of that week, and a click opens a card.
      el.zoomTo('2030-03-01', '2030-03-07');
      await settle(el);
      const week = el.normalizedEvents.filter((event) => event.end.getTime() > Date.UTC(2030, 2, 1) && event.start.getTime() < Date.UTC(2030, 2, 8));
      expect(all(el, 'button.event').length + clusteredCount(el)).to.equal(week.length);
      const first = all(el, 'button.event')[0]!;
      const card = await openCardFor(el, first.dataset.id!);
      expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(el.normalizedEvents.find((event) => event.id === first.dataset.id)!.title);
    });
    itSafely('200,000 invalid events and 3 valid ones: the valid are shown, the problems are summed up, not all listed', async function () {
      this.timeout(120_000);
      const count = 200_000;
      const events: unknown[] = Array.from({ length: count }, (_, index) =>
        index % 2 === 0 ? index : { id: `bad-${index}`, title: `Bad ${index}`, start: '2024-02-30' },
      );
      events.splice(1000, 0, { id: 'valid-1', title: 'Valid one', start: '2024-01-01' });
      events.splice(100_000, 0, { id: 'valid-2', title: 'Valid two', start: '2024-02-01' });
      events.push({ id: 'valid-3', title: 'Valid three', start: '2024-03-01' });
      const el = await renderTimeline({ height: 420 });
      const failed = nextEvent(el, 'dateline-error');
      el.events = events as TimelineEvent[];
      const { detail } = await failed;
      await settle(el);
      expect(detail.issues.filter((issue) => issue.severity === 'error')).to.have.length(count);
      expect(detail.message).to.equal(`${count.toLocaleString('en')} problems in the data; the valid events are shown.`);
      expect(new Set(shownIds(el))).to.deep.equal(new Set(['valid-1', 'valid-2', 'valid-3']));
      const text = expectVisibleErrorPanel(el);
      const listed = one(el, '[part="error"]')!.querySelectorAll('li');
      expect(listed.length, 'problems listed').to.be.at.most(13);
      expect(text).to.match(/…and [\d,]+ more$/);
      // The panel takes part of the height, not all of it: the chart keeps room for the events.
      expect(rect(one(el, '[part="error"]')!).height).to.be.below(rect(el).height / 2);
      expect(rect(one(el, '.chart')!).height).to.be.above(100);
    });
  });

  describe('data that is not a dataset', () => {
    const MIXED = JSON.stringify([1, { id: 'ok', title: 'The one valid event', start: '2024-05-01' }, null, 'text', { id: 'no-date', title: 'No date' }]);
    const CASES: { name: string; text: string; message: RegExp; valid: string[] }[] = [
      { name: 'not JSON', text: 'not json', message: /not valid JSON/, valid: [] },
      { name: 'an array of numbers', text: '[1,2,3]', message: /an event must be an object.*but is the number 1/, valid: [] },
      { name: 'null', text: 'null', message: /expected a dataset.*but got null/, valid: [] },
      { name: 'empty', text: '', message: /not valid JSON/, valid: [] },
      { name: 'a string', text: '"a timeline"', message: /expected a dataset.*but got "a timeline"/, valid: [] },
      { name: 'an object without events', text: '{"title":"No events"}', message: /events is missing/, valid: [] },
      { name: 'events that is not a list', text: '{"title":"Odd","events":{"0":1}}', message: /events must be a list/, valid: [] },
      { name: 'a mix of junk and one valid event', text: MIXED, message: /an event must be an object/, valid: ['ok'] },
    ];

    function expectErrorState(el: DatelineTimeline, message: RegExp, valid: string[]) {
      const text = expectVisibleErrorPanel(el);
      expect(text).to.match(message);
      if (valid.length === 0) {
        expect(text).to.match(/^The timeline could not be drawn: \d+ problems? in the data\./);
        expect(one(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
        expect(one(el, 'p.state'), 'no "No events" next to the error').to.equal(null);
      } else {
        expect(text).to.contain('the valid events are shown');
      }
      expect(shownIds(el)).to.deep.equal(valid);
    }

    for (const { name, text, message, valid } of CASES) {
      itSafely(`from src, ${name}: error state, dateline-error, nothing thrown${valid.length ? ', the valid event shown' : ''}`, async () => {
        const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
        try {
          const el = await renderTimeline();
          const failed = nextEvent(el, 'dateline-error');
          el.src = url;
          const { detail } = await failed;
          await settle(el);
          expect(detail.message).to.be.a('string').and.match(valid.length ? /valid events are shown/ : /could not be drawn/);
          expect(detail.issues.some((issue) => issue.severity === 'error' && message.test(issue.message))).to.equal(true);
          expectErrorState(el, message, valid);
        } finally {
          URL.revokeObjectURL(url);
        }
      });

      itSafely(`inline <script type="application/json">, ${name}: error state, dateline-error, nothing thrown`, async () => {
        const parent = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
        const el = document.createElement('dateline-timeline');
        el.setAttribute('locale', 'en-GB');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = text;
        el.append(script);
        const errors = record(el, 'dateline-error');
        parent.append(el);
        await settle(el);
        expect(errors, 'dateline-error fired once').to.have.length(1);
        const inlineMessage = name === 'not JSON' || name === 'empty' ? /inline <script type="application\/json"> is not valid JSON/ : message;
        expect(errors[0]!.detail.issues.some((issue) => issue.severity === 'error' && inlineMessage.test(issue.message))).to.equal(true);
        expectErrorState(el, inlineMessage, valid);
      });
    }

    for (const [name, value] of [
      ['null', null],
      ['an array of numbers', [1, 2, 3]],
      ['a string', 'not a dataset'],
      ['a number', 42],
      ['a function', () => 1],
      ['a Date', new Date(0)],
    ] as [string, unknown][]) {
      itSafely(`set as .events, ${name}: error state, dateline-error, nothing thrown, and the earlier events go`, async () => {
        const el = await renderTimeline({ events: [{ id: 'earlier', title: 'Earlier data', start: '2024-01-01' }] });
        expect(drawnIds(el)).to.deep.equal(['earlier']);
        const failed = nextEvent(el, 'dateline-error');
        el.events = value as TimelineEvent[];
        const { detail } = await failed;
        await settle(el);
        expect(detail.message).to.match(/could not be drawn/);
        expectErrorState(el, /expected a dataset|an event must be an object|events is missing/, []);
      });
    }
  });

  describe('property: random datasets', () => {
    const year = fc.integer({ min: -9999, max: 9999 });
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    const yearText = (value: number) => (value < 0 ? `-${pad(-value, 4)}` : pad(value, 4));
    const goodDate = fc.oneof(
      year.map(yearText),
      fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${yearText(y)}-${pad(m, 2)}`),
      fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
      fc.date({ min: new Date('1990-01-01T00:00Z'), max: new Date('2030-01-01T00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 16) + 'Z'),
      fc.constantFrom('2024-02-29', '2000-02-29', '-9999', '9999-12-31', '2024-10-07T05:30+09:00'),
      // A crowd on one day, so that labels must be packed and clusters form.
      fc.constantFrom('2024-06-01', '2024-06-01T10:00Z', '2024-06-01T10:00+02:00', '2024-06', '2024', '2024-06-02'),
    );
    const badDate = fc.constantFrom('1900-02-29', '2024-02-30', '2024-13-01', '2024-00-10', '24-1-1', 'yesterday', '', '  ', '2024/01/01', '10000', '2024-01-01T25:00Z');
    const junk = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.anything({ maxDepth: 2 }));
    const text = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('<img src=x onerror="window.__pwned=1">', '\u202Etxet', '👨‍👩‍👧', ' '));
    const id = fc.oneof(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.string({ minLength: 1, maxLength: 12 }));
    const status = fc.constantFrom('confirmed', 'reported', 'alleged', 'disputed', 'expected');
    const source = fc.record(
      { name: text, url: fc.oneof(fc.constantFrom('https://example.com/a', 'javascript:alert(1)', '/relative', 'mailto:x@example.com'), junk), quote: text, date: fc.oneof(goodDate, badDate) },
      { requiredKeys: ['name'] },
    );
    const validEvent = fc.record(
      { id, title: text, start: goodDate, end: goodDate, summary: text, actors: fc.array(text, { maxLength: 3 }), category: text, status, location: text, sources: fc.array(source, { maxLength: 2 }) },
      { requiredKeys: ['id', 'title', 'start'] },
    );
    const anyEvent = fc.oneof(
      { weight: 4, arbitrary: validEvent },
      {
        weight: 3,
        arbitrary: fc.record(
          {
            id: fc.oneof(id, junk),
            title: fc.oneof(text, junk),
            start: fc.oneof(goodDate, badDate, junk),
            end: fc.oneof(goodDate, badDate, junk),
            status: fc.oneof(status, junk),
            actors: fc.oneof(fc.array(text), junk),
            sources: fc.oneof(fc.array(source), junk),
            summary: fc.oneof(text, junk),
            headline: junk,
          },
          { requiredKeys: [] },
        ),
      },
      { weight: 1, arbitrary: junk },
    );
    const input = fc.oneof(
      { weight: 4, arbitrary: fc.array(anyEvent, { maxLength: 25 }) },
      { weight: 2, arbitrary: fc.array(validEvent, { minLength: 20, maxLength: 60 }) },
      { weight: 2, arbitrary: fc.record({ title: fc.oneof(text, junk), events: fc.array(anyEvent, { maxLength: 25 }) }, { requiredKeys: ['events'] }) },
      { weight: 1, arbitrary: fc.jsonValue() },
    );

    itSafely('never throw, and always show exactly the valid subset (drawn or clustered) after fit()', async function () {
      this.timeout(120_000);
      const el = await renderTimeline({ lanes: 'actor' });
      const box = el.parentElement!;
      const layout = fc.record({ lanes: fc.constantFrom('none', 'actor', 'category'), width: fc.constantFrom(1000, 700, 375) });
      await fc.assert(
        fc.asyncProperty(input, layout, async (value, { lanes, width }) => {
          if (value === undefined) return; // `undefined` means "not set": the element keeps what it has.
          const expected = parseDataset(value);
          el.lanes = lanes;
          box.style.width = `${width}px`;
          el.events = value as TimelineEvent[];
          await settle(el);
          el.fit();
          await settle(el);
          expect(watcher.errors, 'uncaught errors').to.deep.equal([]);
          expect(el.normalizedEvents.map((event) => event.id)).to.deep.equal(expected.events.map((event) => event.id));
          expect([...shownIds(el)].sort(), 'drawn + clustered ids').to.deep.equal(expected.events.map((event) => event.id).sort());
          expect(one(el, '[part="error"]') !== null, 'a problems panel exactly when there are problems').to.equal(expected.issues.length > 0);
          expect(injectedElements(el)).to.deep.equal([]);
        }),
        { numRuns: 40 },
      );
      await afterInjectedImagesWouldHaveFailed();
      expect(window.__pwned).to.equal(undefined);
    });
  });
});
