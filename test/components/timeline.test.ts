import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/timeline/define.js';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';
import type { DatelineEventCard } from '../../src/components/event-card/event-card.js';
import { koreaRussia2024 } from '../../src/data/korea-russia-2024.js';
import { formatEventDate } from '../../src/model/format-date.js';
import type { TimelineEvent } from '../../src/model/schema.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';
import { readableText as plain } from '../helpers/readable-text.js';
import { consoleWarnings } from '../helpers/console-warnings.js';
import { expectNoCollisions } from '../helpers/collisions.js';
import { renderTimeline as renderTimelineIn } from '../helpers/render-timeline.js';
import { center, clickLikeAReader, describeBox, frame, nextEvent, record, rect, settle, watchErrors, withoutUncaughtErrors } from '../helpers/elements.js';
import { BAD_EVENTS, GOOD_EVENTS } from '../fixtures/good-and-bad-events.js';

// ——— helpers ———

type Events = TimelineEvent[] | { title?: string; events: TimelineEvent[] };

interface TimelineProps {
  events?: Events;
  lanes?: 'none' | 'actor' | 'category';
  orientation?: 'auto' | 'horizontal' | 'vertical';
  locale?: string;
  /** Width of the containing block, in pixels (default 1000). */
  width?: number;
  /** Height of the timeline, in pixels (default 600); `null` leaves it to the element. */
  height?: number | null;
}

const SEED_COUNT = koreaRussia2024.events.length;

/** A timeline in a box 1000 px wide, 600 px high unless `height: null` leaves the height to the element. */
const renderTimeline = (props: TimelineProps = {}) =>
  renderTimelineIn({ ...props, height: props.height === null ? undefined : (props.height ?? 600) });

const root = (el: DatelineTimeline) => el.shadowRoot!;
const all = <T extends Element = HTMLElement>(el: DatelineTimeline, selector: string) => [...root(el).querySelectorAll<T & Element>(selector)] as T[];
const one = <T extends Element = HTMLElement>(el: DatelineTimeline, selector: string) => root(el).querySelector(selector) as T | null;

/**
 * A button's accessible name, near enough for these checks: its aria-label; or the text of what its
 * aria-labelledby names, in order (its own text without hidden parts where it names itself, a hidden part's text
 * where that is named); or else its text (which includes visually hidden text). Comma-separated parts, whitespace
 * collapsed.
 */
const nameOf = (element: Element): string => {
  const label = element.getAttribute('aria-label');
  if (label !== null) return plain(label);
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean);
  if (!ids) return plain(element.textContent);
  const rootNode = element.getRootNode() as ShadowRoot | Document;
  const shownText = (node: Node): string => {
    if (node instanceof HTMLElement && node.hidden) return '';
    return node.nodeType === Node.TEXT_NODE ? node.textContent! : [...node.childNodes].map(shownText).join('');
  };
  const textOf = (id: string) => {
    const named = rootNode.getElementById(id);
    return named === element ? shownText(element) : (named?.textContent ?? '');
  };
  return plain(ids.map(textOf).join(' '));
};

const eventButton = (el: DatelineTimeline, id: string) => one<HTMLButtonElement>(el, `.event[data-id="${id}"]`);
const drawnIds = (el: DatelineTimeline) => all(el, '.event[data-id]').map((button) => button.dataset.id!);
/** How many events are folded into "+N" clusters. */
const clusteredCount = (el: DatelineTimeline, selector = '.cluster') =>
  all(el, `${selector} .cluster-badge`).reduce((sum, badge) => sum + Number(/\+(\d+)/.exec(badge.textContent ?? '')![1]), 0);
/** Ids of events folded into clusters, read from the clusters' `data-orders`. */
const clusteredIds = (el: DatelineTimeline) =>
  all(el, '.cluster').flatMap((cluster) => cluster.dataset.orders!.split(' ').map((order) => el.normalizedEvents[Number(order)]!.id));

const span = (range: { start: Date; end: Date }) => range.end.getTime() - range.start.getTime();

// Intl puts thin and narrow no-break spaces in dates; compare on plain spaces.

const wheel = (init: WheelEventInit) => new WheelEvent('wheel', { bubbles: true, cancelable: true, composed: true, ...init });

/** Dispatches a wheel event over the middle of the chart and returns it. */
function wheelOverChart(el: DatelineTimeline, init: WheelEventInit): WheelEvent {
  const chart = one(el, '.chart')!;
  const { x, y } = center(rect(chart));
  const event = wheel({ clientX: x, clientY: y, ...init });
  chart.dispatchEvent(event);
  return event;
}

/** The time-order positions of the focused event, or of all events in the focused cluster. */
function focusedOrders(el: DatelineTimeline): number[] {
  const focused = root(el).activeElement as HTMLElement | null;
  if (!focused) return [];
  if (focused.classList.contains('event')) {
    const order = Number(focused.dataset.order);
    expect(focused.dataset.id, 'data-id of the focused event').to.equal(el.normalizedEvents[order]!.id);
    return [order];
  }
  if (focused.classList.contains('cluster')) return focused.dataset.orders!.split(' ').map(Number);
  return [];
}

const tabStops = (el: DatelineTimeline) => all(el, '.event, .cluster').filter((button) => button.getAttribute('tabindex') === '0');

async function press(key: string) {
  await sendKeys({ press: key });
}

const click = clickLikeAReader;

const openCard = (el: DatelineTimeline) => one<DatelineEventCard>(el, '[part="card"] dateline-event-card');

/** The seed timeline by actor, zoomed to June 2024, with the treaty's card opened by a click on its label. */
async function treatyCardOpenedByClick(): Promise<DatelineTimeline> {
  const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
  el.zoomTo('2024-06-01', '2024-06-30');
  await settle(el);
  await click(eventButton(el, 'treaty-signed')!.querySelector('.label')!);
  await settle(el);
  return el;
}
async function cardTitle(el: DatelineTimeline) {
  const card = openCard(el);
  if (!card) return undefined;
  await card.updateComplete;
  return plain(card.shadowRoot!.querySelector('[part="title"]')?.textContent);
}


// ——— tests ———

describe('<dateline-timeline>', () => {
  before(async () => {
    // Room for the 1000 px timelines, so real mouse clicks reach every part of them.
    await setViewport({ width: 1280, height: 900 });
  });

  afterEach(async () => {
    await resetMouse();
  });

  describe('rendering the seed dataset', () => {
    it('after fit(), shows every event, drawn or counted in a cluster, inside the chart', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      el.fit();
      await settle(el);

      expect(el.getAttribute('data-layout')).to.equal('horizontal');
      expect(el.normalizedEvents).to.have.length(SEED_COUNT);
      const drawn = drawnIds(el);
      expect(drawn.length + clusteredCount(el), 'drawn + clustered').to.equal(SEED_COUNT);
      expect(new Set([...drawn, ...clusteredIds(el)])).to.deep.equal(new Set(koreaRussia2024.events.map((event) => event.id)));

      const chart = rect(one(el, '.chart')!);
      for (const id of drawn) {
        const mark = rect(eventButton(el, id)!.querySelector('.mark')!);
        const where = `${id} ${describeBox(mark)} in chart ${describeBox(chart)}`;
        expect(mark.left, where).to.be.at.least(chart.left - 1);
        expect(mark.right, where).to.be.at.most(chart.right + 1);
        expect(mark.top, where).to.be.at.least(chart.top - 1);
        expect(mark.bottom, where).to.be.at.most(chart.bottom + 1);
      }
      // The lanes are the first actors, each named once.
      const laneNames = all(el, '[part="lane-label"]').map((label) => plain(label.textContent));
      expect(new Set(laneNames)).to.deep.equal(new Set(koreaRussia2024.events.map((event) => event.actors![0])));
    });
  });

  describe('labels do not overlap', () => {
    for (const lanes of ['actor', 'none'] as const) {
      it(`in the seed with lanes="${lanes}"`, async () => {
        const el = await renderTimeline({ events: koreaRussia2024, lanes });
        expectNoCollisions(el);
      });

      it(`in the seed zoomed into October 2024 with lanes="${lanes}"`, async () => {
        const el = await renderTimeline({ events: koreaRussia2024, lanes });
        el.zoomTo('2024-09-28', '2024-10-12');
        await settle(el);
        expectNoCollisions(el);
      });

      it(`in 60 synthetic events with lanes="${lanes}"`, async () => {
        const el = await renderTimeline({ events: syntheticEvents(60, { seed: 11 }), lanes, height: 360 });
        expect(drawnIds(el).length + clusteredCount(el), 'drawn + clustered').to.equal(60);
        expectNoCollisions(el);
      });

      it(`in 300 synthetic events with lanes="${lanes}": every event a label, a mark or in a count`, async () => {
        const el = await renderTimeline({ events: syntheticEvents(300, { seed: 11 }), lanes });
        // Events drawn one by one, and those of crowded lanes, each a small mark under its bin's count.
        // The crowd's canvas says how many marks it painted (crowd-canvas.test.ts checks they are where the layout puts them).
        const crowdMarks = Number(root(el).querySelector<HTMLCanvasElement>('canvas.crowd')?.dataset.marks ?? 0);
        expect(drawnIds(el).length + crowdMarks + clusteredCount(el, '.cluster:not(.column)'), 'drawn + in crowds + clustered').to.equal(300);
        expect(all(el, '.column').reduce((sum, column) => sum + Number(column.dataset.count), 0) + drawnIds(el).length + clusteredCount(el, '.cluster:not(.column)'), 'counted').to.be.at.least(300);
        if (all(el, '.label').length > 0) expectNoCollisions(el);
      });
    }
  });

  describe('marks', () => {
    it('draws a month-precision event as a band from the 1st of its month to the 1st of the next', async () => {
      const el = await renderTimeline({
        events: [
          { id: 'june', title: 'Sometime in June', start: '2024-06' },
          { id: 'first-of-june', title: 'First of June', start: '2024-06-01' },
          { id: 'first-of-july', title: 'First of July', start: '2024-07-01' },
        ],
      });
      const band = eventButton(el, 'june')!.querySelector('.mark')!;
      expect(band.classList.contains('band'), band.className).to.equal(true);
      const june1 = center(rect(eventButton(el, 'first-of-june')!.querySelector('.mark.point')!)).x;
      const july1 = center(rect(eventButton(el, 'first-of-july')!.querySelector('.mark.point')!)).x;
      expect(july1 - june1, 'June is wide enough to measure').to.be.greaterThan(100);
      expect(rect(band).left).to.be.closeTo(june1, 2);
      expect(rect(band).right).to.be.closeTo(july1, 2);
    });

    it('draws a year as a band, a two-day range as a bar and a single day as a point', async () => {
      const el = await renderTimeline({
        events: [
          { id: 'year', title: 'That year', start: '2023' },
          { id: 'two-days', title: 'Two days', start: '2024-03-10', end: '2024-03-11' },
          { id: 'one-day', title: 'One day', start: '2024-05-20' },
          { id: 'one-minute', title: 'One minute', start: '2024-08-01T10:30+09:00' },
        ],
      });
      const kind = (id: string) => [...eventButton(el, id)!.querySelector('.mark')!.classList].filter((name) => name !== 'mark');
      expect(kind('year')).to.deep.equal(['band']);
      expect(kind('two-days')).to.deep.equal(['bar']);
      expect(kind('one-day')).to.deep.equal(['point']);
      expect(kind('one-minute')).to.deep.equal(['point']);
      // The bar is as long as two days, measured on the year's band (365 days).
      const bar = rect(eventButton(el, 'two-days')!.querySelector('.mark')!);
      const year = rect(eventButton(el, 'year')!.querySelector('.mark')!);
      expect(bar.width).to.be.closeTo((year.width * 2) / 365, 2);
    });
  });

  describe('zoomTo()', () => {
    it('shows only the events in the window, sets visibleRange, and fires no dateline-range-change', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      const changes = record(el, 'dateline-range-change');
      el.zoomTo('2024-10-01', '2024-10-31');
      await settle(el);

      expect(el.visibleRange.start.toISOString()).to.equal('2024-10-01T00:00:00.000Z');
      expect(el.visibleRange.end.toISOString()).to.equal('2024-11-01T00:00:00.000Z');
      const october = el.normalizedEvents.filter((event) => event.start >= new Date('2024-10-01T00:00Z') && event.start < new Date('2024-11-01T00:00Z'));
      const shown = [...drawnIds(el), ...clusteredIds(el)];
      expect(new Set(shown)).to.deep.equal(new Set(october.map((event) => event.id)));
      expect(shown).to.have.length(7);
      expect(changes).to.have.length(0);
    });
  });

  describe('start and end', () => {
    it('set the first window, inclusive of the end\'s month, and fire no dateline-range-change', async () => {
      const parent = await fixture<HTMLDivElement>(html`
        <div style="width:1000px;height:600px">
          <dateline-timeline locale="en-GB" start="2024-06" end="2024-10" style="height:600px" .events=${koreaRussia2024}></dateline-timeline>
        </div>
      `);
      const el = parent.querySelector('dateline-timeline')!;
      const changes = record(el, 'dateline-range-change');
      await settle(el);
      expect(el.visibleRange.start.toISOString()).to.equal('2024-06-01T00:00:00.000Z');
      expect(el.visibleRange.end.toISOString()).to.equal('2024-11-01T00:00:00.000Z');
      expect(drawnIds(el)).not.to.include('putin-visit-2000');
      expect(drawnIds(el)).to.include('treaty-signed');
      expect(changes).to.have.length(0);
    });
  });

  describe('wheel', () => {
    it('ctrl + wheel zooms in, prevents the page zoom and fires dateline-range-change', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      const before = el.visibleRange;
      const changed = nextEvent(el, 'dateline-range-change');
      const event = wheelOverChart(el, { deltaY: -100, ctrlKey: true });
      expect(event.defaultPrevented).to.equal(true);
      const { detail } = await changed;
      expect(detail.start).to.be.instanceOf(Date);
      expect(detail.end).to.be.instanceOf(Date);
      expect(span(el.visibleRange)).to.be.lessThan(span(before));
      expect(detail.start.getTime()).to.equal(el.visibleRange.start.getTime());
      expect(detail.end.getTime()).to.equal(el.visibleRange.end.getTime());
    });

    it('a plain vertical wheel is left to the page: no zoom, not prevented, nothing fired', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      const before = el.visibleRange;
      const changes = record(el, 'dateline-range-change');
      const event = wheelOverChart(el, { deltaY: 120 });
      expect(event.defaultPrevented).to.equal(false);
      await frame();
      await frame();
      await el.updateComplete;
      expect(changes).to.have.length(0);
      expect(el.visibleRange).to.deep.equal(before);
    });

    it('shift + wheel pans: same span, later start', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      el.zoomTo('2024-01-01', '2024-06-30');
      await settle(el);
      const before = el.visibleRange;
      const changed = nextEvent(el, 'dateline-range-change');
      const event = wheelOverChart(el, { deltaY: 100, shiftKey: true });
      expect(event.defaultPrevented).to.equal(true);
      await changed;
      expect(span(el.visibleRange)).to.be.closeTo(span(before), 1);
      expect(el.visibleRange.start.getTime()).to.be.greaterThan(before.start.getTime());
    });

    it('a horizontal wheel pans too', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      el.zoomTo('2024-01-01', '2024-06-30');
      await settle(el);
      const before = el.visibleRange;
      const changed = nextEvent(el, 'dateline-range-change');
      const event = wheelOverChart(el, { deltaX: -100 });
      expect(event.defaultPrevented).to.equal(true);
      await changed;
      expect(span(el.visibleRange)).to.be.closeTo(span(before), 1);
      expect(el.visibleRange.start.getTime()).to.be.lessThan(before.start.getTime());
    });
  });

  describe('zoom buttons', () => {
    const button = (el: DatelineTimeline, name: string) =>
      all<HTMLButtonElement>(el, '[part="controls"] button').find((candidate) => nameOf(candidate) === name)!;

    it('"Zoom in" narrows the window and fires dateline-range-change', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      const before = el.visibleRange;
      const changed = nextEvent(el, 'dateline-range-change');
      button(el, 'Zoom in').click();
      const { detail } = await changed;
      expect(span(el.visibleRange)).to.be.lessThan(span(before));
      expect(detail.start.getTime()).to.equal(el.visibleRange.start.getTime());
    });

    it('"Zoom out" widens the window and fires dateline-range-change', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      const before = el.visibleRange;
      const changed = nextEvent(el, 'dateline-range-change');
      button(el, 'Zoom out').click();
      await changed;
      expect(span(el.visibleRange)).to.be.greaterThan(span(before));
    });

    it('"Fit" shows every event again and fires dateline-range-change', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      const fitted = el.visibleRange;
      el.zoomTo('2012-01-01', '2012-02-01');
      await settle(el);
      expect(drawnIds(el)).to.have.length(0);
      const changed = nextEvent(el, 'dateline-range-change');
      button(el, 'Fit').click();
      await changed;
      await settle(el);
      expect(el.visibleRange).to.deep.equal(fitted);
      expect(drawnIds(el).length + clusteredCount(el)).to.equal(SEED_COUNT);
    });
  });

  describe('selecting', () => {
    it('a click selects the event: attribute, dateline-select, selected part and an open card', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      el.zoomTo('2024-06-01', '2024-06-30');
      await settle(el);
      const target = eventButton(el, 'treaty-signed')!;
      const selected = nextEvent(el, 'dateline-select');
      await click(target.querySelector('.label')!);
      const { detail } = await selected;
      await settle(el);

      expect(detail.event).to.equal(el.normalizedEvents.find((event) => event.id === 'treaty-signed'));
      expect(detail.event.start).to.be.instanceOf(Date);
      expect(el.getAttribute('selected')).to.equal('treaty-signed');
      expect(eventButton(el, 'treaty-signed')!.getAttribute('part')).to.equal('event selected');
      expect(eventButton(el, 'treaty-signed')!.getAttribute('aria-current')).to.equal('true');
      expect(all(el, '[part~="selected"]')).to.have.length(1);
      expect(await cardTitle(el)).to.equal('Putin and Kim sign mutual-defence treaty');
    });

    it('setting selected from code selects without firing dateline-select', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      const selects = record(el, 'dateline-select');
      el.selected = 'kremlin-denial';
      await settle(el);
      expect(el.getAttribute('selected')).to.equal('kremlin-denial');
      expect(await cardTitle(el)).to.equal('Kremlin calls troop report “one more fake”');
      expect(selects).to.have.length(0);
    });

    it('Escape on the event closes the card and keeps focus on the event', async () => {
      const el = await treatyCardOpenedByClick();
      expect(openCard(el)).to.exist;

      const deselected = nextEvent(el, 'dateline-deselect');
      await press('Escape');
      expect((await deselected).detail.event.id, 'dateline-deselect names the closed event').to.equal('treaty-signed');
      await settle(el);
      expect(openCard(el)).to.equal(null);
      expect(el.hasAttribute('selected')).to.equal(false);
      expect(root(el).activeElement).to.equal(eventButton(el, 'treaty-signed'));
    });

    it('Escape inside the card closes it and returns focus to the event', async () => {
      const el = await treatyCardOpenedByClick();
      const card = openCard(el)!;
      await card.updateComplete;
      const close = card.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!;
      close.focus();
      expect(card.shadowRoot!.activeElement).to.equal(close);

      await press('Escape');
      await settle(el);
      expect(openCard(el)).to.equal(null);
      expect(el.hasAttribute('selected')).to.equal(false);
      expect(root(el).activeElement).to.equal(eventButton(el, 'treaty-signed'));
    });

    it('the card\'s close button closes it and returns focus to the event', async () => {
      const el = await treatyCardOpenedByClick();
      const card = openCard(el)!;
      await card.updateComplete;
      const deselects = record(el, 'dateline-deselect');
      await click(card.shadowRoot!.querySelector('[part="close-button"]')!);
      await settle(el);
      expect(openCard(el)).to.equal(null);
      expect(root(el).activeElement).to.equal(eventButton(el, 'treaty-signed'));
      expect(deselects.map((event) => event.detail.event.id)).to.deep.equal(['treaty-signed']);
    });

    it('clearing selected from code, or selecting another event, fires no dateline-deselect', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      el.zoomTo('2024-06-01', '2024-06-30');
      await settle(el);
      const deselects = record(el, 'dateline-deselect');
      await click(eventButton(el, 'treaty-signed')!.querySelector('.label')!);
      await settle(el);
      await click(eventButton(el, 'putin-visit-2024')!.querySelector('.label')!);
      await settle(el);
      expect(el.selected).to.equal('putin-visit-2024');
      el.selected = undefined;
      await settle(el);
      expect(openCard(el)).to.equal(null);
      expect(deselects).to.have.length(0);
    });

    it('Enter on a focused event opens its card', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      el.zoomTo('2024-06-01', '2024-06-30');
      await settle(el);
      const target = eventButton(el, 'putin-visit-2024')!;
      target.focus();
      const selected = nextEvent(el, 'dateline-select');
      await press('Enter');
      const { detail } = await selected;
      await settle(el);
      expect(detail.event.id).to.equal('putin-visit-2024');
      expect(el.selected).to.equal('putin-visit-2024');
      expect(await cardTitle(el)).to.equal(plain(koreaRussia2024.events.find((event) => event.id === 'putin-visit-2024')!.title));
    });
  });

  describe('keyboard', () => {
    it('has one tab stop for all the events', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      expect(tabStops(el)).to.have.length(1);
      expect(all(el, '.event, .cluster').length).to.be.greaterThan(1);
    });

    it('arrows, Home and End move focus through the events in time order', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      const last = el.normalizedEvents.length - 1;
      tabStops(el)[0]!.focus();
      expect(focusedOrders(el)).to.include(0);

      await press('ArrowRight');
      await settle(el);
      expect(focusedOrders(el)).to.include(1);
      await press('ArrowRight');
      await settle(el);
      expect(focusedOrders(el)).to.include(2);
      await press('ArrowLeft');
      await settle(el);
      expect(focusedOrders(el)).to.include(1);
      await press('End');
      await settle(el);
      expect(focusedOrders(el)).to.include(last);
      await press('Home');
      await settle(el);
      expect(focusedOrders(el)).to.include(0);
      // The tab stop follows focus.
      expect(tabStops(el)).to.deep.equal([root(el).activeElement]);
    });

    it('with the events drawn one by one, each arrow press focuses the next event', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      el.zoomTo('2024-09-30', '2024-10-11');
      await settle(el);
      const shown = el.normalizedEvents.filter((event) => event.start >= new Date('2024-10-01T00:00Z'));
      expect(new Set(drawnIds(el))).to.deep.equal(new Set(shown.map((event) => event.id)));
      eventButton(el, shown[0]!.id)!.focus();
      for (const event of shown.slice(1)) {
        await press('ArrowRight');
        await settle(el);
        expect((root(el).activeElement as HTMLElement | null)?.dataset.id).to.equal(event.id);
      }
    });

    it('moving to an event out of view pans to it and fires dateline-range-change', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      el.zoomTo('2000-07-01', '2000-08-31');
      await settle(el);
      expect(drawnIds(el)).to.deep.equal(['putin-visit-2000']);
      eventButton(el, 'putin-visit-2000')!.focus();
      const changed = nextEvent(el, 'dateline-range-change');
      await press('End');
      const { detail } = await changed;
      await settle(el);
      const lastEvent = el.normalizedEvents[el.normalizedEvents.length - 1]!;
      const { start, end } = el.visibleRange;
      expect(lastEvent.start.getTime()).to.be.within(start.getTime(), end.getTime());
      expect(detail.start.getTime()).to.equal(start.getTime());
      expect((root(el).activeElement as HTMLElement | null)?.dataset.id).to.equal(lastEvent.id);
    });

    it('focus is never lost: zooming out folds the focused event into a cluster, and focus goes with it', async () => {
      const el = await renderTimeline({ events: syntheticEvents(400, { seed: 21, years: 1 }) });
      const middle = el.normalizedEvents[200]!;
      el.zoomTo(new Date(middle.start.getTime() - 2 * 86_400_000), new Date(middle.start.getTime() + 2 * 86_400_000));
      await settle(el);
      const target = eventButton(el, middle.id)!;
      expect(target, 'the event is drawn on its own at first').to.exist;
      target.focus();
      let inCluster = false;
      for (let step = 0; step < 12 && !inCluster; step++) {
        const changed = nextEvent(el, 'dateline-range-change');
        await press('-');
        await changed;
        await settle(el);
        expect(focusedOrders(el), `after zooming out ${step + 1} times, focus is on the event or the cluster holding it`).to.include(200);
        inCluster = (root(el).activeElement as HTMLElement).classList.contains('cluster');
      }
      expect(inCluster, 'the event ended up in a cluster').to.equal(true);

      // New data: focus stays in the chart, on the event now active.
      el.events = koreaRussia2024;
      await settle(el);
      expect(root(el).activeElement?.matches('.event, .cluster'), 'focus is still on a mark after new data').to.equal(true);
    });

    it('+ and - zoom in and out', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      tabStops(el)[0]!.focus();
      const before = span(el.visibleRange);

      let changed = nextEvent(el, 'dateline-range-change');
      await press('+');
      await changed;
      const zoomedIn = span(el.visibleRange);
      expect(zoomedIn).to.be.lessThan(before);

      await settle(el);
      changed = nextEvent(el, 'dateline-range-change');
      await press('-');
      await changed;
      expect(span(el.visibleRange)).to.be.greaterThan(zoomedIn);
    });
  });

  describe('locale', () => {
    const treaty = () => koreaRussia2024.events.find((event) => event.id === 'treaty-signed')!;

    it('locale="ko" gives Korean axis labels and dates', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', locale: 'ko' });
      el.zoomTo('2024-05-01', '2024-10-31');
      await settle(el);
      const ticks = all(el, '[part="axis"] .tick-label, [part="axis"] .tick-parent').map((tick) => plain(tick.textContent));
      expect(ticks.length).to.be.greaterThan(2);
      expect(ticks.some((text) => /[월년]/.test(text)), ticks.join(' | ')).to.equal(true);
      const label = nameOf(eventButton(el, 'treaty-signed')!);
      expect(label).to.contain('2024년 6월 19일');
      expect(label).to.contain(treaty().title);
    });

    it('locale="en-GB" gives English axis labels and dates', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', locale: 'en-GB' });
      el.zoomTo('2024-05-01', '2024-10-31');
      await settle(el);
      const ticks = all(el, '[part="axis"] .tick-label, [part="axis"] .tick-parent').map((tick) => plain(tick.textContent));
      expect(ticks.some((text) => /[\uac00-\ud7a3]/.test(text)), ticks.join(' | ')).to.equal(false);
      expect(ticks.some((text) => /\b(May|Jun|June|Jul|July|Aug|August|Sept?|September|Oct|October)\b/.test(text)), ticks.join(' | ')).to.equal(true);
      const label = nameOf(eventButton(el, 'treaty-signed')!);
      for (const part of ['Putin and Kim sign mutual-defence treaty', '19 June 2024', 'Confirmed', 'North Korea lane']) expect(label).to.contain(part);
    });

    it('a month band is labelled with its month in the locale', async () => {
      const el = await renderTimeline({ events: [{ id: 'june', title: 'Talks', start: '2024-06' }], locale: 'en-GB' });
      expect(plain(eventButton(el, 'june')!.querySelector('.label')!.textContent)).to.equal('June 2024 · Talks');
      const name = nameOf(eventButton(el, 'june')!);
      expect(name).to.contain('June 2024');
      expect(name).to.contain('Talks');
    });
  });

  describe('narrow layout', () => {
    it('switches to the vertical layout without a "ResizeObserver loop" error', async () => {
      await withoutUncaughtErrors(async () => {
        const el = await renderTimeline({ events: koreaRussia2024, width: 375, height: null });
        expect(el.getAttribute('data-layout')).to.equal('vertical');
      });
    });

    it('switches to the vertical layout when its box narrows, without a "ResizeObserver loop" error', async () => {
      await withoutUncaughtErrors(async () => {
        const el = await renderTimeline({ events: koreaRussia2024, height: null });
        expect(el.getAttribute('data-layout')).to.equal('horizontal');
        el.parentElement!.style.width = '375px';
        await settle(el);
        expect(el.getAttribute('data-layout')).to.equal('vertical');
      });
    });

    it('orientation="auto" in a 375 px box lists the events top to bottom in time order, with dates', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', width: 375, height: null });
      expect(el.getAttribute('data-layout')).to.equal('vertical');
      const buttons = all(el, '.event');
      expect(buttons.map((button) => button.dataset.id)).to.deep.equal(el.normalizedEvents.map((event) => event.id));
      const tops = buttons.map((button) => rect(button).top);
      for (let index = 1; index < tops.length; index++) {
        expect(tops[index], `${buttons[index]!.dataset.id} is below ${buttons[index - 1]!.dataset.id}`).to.be.greaterThan(tops[index - 1]!);
      }
      buttons.forEach((button, index) => {
        expect(plain(button.querySelector('.when')?.textContent)).to.equal(plain(formatEventDate(el.normalizedEvents[index]!, 'en-GB')));
      });
      const treaty = buttons.find((button) => button.dataset.id === 'treaty-signed')!;
      expect(plain(treaty.querySelector('.when')!.textContent)).to.equal('19 June 2024');
      expect(all(el, '.cluster')).to.have.length(0);
    });

    it('orientation="horizontal" stays horizontal when narrow', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', width: 375, orientation: 'horizontal' });
      expect(el.getAttribute('data-layout')).to.equal('horizontal');
      expect(one(el, '.chart.horizontal')).to.exist;
      expect(one(el, '[part="axis"]')).to.exist;
    });

    it('a narrow timeline shows the card of a clicked event, in the list', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, width: 375, height: null });
      const selected = nextEvent(el, 'dateline-select');
      await click(eventButton(el, 'treaty-signed')!);
      await selected;
      await settle(el);
      expect(await cardTitle(el)).to.equal('Putin and Kim sign mutual-defence treaty');
    });
  });

  describe('problems in the data', () => {
    const good = GOOD_EVENTS;
    const bad = BAD_EVENTS;

    it('draws the good events, lists the problems with their paths and fires dateline-error', async () => {
      const el = await renderTimeline();
      const failed = nextEvent(el, 'dateline-error');
      el.events = [...good, ...bad];
      const { detail } = await failed;
      await settle(el);

      expect(detail.message).to.contain('3 problems');
      const paths = detail.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.path);
      expect(paths).to.have.members(['/2/start', '/3/end', '/4/sources/0/url']);
      // The event with a script link is drawn without the link: only bad ids, titles or dates drop an event.
      expect(drawnIds(el).length + clusteredCount(el)).to.equal(3);
      expect(new Set([...drawnIds(el), ...clusteredIds(el)])).to.deep.equal(new Set(['good-1', 'good-2', 'scripted']));

      const problems = one(el, '[part="error"]')!;
      expect(problems).to.exist;
      const text = plain(problems.textContent);
      for (const path of paths) expect(text).to.contain(path);
      expect(text).to.contain('does not exist');
      expect(text).to.contain('is before start');
      expect(text).to.contain('javascript:');
      // Nothing anywhere in the timeline links to the script.
      expect(root(el).querySelector('[href^="javascript:"]')).to.equal(null);
    });

    it('a source that is not JSON gives an error state with a message, and nothing is thrown', async () => {
      const watcher = watchErrors();
      const url = URL.createObjectURL(new Blob(['not json'], { type: 'application/json' }));
      try {
        const el = await renderTimeline();
        const failed = nextEvent(el, 'dateline-error');
        el.src = url;
        const { detail } = await failed;
        await settle(el);
        expect(detail.message).to.be.a('string').and.not.equal('');
        expect(detail.issues.some((issue) => issue.severity === 'error' && /JSON/.test(issue.message))).to.equal(true);
        const problems = one(el, '[part="error"]')!;
        expect(plain(problems.textContent)).to.contain('not valid JSON');
        expect(problems.getAttribute('role')).to.equal('alert');
        expect(all(el, '.event')).to.have.length(0);
        expect(one(el, 'p.state')).to.equal(null);
        expect(watcher.errors).to.deep.equal([]);
      } finally {
        watcher.stop();
        URL.revokeObjectURL(url);
      }
    });

    it('a source that does not exist gives an error state with a message', async () => {
      const el = await renderTimeline();
      const failed = nextEvent(el, 'dateline-error');
      el.src = '/data/no-such-file.json';
      const { detail } = await failed;
      await settle(el);
      expect(detail.message).to.contain('could not be drawn');
      expect(plain(one(el, '[part="error"]')!.textContent)).to.contain('404');
    });
  });

  describe('empty', () => {
    it('says there are no events to show', async () => {
      const el = await renderTimeline({ events: [] });
      expect(plain(one(el, 'p.state')?.textContent)).to.equal('No events to show');
      expect(all(el, '.event')).to.have.length(0);
      expect(one(el, '[part="controls"]')).to.equal(null);
    });
  });

  describe('loading from src', () => {
    for (const file of ['korea-russia-2024.json', 'korea-russia-2024.csv', 'korea-russia-2024.timelinejs.json']) {
      it(`loads /data/${file}, saying "Loading" meanwhile, and draws every seed event`, async () => {
        const el = await renderTimeline({ lanes: 'actor' });
        const loaded = nextEvent(el, 'dateline-load');
        el.src = `/data/${file}`;
        await el.updateComplete;
        expect(plain(one(el, 'p.state')?.textContent)).to.match(/^Loading/);
        expect(one(el, '.frame')!.getAttribute('aria-busy')).to.equal('true');

        const { detail } = await loaded;
        await settle(el);
        expect(detail.issues.filter((issue) => issue.severity === 'error')).to.deep.equal([]);
        expect(detail.events).to.have.length(SEED_COUNT);
        expect(el.normalizedEvents.map((event) => event.id)).to.have.members(koreaRussia2024.events.map((event) => event.id));
        expect(one(el, 'p.state')).to.equal(null);
        expect(drawnIds(el).length + clusteredCount(el)).to.equal(SEED_COUNT);
      });
    }

    const twoEventsUrl = () =>
      URL.createObjectURL(
        new Blob([JSON.stringify({ title: 'Two', events: [{ id: 'a', title: 'First', start: '2024-01-01' }, { id: 'b', title: 'Second', start: '2024-02-01' }] })], {
          type: 'application/json',
        }),
      );

    it('when src changes quickly, the last one wins (slow then fast)', async () => {
      const url = twoEventsUrl();
      try {
        const el = await renderTimeline();
        const loads = record(el, 'dateline-load');
        const loaded = nextEvent(el, 'dateline-load');
        el.src = '/data/korea-russia-2024.csv';
        await el.updateComplete;
        el.src = url;
        await loaded;
        await settle(el);
        expect(el.normalizedEvents.map((event) => event.id)).to.deep.equal(['a', 'b']);
        expect(new Set(drawnIds(el))).to.deep.equal(new Set(['a', 'b']));
        expect(loads.map((event) => event.detail.events.length)).to.deep.equal([2]);
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    it('when src changes quickly, the last one wins (fast then slow)', async () => {
      const url = twoEventsUrl();
      try {
        const el = await renderTimeline();
        const loads = record(el, 'dateline-load');
        const loaded = nextEvent(el, 'dateline-load');
        el.src = url;
        await el.updateComplete;
        el.src = '/data/korea-russia-2024.csv';
        await loaded;
        await settle(el);
        expect(el.normalizedEvents).to.have.length(SEED_COUNT);
        expect(loads.map((event) => event.detail.events.length)).to.deep.equal([SEED_COUNT]);
      } finally {
        URL.revokeObjectURL(url);
      }
    });
  });

  describe('removing and re-adding', () => {
    it('still renders and responds to clicks after being re-appended', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      const before = drawnIds(el);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await settle(el);
      expect(drawnIds(el)).to.deep.equal(before);
      const selected = nextEvent(el, 'dateline-select');
      await click(eventButton(el, before[0]!)!.querySelector('.label')!);
      const { detail } = await selected;
      expect(detail.event.id).to.equal(before[0]);

      const changed = nextEvent(el, 'dateline-range-change');
      wheelOverChart(el, { deltaY: -100, ctrlKey: true });
      await changed;
    });

    it('a wheel just before removal is dropped with the element, and nothing after removal throws', async () => {
      const watcher = watchErrors();
      try {
        const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
        const before = el.visibleRange;
        const changes = record(el, 'dateline-range-change');
        const parent = el.parentElement!;
        const chart = one(el, '.chart')!;
        // The zoom step waits for the next frame; the element is gone by then.
        wheelOverChart(el, { deltaY: -100, ctrlKey: true });
        el.remove();
        await frame();
        await frame();
        expect(changes).to.have.length(0);
        expect(el.visibleRange).to.deep.equal(before);

        // Wheels on the detached chart and a resize of the old container throw nothing.
        chart.dispatchEvent(wheel({ deltaY: -100, ctrlKey: true, clientX: 10, clientY: 10 }));
        chart.dispatchEvent(wheel({ deltaX: 100 }));
        parent.style.width = '800px';
        await frame();
        await frame();
        await el.updateComplete;
        expect(watcher.errors).to.deep.equal([]);

        // Back in, it lays out for its new width: every event in the window is shown, inside the chart.
        parent.append(el);
        await settle(el);
        const { start, end } = el.visibleRange;
        const inWindow = el.normalizedEvents.filter((event) => event.end > start && event.start < end);
        expect(drawnIds(el).length + clusteredCount(el)).to.equal(inWindow.length);
        const box = rect(one(el, '.chart')!);
        expect(box.width).to.be.at.most(800);
        for (const id of drawnIds(el)) {
          const mark = rect(eventButton(el, id)!.querySelector('.mark')!);
          expect(center(mark).x, id).to.be.within(box.left, box.right);
        }
        expect(watcher.errors).to.deep.equal([]);
      } finally {
        watcher.stop();
      }
    });
  });

  describe('status', () => {
    it('marks each event with its status and shows a legend of the statuses present', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      el.zoomTo('2024-09-30', '2024-10-11');
      await settle(el);
      expect(eventButton(el, 'donetsk-strike')!.classList.contains('status-reported')).to.equal(true);
      expect(eventButton(el, 'deployment-forecast')!.classList.contains('status-expected')).to.equal(true);
      expect(eventButton(el, 'kremlin-denial')!.classList.contains('status-confirmed')).to.equal(true);
      expect(nameOf(eventButton(el, 'donetsk-strike')!)).to.contain('Reported');
      el.zoomTo('2022-08-01', '2022-12-31');
      await settle(el);
      expect(eventButton(el, 'arms-purchase-claim')!.classList.contains('status-alleged')).to.equal(true);

      const legend = one(el, 'ul.legend')!;
      expect(legend).to.exist;
      const entries = [...legend.querySelectorAll('li')].map((item) => plain(item.textContent));
      expect(entries).to.have.members(['Confirmed', 'Reported', 'Alleged', 'Expected', 'Contested']);
    });

    it('shows no legend when only one status is present', async () => {
      const el = await renderTimeline({
        events: [
          { id: 'a', title: 'One', start: '2024-01-01', status: 'confirmed' },
          { id: 'b', title: 'Two', start: '2024-02-01', status: 'confirmed' },
          { id: 'c', title: 'Three', start: '2024-03-01' },
        ],
      });
      expect(one(el, 'ul.legend')).to.equal(null);
      expect(eventButton(el, 'c')!.classList.contains('status-none')).to.equal(true);
    });
  });

  describe('contested claims', () => {
    const CONTESTED = ['arms-purchase-claim', 'arms-supply-claim', 'wagner-delivery-claim', 'containers-claim', 'joint-condemnation', 'missiles-claim', 'deployment-forecast'];

    /** The contested sign on a mark: its stroke, as the browser draws it. */
    const sign = (mark: Element) => getComputedStyle(mark, '::after');

    for (const orientation of ['horizontal', 'vertical'] as const) {
      it(`marks each event someone denies with a stroke in the text colour (${orientation})`, async () => {
        const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', orientation, ...(orientation === 'vertical' ? { width: 375, height: null } : {}) });
        expect(el.getAttribute('data-layout')).to.equal(orientation);
        const contested = all(el, '.event.contested').map((button) => button.dataset.id);
        expect(contested).to.have.members(CONTESTED);
        const textColor = getComputedStyle(one(el, '.frame')!).color;
        for (const id of contested) {
          const stroke = sign(eventButton(el, id!)!.querySelector('.mark')!);
          expect(stroke.content, id).to.not.equal('none');
          expect(parseFloat(stroke.width) * parseFloat(stroke.height), `${id}: a stroke, not a dot`).to.be.at.least(16);
          expect(stroke.backgroundColor, id).to.equal(textColor);
        }
        for (const id of ['treaty-signed', 'donetsk-strike', 'kremlin-denial']) {
          expect(eventButton(el, id)!.classList.contains('contested'), id).to.equal(false);
          expect(sign(eventButton(el, id)!.querySelector('.mark')!).content, id).to.equal('none');
        }
      });
    }

    it('explains the sign in the legend, and leaves it out when nothing is contested', async () => {
      const el = await renderTimeline({ events: koreaRussia2024 });
      const entry = one(el, '.legend .contested-entry')!;
      expect(plain(entry.textContent)).to.equal('Contested');
      expect(sign(entry.querySelector('.contested-sign')!).content).to.not.equal('none');
      const quiet = await renderTimeline({
        events: [
          { id: 'a', title: 'One', start: '2024-01-01', status: 'alleged', claimedBy: ['A'], responses: [{ actor: 'B', stance: 'confirms' }] },
          { id: 'b', title: 'Two', start: '2024-02-01', status: 'confirmed' },
        ],
      });
      expect(all(quiet, '.legend li').map((item) => plain(item.textContent))).to.deep.equal(['Confirmed', 'Alleged']);
      expect(one(quiet, '.contested')).to.equal(null);
    });

    it('shows the legend for a contested claim even with a single status', async () => {
      const el = await renderTimeline({ events: [{ id: 'a', title: 'One', start: '2024-01-01', status: 'alleged', claimedBy: ['A'], responses: [{ actor: 'B', stance: 'disputes' }] }] });
      expect(all(el, '.legend li').map((item) => plain(item.textContent))).to.deep.equal(['Alleged', 'Contested']);
    });

    it('says who claims and who denies after the title, and the card says it too', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      el.zoomTo('2022-08-01', '2022-12-31');
      await settle(el);
      expect(nameOf(eventButton(el, 'arms-purchase-claim')!)).to.contain('Alleged by the United States; denied by Russia and North Korea, United States lane');
      el.selected = 'arms-purchase-claim';
      await settle(el);
      const card = openCard(el)!;
      await card.updateComplete;
      expect(plain(card.shadowRoot!.querySelector('[part="status"]')!.textContent)).to.equal('Alleged by the United States; denied by Russia and North Korea');
    });
  });

  describe('as-of', () => {
    /** The seed timeline by actor as of a date, the whole of it in view. */
    async function seedAsOf(asOf: string, setup: Partial<TimelineProps> & { selected?: string } = {}): Promise<DatelineTimeline> {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', ...setup });
      el.setAttribute('as-of', asOf);
      if (setup.selected) el.selected = setup.selected;
      await settle(el);
      el.fit();
      await settle(el);
      return el;
    }
    const statusClass = (el: DatelineTimeline, id: string) => [...eventButton(el, id)!.classList].find((name) => name.startsWith('status-'));

    it('as-of="2024-10-05" hides what came later (the forecast, the Kremlin\'s denial), says the date, and the strike reads "Reported"', async () => {
      const el = await seedAsOf('2024-10-05');
      const shown = el.normalizedEvents.map((event) => event.id);
      for (const later of ['deployment-forecast', 'kremlin-denial', 'spa-session', 'border-links-cut', 'yoon-singapore-speech']) {
        expect(shown, later).not.to.include(later);
        expect(eventButton(el, later), later).to.equal(null);
      }
      expect(shown).to.include.members(['donetsk-strike', 'kyiv-post-report', 'treaty-signed']);
      expect(plain(one(el, '.header .as-of')!.textContent)).to.equal('As of 5 October 2024');
      expect(statusClass(el, 'donetsk-strike')).to.equal('status-reported');
      expect(nameOf(eventButton(el, 'donetsk-strike')!)).to.contain('Reported by the Kyiv Post');
      expect(all(el, '.legend li').map((item) => plain(item.textContent)), 'nothing expected yet').to.deep.equal(['Confirmed', 'Reported', 'Alleged', 'Contested']);
    });

    it('the card as of 5 October 2024 shows the strike\'s trail so far', async () => {
      const el = await seedAsOf('2024-10-05', { selected: 'donetsk-strike' });
      const card = openCard(el)!;
      await card.updateComplete;
      expect(plain(card.shadowRoot!.querySelector('[part="status"]')!.textContent)).to.equal('Reported by the Kyiv Post');
      const steps = [...card.shadowRoot!.querySelectorAll('[part="history"] .claim-step')].map((step) => plain(step.textContent));
      expect(steps).to.deep.equal(['Reported 4 October 2024']);
    });

    it('as-of="2024-06-18" shows the 2024 visit as expected, in its mark, its spoken text and its card, and no treaty yet', async () => {
      const el = await seedAsOf('2024-06-18', { selected: 'putin-visit-2024' });
      expect(statusClass(el, 'putin-visit-2024')).to.equal('status-expected');
      expect(nameOf(eventButton(el, 'putin-visit-2024')!)).to.contain('Expected');
      expect(eventButton(el, 'treaty-signed')).to.equal(null);
      const card = openCard(el)!;
      await card.updateComplete;
      expect(plain(card.shadowRoot!.querySelector('[part="status"]')!.textContent)).to.equal('Expected');
      expect(plain(one(el, '.header .as-of')!.textContent)).to.equal('As of 18 June 2024');
    });

    it('follows the attribute and draws everything as it is now when it is removed', async () => {
      const el = await seedAsOf('2024-06-18');
      expect(el.normalizedEvents.length).to.be.lessThan(SEED_COUNT);
      el.removeAttribute('as-of');
      await settle(el);
      el.fit();
      await settle(el);
      expect(el.normalizedEvents).to.have.length(SEED_COUNT);
      expect(statusClass(el, 'putin-visit-2024')).to.equal('status-confirmed');
      expect(one(el, '.as-of')).to.equal(null);
    });

    it('ignores text that is not a date, with one warning and nothing thrown', async () => {
      const warnings = await consoleWarnings(() =>
        withoutUncaughtErrors(async () => {
          const el = await seedAsOf('the fifth of October');
          expect(el.normalizedEvents).to.have.length(SEED_COUNT);
          expect(one(el, '.as-of')).to.equal(null);
        }),
      );
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('as-of="the fifth of October"');
    });

    it('applies as-of written in the page before the data arrives', async () => {
      const parent = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><dateline-timeline as-of="2024-10-05" locale="en-GB" .events=${koreaRussia2024}></dateline-timeline></div>`);
      const el = parent.querySelector('dateline-timeline')!;
      await settle(el);
      expect(el.asOf).to.equal('2024-10-05');
      expect(el.normalizedEvents.map((event) => event.id)).not.to.include('kremlin-denial');
    });

    it('is accessible as of a date, with a card open', async () => {
      const el = await seedAsOf('2024-10-05', { selected: 'donetsk-strike' });
      await openCard(el)!.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    it('a burst of zoom steps is announced once, politely, when the view rests: the range it ended on and its count', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      const region = one(el, '[aria-live="polite"]')!;
      expect(region.getAttribute('role')).to.equal('status');
      const said: string[] = [];
      const announced = new Promise<void>((resolve) => {
        new MutationObserver(() => {
          said.push(plain(region.textContent));
          resolve();
        }).observe(region, { childList: true, subtree: true, characterData: true });
      });
      for (let step = 0; step < 5; step++) {
        wheelOverChart(el, { deltaY: -50, ctrlKey: true });
        await frame();
      }
      await el.updateComplete;
      expect(said, 'nothing is said while the gesture goes on').to.deep.equal([]);

      await announced;
      const { start, end } = el.visibleRange;
      const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
      const inView = el.normalizedEvents.filter((event) => event.start < end && event.end > start).length;
      expect(said).to.deep.equal([plain(`${day.format(start)} to ${day.format(end.getTime() - 1)}: ${inView} events`)]);
    });

    it('an event drawn without a label is still named by its title, which takes no room on the page', async () => {
      const el = await renderTimeline({ events: syntheticEvents(300, { seed: 11 }), lanes: 'none' });
      el.zoomTo('2024-01-01', '2024-12-31');
      await settle(el);
      const unlabelled = all<HTMLButtonElement>(el, '.event[data-id]').filter((button) => !button.querySelector('.label'));
      expect(unlabelled.length, 'some events are drawn as marks alone').to.be.greaterThan(10);
      for (const button of unlabelled) {
        const event = el.normalizedEvents.find((candidate) => candidate.id === button.dataset.id)!;
        const name = nameOf(button);
        expect(name.startsWith(plain(event.title)) || name.includes(` · ${plain(event.title)}`), name).to.equal(true);
        // Its own text (the mark's) is empty: the title is in the name alone, not laid out as a clipped box.
        expect(plain(button.innerText), name).to.equal('');
        for (const part of button.querySelectorAll<HTMLElement>('span:not(.mark)')) expect(part.getClientRects().length, name).to.equal(0);
      }
    });

    it('is accessible with lanes', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      await expect(el).to.be.accessible();
    });

    it('is accessible with a card open', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor' });
      el.selected = 'treaty-signed';
      await settle(el);
      await openCard(el)!.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible with month and year bands (their labels start with the date)', async () => {
      const el = await renderTimeline({
        events: [
          { id: 'june', title: 'Talks go on all month', start: '2024-06' },
          { id: 'year', title: 'A year of shortages', start: '2023' },
          { id: 'day', title: 'A single day', start: '2024-08-01' },
        ],
      });
      expect(plain(eventButton(el, 'june')!.querySelector('.label')!.textContent)).to.match(/^June 2024/);
      await expect(el).to.be.accessible();
    });

    it('is accessible in the vertical layout', async () => {
      const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', width: 375, height: null, orientation: 'vertical' });
      expect(el.getAttribute('data-layout')).to.equal('vertical');
      await expect(el).to.be.accessible();
    });
  });
});
