import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { fetchDataset, MAX_RESPONSE_BYTES } from '../../src/controllers/data-source-controller.js';
import '../../src/components/timeline/define.js';
import '../../src/components/event-list/define.js';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';
import type { DatelineEventList } from '../../src/components/event-list/event-list.js';
import { koreaRussia2024 } from '../../src/data/korea-russia-2024.js';
import type { TimelineEvent } from '../../src/model/schema.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';

/** How many events the seed dataset holds. */
const seedCount = koreaRussia2024.events.length;

const blobUrl = (text: string, type = 'application/json') => URL.createObjectURL(new Blob([text], { type }));
const load = (url: string) => fetchDataset(url, new AbortController().signal);

describe('fetchDataset', () => {
  it('reads JSON, CSV and TimelineJS JSON by content type or extension', async () => {
    const json = await load('/data/korea-russia-2024.json');
    const csv = await load('/data/korea-russia-2024.csv');
    const timelinejs = await load('/data/korea-russia-2024.timelinejs.json');
    expect([json.events.length, csv.events.length, timelinejs.events.length]).to.deep.equal([seedCount, seedCount, seedCount]);
    expect([...json.issues, ...csv.issues, ...timelinejs.issues]).to.deep.equal([]);
  });

  it('reports a 404 with its status', async () => {
    const { events, issues } = await load('/data/missing.json');
    expect(events).to.deep.equal([]);
    expect(issues[0]!.message).to.match(/could not load \/data\/missing\.json: the server answered 404/);
  });

  it('reports a network error', async () => {
    const { issues } = await load('http://127.0.0.1:1/nothing.json');
    expect(issues[0]!.message).to.match(/^could not load http:\/\/127\.0\.0\.1:1\/nothing\.json/);
  });

  it('reports text that is not JSON', async () => {
    const { issues } = await load(blobUrl('<html>oops</html>'));
    expect(issues[0]!.message).to.match(/^the data is not valid JSON/);
  });

  it(`refuses a response over ${MAX_RESPONSE_BYTES / 1024 / 1024} MB`, async () => {
    const { events, issues } = await load(blobUrl('x'.repeat(MAX_RESPONSE_BYTES + 1)));
    expect(events).to.deep.equal([]);
    expect(issues[0]!.message).to.match(/is larger than 20 MB, the most a timeline loads/);
  });

  it('ends an aborted fetch quietly', async () => {
    const abort = new AbortController();
    const pending = fetchDataset('/data/korea-russia-2024.json', abort.signal);
    abort.abort();
    expect((await pending).issues[0]!.message).to.equal('loading was cancelled');
  });
});

describe('a timeline whose src fails', () => {
  for (const [what, url, message] of [
    ['a network error', 'http://127.0.0.1:1/nothing.json', /could not load/],
    ['an oversized response', 'oversized', /larger than 20 MB/],
  ] as const) {
    it(`shows ${what} in its error state and fires dateline-error`, async () => {
      const src = url === 'oversized' ? blobUrl('x'.repeat(MAX_RESPONSE_BYTES + 1)) : url;
      const el = await fixture<DatelineTimeline>(html`<dateline-timeline></dateline-timeline>`);
      const failed = oneEvent(el, 'dateline-error');
      el.src = src;
      const { detail } = await failed;
      expect(detail.issues[0]!.message).to.match(message);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.match(message);
    });
  }
});

describe('a large dataset is read a slice at a time', () => {
  const MANY = 60_000;
  const many = syntheticEvents(MANY, { seed: 11 });

  /** Runs `check` in the next task: while a large dataset is read, the page's own tasks get their turn. */
  const inNextTask = <T>(check: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(check())));
  const progressOf = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLProgressElement>('progress');

  for (const [tag, loadingText] of [
    ['dateline-timeline', 'Loading timeline…'],
    ['dateline-event-list', 'Loading events…'],
  ] as const) {
    it(`<${tag}> stays responsive and shows how far it has read, then shows every event`, async () => {
      const el = await fixture<DatelineTimeline | DatelineEventList>(html`<div style="width: 900px"></div>`).then((parent) => {
        const element = document.createElement(tag);
        parent.append(element);
        return element;
      });
      const loaded = oneEvent(el, 'dateline-load');
      el.events = many;
      const whileReading = await inNextTask(() => ({
        loadedYet: el.normalizedEvents.length > 0,
        status: el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim(),
        busy: el.shadowRoot!.querySelector('[aria-busy]')?.getAttribute('aria-busy'),
        max: progressOf(el)?.max,
        value: progressOf(el)?.value,
        label: progressOf(el)?.getAttribute('aria-label'),
        count: progressOf(el)?.parentElement?.textContent?.replace(/\s+/g, ' ').trim(),
      }));
      expect(whileReading.loadedYet, 'a task of the page ran before the reading ended').to.equal(false);
      expect(whileReading.status).to.equal(loadingText);
      expect(whileReading.busy).to.equal('true');
      expect(whileReading.max).to.equal(MANY);
      expect(whileReading.value).to.be.greaterThan(0).and.below(MANY);
      expect(whileReading.label).to.equal('Events read');
      expect(whileReading.count).to.match(/^[\d,]+ of 60,000 events read$/);

      const { detail } = await loaded;
      expect(detail.events).to.have.length(MANY);
      await el.updateComplete;
      expect(progressOf(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('[aria-busy]')?.getAttribute('aria-busy')).to.equal('false');
    });
  }

  it('updateComplete waits for the reading, so a test or an embedder can await the drawn events', async () => {
    const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 900px"></dateline-timeline>`);
    el.events = many;
    await el.updateComplete;
    expect(el.normalizedEvents).to.have.length(MANY);
    expect(el.shadowRoot!.querySelectorAll('button.event, .cluster').length).to.be.greaterThan(0);
  });

  it('new events given while a large dataset is read replace it: only the newest is loaded', async () => {
    const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 900px"></dateline-timeline>`);
    const loads = recordLoads(el);
    el.events = many;
    await inNextTask(() => {
      el.events = koreaRussia2024;
    });
    await el.updateComplete;
    expect(el.normalizedEvents).to.have.length(seedCount);
    expect(loads).to.deep.equal([seedCount]);
  });

  it('a timeline detached while reading stops, and reads again when attached again', async () => {
    const parent = await fixture<HTMLDivElement>(html`<div style="width: 900px"><dateline-timeline></dateline-timeline></div>`);
    const el = parent.querySelector('dateline-timeline')!;
    const loads = recordLoads(el);
    el.events = many;
    const readWhenDetached = await inNextTask(() => {
      el.remove();
      return progressOf(el)!.value;
    });
    // Had the reading gone on, each of these tasks would have let a slice of it run before it.
    for (let task = 0; task < 10; task++) await inNextTask(() => undefined);
    expect(progressOf(el)?.value, 'no slice was read while detached').to.equal(readWhenDetached);
    expect(loads).to.deep.equal([]);
    expect(el.normalizedEvents).to.have.length(0);

    const loaded = oneEvent(el, 'dateline-load');
    parent.append(el);
    expect((await loaded).detail.events).to.have.length(MANY);
    expect(loads).to.deep.equal([MANY]);
  });
});

/** The number of events of each `dateline-load` an element fires. */
function recordLoads(el: HTMLElement): number[] {
  const loads: number[] = [];
  el.addEventListener('dateline-load', (event) => loads.push(event.detail.events.length));
  return loads;
}

describe('TimelineJS JSON given as events', () => {
  for (const tag of ['dateline-timeline', 'dateline-event-list'] as const) {
    it(`<${tag}> reads it once its reader has loaded, and updateComplete waits for that: read and drawn`, async () => {
      const timelineJS: unknown = await (await fetch('/data/korea-russia-2024.timelinejs.json')).json();
      const el = document.createElement(tag);
      el.style.width = '900px';
      document.body.append(el);
      try {
        const loads = recordLoads(el);
        el.events = timelineJS as TimelineEvent[];
        await el.updateComplete;
        expect(loads).to.deep.equal([seedCount]);
        expect(el.issues).to.deep.equal([]);
        expect(el.shadowRoot!.querySelectorAll(tag === 'dateline-timeline' ? 'button.event' : '[part="title"]').length).to.be.greaterThan(0);
      } finally {
        el.remove();
      }
    });
  }
});
