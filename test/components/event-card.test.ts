import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/event-card/define.js';
import type { DatelineEventCard } from '../../src/components/event-card/event-card.js';
import { koreaRussia2024 } from '../../src/data/korea-russia-2024.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { STATUSES, type TimelineEvent } from '../../src/model/schema.js';
import { STATUS_LABELS, STATUS_MEANINGS } from '../../src/model/status.js';
import type { NormalizedEvent } from '../../src/model/types.js';
import { loadSanitizer } from '../../src/components/shared/rich-text.js';
import { readableText as plain } from '../helpers/readable-text.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const seedEvent = (id: string): TimelineEvent => {
  const event = koreaRussia2024.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no seed event ${id}`);
  return event;
};

const normalize = (event: TimelineEvent): NormalizedEvent => {
  const result = parseDataset([event]);
  if (!result.events[0]) throw new Error(JSON.stringify(result.issues));
  return result.events[0];
};

// Intl puts thin and narrow no-break spaces in ranges; compare on plain, collapsed spaces.

const part = (el: DatelineEventCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const shownText = (el: DatelineEventCard) => plain(el.shadowRoot!.textContent);

async function card(event: unknown, attributes: { locale?: string; closable?: boolean; theme?: string } = {}) {
  const el = await fixture<DatelineEventCard>(html`
    <dateline-event-card
      .event=${event as TimelineEvent}
      locale=${attributes.locale ?? 'en-GB'}
      theme=${attributes.theme ?? 'light'}
      ?closable=${attributes.closable ?? false}
    ></dateline-event-card>
  `);
  await el.updateComplete;
  return el;
}

describe('<dateline-event-card>', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  it('shows the date, the title as a heading, status, actors, summary and quoted sources', async () => {
    const el = await card(seedEvent('treaty-signed'));
    const title = part(el, 'title')!;
    expect(title.tagName).to.equal('H3');
    expect(plain(title.textContent)).to.equal('Putin and Kim sign mutual-defence treaty');

    const date = part(el, 'date')!;
    expect(date.tagName).to.equal('TIME');
    expect(plain(date.textContent)).to.equal('19 June 2024');
    expect(date.getAttribute('datetime')).to.equal('2024-06-19');

    const status = part(el, 'status')!;
    expect(plain(status.textContent)).to.equal('Confirmed');
    expect(status.getAttribute('title')).to.equal(STATUS_MEANINGS.confirmed);

    const facts = [...el.shadowRoot!.querySelectorAll('dl > div')].map((row) => [
      plain(row.querySelector('dt')!.textContent),
      plain(row.querySelector('dd')!.textContent),
    ]);
    expect(facts).to.deep.equal([
      ['Actors', 'North Korea, Russia'],
      ['Category', 'diplomacy'],
      ['Where', 'Pyongyang'],
    ]);
    expect(shownText(el)).to.contain('Vladimir Putin and Kim Jong Un sign the Comprehensive Strategic Partnership Treaty');

    const sources = part(el, 'sources')!;
    expect(plain(sources.querySelector('h4')!.textContent)).to.equal('Sources');
    const items = [...sources.querySelectorAll('li')].map((item) => plain(item.textContent));
    expect(items).to.deep.equal(['AFP, 19 June 2024', 'TASS', 'the most powerful treaty — Bloomberg, 10 October 2024']);
    expect(plain(sources.querySelector('q')!.textContent)).to.equal('the most powerful treaty');
  });

  it('uses heading-level for the title and the level below it for "Sources"', async () => {
    const el = await fixture<DatelineEventCard>(html`
      <dateline-event-card heading-level="2" .event=${seedEvent('treaty-signed')}></dateline-event-card>
    `);
    expect(part(el, 'title')!.tagName).to.equal('H2');
    expect(part(el, 'sources')!.querySelector('h3')).to.exist;
    el.headingLevel = 42;
    await el.updateComplete;
    expect(part(el, 'title')!.tagName).to.equal('H3');
  });

  it('takes its locale from the nearest lang attribute when none is set', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div lang="ko"><dateline-event-card .event=${seedEvent('treaty-signed')}></dateline-event-card></div>
    `);
    const el = wrapper.querySelector('dateline-event-card')!;
    await el.updateComplete;
    expect(plain(part(el, 'date')!.textContent)).to.equal('2024년 6월 19일');
  });

  for (const status of STATUSES) {
    it(`shows the word "${STATUS_LABELS[status]}" for a ${status} event`, async () => {
      const el = await card({ id: 'x', title: 'Something happens', start: '2024-06-19', status });
      const badge = part(el, 'status')!;
      expect(plain(badge.textContent)).to.equal(STATUS_LABELS[status]);
      expect(badge.getAttribute('title')).to.equal(STATUS_MEANINGS[status]);
      expect(badge.querySelector(`.glyph-${status}`)).to.exist;
    });
  }

  it('shows no badge for an event without a status', async () => {
    const el = await card({ id: 'x', title: 'Something happens', start: '2024-06-19' });
    expect(part(el, 'status')).to.equal(null);
    expect(el.shadowRoot!.querySelector('dl')).to.equal(null);
  });

  const dates: [string, string | undefined, string, string | null][] = [
    ['2024-06', undefined, 'June 2024', '2024-06'],
    ['2024-10-07', '2024-10-08', '7–8 October 2024', '2024-10-07'],
    ['2000', undefined, '2000', '2000'],
    ['-0043', undefined, '44 BC', null],
    ['2024-06-19T02:22+09:00', undefined, '19 June 2024 at 02:22 UTC+9', '2024-06-18T17:22:00.000Z'],
  ];
  for (const [start, end, expected, datetime] of dates) {
    it(`shows ${start}${end ? ' to ' + end : ''} as "${expected}"`, async () => {
      const el = await card({ id: 'x', title: 'Something happens', start, ...(end ? { end } : {}) });
      const date = part(el, 'date')!;
      expect(plain(date.textContent)).to.equal(expected);
      expect(date.getAttribute('datetime')).to.equal(datetime);
    });
  }

  it('shows the authoring form and the normalized form the same way', async () => {
    const authored = seedEvent('arms-purchase-claim');
    const fromAuthored = await card(authored);
    const fromNormalized = await card(normalize(authored));
    expect(shownText(fromNormalized)).to.equal(shownText(fromAuthored));
    expect(shownText(fromAuthored)).to.contain('Alleged');
    expect(shownText(fromAuthored)).to.contain('United States, Russia, North Korea');
  });

  it('follows changes to the event', async () => {
    const el = await card(seedEvent('treaty-signed'));
    el.event = seedEvent('donetsk-strike');
    await el.updateComplete;
    expect(plain(part(el, 'title')!.textContent)).to.equal('Ukrainian strike reportedly kills North Korean officers');
    expect(plain(part(el, 'status')!.textContent)).to.equal('Reported by the Kyiv Post');
  });

  it('shows HTML and script as literal text in plain fields, and sanitises the summary (no script, no handler)', async () => {
    const img = '<img src=x onerror="window.__pwned=1">';
    const script = '<script>window.__pwned=1</script>';
    const el = await card({
      id: 'x',
      title: `Title ${img}`,
      start: '2024-06-19',
      summary: `Summary ${script} ${img}`,
      actors: [img, script],
      category: img,
      location: img,
      sources: [{ name: `Name ${img}`, quote: `Quote ${img}`, url: 'https://example.com/' }],
    });
    await loadSanitizer();
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(plain(part(el, 'title')!.textContent)).to.equal(`Title ${img}`);
    // The summary may hold authors' simple HTML: the script and the image are gone, the words stay.
    expect(plain(root.querySelector('.summary')!.textContent)).to.equal('Summary');
    expect(root.textContent).to.contain(`${img}, ${script}`);
    expect(plain(root.querySelector('q')!.textContent)).to.equal(`Quote ${img}`);
    expect(root.querySelector('a')!.textContent).to.contain(`Name ${img}`);
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('script')).to.equal(null);
    expect(window.__pwned).to.equal(undefined);
  });

  it('draws a link in a summary as a link only when it kept its address', async () => {
    await loadSanitizer();
    const el = await card({
      id: 'x',
      title: 'Links',
      start: '2024-06-19',
      summary: 'Read <a href="https://example.com/report">the report</a>, not <a href="javascript:window.__pwned=1">this</a>.',
    });
    await el.updateComplete;
    const [kept, stripped] = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.summary a')];
    expect(kept!.getAttribute('href')).to.equal('https://example.com/report');
    expect(getComputedStyle(kept!).textDecorationLine).to.equal('underline');
    expect(stripped!.hasAttribute('href'), 'the script address is gone').to.equal(false);
    expect(getComputedStyle(stripped!).textDecorationLine, 'and it no longer looks like a link').to.equal('none');
  });

  describe('source links', () => {
    const withUrl = (url: string) => ({
      id: 'x',
      title: 'Something happens',
      start: '2024-06-19',
      sources: [{ name: 'The Outlet', url }],
    });

    it('links https sources in a new tab without an opener', async () => {
      const el = await card(withUrl('https://example.com/story'));
      const link = part(el, 'sources')!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://example.com/story');
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(link.textContent).to.contain('The Outlet');
    });

    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      it(`shows an event whose source url is ${url.slice(0, 15)}…, with the source but no link`, async () => {
        const el = await card(withUrl(url));
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(part(el, 'error')).to.equal(null);
        expect(plain(part(el, 'title')!.textContent)).to.equal('Something happens');
        expect(plain(part(el, 'sources')!.textContent)).to.equal('Sources The Outlet');
      });
    }

    for (const url of ['stories/123', '/stories/123', 'mailto:desk@example.com', 'ftp://example.com/file']) {
      it(`shows the source name as plain text for ${url}`, async () => {
        const el = await card(withUrl(url));
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(plain(part(el, 'sources')!.textContent)).to.equal('Sources The Outlet');
      });
    }

    it('checks urls itself even for a normalized event built by hand', async () => {
      const handMade: NormalizedEvent = {
        ...normalize(seedEvent('treaty-signed')),
        sources: [
          { name: 'Script', url: 'javascript:window.__pwned=1' },
          { name: 'Data', url: 'data:text/html,<script>window.__pwned=1</script>' },
          { name: 'Relative', url: 'stories/123' },
          { name: 'Fine', url: 'https://example.com/' },
        ],
      };
      const el = await card(handMade);
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['https://example.com/']);
      expect(plain(part(el, 'sources')!.textContent)).to.contain('Script').and.contain('Data').and.contain('Relative');
      expect(window.__pwned).to.equal(undefined);
    });
  });

  describe('close button', () => {
    it('is absent unless closable', async () => {
      const el = await card(seedEvent('treaty-signed'));
      expect(part(el, 'close-button')).to.equal(null);
      el.closable = true;
      await el.updateComplete;
      expect(el.hasAttribute('closable')).to.equal(true);
      expect(part(el, 'close-button')).to.exist;
    });

    it('is named "Close", at least 24 px square, and fires dateline-close when clicked', async () => {
      const el = await card(seedEvent('treaty-signed'), { closable: true });
      const button = part(el, 'close-button') as HTMLButtonElement;
      expect(button.getAttribute('aria-label')).to.equal('Close');
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      setTimeout(() => button.click());
      const closed = await oneEvent(el, 'dateline-close');
      expect(closed.bubbles).to.equal(true);
      expect(closed.composed).to.equal(true);
    });

    it('is reached with Tab and pressed with Enter', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <button id="before">Before</button>
          <dateline-event-card closable .event=${seedEvent('treaty-signed')}></dateline-event-card>
        </div>
      `);
      const el = wrapper.querySelector('dateline-event-card')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'close-button'));
      const closed = oneEvent(el, 'dateline-close');
      await sendKeys({ press: 'Enter' });
      expect((await closed).type).to.equal('dateline-close');
    });

    it('is also shown on the error message so a broken card can be dismissed', async () => {
      const el = await card({ id: 'x' }, { closable: true });
      expect(part(el, 'error')).to.exist;
      expect(part(el, 'close-button')).to.exist;
    });
  });

  describe('bad input', () => {
    for (const [label, value] of [
      ['null', null],
      ['undefined', undefined],
    ] as const) {
      it(`shows nothing for ${label}`, async () => {
        const el = await card(value);
        expect(part(el, 'card')).to.equal(null);
        expect(shownText(el)).to.equal('');
      });
    }

    it('lists what is wrong with an invalid authoring event', async () => {
      const el = await card({ id: 'x', start: '19/06/2024' });
      const error = plain(part(el, 'error')!.textContent);
      expect(error).to.contain('This event cannot be shown');
      expect(error).to.contain('title is missing');
      expect(part(el, 'title')).to.equal(null);
    });

    const garbage: [string, unknown][] = [
      ['a number', 42],
      ['a string', '<b>not an event</b>'],
      ['a list', [1, 2, 3]],
      ['an empty object', {}],
      ['a wrong-typed object', { id: 7, title: { nested: true }, start: 2024, actors: 'Russia', sources: 'AP' }],
      ['a hand-built event with an invalid date', { id: 'x', title: 'T', start: new Date('nope'), startPrecision: 'day' }],
      ['a hand-built event with no precision', { id: 'x', title: 'T', start: new Date(0), end: new Date(1) }],
      ['an object whose getters throw', { id: 'x', get title() { throw new Error('boom'); }, start: '2024' }],
    ];
    for (const [label, value] of garbage) {
      it(`shows a message instead of throwing for ${label}`, async () => {
        const el = await card(value);
        expect(part(el, 'error')).to.exist;
        expect(part(el, 'title')).to.equal(null);
        expect(plain(part(el, 'error')!.textContent)).to.match(/^This event cannot be shown: \S/);
      });
    }

    it('tolerates junk inside a hand-built normalized event', async () => {
      const junk = {
        ...normalize(seedEvent('treaty-signed')),
        actors: ['Russia', 5, null, { name: 'x' }],
        status: 'certain',
        category: 12,
        sources: [null, 'AP', { name: 3 }, { name: 'Reuters', date: 'yesterday', quote: 9 }],
      } as unknown as NormalizedEvent;
      const el = await card(junk);
      expect(plain(part(el, 'title')!.textContent)).to.equal('Putin and Kim sign mutual-defence treaty');
      expect(part(el, 'status')).to.equal(null);
      expect([...part(el, 'sources')!.querySelectorAll('li')].map((item) => plain(item.textContent))).to.deep.equal([
        'Reuters',
      ]);
      expect(plain(el.shadowRoot!.querySelector('dd')!.textContent)).to.equal('Russia');
    });

    it('recovers when a valid event follows an invalid one', async () => {
      const el = await card({ nonsense: true });
      expect(part(el, 'error')).to.exist;
      el.event = seedEvent('treaty-signed');
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(plain(part(el, 'title')!.textContent)).to.equal('Putin and Kim sign mutual-defence treaty');
    });
  });

  describe('who says so, and what was known when', () => {
    const steps = (el: DatelineEventCard) => [...(part(el, 'history')?.querySelectorAll('ol > li') ?? [])];
    const stepLine = (item: Element) => plain(item.querySelector('.claim-step')!.textContent);

    it('says an accusation in words: who alleges it and who denies it, beside the status mark', async () => {
      const el = await card(seedEvent('arms-purchase-claim'));
      const badge = part(el, 'status')!;
      expect(plain(badge.textContent)).to.equal('Alleged by the United States; denied by Russia and North Korea');
      expect(badge.querySelector('.glyph-alleged')).to.exist;
      expect(badge.getAttribute('title')).to.equal(STATUS_MEANINGS.alleged);
    });

    it('names every accuser, joined as the locale joins a list', async () => {
      const el = await card(seedEvent('joint-condemnation'));
      expect(plain(part(el, 'status')!.textContent)).to.equal('Alleged by the United States, Japan and South Korea; denied by Russia and North Korea');
    });

    it('gives a response\'s date and source under "What was known when", one level below the title', async () => {
      const el = await card(seedEvent('deployment-forecast'));
      expect(plain(part(el, 'status')!.textContent)).to.equal('Expected by South Korea; denied by Russia');
      const history = part(el, 'history')!;
      expect(plain(history.querySelector('h4')!.textContent)).to.equal('What was known when');
      const [denial, ...rest] = steps(el);
      expect(rest).to.have.length(0);
      expect(stepLine(denial!)).to.equal('Denied by Russia, 10 October 2024');
      expect(denial!.querySelector('.claim-step time')!.getAttribute('datetime')).to.equal('2024-10-10');
      expect(plain(denial!.querySelector('.claim-source')!.textContent), 'the source, without the date it shares with the response').to.equal('TASS');
    });

    it('tells responses given alike once, their actors together, with the source\'s quote and date', async () => {
      const el = await card(seedEvent('arms-purchase-claim'));
      const [denial, ...rest] = steps(el);
      expect(rest).to.have.length(0);
      expect(stepLine(denial!)).to.equal('Denied by Russia and North Korea');
      expect(denial!.querySelector('.claim-step time')).to.equal(null);
      const source = denial!.querySelector('.claim-source')!;
      expect(plain(source.querySelector('q')!.textContent)).to.equal('Russia and North Korea have denied the arms transfers despite evidence showing them taking place.');
      expect(plain(source.querySelector('.source-name')!.textContent)).to.equal('Bloomberg');
      expect(source.querySelector('time')!.getAttribute('datetime')).to.equal('2024-10-10');
    });

    it('shows the history trail oldest first, each step dated with <time datetime>, its note and its source', async () => {
      const el = await card(seedEvent('donetsk-strike'));
      expect(plain(part(el, 'status')!.textContent)).to.equal('Reported by the Kyiv Post');
      const trail = steps(el);
      expect(trail.map(stepLine)).to.deep.equal(['Reported 4 October 2024', 'Reported 8 October 2024']);
      expect(trail.map((item) => item.querySelector('.claim-step time')!.getAttribute('datetime'))).to.deep.equal(['2024-10-04', '2024-10-08']);
      expect(plain(trail[0]!.querySelector('.claim-note')!.textContent)).to.equal('The Kyiv Post reports the strike and the deaths.');
      expect(plain(trail[1]!.querySelector('.claim-note')!.textContent)).to.match(/^South Korea’s defence minister tells a parliamentary audit/);
      expect(trail.map((item) => plain(item.querySelector('.claim-source')!.textContent))).to.deep.equal(['Kyiv Post', 'AFP']);
      const order = [...el.shadowRoot!.querySelectorAll('.summary, [part="history"], [part="sources"]')].map((element) => (element.matches('.summary') ? 'summary' : element.getAttribute('part')));
      expect(order, 'the trail between the summary and the sources').to.deep.equal(['summary', 'history', 'sources']);
    });

    it('shows the visit planned, then held, with a source link only for http(s)', async () => {
      const el = await card(seedEvent('putin-visit-2024'));
      const trail = steps(el);
      expect(trail.map(stepLine)).to.deep.equal(['Expected 17 June 2024', 'Confirmed 19 June 2024']);
      expect(trail[1]!.querySelector('a')!.getAttribute('href')).to.equal('http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=186145');
      expect(plain(part(el, 'status')!.textContent)).to.equal('Confirmed');
    });

    it('puts dated responses among the history\'s steps by date, and undated ones last', async () => {
      const el = await card({
        id: 'x',
        title: 'Something is claimed',
        start: '2024-10-01',
        claimedBy: ['A'],
        responses: [
          { actor: 'C', stance: 'disputes', source: { name: 'Wire' } },
          { actor: 'B', stance: 'denies', date: '2024-10-05' },
          { actor: 'D', stance: 'confirms' },
        ],
        history: [
          { date: '2024-10-08', status: 'confirmed' },
          { date: '2024-10-02', status: 'reported' },
        ],
      });
      expect(plain(part(el, 'status')!.textContent)).to.equal('Confirmed by A; denied by B; disputed by C; confirmed by D');
      expect(steps(el).map(stepLine)).to.deep.equal(['Reported 2 October 2024', 'Denied by B, 5 October 2024', 'Confirmed 8 October 2024', 'Disputed by C']);
    });

    it('says who claims an event without a status, with no status mark', async () => {
      const el = await card({ id: 'x', title: 'Something is claimed', start: '2024-10-01', claimedBy: ['the ministry'] });
      const badge = part(el, 'status')!;
      expect(plain(badge.textContent)).to.equal('Claimed by the ministry');
      expect(badge.querySelector('.glyph')).to.equal(null);
      expect(badge.hasAttribute('title')).to.equal(false);
      expect(part(el, 'history'), 'nothing was dated').to.equal(null);
    });

    it('follows heading-level: the trail\'s heading is one below the title', async () => {
      const el = await fixture<DatelineEventCard>(html`<dateline-event-card heading-level="2" .event=${seedEvent('donetsk-strike')}></dateline-event-card>`);
      expect(part(el, 'title')!.tagName).to.equal('H2');
      expect(part(el, 'history')!.querySelector('h3')!.textContent).to.equal('What was known when');
    });

    it('shows names, notes and sources from the data as literal text', async () => {
      const img = '<img src=x onerror="window.__pwned=1">';
      const el = await card({
        id: 'x',
        title: 'Something is claimed',
        start: '2024-10-01',
        status: 'alleged',
        claimedBy: [img],
        responses: [{ actor: `<b>${img}</b>`, stance: 'denies', date: '2024-10-02', source: { name: img, quote: img } }],
        history: [{ date: '2024-10-01', status: 'alleged', note: img, source: { name: img } }],
      });
      expect(plain(part(el, 'status')!.textContent)).to.equal(`Alleged by ${img}; denied by <b>${img}</b>`);
      expect(plain(part(el, 'history')!.textContent)).to.contain(`Denied by <b>${img}</b>, 2 October 2024`).and.contain(`Alleged 1 October 2024 ${img} ${img}`);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(window.__pwned).to.equal(undefined);
    });

    it('passes over what a hand-built event holds that is not a claim, and shows the rest', async () => {
      const junk = {
        ...normalize(seedEvent('donetsk-strike')),
        claimedBy: ['the Kyiv Post', 7, null],
        responses: [null, 'Russia', { actor: 'Russia', stance: 'shrugs', date: '2024-10-10' }, { actor: 5, stance: 'denies', date: '2024-10-10' }, { actor: 'Russia', stance: 'denies', date: 'soon', source: { name: 'TASS' } }],
        history: [null, { date: '2024-10-04', status: 'reported' }, ...normalize(seedEvent('donetsk-strike')).history!, { span: { start: new Date(0) }, status: 'certain' }],
      } as unknown as NormalizedEvent;
      const el = await card(junk);
      expect(part(el, 'error')).to.equal(null);
      expect(plain(part(el, 'status')!.textContent)).to.equal('Reported by the Kyiv Post; denied by Russia');
      expect(steps(el).map(stepLine)).to.deep.equal(['Reported 4 October 2024', 'Reported 8 October 2024', 'Denied by Russia']);
    });

    for (const theme of ['light', 'dark']) {
      it(`passes an accessibility audit with its trail and responses in the ${theme} theme`, async () => {
        const el = await card({ ...seedEvent('putin-visit-2024'), claimedBy: ['the Kremlin'], responses: [{ actor: 'Japan', stance: 'disputes', date: '2024-06-20', source: { name: 'Kyodo', url: 'https://example.com/kyodo' } }] }, { closable: true, theme });
        expect(steps(el)).to.have.length(3);
        await expect(el).to.be.accessible();
      });
    }
  });

  it('wraps a very long title and summary inside its width', async () => {
    const long = 'x'.repeat(100_000);
    const el = await card({ id: 'x', title: long, start: '2024-06-19', summary: long });
    const cardBox = part(el, 'card')!.getBoundingClientRect();
    expect(cardBox.width).to.be.at.most(360);
    expect(part(el, 'title')!.scrollWidth).to.be.at.most(part(el, 'title')!.clientWidth);
    expect(part(el, 'title')!.textContent).to.have.length(100_000);
  });

  it('still shows the event after being removed and re-appended', async () => {
    const el = await card(seedEvent('treaty-signed'), { closable: true });
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(plain(part(el, 'title')!.textContent)).to.equal('Putin and Kim sign mutual-defence treaty');
    expect(plain(part(el, 'date')!.textContent)).to.equal('19 June 2024');
    setTimeout(() => part(el, 'close-button')!.click());
    await oneEvent(el, 'dateline-close');
  });

  it('writes no inline style attributes', async () => {
    const el = await card(seedEvent('arms-purchase-claim'), { closable: true });
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
  });

  for (const theme of ['light', 'dark']) {
    it(`passes an accessibility audit in the ${theme} theme`, async () => {
      const el = await card(
        { ...seedEvent('treaty-signed'), sources: [{ name: 'Bloomberg', url: 'https://www.bloomberg.com/', quote: 'the most powerful treaty', date: '2024-10-10' }] },
        { closable: true, theme },
      );
      await expect(el).to.be.accessible();
    });
  }
});
