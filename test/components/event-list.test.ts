import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/event-list/define.js';
import '../../src/components/timeline/define.js';
import type { DatelineEventList } from '../../src/components/event-list/event-list.js';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';
import { koreaRussia2024 } from '../../src/data/korea-russia-2024.js';
import { formatEventDate } from '../../src/model/format-date.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { TimelineEvent } from '../../src/model/schema.js';
import { STATUS_LABELS } from '../../src/model/status.js';
import { loadSanitizer } from '../../src/components/shared/rich-text.js';
import { collapsedSpaces as plain } from '../helpers/readable-text.js';
import { consoleWarnings } from '../helpers/console-warnings.js';
import { frame, nextEvent, record, settle, watchErrors, withoutUncaughtErrors } from '../helpers/elements.js';
import { BAD_EVENTS, GOOD_EVENTS } from '../fixtures/good-and-bad-events.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

// ——— helpers ———

type Events = TimelineEvent[] | { title?: string; events: TimelineEvent[] };

const SEED = parseDataset(koreaRussia2024).events;
const SEED_IDS = SEED.map((event) => event.id);


async function renderList(events?: Events, attributes: { locale?: string; headingLevel?: number } = {}): Promise<DatelineEventList> {
  const el = await fixture<DatelineEventList>(html`
    <dateline-event-list locale=${attributes.locale ?? 'en-GB'} theme="light" heading-level=${attributes.headingLevel ?? 3} .events=${events}></dateline-event-list>
  `);
  await el.updateComplete;
  return el;
}

const root = (el: DatelineEventList) => el.shadowRoot!;
const items = (el: DatelineEventList) => [...root(el).querySelectorAll<HTMLLIElement>('li.item')];
const itemIds = (el: DatelineEventList) => items(el).map((item) => item.dataset.id!);
const item = (el: DatelineEventList, id: string) => items(el).find((candidate) => candidate.dataset.id === id) ?? null;
const button = (el: DatelineEventList, id: string) => item(el, id)?.querySelector<HTMLButtonElement>('button.item-button') ?? null;
const yearHeadings = (el: DatelineEventList) => [...root(el).querySelectorAll<HTMLElement>('[part="year"]')];
const monthHeadings = (el: DatelineEventList) => [...root(el).querySelectorAll<HTMLElement>('[part="month"]')];

const linked = async () => {
  const parent = await fixture<HTMLDivElement>(html`
    <div style="width: 1000px">
      <dateline-timeline id="t" locale="en-GB" style="height: 500px" .events=${koreaRussia2024}></dateline-timeline>
      <dateline-event-list for="t" locale="en-GB" .events=${koreaRussia2024}></dateline-event-list>
    </div>
  `);
  const timeline = parent.querySelector('dateline-timeline')!;
  const list = parent.querySelector('dateline-event-list')!;
  await settle(timeline);
  await settle(list);
  return { parent, timeline, list };
};

const timelineButton = (timeline: DatelineTimeline, id: string) => timeline.shadowRoot!.querySelector<HTMLButtonElement>(`button.event[data-id="${id}"]`);
const drawnInTimeline = (timeline: DatelineTimeline) =>
  [...timeline.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.event[data-id]')].map((drawn) => drawn.dataset.id!);

// ——— tests ———

describe('<dateline-event-list>', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  describe('rendering the seed dataset', () => {
    it('lists every event in time order, as list items in ordered lists with list semantics', async () => {
      const el = await renderList(koreaRussia2024);
      expect(itemIds(el)).to.deep.equal(SEED_IDS);
      for (const listItem of items(el)) {
        const list = listItem.parentElement!;
        expect(list.tagName).to.equal('OL');
        expect(list.getAttribute('role')).to.equal('list');
      }
      expect(root(el).querySelector('ul.items, div.item')).to.equal(null);
    });

    it('groups the events under year headings, one level above the titles', async () => {
      const el = await renderList(koreaRussia2024);
      const years = yearHeadings(el);
      expect(years.map((heading) => heading.tagName)).to.deep.equal(['H2', 'H2', 'H2', 'H2']);
      expect(years.map((heading) => plain(heading.textContent))).to.deep.equal(['2000', '2022', '2023', '2024']);
      // Each item sits in the section of its own year.
      for (const event of SEED) {
        const section = item(el, event.id)!.closest('section')!;
        expect(plain(section.querySelector('[part="year"]')!.textContent), event.id).to.equal(String(event.start.getUTCFullYear()));
      }
      const heading2022 = years[1]!;
      const list = heading2022.closest('section')!.querySelector('ol')!;
      expect(list.getAttribute('aria-labelledby')).to.equal(heading2022.id);
    });

    it('gives each event its title as a heading holding a button, a <time datetime>, the status in words and the summary', async () => {
      const el = await renderList(koreaRussia2024);
      for (const event of SEED) {
        const listItem = item(el, event.id)!;
        const heading = listItem.querySelector('.title')!;
        expect(heading.tagName, event.id).to.match(/^H[34]$/);
        const titleButton = heading.querySelector('button')!;
        expect(plain(titleButton.textContent), event.id).to.equal(plain(event.title));
        expect(titleButton.getAttribute('type')).to.equal('button');
        const time = listItem.querySelector('time')!;
        expect(plain(time.textContent), event.id).to.equal(plain(formatEventDate(event, 'en-GB')));
        expect(time.getAttribute('datetime'), event.id).to.be.a('string').and.not.equal('');
        expect(plain(listItem.querySelector('[part="status"]')!.textContent), event.id).to.equal(STATUS_LABELS[event.status!]);
        expect(listItem.querySelector(`.glyph-${event.status}`), event.id).to.exist;
        expect(plain(listItem.querySelector('[part="summary"]')!.textContent), event.id).to.equal(plain(event.summary));
      }
    });

    it('writes machine dates the way HTML reads them, and precision-aware dates for people', async () => {
      const el = await renderList(koreaRussia2024);
      const time = (id: string) => item(el, id)!.querySelector('time')!;
      expect(time('treaty-signed').getAttribute('datetime')).to.equal('2024-06-19');
      expect(plain(time('treaty-signed').textContent)).to.equal('19 June 2024');
      expect(time('putin-visit-2000').getAttribute('datetime')).to.equal('2000-07-19');
      expect(plain(time('putin-visit-2000').textContent)).to.equal('19 – 20 July 2000');
      // Minute precision: the instant in UTC, shown in the offset it was written in.
      expect(time('putin-arrives').getAttribute('datetime')).to.equal('2024-06-18T17:22:00.000Z');
      // (ICU versions differ on the joiner between date and time.)
      expect(plain(time('putin-arrives').textContent)).to.match(/^19 June 2024(,| at) 02:22 UTC\+9$/);
    });

    it('splits a busy year (more than six events) under month headings; quieter years have none', async () => {
      const el = await renderList(koreaRussia2024);
      const months = monthHeadings(el);
      expect(months.map((heading) => plain(heading.textContent))).to.deep.equal(['January', 'June', 'October']);
      expect(months.map((heading) => heading.tagName)).to.deep.equal(['H3', 'H3', 'H3']);
      for (const heading of months) expect(plain(heading.closest('section')!.querySelector('[part="year"]')!.textContent)).to.equal('2024');
      // Under a month heading the titles go one level down; elsewhere they stay at heading-level.
      expect(item(el, 'treaty-signed')!.querySelector('.title')!.tagName).to.equal('H4');
      expect(item(el, 'arms-purchase-claim')!.querySelector('.title')!.tagName).to.equal('H3');
      // June's list holds exactly June's events, in time order: the landing (02:22 in Pyongyang, 17:22 UTC on
      // the 18th) comes before the visit and the treaty, both dated the 19th.
      const june = months[1]!;
      const juneList = root(el).querySelector<HTMLOListElement>(`ol[aria-labelledby~="${june.id}"]`)!;
      expect([...juneList.querySelectorAll('li.item')].map((listItem) => (listItem as HTMLElement).dataset.id)).to.deep.equal([
        'putin-arrives',
        'putin-visit-2024',
        'treaty-signed',
      ]);
    });

    it('puts year-precision events of a busy year ahead of its months, and follows heading-level', async () => {
      const busy: TimelineEvent[] = [
        { id: 'whole-year', title: 'A year of drills', start: '2021' },
        ...Array.from({ length: 7 }, (_, index) => ({ id: `e${index}`, title: `Event ${index}`, start: `2021-${String(index + 3).padStart(2, '0')}-02` })),
        { id: 'next', title: 'The year after', start: '2022-01-05' },
      ];
      const el = await renderList(busy, { headingLevel: 4 });
      expect(yearHeadings(el).map((heading) => [heading.tagName, plain(heading.textContent)])).to.deep.equal([
        ['H3', '2021'],
        ['H3', '2022'],
      ]);
      expect(monthHeadings(el).map((heading) => [heading.tagName, plain(heading.textContent)])).to.deep.equal([
        ['H4', 'March'],
        ['H4', 'April'],
        ['H4', 'May'],
        ['H4', 'June'],
        ['H4', 'July'],
        ['H4', 'August'],
        ['H4', 'September'],
      ]);
      expect(itemIds(el)).to.deep.equal(['whole-year', 'e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'next']);
      expect(item(el, 'whole-year')!.querySelector('.title')!.tagName).to.equal('H4');
      expect(item(el, 'e0')!.querySelector('.title')!.tagName).to.equal('H5');
      expect(item(el, 'next')!.querySelector('.title')!.tagName).to.equal('H4');
      // The year-precision event comes before the first month heading.
      const wholeYear = item(el, 'whole-year')!;
      expect(wholeYear.compareDocumentPosition(monthHeadings(el)[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });

    it('groups a minute-precision event by the date it was written in, not the UTC date', async () => {
      // 00:30 in Seoul on 1 January 2025 is still 2024 in UTC.
      const el = await renderList([
        { id: 'late', title: 'Late in the year', start: '2024-12-20' },
        { id: 'new-year', title: 'Just after midnight in Seoul', start: '2025-01-01T00:30+09:00' },
      ]);
      expect(yearHeadings(el).map((heading) => plain(heading.textContent))).to.deep.equal(['2024', '2025']);
      expect(item(el, 'new-year')!.closest('section')!.querySelector('[part="year"]')!.textContent).to.contain('2025');
    });
  });

  describe('locale', () => {
    it('takes the nearest lang up the tree, across a shadow root', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ko"><div class="host"></div></div>`);
      const shadow = wrapper.querySelector('.host')!.attachShadow({ mode: 'open' });
      const el = document.createElement('dateline-event-list');
      el.events = koreaRussia2024;
      shadow.append(el);
      await el.updateComplete;
      expect(plain(yearHeadings(el).at(-1)!.textContent)).to.equal('2024년');
      expect(plain(monthHeadings(el)[1]!.textContent)).to.equal('6월');
      expect(plain(item(el, 'treaty-signed')!.querySelector('time')!.textContent)).to.equal('2024년 6월 19일');
    });

    it('locale overrides lang', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ko"><dateline-event-list locale="en-GB" .events=${koreaRussia2024}></dateline-event-list></div>`);
      const el = wrapper.querySelector('dateline-event-list')!;
      await el.updateComplete;
      expect(plain(item(el, 'treaty-signed')!.querySelector('time')!.textContent)).to.equal('19 June 2024');
    });
  });

  describe('inputs', () => {
    for (const file of ['korea-russia-2024.json', 'korea-russia-2024.csv']) {
      it(`loads src="/data/${file}", saying "Loading" meanwhile, and lists every seed event`, async () => {
        const el = await renderList();
        const loaded = nextEvent(el, 'dateline-load');
        el.src = `/data/${file}`;
        await el.updateComplete;
        expect(plain(root(el).querySelector('p.state')?.textContent)).to.match(/^Loading/);
        expect(root(el).querySelector('.frame')!.getAttribute('aria-busy')).to.equal('true');
        const { detail } = await loaded;
        await el.updateComplete;
        expect(detail.issues.filter((issue) => issue.severity === 'error')).to.deep.equal([]);
        expect(detail.events).to.have.length(SEED.length);
        expect(root(el).querySelector('p.state')).to.equal(null);
        expect(root(el).querySelector('.frame')!.getAttribute('aria-busy')).to.equal('false');
        expect(new Set(itemIds(el))).to.deep.equal(new Set(SEED_IDS));
        expect(itemIds(el)).to.deep.equal(el.normalizedEvents.map((event) => event.id));
      });
    }

    it('reads an inline <script type="application/json"> child and fires dateline-load', async () => {
      const el = document.createElement('dateline-event-list');
      el.setAttribute('locale', 'en-GB');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({
        title: 'Inline',
        events: [
          { id: 'b', title: 'Second', start: '2024-03-01', status: 'reported' },
          { id: 'a', title: 'First', start: '2024-01-15' },
        ],
      });
      el.append(script);
      const loaded = nextEvent(el, 'dateline-load');
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      parent.append(el);
      const { detail } = await loaded;
      await el.updateComplete;
      expect(detail.events.map((event) => event.id)).to.deep.equal(['a', 'b']);
      expect(itemIds(el)).to.deep.equal(['a', 'b']);
      expect(plain(item(el, 'b')!.querySelector('[part="status"]')!.textContent)).to.equal('Reported');
    });

    it('reads a written <ol> child (the form the page shows before the script runs)', async () => {
      const parent = await fixture<HTMLDivElement>(html`
        <div>
          <dateline-event-list locale="en-GB">
            <ol>
              <li><time datetime="2024-06-19">19 June</time> <strong>Treaty signed</strong> Putin and Kim sign a mutual-defence treaty.</li>
              <li><time datetime="2024-01">January</time> <strong>An earlier month</strong> Something happened that month.</li>
            </ol>
          </dateline-event-list>
        </div>
      `);
      const el = parent.querySelector('dateline-event-list')!;
      await el.updateComplete;
      expect(items(el).map((listItem) => plain(listItem.querySelector('button')!.textContent))).to.deep.equal(['An earlier month', 'Treaty signed']);
      const treaty = items(el)[1]!;
      expect(treaty.querySelector('time')!.getAttribute('datetime')).to.equal('2024-06-19');
      expect(plain(treaty.querySelector('time')!.textContent)).to.equal('19 June 2024');
      expect(plain(treaty.querySelector('[part="summary"]')!.textContent)).to.equal('Putin and Kim sign a mutual-defence treaty.');
      expect(plain(items(el)[0]!.querySelector('time')!.textContent)).to.equal('January 2024');
      // The written list stays in the page's DOM but is not shown twice.
      expect(el.querySelector('ol')).to.exist;
      expect(el.querySelector('ol')!.getBoundingClientRect().height).to.equal(0);
    });

    it('the events property wins over a written list, and replacing it re-renders', async () => {
      const el = await renderList([{ id: 'one', title: 'One', start: '2020-05-01' }]);
      expect(itemIds(el)).to.deep.equal(['one']);
      el.events = { title: 'Two', events: [{ id: 'two', title: 'Two', start: '2021-05-01' }] };
      await el.updateComplete;
      expect(itemIds(el)).to.deep.equal(['two']);
      expect(yearHeadings(el).map((heading) => plain(heading.textContent))).to.deep.equal(['2021']);
    });
  });

  describe('problems in the data', () => {
    const good = GOOD_EVENTS;
    const bad = BAD_EVENTS;

    it('lists the good events, the problems with their paths, and fires dateline-error', async () => {
      const el = await renderList();
      const failed = nextEvent(el, 'dateline-error');
      el.events = [...good, ...bad];
      const { detail } = await failed;
      await el.updateComplete;

      expect(detail.message).to.contain('3 problems');
      const paths = detail.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.path);
      expect(paths).to.have.members(['/2/start', '/3/end', '/4/sources/0/url']);
      // A script link loses its link, not its event.
      expect(itemIds(el)).to.deep.equal(['good-1', 'good-2', 'scripted']);

      const problems = root(el).querySelector('[part="error"]')!;
      const text = plain(problems.textContent);
      for (const path of paths) expect(text).to.contain(path);
      expect(text).to.contain('does not exist');
      expect(text).to.contain('is before start');
      expect(text).to.contain('javascript:');
      expect(problems.getAttribute('role')).to.equal('region');
      expect(root(el).querySelector('[href^="javascript:"]')).to.equal(null);
    });

    it('data that is not JSON gives an error state with a message, and nothing is thrown', async () => {
      const watcher = watchErrors();
      const url = URL.createObjectURL(new Blob(['not json'], { type: 'application/json' }));
      try {
        const el = await renderList();
        const failed = nextEvent(el, 'dateline-error');
        el.src = url;
        const { detail } = await failed;
        await el.updateComplete;
        expect(detail.message).to.contain('could not be shown');
        const problems = root(el).querySelector('[part="error"]')!;
        expect(plain(problems.textContent)).to.contain('not valid JSON');
        expect(problems.getAttribute('role')).to.equal('alert');
        expect(items(el)).to.have.length(0);
        expect(root(el).querySelector('p.state')).to.equal(null);
        expect(watcher.errors).to.deep.equal([]);
      } finally {
        watcher.stop();
        URL.revokeObjectURL(url);
      }
    });

    for (const [name, value] of [
      ['null', null],
      ['an array of numbers', [1, 2, 3]],
      ['a string', 'events'],
    ] as const) {
      it(`${name} as events gives an error state, not an exception`, async () => {
        await withoutUncaughtErrors(async () => {
          const el = await renderList();
          const failed = nextEvent(el, 'dateline-error');
          el.events = value as unknown as TimelineEvent[];
          await failed;
          await el.updateComplete;
          expect(root(el).querySelector('[part="error"]')).to.exist;
          expect(items(el)).to.have.length(0);
        });
      });
    }
  });

  describe('empty', () => {
    it('says there are no events to show', async () => {
      const el = await renderList([]);
      expect(plain(root(el).querySelector('p.state')?.textContent)).to.equal('No events to show');
      expect(root(el).querySelector('p.state')!.getAttribute('role')).to.equal('status');
      expect(items(el)).to.have.length(0);
      expect(root(el).querySelector('[part="error"]')).to.equal(null);
    });
  });

  describe('selecting', () => {
    const withSources: TimelineEvent[] = [
      {
        id: 'sourced',
        title: 'A sourced event',
        start: '2024-06-19',
        actors: ['North Korea', 'Russia'],
        location: 'Pyongyang',
        sources: [
          { name: 'Secure outlet', url: 'https://example.com/story', quote: 'a quoted line', date: '2024-06-20' },
          { name: 'Relative outlet', url: '/relative/story' },
          { name: 'Plain outlet' },
        ],
      },
      { id: 'other', title: 'Another event', start: '2024-07-01' },
    ];

    it('a click selects the event: dateline-select, the reflected attribute, and its details with sources', async () => {
      const el = await renderList(withSources);
      expect(root(el).querySelector('[part="details"]')).to.equal(null);
      expect(button(el, 'sourced')!.getAttribute('aria-expanded')).to.equal('false');

      const selected = nextEvent(el, 'dateline-select');
      button(el, 'sourced')!.click();
      const { detail } = await selected;
      await el.updateComplete;
      expect(detail.event.id).to.equal('sourced');
      expect(el.selected).to.equal('sourced');
      expect(el.getAttribute('selected')).to.equal('sourced');

      const sourced = button(el, 'sourced')!;
      expect(sourced.getAttribute('aria-expanded')).to.equal('true');
      expect(sourced.getAttribute('aria-current')).to.equal('true');
      const details = root(el).querySelector<HTMLElement>('[part="details"]')!;
      expect(details.id).to.equal(sourced.getAttribute('aria-controls'));
      expect(item(el, 'sourced')!.contains(details)).to.equal(true);
      expect(item(el, 'sourced')!.getAttribute('part')).to.equal('item selected');
      const facts = [...details.querySelectorAll('dl > div')].map((row) => [plain(row.querySelector('dt')!.textContent), plain(row.querySelector('dd')!.textContent)]);
      expect(facts).to.deep.equal([
        ['Actors', 'North Korea, Russia'],
        ['Where', 'Pyongyang'],
      ]);

      const sources = [...details.querySelectorAll('.source-list li')].map((listItem) => plain(listItem.textContent));
      expect(sources).to.deep.equal(['a quoted line — Secure outlet (opens in a new tab), 20 June 2024', 'Relative outlet', 'Plain outlet']);
      const links = [...details.querySelectorAll('a')];
      expect(links).to.have.length(1);
      expect(links[0]!.getAttribute('href')).to.equal('https://example.com/story');
      expect(links[0]!.getAttribute('rel')).to.contain('noopener');
      expect(links[0]!.getAttribute('target')).to.equal('_blank');
    });

    it('a javascript: URL is never a link (and a relative one stays text)', async () => {
      const el = await renderList([
        ...withSources,
        { id: 'scripted', title: 'Scripted', start: '2024-08-01', sources: [{ name: 'Evil', url: 'javascript:window.__pwned=1' }] },
      ]);
      // The parser keeps the event without the link; the list says why and links to nothing.
      expect(itemIds(el)).to.deep.equal(['sourced', 'other', 'scripted']);
      button(el, 'sourced')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('a[href^="javascript:"]')).to.equal(null);
      expect([...root(el).querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal(['https://example.com/story']);
      button(el, 'scripted')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('a[href^="javascript:"]')).to.equal(null);
      expect(plain(root(el).querySelector('.source-list')!.textContent)).to.contain('Evil');
      expect(plain(root(el).querySelector('[part="error"]')!.textContent)).to.contain('/2/sources/0/url');
    });

    it('a click on the selected event hides its details again; a click on another moves the selection', async () => {
      const el = await renderList(withSources);
      const selects = record(el, 'dateline-select');
      button(el, 'sourced')!.click();
      await el.updateComplete;
      button(el, 'other')!.click();
      await el.updateComplete;
      expect(el.selected).to.equal('other');
      expect(button(el, 'sourced')!.getAttribute('aria-expanded')).to.equal('false');
      expect(plain(root(el).querySelector('[part="details"]')!.textContent)).to.equal('No sources or further details.');
      button(el, 'other')!.click();
      await el.updateComplete;
      expect(el.selected).to.equal(undefined);
      expect(el.hasAttribute('selected')).to.equal(false);
      expect(root(el).querySelector('[part="details"]')).to.equal(null);
      expect(selects.map((event) => event.detail.event.id)).to.deep.equal(['sourced', 'other']);
    });

    it('setting selected from code shows the details without firing dateline-select', async () => {
      const el = await renderList(withSources);
      const selects = record(el, 'dateline-select');
      el.selected = 'sourced';
      await el.updateComplete;
      expect(root(el).querySelector('[part="details"]')).to.exist;
      expect(el.getAttribute('selected')).to.equal('sourced');
      el.setAttribute('selected', 'other');
      await el.updateComplete;
      expect(button(el, 'other')!.getAttribute('aria-expanded')).to.equal('true');
      expect(selects).to.have.length(0);
    });
  });

  /** The steps of what was known when, in the selected event's details. */
  const trail = (el: DatelineEventList) => [...root(el).querySelectorAll('[part="details"] .claim-steps > li')].map((step) => plain(step.querySelector('.claim-step')!.textContent));

  describe('who says so, and what was known when', () => {
    const attribution = (el: DatelineEventList, id: string) => item(el, id)!.querySelector('[part="attribution"]');

    it('puts who claims and who denies under the status; an event that names nobody has no such line', async () => {
      const el = await renderList(koreaRussia2024);
      const meta = item(el, 'arms-purchase-claim')!.querySelector('.meta')!;
      const line = attribution(el, 'arms-purchase-claim')!;
      expect(plain(line.textContent)).to.equal('Alleged by the United States; denied by Russia and North Korea');
      expect(meta.nextElementSibling, 'right under the date and status').to.equal(line);
      expect(plain(attribution(el, 'joint-condemnation')!.textContent)).to.equal('Alleged by the United States, Japan and South Korea; denied by Russia and North Korea');
      expect(plain(attribution(el, 'donetsk-strike')!.textContent)).to.equal('Reported by the Kyiv Post');
      expect(plain(attribution(el, 'deployment-forecast')!.textContent)).to.equal('Expected by South Korea; denied by Russia');
      expect(attribution(el, 'treaty-signed'), 'the status word alone is already there').to.equal(null);
      expect(attribution(el, 'putin-visit-2024')).to.equal(null);
    });

    it('shows the selected event\'s trail under "What was known when", one level below its title, dates as <time datetime>', async () => {
      const el = await renderList(koreaRussia2024);
      el.selected = 'donetsk-strike';
      await el.updateComplete;
      const details = root(el).querySelector('[part="details"]')!;
      const heading = details.querySelector('.history-heading')!;
      const titleLevel = Number(button(el, 'donetsk-strike')!.parentElement!.tagName.slice(1));
      expect(heading.tagName, 'one level below the title, itself under a month heading in busy 2024').to.equal(`H${titleLevel + 1}`);
      expect(titleLevel).to.equal(4);
      expect(plain(heading.textContent)).to.equal('What was known when');
      expect(trail(el)).to.deep.equal(['Reported 4 October 2024', 'Reported 8 October 2024']);
      expect([...details.querySelectorAll('.claim-step time')].map((time) => time.getAttribute('datetime'))).to.deep.equal(['2024-10-04', '2024-10-08']);
      expect(plain(details.querySelector('.claim-note')!.textContent)).to.equal('The Kyiv Post reports the strike and the deaths.');
      const order = [...details.children].map((child) => child.classList[0]);
      expect(order).to.deep.equal(['facts', 'history', 'sources']);
      el.selected = 'deployment-forecast';
      await el.updateComplete;
      expect(trail(el)).to.deep.equal(['Denied by Russia, 10 October 2024']);
      el.selected = 'treaty-signed';
      await el.updateComplete;
      expect(root(el).querySelector('[part="details"] .history'), 'nothing dated to tell').to.equal(null);
    });

    it('shows names and notes from the data as literal text', async () => {
      const img = '<img src=x onerror="window.__pwned=1">';
      const el = await renderList([
        { id: 'x', title: 'Claimed', start: '2024-10-01', status: 'alleged', claimedBy: [img], history: [{ date: '2024-10-01', status: 'alleged', note: img }] },
      ]);
      el.selected = 'x';
      await el.updateComplete;
      expect(plain(attribution(el, 'x')!.textContent)).to.equal(`Alleged by ${img}`);
      expect(plain(root(el).querySelector('.claim-note')!.textContent)).to.equal(img);
      expect(root(el).querySelector('img')).to.equal(null);
      expect(window.__pwned).to.equal(undefined);
    });
  });

  describe('as-of', () => {
    async function listAsOf(asOf: string, selected?: string): Promise<DatelineEventList> {
      const el = await fixture<DatelineEventList>(html`
        <dateline-event-list locale="en-GB" as-of=${asOf} selected=${selected ?? ''} .events=${koreaRussia2024}></dateline-event-list>
      `);
      await el.updateComplete;
      return el;
    }
    const status = (el: DatelineEventList, id: string) => plain(item(el, id)!.querySelector('[part="status"]')!.textContent);

    it('as-of="2024-10-05" lists what was known then, says so, and the strike still reads "Reported" with one step', async () => {
      const el = await listAsOf('2024-10-05', 'donetsk-strike');
      expect(plain(root(el).querySelector('[part="as-of"]')!.textContent)).to.equal('As of 5 October 2024');
      const ids = itemIds(el);
      for (const later of ['kremlin-denial', 'deployment-forecast', 'spa-session', 'border-links-cut']) expect(ids).not.to.include(later);
      expect(ids).to.include.members(['treaty-signed', 'donetsk-strike', 'kyiv-post-report']);
      expect(el.normalizedEvents.map((event) => event.id)).to.deep.equal(ids);
      expect(status(el, 'donetsk-strike')).to.equal('Reported');
      expect(trail(el)).to.deep.equal(['Reported 4 October 2024']);
      const sources = [...root(el).querySelectorAll('[part="details"] .source-list li')].map((source) => plain(source.textContent));
      expect(sources.some((source) => source.includes('Bloomberg')), 'a source of 10 October is not yet there').to.equal(false);
    });

    it('as-of="2024-06-18" shows the 2024 visit as expected', async () => {
      const el = await listAsOf('2024-06-18');
      expect(status(el, 'putin-visit-2024')).to.equal('Expected');
      expect(item(el, 'putin-visit-2024')!.querySelector('.glyph-expected')).to.exist;
      expect(item(el, 'treaty-signed')).to.equal(null);
    });

    it('follows the attribute, and lists everything as it is now when it is removed', async () => {
      const el = await listAsOf('2024-06-18');
      el.setAttribute('as-of', '2024-10-05');
      await el.updateComplete;
      expect(status(el, 'putin-visit-2024')).to.equal('Confirmed');
      expect(item(el, 'kremlin-denial')).to.equal(null);
      el.removeAttribute('as-of');
      await el.updateComplete;
      expect(itemIds(el)).to.deep.equal(SEED_IDS);
      expect(root(el).querySelector('[part="as-of"]')).to.equal(null);
    });

    it('ignores text that is not a date, with a warning and nothing thrown', async () => {
      const warnings = await consoleWarnings(() =>
        withoutUncaughtErrors(async () => {
          const el = await listAsOf('last Tuesday');
          expect(itemIds(el)).to.deep.equal(SEED_IDS);
          expect(root(el).querySelector('[part="as-of"]')).to.equal(null);
        }),
      );
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('as-of="last Tuesday"');
    });

    it('is accessible as of a date, with an event\'s trail shown', async () => {
      const el = await listAsOf('2024-10-05', 'donetsk-strike');
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('Up and Down move between events, Home and End to the ends; Enter and Space select', async () => {
      const el = await renderList(koreaRussia2024);
      const focusedId = () => (root(el).activeElement as HTMLElement | null)?.dataset.id;
      button(el, SEED_IDS[0]!)!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedId()).to.equal(SEED_IDS[1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedId()).to.equal(SEED_IDS[2]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedId()).to.equal(SEED_IDS[1]);
      await sendKeys({ press: 'End' });
      expect(focusedId()).to.equal(SEED_IDS.at(-1));
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedId()).to.equal(SEED_IDS.at(-1));
      await sendKeys({ press: 'Home' });
      expect(focusedId()).to.equal(SEED_IDS[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedId()).to.equal(SEED_IDS[0]);

      const selected = nextEvent(el, 'dateline-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.event.id).to.equal(SEED_IDS[0]);
      await el.updateComplete;
      expect(el.selected).to.equal(SEED_IDS[0]);
      expect(focusedId()).to.equal(SEED_IDS[0]);

      await sendKeys({ press: 'ArrowDown' });
      const spaced = nextEvent(el, 'dateline-select');
      await sendKeys({ press: ' ' });
      expect((await spaced).detail.event.id).to.equal(SEED_IDS[1]);
      window.scrollTo(0, 0);
    });

    it('every event is reachable with Tab, in time order', async () => {
      const el = await renderList(koreaRussia2024.events.slice(0, 4));
      const ids = el.normalizedEvents.map((event) => event.id);
      button(el, ids[0]!)!.focus();
      for (const id of ids.slice(1)) {
        await sendKeys({ press: 'Tab' });
        expect((root(el).activeElement as HTMLElement | null)?.dataset.id).to.equal(id);
      }
      window.scrollTo(0, 0);
    });
  });

  describe('linked to a timeline with for', () => {
    it('selecting in the list selects in the timeline, and the reverse; the page never scrolls', async () => {
      window.scrollTo(0, 0);
      const { timeline, list } = await linked();
      const timelineSelects = record(timeline, 'dateline-select');
      expect(window.scrollY).to.equal(0);

      const fromList = nextEvent(list, 'dateline-select');
      button(list, 'treaty-signed')!.click();
      expect((await fromList).detail.event.id).to.equal('treaty-signed');
      await settle(timeline);
      expect(timeline.selected).to.equal('treaty-signed');
      expect(timeline.shadowRoot!.querySelector('dateline-event-card')).to.exist;
      // The timeline was told from code: it does not announce a user selection of its own.
      expect(timelineSelects).to.have.length(0);
      expect(window.scrollY).to.equal(0);

      const target = drawnInTimeline(timeline).find((id) => id !== 'treaty-signed')!;
      expect(target).to.be.a('string');
      const listSelects = record(list, 'dateline-select');
      timelineButton(timeline, target)!.click();
      await settle(list);
      expect(list.selected).to.equal(target);
      expect(button(list, target)!.getAttribute('aria-expanded')).to.equal('true');
      // The list followed from code: it fires nothing of its own.
      expect(listSelects).to.have.length(0);
      expect(window.scrollY).to.equal(0);
    });

    it('closing the card in the timeline folds the event in the list, and folding it in the list closes the card', async () => {
      const { timeline, list } = await linked();
      const target = drawnInTimeline(timeline)[0]!;
      timelineButton(timeline, target)!.click();
      await settle(list);
      expect(button(list, target)!.getAttribute('aria-expanded')).to.equal('true');

      const closedInTimeline = nextEvent(timeline, 'dateline-deselect');
      const card = timeline.shadowRoot!.querySelector('dateline-event-card')!;
      await card.updateComplete;
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
      expect((await closedInTimeline).detail.event.id).to.equal(target);
      await settle(list);
      expect(list.selected).to.equal(undefined);
      expect(button(list, target)!.getAttribute('aria-expanded')).to.equal('false');

      button(list, target)!.click();
      await settle(timeline);
      expect(timeline.selected).to.equal(target);
      const foldedInList = nextEvent(list, 'dateline-deselect');
      button(list, target)!.click();
      expect((await foldedInList).detail.event.id).to.equal(target);
      await settle(timeline);
      expect(timeline.selected).to.equal(undefined);
      expect(timeline.shadowRoot!.querySelector('dateline-event-card')).to.equal(null);
    });

    it('reveals a timeline selection inside a list that scrolls on its own, without scrolling the page', async () => {
      window.scrollTo(0, 0);
      const parent = await fixture<HTMLDivElement>(html`
        <div style="width: 1000px">
          <dateline-timeline id="t2" locale="en-GB" style="height: 400px" .events=${koreaRussia2024}></dateline-timeline>
          <dateline-event-list for="t2" locale="en-GB" style="--dateline-list-max-height: 160px" .events=${koreaRussia2024}></dateline-event-list>
        </div>
      `);
      const timeline = parent.querySelector('dateline-timeline')!;
      const list = parent.querySelector('dateline-event-list')!;
      await settle(timeline);
      await settle(list);
      const scroller = root(list).querySelector<HTMLElement>('[part="list"]')!;
      expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
      expect(scroller.scrollTop).to.equal(0);

      const target = drawnInTimeline(timeline).find((id) => SEED_IDS.indexOf(id) > SEED_IDS.length / 2)!;
      expect(target, 'an event late in the list, drawn in the timeline').to.be.a('string');
      timelineButton(timeline, target)!.click();
      await settle(list);
      expect(list.selected).to.equal(target);
      expect(scroller.scrollTop).to.be.greaterThan(0);
      const box = scroller.getBoundingClientRect();
      const shown = item(list, target)!.getBoundingClientRect();
      expect(shown.top).to.be.at.least(box.top - 1);
      expect(shown.top).to.be.below(box.bottom);
      expect(window.scrollY).to.equal(0);
    });

    it('finds a timeline in the same shadow root', async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const timeline = document.createElement('dateline-timeline');
      timeline.id = 'inner';
      timeline.events = koreaRussia2024;
      timeline.style.height = '400px';
      const list = document.createElement('dateline-event-list');
      list.setAttribute('for', 'inner');
      list.events = koreaRussia2024;
      shadow.append(timeline, list);
      await settle(timeline);
      await settle(list);
      button(list, 'kremlin-denial')!.click();
      await timeline.updateComplete;
      expect(timeline.selected).to.equal('kremlin-denial');
    });

    it('changing for moves the link to the other timeline', async () => {
      const parent = await fixture<HTMLDivElement>(html`
        <div style="width: 1000px">
          <dateline-timeline id="first" style="height: 300px" .events=${koreaRussia2024}></dateline-timeline>
          <dateline-timeline id="second" style="height: 300px" .events=${koreaRussia2024}></dateline-timeline>
          <dateline-event-list for="first" .events=${koreaRussia2024}></dateline-event-list>
        </div>
      `);
      const [first, second] = [...parent.querySelectorAll('dateline-timeline')] as [DatelineTimeline, DatelineTimeline];
      const list = parent.querySelector('dateline-event-list')!;
      await settle(first);
      await settle(second);
      list.setAttribute('for', 'second');
      await list.updateComplete;
      button(list, 'treaty-signed')!.click();
      await list.updateComplete;
      expect(second.selected).to.equal('treaty-signed');
      expect(first.selected).to.equal(undefined);

      const target = drawnInTimeline(first)[0]!;
      timelineButton(first, target)!.click();
      await settle(list);
      expect(list.selected).to.equal('treaty-signed');
      const other = drawnInTimeline(second).find((id) => id !== 'treaty-signed')!;
      timelineButton(second, other)!.click();
      await settle(list);
      expect(list.selected).to.equal(other);
    });

    it('after removal the timeline no longer drives the list; re-appended, it links again', async () => {
      const { parent, timeline, list } = await linked();
      const [a, b] = drawnInTimeline(timeline) as [string, string];
      list.remove();
      timelineButton(timeline, a)!.click();
      await settle(timeline);
      expect(timeline.selected).to.equal(a);
      expect(list.selected).to.equal(undefined);

      parent.append(list);
      await settle(list);
      expect(itemIds(list)).to.deep.equal(SEED_IDS);
      timelineButton(timeline, b)!.click();
      await settle(list);
      expect(list.selected).to.equal(b);
      button(list, a)!.click();
      await timeline.updateComplete;
      expect(timeline.selected).to.equal(a);
      expect(window.scrollY).to.equal(0);
    });
  });

  describe('bad input', () => {
    it('renders HTML payloads in titles and sources as text, and sanitises them out of summaries', async () => {
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
      const el = await renderList([
        { id: 'x', title: payload, start: '2024-06-19', summary: payload, actors: [payload], sources: [{ name: payload, quote: payload }] },
      ]);
      button(el, 'x')!.click();
      await loadSanitizer();
      await el.updateComplete;
      await frame();
      expect(plain(button(el, 'x')!.textContent)).to.equal(payload);
      // A summary may hold simple HTML: the image and the script are removed, nothing of them is left to run.
      expect(plain(item(el, 'x')!.querySelector('[part="summary"]')!.textContent)).to.equal('');
      expect(root(el).querySelector('img, script')).to.equal(null);
      expect(plain(root(el).querySelector('.source-list')!.textContent)).to.contain(payload);
      expect(window.__pwned).to.equal(undefined);
    });

    it('a title of 100,000 characters stays inside the list', async () => {
      const el = await renderList([{ id: 'long', title: 'x'.repeat(100_000), start: '2024-06-19' }]);
      const width = el.getBoundingClientRect().width;
      expect(button(el, 'long')!.getBoundingClientRect().width).to.be.at.most(width);
    });
  });

  describe('long lists', () => {
    const many = (count: number): TimelineEvent[] =>
      Array.from({ length: count }, (_, index) => ({
        id: `e${index}`,
        title: `Event ${index}`,
        start: new Date(Date.UTC(1990, 0, 1) + index * 86_400_000).toISOString().slice(0, 10),
      }));

    it('draws the first thousand events, then a thousand more for each press of "Show more"', async () => {
      const el = await renderList(many(2500));
      expect(items(el)).to.have.length(1000);
      const more = () => root(el).querySelector<HTMLButtonElement>('[part="show-more"]');
      expect(plain(more()!.textContent)).to.equal('Show 1,000 more events (1,500 not shown)');
      more()!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(items(el)).to.have.length(2000);
      // Focus moves to the first event just drawn.
      expect((root(el).activeElement as HTMLElement | null)?.dataset.id).to.equal('e1000');
      expect(plain(more()!.textContent)).to.equal('Show 500 more events (500 not shown)');
      more()!.click();
      await el.updateComplete;
      expect(items(el)).to.have.length(2500);
      expect(more()).to.equal(null);
      expect(itemIds(el)).to.deep.equal(el.normalizedEvents.map((event) => event.id));
      window.scrollTo(0, 0);
    });

    it('selecting an event not yet drawn draws the events up to it', async () => {
      const el = await renderList(many(2500));
      el.selected = 'e2100';
      await el.updateComplete;
      expect(items(el)).to.have.length(2500);
      expect(button(el, 'e2100')!.getAttribute('aria-expanded')).to.equal('true');
      expect(window.scrollY).to.equal(0);
    });

    it('200,000 events load without an exception, and the list stays short', async () => {
      await withoutUncaughtErrors(async () => {
        const el = await renderList();
        const loaded = nextEvent(el, 'dateline-load');
        el.events = many(200_000);
        const { detail } = await loaded;
        await el.updateComplete;
        expect(detail.events).to.have.length(200_000);
        expect(items(el)).to.have.length(1000);
      });
    });
  });

  describe('removing and re-adding', () => {
    it('still renders and responds to clicks after being re-appended', async () => {
      const el = await renderList(koreaRussia2024);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(itemIds(el)).to.deep.equal(SEED_IDS);
      const selected = nextEvent(el, 'dateline-select');
      button(el, 'treaty-signed')!.click();
      expect((await selected).detail.event.id).to.equal('treaty-signed');
    });

    it('removed while loading src, it loads again when re-appended', async () => {
      const el = await renderList();
      el.src = '/data/korea-russia-2024.json';
      await el.updateComplete;
      const parent = el.parentElement!;
      el.remove();
      const loaded = nextEvent(el, 'dateline-load');
      parent.append(el);
      await loaded;
      await el.updateComplete;
      expect(itemIds(el)).to.have.length(SEED.length);
    });
  });

  describe('accessibility', () => {
    it('is accessible with the seed dataset', async () => {
      const el = await renderList(koreaRussia2024);
      await expect(el).to.be.accessible();
    });

    it('is accessible with an event selected and its details shown', async () => {
      const el = await renderList(koreaRussia2024);
      el.selected = 'treaty-signed';
      await el.updateComplete;
      expect(root(el).querySelector('[part="details"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark look, with problems listed', async () => {
      const el = await renderList([...koreaRussia2024.events, { id: 'broken', title: 'Broken', start: 'someday' }]);
      el.theme = 'dark';
      el.selected = 'kremlin-denial';
      await el.updateComplete;
      expect(root(el).querySelector('[part="error"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });
});
