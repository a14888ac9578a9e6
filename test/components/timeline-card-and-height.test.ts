// The card shows everything and hides nothing, and the timeline is as tall as it needs (issue 12, points 4, 5
// and the card's heading level from 8): the geometry a reader relies on, measured in the browser.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/timeline/define.js';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';
import type { DatelineEventCard } from '../../src/components/event-card/event-card.js';
import { koreaRussia2024 } from '../../src/data/korea-russia-2024.js';
import { HORIZONTAL } from '../../src/layout/geometry.js';
import { renderTimeline } from '../helpers/render-timeline.js';
import { clickLikeAReader, describeBox, intersects, rect, settle } from '../helpers/elements.js';
import { hiddenParts, inViewport } from '../helpers/visibility.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';

const TREATY = 'treaty-signed';

const root = (el: DatelineTimeline) => el.shadowRoot!;
const one = <T extends Element = HTMLElement>(el: DatelineTimeline, selector: string) => root(el).querySelector<T & Element>(selector);
const all = <T extends Element = HTMLElement>(el: DatelineTimeline, selector: string) => [...root(el).querySelectorAll<T & Element>(selector)];
const eventButton = (el: DatelineTimeline, id: string) => one(el, `.event[data-id="${id}"]`)!;

/** The open card: its wrapper in the timeline, the card element, and the parts a reader reads. */
async function openCard(el: DatelineTimeline) {
  const wrapper = one(el, '[part="card"]');
  expect(wrapper, 'the card is open').to.exist;
  const card = wrapper!.querySelector<DatelineEventCard>('dateline-event-card')!;
  await card.updateComplete;
  const part = (selector: string) => card.shadowRoot!.querySelector<HTMLElement>(selector)!;
  return { wrapper: wrapper!, card, title: part('[part="title"]'), summary: part('.summary'), sources: part('[part="sources"]') };
}

const click = clickLikeAReader;

/** Everything drawn on the horizontal chart that a reader reads or aims at: marks, labels, badges and lane names. */
function drawnBoxes(el: DatelineTimeline): { what: string; box: DOMRect }[] {
  return [
    ...all(el, '.event').flatMap((button) => [
      { what: `mark of ${button.dataset.id}`, box: rect(button.querySelector('.mark')!) },
      ...[...button.querySelectorAll('.label')].map((label) => ({ what: `label of ${button.dataset.id}`, box: rect(label) })),
    ]),
    ...all(el, '.cluster').map((cluster) => ({ what: `cluster ${cluster.dataset.key}`, box: rect(cluster) })),
    ...all(el, '[part="lane-label"]').map((label) => ({ what: `lane name ${label.textContent!.trim()}`, box: rect(label) })),
  ];
}

/** The lowest bottom of what the element draws: its header, chart, card and toolbar. */
const contentBottom = (el: DatelineTimeline) => Math.max(...[...one(el, '.frame')!.children].map((child) => rect(child).bottom));

/** The lowest bottom of what the horizontal chart draws in its plot. */
const lowestDrawn = (el: DatelineTimeline) => Math.max(...all(el, '.event, .cluster').map((item) => rect(item).bottom));

/** Where each event stands, relative to the chart: "left,top" by id. */
const eventPlaces = (el: DatelineTimeline) =>
  new Map(
    all(el, '.event[data-id]').map((button) => {
      const box = rect(button);
      const chart = rect(one(el, '.chart')!);
      return [button.dataset.id!, `${Math.round(box.left - chart.left)},${Math.round(box.top - chart.top)}`];
    }),
  );

/**
 * 100 events drawn in a new element 1000 px wide, of this inline style, followed from its first drawing of events:
 * where they stood then, where they stand once settled, and how many updates (each a drawing of every event) came
 * after that first one.
 */
async function followFirstDrawing(style: string): Promise<{ first: Map<string, string> | undefined; atLoad: Map<string, string> | undefined; last: Map<string, string>; updatesAfter: number; el: DatelineTimeline }> {
  const parent = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
  const el = document.createElement('dateline-timeline');
  el.setAttribute('locale', 'en-GB');
  el.style.cssText = style;
  let first: Map<string, string> | undefined;
  /** Where they stood when the element told the page it had read them. */
  let atLoad: Map<string, string> | undefined;
  let updatesAfter = 0;
  el.addEventListener('dateline-load', () => (atLoad = eventPlaces(el)), { once: true });
  el.addController({
    hostUpdated() {
      if (first) updatesAfter += 1;
      else if (all(el, '.event[data-id]').length > 0) first = eventPlaces(el);
    },
  });
  el.events = syntheticEvents(100, { seed: 42, from: '2023-01-01', years: 2, rangeShare: 0.2 });
  parent.append(el);
  await settle(el);
  return { first, atLoad, last: eventPlaces(el), updatesAfter, el };
}

/**
 * The events were drawn once, where they stay: none moved, came or went after the first drawing, no update followed
 * it, and when the element told the page it had read them (`dateline-load`) they stood where they stay.
 */
function expectDrawnOnce({ first, atLoad, last, updatesAfter }: Awaited<ReturnType<typeof followFirstDrawing>>): void {
  expect(first, 'events were drawn').to.exist;
  expect(atLoad && [...atLoad], 'the events where they stay when dateline-load comes').to.deep.equal([...last]);
  expect(last.size, 'events drawn').to.be.greaterThan(20);
  expect([...last].filter(([id, place]) => first!.get(id) !== place).map(([id]) => id), 'moved or added after the first drawing').to.deep.equal([]);
  expect([...first!.keys()].filter((id) => !last.has(id)), 'removed after the first drawing').to.deep.equal([]);
  expect(updatesAfter, 'updates after the first drawing').to.equal(0);
}

describe('<dateline-timeline>: the card and the height', () => {
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 900 });
    window.scrollTo(0, 0);
  });

  afterEach(async () => {
    await resetMouse();
  });

  describe('the card on a desktop (1000 × 600)', () => {
    it('docks beside the plot: it covers no mark, label, badge or lane name, nor the selected mark', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', width: 1000, height: 600, selected: TREATY });
      const { wrapper } = await openCard(el);
      const card = rect(wrapper);
      const drawn = drawnBoxes(el);
      expect(drawn.some((item) => item.what === `mark of ${TREATY}`), 'the treaty is drawn').to.equal(true);
      const covered = drawn.filter((item) => intersects(item.box, card)).map((item) => `${item.what} ${describeBox(item.box)}`);
      expect(covered, `the card ${describeBox(card)} covers`).to.deep.equal([]);
      const chart = rect(one(el, '.chart')!);
      expect(card.left, 'the card is beside the chart, at its inline end').to.be.at.least(chart.right - 0.5);
      expect(card.right, 'inside the element').to.be.at.most(rect(el).right + 0.5);
    });

    it('shows the whole summary and every source without scrolling', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', width: 1000, height: 600, selected: TREATY });
      const { title, summary, sources } = await openCard(el);
      expect(summary.textContent!.trim()).to.equal(koreaRussia2024.events.find((event) => event.id === TREATY)!.summary);
      expect(sources.querySelectorAll('li')).to.have.length(3);
      for (const [name, part] of [['title', title], ['summary', summary], ['sources', sources]] as const) {
        const problems = hiddenParts(part, el);
        expect(problems, `the ${name}: ${problems.join('; ')}`).to.deep.equal([]);
      }
    });

    it('the chart lays out in the width the card leaves, with the selected event in view', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', width: 1000, height: 600 });
      const before = rect(one(el, '.chart')!).width;
      el.selected = TREATY;
      await settle(el);
      const chart = rect(one(el, '.chart')!);
      const card = rect(one(el, '[part="card"]')!);
      expect(chart.width, 'the chart narrows by the card').to.be.at.most(before - card.width + 0.5);
      const plot = rect(one(el, '.plot')!);
      const overflowing = all(el, '.event .label').filter((label) => rect(label).right > plot.right + 1 || rect(label).left < plot.left - 1);
      expect(overflowing.map((label) => label.textContent), 'labels stay inside the narrowed plot').to.deep.equal([]);
      const treaty = rect(eventButton(el, TREATY).querySelector('.mark')!);
      expect(treaty.left, 'the treaty in view').to.be.at.least(plot.left - 0.5);
      expect(treaty.right, 'the treaty in view').to.be.at.most(plot.right + 0.5);
    });

    it('in a right-to-left page, the card docks at the inline end, on the left', async () => {
      const parent = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width:1000px">
        <dateline-timeline locale="ar" lanes="actor" selected=${TREATY} style="height:600px" .events=${koreaRussia2024}></dateline-timeline>
      </div>`);
      const el = parent.querySelector('dateline-timeline')!;
      await settle(el);
      const { wrapper } = await openCard(el);
      expect(rect(wrapper).right, 'the card ends where the chart begins').to.be.at.most(rect(one(el, '.chart')!).left + 0.5);
    });

    it('an open cluster list never covers its cluster', async () => {
      // Four rows of 26 px: the seed folds into "+N" clusters.
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'none', width: 1000, height: 200 });
      const clusters = all(el, '.cluster');
      expect(clusters.length, 'clusters drawn').to.be.greaterThan(0);
      for (const cluster of clusters) {
        cluster.click();
        await settle(el);
        const panel = one(el, '.floating-panel');
        expect(panel?.querySelector('.cluster-list'), `the list of ${cluster.dataset.key}`).to.exist;
        const list = rect(panel!);
        const badge = rect(one(el, `.cluster[data-key="${cluster.dataset.key}"]`)!);
        const plot = rect(one(el, '.plot')!);
        expect(intersects(list, badge), `the list ${describeBox(list)} covers its cluster ${describeBox(badge)}`).to.equal(false);
        expect(list.top >= plot.top - 0.5 && list.bottom <= plot.bottom + 0.5 && list.left >= plot.left - 0.5 && list.right <= plot.right + 0.5, `the list ${describeBox(list)} inside the plot ${describeBox(plot)}`).to.equal(true);
        one<HTMLButtonElement>(el, '.cluster-list .actions button:last-child')!.click();
        await settle(el);
      }
    });
  });

  describe('the card in an article column (680 px)', () => {
    it('opens under the plot, across the element, wholly shown, and comes into view when clicked', async () => {
      // A window too short for the chart and the card together: the card must be brought into view.
      await setViewport({ width: 1280, height: 700 });
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', width: 680 });
      const label = eventButton(el, TREATY).querySelector('.label')!;
      // The event at the foot of the window: its card opens under the fold, and is brought up into view.
      window.scrollBy(0, rect(label).bottom - window.innerHeight + 4);
      expect(inViewport(rect(label)), 'the treaty is in view').to.equal(true);
      const scrolled = window.scrollY;
      await click(label);
      await settle(el);
      const { wrapper, summary, sources } = await openCard(el);
      const card = rect(wrapper);
      const chart = rect(one(el, '.chart')!);
      expect(card.top, 'under the chart').to.be.at.least(chart.bottom - 0.5);
      expect(card.width, 'across the element, within its gutters').to.be.closeTo(chart.width - 32, 1);
      expect(card.bottom, 'inside the element').to.be.at.most(rect(el).bottom + 0.5);
      for (const part of [summary, sources]) expect(hiddenParts(part, el)).to.deep.equal([]);
      expect(inViewport(card), `the card ${describeBox(card)} in the viewport`).to.equal(true);
      expect(window.scrollY, 'the page scrolled to show it').to.be.greaterThan(scrolled);
      expect(drawnBoxes(el).filter((item) => intersects(item.box, card)), 'the card covers nothing drawn').to.deep.equal([]);
    });
  });

  describe('the card on a phone', () => {
    beforeEach(async () => {
      await setViewport({ width: 375, height: 800 });
      window.scrollTo(0, 0);
    });

    it('at 375 × 800 it opens in place, right under the tapped event, in the viewport, and the later events move down', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', width: 375 });
      expect(el.getAttribute('data-layout')).to.equal('vertical');
      const treaty = eventButton(el, TREATY);
      // The event at the foot of the screen: its card opens under the fold, and is brought up with its event.
      window.scrollBy(0, rect(treaty).bottom - window.innerHeight + 4);
      expect(inViewport(rect(treaty)), 'the treaty is in view').to.equal(true);
      const nextId = el.normalizedEvents[Number(treaty.dataset.order) + 1]!.id;
      const scrolled = window.scrollY;
      await click(treaty);
      await settle(el);
      const { wrapper } = await openCard(el);
      const card = rect(wrapper);
      const block = rect(eventButton(el, TREATY));
      expect(card.top - block.bottom, `the card ${describeBox(card)} under its event ${describeBox(block)}`).to.be.within(0, 40);
      expect(inViewport(card), `the card ${describeBox(card)} in the viewport`).to.equal(true);
      expect(inViewport(block), 'its event stays in view').to.equal(true);
      expect(window.scrollY, 'the page scrolled to show them').to.be.greaterThan(scrolled);
      expect(rect(eventButton(el, nextId)).top, 'the next event comes after the card').to.be.at.least(card.bottom);
      const earlier = el.normalizedEvents[Number(treaty.dataset.order) - 1]!.id;
      expect(rect(eventButton(el, earlier)).bottom, 'the event before stays above').to.be.at.most(block.top);
    });

    it('at 375 × 600 in an element 600 px high, the chart scrolls inside itself and shows the card it opens', async () => {
      await setViewport({ width: 375, height: 600 });
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', width: 375, height: 600 });
      const chart = one(el, '.chart')!;
      expect(rect(el).height, 'the element keeps its height').to.be.closeTo(600, 0.5);
      expect(chart.scrollHeight, 'the events need more than the height: the chart scrolls').to.be.greaterThan(chart.clientHeight);
      expect(getComputedStyle(chart).overflowY).to.equal('auto');

      const scrolledPage = window.scrollY;
      el.selected = TREATY;
      await settle(el);
      const { wrapper, title } = await openCard(el);
      const box = rect(chart);
      const card = rect(wrapper);
      expect(card.top, `the card ${describeBox(card)} starts inside the chart ${describeBox(box)}`).to.be.within(box.top, box.bottom - 100);
      expect(rect(title).bottom, 'its title is shown').to.be.at.most(box.bottom);
      expect(rect(eventButton(el, TREATY)).top, 'with its event').to.be.at.least(box.top - 0.5);
      expect(window.scrollY, 'a card opened from code does not scroll the page').to.equal(scrolledPage);
    });

    it('in an element of fixed height, every event is reached by the arrow keys, in view inside the chart, without scrolling the page', async () => {
      await setViewport({ width: 375, height: 600 });
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', width: 375, height: 400 });
      const chart = one(el, '.chart')!;
      const scrolledPage = window.scrollY;
      eventButton(el, el.normalizedEvents[0]!.id).focus();
      for (let order = 1; order < el.normalizedEvents.length; order++) {
        await sendKeys({ press: 'ArrowDown' });
        await settle(el);
        const focused = root(el).activeElement as HTMLElement;
        expect(focused.dataset.order, 'focus moves to the next event').to.equal(String(order));
        const box = rect(chart);
        const shown = rect(focused);
        expect(shown.top, `event ${order} ${describeBox(shown)} in the chart ${describeBox(box)}`).to.be.at.least(box.top - 0.5);
        expect(shown.bottom, `event ${order} ${describeBox(shown)} in the chart ${describeBox(box)}`).to.be.at.most(box.bottom + 0.5);
      }
      expect(window.scrollY, 'the page did not move').to.equal(scrolledPage);
    });
  });

  describe('height', () => {
    it('by default, the seed by actor at 680 px labels every event and the element is as tall as its content', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', width: 680 });
      expect(el.getAttribute('data-layout')).to.equal('horizontal');
      expect(all(el, '.cluster'), 'nothing folded into "+N"').to.have.length(0);
      const labelled = all(el, '.event').filter((button) => button.querySelector('.label'));
      expect(labelled.map((button) => button.dataset.id)).to.have.members(el.normalizedEvents.map((event) => event.id));
      const plot = rect(one(el, '.plot')!);
      const host = rect(el);
      const lowest = lowestDrawn(el);
      expect(lowest, 'every row inside the plot').to.be.at.most(plot.bottom + 0.5);
      expect(plot.bottom - lowest, 'no empty rows under the last').to.be.below(HORIZONTAL.rowHeight);
      expect(host.bottom - contentBottom(el), 'the element ends under what it draws').to.be.within(0, 8);
    });

    it('by default, the first drawing of the events is laid out for the height they want: nothing moves once the chart is measured, and nothing is drawn again', async () => {
      // Once measured, neither the chart nor the element (whose height grew with it) asks for another drawing.
      expectDrawnOnce(await followFirstDrawing(''));
    });

    it('an element of fixed height draws its events once, where they stay: laid out for its measured chart, not for a guess', async () => {
      const followed = await followFirstDrawing('height:500px');
      expect(rect(one(followed.el, '.chart')!).bottom, 'the chart within the element').to.be.at.most(rect(followed.el).bottom + 0.5);
      expectDrawnOnce(followed);
    });

    it('by default, the vertical layout is as tall as its events, with no scrolling inside', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', width: 375 });
      const chart = one(el, '.chart')!;
      expect(chart.scrollHeight, 'the chart does not scroll').to.be.at.most(chart.clientHeight + 1);
      const last = rect(eventButton(el, el.normalizedEvents.at(-1)!.id));
      expect(rect(one(el, '.chart')!).bottom - last.bottom, 'the chart ends under its last event').to.be.within(0, 40);
      expect(rect(el).bottom - contentBottom(el), 'the element ends under what it draws').to.be.within(0, 8);
    });

    const fixedHeights: [string, string, string | undefined][] = [
      ['height: 300px on the element', 'height:300px', undefined],
      ['--dateline-height: 300px', '--dateline-height:300px', undefined],
      ['height: 100% in a parent 300 px high', 'height:100%', 'height:300px'],
      // How pages often style a custom element: its display set, which takes it out of its own flex column.
      ['display: block and height: 300px on the element', 'display:block;height:300px', undefined],
      ['display: inline-block and height: 300px on the element', 'display:inline-block;width:100%;height:300px', undefined],
    ];
    for (const [what, style, parentStyle] of fixedHeights) {
      for (const width of [680, 375]) {
        it(`${what} fixes the element's height at ${width} px wide`, async () => {
          const parent = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px;${parentStyle ?? ''}`}>
            <dateline-timeline locale="en-GB" lanes="actor" style=${style} .events=${koreaRussia2024}></dateline-timeline>
          </div>`);
          const el = parent.querySelector('dateline-timeline')!;
          await settle(el);
          expect(rect(el).height).to.be.closeTo(300, 0.5);
          const chart = rect(one(el, '.chart')!);
          expect(chart.bottom, 'the chart fits inside').to.be.at.most(rect(el).bottom + 0.5);
          // The toolbar under it too, wherever the element has room for the header, the toolbar and the chart's
          // least (the axis and a few rows): at 680 px the header's dek takes two lines, and in Firefox's font the
          // three take 304 of the 300 px.
          const flexible = (part: Element) => part.matches('.chart-row, .chart');
          const least = [...one(el, '.frame')!.children].reduce((sum, part) => sum + (flexible(part) ? parseFloat(getComputedStyle(part).minHeight) || 0 : rect(part).height), 12);
          if (least <= 300) expect(contentBottom(el), 'and so does the toolbar under it').to.be.at.most(rect(el).bottom + 0.5);
          if (width === 680) expect(lowestDrawn(el), 'its rows fit the chart').to.be.at.most(chart.bottom + 0.5);
        });
      }
    }

    it('grows when a docked card is taller than the chart, and fits it again when it closes', async () => {
      const el = await renderTimeline({ events: koreaRussia2024.events.slice(0, 3), width: 1000 });
      const closed = rect(el).height;
      el.selected = koreaRussia2024.events[1]!.id;
      await settle(el);
      const { wrapper, sources } = await openCard(el);
      expect(rect(el).height, 'taller than the three events alone').to.be.greaterThan(closed);
      expect(rect(wrapper).bottom).to.be.at.most(rect(el).bottom + 0.5);
      expect(hiddenParts(sources, el)).to.deep.equal([]);
      el.selected = undefined;
      await settle(el);
      expect(rect(el).height).to.be.closeTo(closed, 0.5);
    });
  });

  describe('heading level', () => {
    it('under a page\'s <h1>, the card\'s title is an <h2> and its sources an <h3>, and axe finds nothing', async () => {
      const page = await fixture<HTMLElement>(html`<div style="width:1000px">
        <h1>North Korea and Russia</h1>
        <dateline-timeline locale="en-GB" lanes="actor" selected=${TREATY} style="height:600px" .events=${koreaRussia2024}></dateline-timeline>
      </div>`);
      const el = page.querySelector('dateline-timeline')!;
      await settle(el);
      const { title, card } = await openCard(el);
      expect(title.localName).to.equal('h2');
      expect(card.shadowRoot!.querySelector('.sources-heading')!.localName).to.equal('h3');
      await expect(page).to.be.accessible();
    });

    it('heading-level="3" under an <h2> makes the title an <h3>, in the horizontal and the vertical layout, and in a cluster\'s list', async () => {
      for (const width of [1000, 375]) {
        const page = await fixture<HTMLElement>(html`<div style=${`width:${width}px`}>
          <h1>World</h1>
          <h2>Korea</h2>
          <dateline-timeline locale="en-GB" heading-level="3" selected=${TREATY} .events=${koreaRussia2024}></dateline-timeline>
        </div>`);
        const el = page.querySelector('dateline-timeline')!;
        await settle(el);
        const { title } = await openCard(el);
        expect(title.localName, `at ${width} px`).to.equal('h3');
        await expect(page).to.be.accessible();
      }
      const el = await renderTimeline({ events: koreaRussia2024, width: 1000, height: 200 });
      el.setAttribute('heading-level', '4');
      one(el, '.cluster')!.click();
      await settle(el);
      expect(one(el, '.cluster-list-heading')!.localName).to.equal('h4');
    });
  });
});
