// Every reader's language (issue 15): the elements speak the language of their `locale`, else of the nearest
// `lang`, loaded on demand; a newsroom renames strings per element or page; and the pseudo-locale, 40% longer,
// draws the seed at a phone's and a desktop's width with no interface text cut.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/timeline/define.js';
import '../../src/components/event-list/define.js';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';
import type { DatelineEventCard } from '../../src/components/event-card/event-card.js';
import type { DatelineEventList } from '../../src/components/event-list/event-list.js';
import { koreaRussia2024 } from '../../src/data/korea-russia-2024.js';
import { loadedLanguage, loadLanguage, setInterfaceStrings } from '../../src/controllers/interface-languages.js';
import type { InterfaceLanguage } from '../../src/model/interface-language.js';
import { countPhrase, ENGLISH_PHRASES, fillPhrase, type Phrases } from '../../src/model/interface-phrases.js';
import { formatCount } from '../../src/model/format-date.js';
import { PAGE_SIZE } from '../../src/controllers/list-paging-controller.js';
import { renderTimeline } from '../helpers/render-timeline.js';
import { describeBox, flatParent, rect, settle } from '../helpers/elements.js';
import { hiddenParts } from '../helpers/visibility.js';
import { readableText } from '../helpers/readable-text.js';

/** A shipped language's phrases, as its module gives them. */
async function phrasesOf(language: Exclude<InterfaceLanguage, 'en'>): Promise<Phrases> {
  await loadLanguage(language);
  return loadedLanguage(language) as Phrases;
}

const shadow = (el: Element) => el.shadowRoot!;
const texts = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

/** Draws once the element's language has arrived: the load is the event the element waits for too. */
async function drawnIn<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T, language: InterfaceLanguage): Promise<T> {
  await loadLanguage(language);
  await settle(el);
  return el;
}

describe('the interface in the reader\'s language', () => {
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('speaks Korean with locale="ko": the legend, the toolbar and its names, the chart\'s description', async () => {
    const ko = await phrasesOf('ko');
    const el = await drawnIn(await renderTimeline({ events: koreaRussia2024, locale: 'ko' }), 'ko');
    expect(texts(el, '.legend li')).to.include.members([ko.statusConfirmed, ko.statusAlleged, ko.contested]);
    const toolbar = shadow(el).querySelector('[part="controls"]')!;
    expect(toolbar.getAttribute('aria-label')).to.equal(ko.zoomToolbar);
    expect(toolbar.querySelector('.fit')!.textContent!.trim()).to.equal(ko.fit);
    expect(toolbar.querySelector('button')!.getAttribute('aria-label')).to.equal(ko.zoomIn);
    expect(shadow(el).querySelector('[aria-roledescription]')!.getAttribute('aria-roledescription')).to.equal(ko.timelineRole);
    const events = shadow(el).querySelector('ul.events')!.getAttribute('aria-label')!;
    expect(events.startsWith(ko.eventsInView.split('{total}')[0]!)).to.equal(true, events);
    expect(shadow(el).textContent).to.not.include('Confirmed');
  });

  it('follows the nearest lang, through a region (pt-BR) to its language, and tells the card inside', async () => {
    const pt = await phrasesOf('pt');
    const parent = await fixture<HTMLDivElement>(html`<div lang="pt-BR" style="width:1000px">
      <dateline-timeline selected="donetsk-strike" .events=${koreaRussia2024}></dateline-timeline>
    </div>`);
    const el = await drawnIn(parent.querySelector<DatelineTimeline>('dateline-timeline')!, 'pt');
    expect(texts(el, '.legend li')).to.include(pt.statusAlleged);
    const card = shadow(el).querySelector<DatelineEventCard>('dateline-event-card')!;
    await card.updateComplete;
    expect(shadow(card).querySelector('.close')!.getAttribute('aria-label')).to.equal(pt.close);
    expect(texts(card, '.sources-heading')).to.deep.equal([pt.sourcesHeading]);
  });

  it('speaks Russian in the list, its count phrases by Russian plural rules', async () => {
    const ru = await phrasesOf('ru');
    // A page of 1,000 is listed; the button offers the next 1,000 of the 1,025 not shown... of 2,025 events.
    const many = Array.from({ length: PAGE_SIZE * 2 + 25 }, (_, index) => ({ id: `e${index}`, title: `Событие ${index}`, start: `2024-01-${String((index % 28) + 1).padStart(2, '0')}` }));
    const list = await fixture<DatelineEventList>(html`<dateline-event-list locale="ru" .events=${many}></dateline-event-list>`);
    await drawnIn(list, 'ru');
    const button = shadow(list).querySelector('[part="show-more"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(readableText(button)).to.include(readableText(countPhrase(ru.showMore, PAGE_SIZE, 'ru')));
    expect(readableText(button)).to.include(readableText(formatCount(PAGE_SIZE + 25, 'ru')));
    expect(countPhrase(ru.showMore, 1000, 'ru'), 'many (1000) and one (21) are different forms').to.not.equal(countPhrase(ru.showMore, 21, 'ru').replace('21', '1000'));
  });

  it('has its language drawn once `updateComplete` resolves, its words fetched on the way, nothing left hidden', async () => {
    // Italian is asked for by no other test in this page: the element fetches it itself.
    const el = await renderTimeline({ events: koreaRussia2024, locale: 'it-CH' });
    const it = loadedLanguage('it') as Phrases;
    expect(it, 'the Italian words were fetched').to.not.equal(undefined);
    expect(texts(el, '.legend li')).to.include(it.statusConfirmed);
    expect(shadow(el).querySelector('.frame')!.classList.contains('awaits-language')).to.equal(false);
    expect(getComputedStyle(shadow(el).querySelector('.frame')!).visibility).to.equal('visible');
  });

  it('names the Control key as German keyboards print it in the zoom hint: "Strg"', async () => {
    const de = await phrasesOf('de');
    const el = await drawnIn(await renderTimeline({ events: koreaRussia2024, locale: 'de' }), 'de');
    const plot = rect(shadow(el).querySelector('.plot')!);
    shadow(el).querySelector('.chart')!.dispatchEvent(
      new WheelEvent('wheel', { bubbles: true, cancelable: true, composed: true, deltaY: 120, clientX: plot.left + plot.width / 2, clientY: plot.top + plot.height / 2 }),
    );
    await settle(el);
    const mac = /mac/i.test((navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform || navigator.platform);
    const hint = shadow(el).querySelector('.zoom-hint')!.textContent!.trim();
    expect(de.ctrlKey).to.equal('Strg');
    expect(hint).to.equal(fillPhrase(de.zoomHint, { key: mac ? '⌘' : 'Strg' }));
  });

  it('shows English for a language not shipped, and in a page that does not say', async () => {
    const el = await renderTimeline({ events: koreaRussia2024, locale: 'sw' });
    expect(texts(el, '.legend li')).to.include(ENGLISH_PHRASES.statusConfirmed);
  });

  it('takes a newsroom\'s own words on one element (strings), and on the page (setInterfaceStrings), by language', async () => {
    const parent = await fixture<HTMLDivElement>(html`<div style="width:1000px">
      <dateline-timeline id="own" locale="en-GB" strings='{"statusReported": "Unverified", "nonsense": "ignored"}' .events=${koreaRussia2024}></dateline-timeline>
      <dateline-timeline id="plain" locale="en-GB" .events=${koreaRussia2024}></dateline-timeline>
      <dateline-timeline id="french" locale="fr" .events=${koreaRussia2024}></dateline-timeline>
    </div>`);
    const [own, plain, french] = ['own', 'plain', 'french'].map((id) => parent.querySelector<DatelineTimeline>(`#${id}`)!);
    await Promise.all([settle(own!), settle(plain!), drawnIn(french!, 'fr')]);
    expect(texts(own!, '.legend li')).to.include('Unverified');
    expect(texts(plain!, '.legend li')).to.include('Reported');
    try {
      setInterfaceStrings({ statusAlleged: 'Claimed' }, 'en');
      await Promise.all([own, plain, french].map((el) => settle(el!)));
      expect(texts(own!, '.legend li')).to.include.members(['Unverified', 'Claimed']);
      expect(texts(plain!, '.legend li')).to.include('Claimed');
      const fr = await phrasesOf('fr');
      expect(texts(french!, '.legend li'), 'a renaming for English leaves French as it is').to.include(fr.statusAlleged);
    } finally {
      setInterfaceStrings({ statusAlleged: ENGLISH_PHRASES.statusAlleged }, 'en');
    }
  });

  it('ignores a strings attribute that is not a JSON object, with a warning, and draws', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const parent = await fixture<HTMLDivElement>(html`<div style="width:1000px"><dateline-timeline strings="{oops" .events=${koreaRussia2024}></dateline-timeline></div>`);
      const el = parent.querySelector<DatelineTimeline>('dateline-timeline')!;
      await settle(el);
      expect(texts(el, '.legend li')).to.include('Confirmed');
      expect(String(warnings[0])).to.include('strings="{oops"');
    } finally {
      console.warn = warn;
    }
  });
});

/** The interface's texts in an element's shadow root (not the data's): what the pseudo-locale makes longer. */
const INTERFACE_TEXT = ['.legend li', '[part="controls"] button', '.as-of', '.updated', '.state', '.nearest', '.gap-marker', '.actions .page', '.history-heading', '.sources-heading', '.facts dt', '.close', '.status-text'].join(', ');

/** What of an interface text is cut: by its own box (text wider than it) or by an ancestor's, up to the host. */
function cutTexts(host: Element): string[] {
  const problems: string[] = [];
  for (const node of shadow(host).querySelectorAll<HTMLElement>(INTERFACE_TEXT)) {
    if (node.getClientRects().length === 0) continue;
    if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible') problems.push(`"${node.textContent!.trim()}" is wider than its box`);
    problems.push(...hiddenParts(node, host).map((problem) => `"${node.textContent!.trim()}": ${problem}`));
    const box = rect(node);
    const hostBox = rect(host);
    if (box.left < hostBox.left - 1 || box.right > hostBox.right + 1) problems.push(`"${node.textContent!.trim()}" ${describeBox(box)} leaves the element ${describeBox(hostBox)}`);
  }
  return problems;
}

describe('the pseudo-locale (accented, 40% longer)', () => {
  for (const width of [375, 1000]) {
    it(`draws the seed at ${width} px with no interface text cut, its card open`, async () => {
      await setViewport({ width: Math.max(width, 400), height: 900 });
      const el = await drawnIn(await renderTimeline({ events: koreaRussia2024, locale: 'en-XA', width, selected: 'donetsk-strike', lanes: 'actor' }), 'en-XA');
      const legend = texts(el, '.legend li');
      expect(legend.length, 'the legend is drawn').to.be.at.least(2);
      for (const entry of legend) expect(entry).to.match(/^\[.*\]$/);
      const card = shadow(el).querySelector<DatelineEventCard>('dateline-event-card')!;
      await card.updateComplete;
      expect(cutTexts(el)).to.deep.equal([]);
      expect(cutTexts(card)).to.deep.equal([]);
      expect(flatParent(card), 'the card is drawn inside the element').to.not.equal(null);
    });
  }
});

/** Elements whose text is the data's (titles, summaries, names, sources) or Intl's (dates, numbers), not the interface's. */
const DATA_TEXT = [
  '.label', '[part="title"]', '.title', '.summary', '.dataset-title', '.dek', '.credit', '.source-name', '.source-quote',
  'time', '.tick', '[part="lane-label"]', '.facts dd', '.axis-break-label', '.era', '.claim-note', '.when', '.date', 'code',
  '.cluster span', '.year-heading', '.month-heading',
].join(', ');

/** The interface's words in an element's shadow roots (and those of the elements it draws): texts and accessible names. */
function interfaceWords(host: Element): string[] {
  const found: string[] = [];
  const visit = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        if (node.shadowRoot) visit(node.shadowRoot);
        for (const name of ['aria-label', 'title', 'aria-roledescription']) {
          const value = node.getAttribute(name);
          // An event's and the chart's names are the data's (its title); a break's title is Intl's "22 years".
          if (value && !node.matches('.event, .chart-row, .vertical-chart') && !node.closest(DATA_TEXT)) found.push(`${name}: ${value}`);
        }
      } else if (node.textContent!.trim() && !node.parentElement?.closest(DATA_TEXT)) {
        if (node.parentElement?.closest('style')) continue;
        found.push(node.textContent!.trim());
      }
    }
  };
  visit(host.shadowRoot!);
  return found;
}

describe('no English left in the interface', () => {
  for (const [width, selected] of [[1000, 'donetsk-strike'], [375, 'treaty-signed']] as const) {
    it(`speaks only the pseudo-locale at ${width} px, card open: every interface text and name is translated`, async () => {
      await setViewport({ width: Math.max(width, 400), height: 900 });
      const el = await drawnIn(await renderTimeline({ events: koreaRussia2024, locale: 'en-XA', width, selected, lanes: 'actor' }), 'en-XA');
      const card = shadow(el).querySelector<DatelineEventCard>('dateline-event-card')!;
      await card.updateComplete;
      const words = interfaceWords(el);
      expect(words.length, 'the interface was read').to.be.at.least(15);
      expect(words.filter((text) => /[a-z]{2}/i.test(text.replace(/^[\w-]+: /, '')) && !text.includes('['))).to.deep.equal([]);
    });
  }

  it('speaks only the pseudo-locale in the list, an event open', async () => {
    const list = await fixture<DatelineEventList>(html`<dateline-event-list locale="en-XA" selected="donetsk-strike" .events=${koreaRussia2024}></dateline-event-list>`);
    await drawnIn(list, 'en-XA');
    const words = interfaceWords(list);
    expect(words.length, 'the interface was read').to.be.at.least(5);
    expect(words.filter((text) => /[a-z]{2}/i.test(text.replace(/^[\w-]+: /, '')) && !text.includes('['))).to.deep.equal([]);
  });
});
