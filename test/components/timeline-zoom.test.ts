/**
 * Zoom that goes where the reader looks, on the seed story at 1000 px: Tab reaches the events before the zoom
 * toolbar; "+" zooms around the selected event, else the centre; a ctrl + wheel notch zooms by at most ×1.5 in
 * pixels, lines or pages, and a pinch smoothly; the time under the pointer stays under it (a linear axis, an
 * axis with breaks, right-to-left); a plain wheel scrolls the page and shows a brief hint; an empty view points
 * to the nearest events, and its buttons bring them into view.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/timeline/define.js';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';
import { koreaRussia2024 } from '../../src/data/korea-russia-2024.js';
import { frame, nextEvent, record, rect, settle } from '../helpers/elements.js';
import { readableText as plain } from '../helpers/readable-text.js';
import { renderTimeline } from '../helpers/render-timeline.js';

const TREATY = 'treaty-signed';

const root = (el: DatelineTimeline) => el.shadowRoot!;
const one = <T extends Element = HTMLElement>(el: DatelineTimeline, selector: string) => root(el).querySelector<T & Element>(selector);
const all = <T extends Element = HTMLElement>(el: DatelineTimeline, selector: string) => [...root(el).querySelectorAll<T & Element>(selector)];
const plotBox = (el: DatelineTimeline) => rect(one(el, '.plot')!);
const span = (range: { start: Date; end: Date }) => range.end.getTime() - range.start.getTime();
const drawnIds = (el: DatelineTimeline) => all(el, '.event[data-id]').map((button) => button.dataset.id!);
const zoomButton = (el: DatelineTimeline, name: string) => all<HTMLButtonElement>(el, '[part="controls"] button').find((button) => (button.getAttribute('aria-label') ?? button.textContent!.trim()) === name)!;
/** The middle of an event's mark, in client pixels. */
const markX = (el: DatelineTimeline, id: string) => {
  const box = rect(one(el, `.event[data-id="${id}"] .mark`)!);
  return box.left + box.width / 2;
};

/** The seed at 1000 px wide, its height left to the element, in a page direction. */
async function renderSeed(options: { breaks?: 'auto' | 'none'; selected?: string; dir?: 'ltr' | 'rtl' } = {}): Promise<DatelineTimeline> {
  const parent = await fixture<HTMLDivElement>(html`<div dir=${options.dir ?? 'ltr'} style="width:1000px">
    <button id="before">Before</button>
    <dateline-timeline lanes="actor" locale="en-GB" breaks=${options.breaks ?? 'auto'} selected=${options.selected ?? ''} .events=${koreaRussia2024}></dateline-timeline>
  </div>`);
  const el = parent.querySelector('dateline-timeline')!;
  if (!options.selected) el.removeAttribute('selected');
  await settle(el);
  return el;
}

/** Dispatches a wheel event over the plot at client x `x` (default its middle) and returns it. */
function wheelAt(el: DatelineTimeline, init: WheelEventInit, x?: number): WheelEvent {
  const plot = plotBox(el);
  const event = new WheelEvent('wheel', {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: Math.round(x ?? plot.left + plot.width / 2),
    clientY: Math.round(plot.top + plot.height / 2),
    ...init,
  });
  one(el, '.chart')!.dispatchEvent(event);
  return event;
}

/** Wheels and waits for the zoom it makes to be drawn. */
async function zoomByWheel(el: DatelineTimeline, init: WheelEventInit, x?: number): Promise<void> {
  const changed = nextEvent(el, 'dateline-range-change');
  expect(wheelAt(el, init, x).defaultPrevented, 'a zooming wheel is not the page’s').to.equal(true);
  await changed;
  await settle(el);
}

/** On a linear axis (`breaks="none"`): the time at client x, and the client x of a time, from the view and the plot's box. */
function linearAxis(el: DatelineTimeline, rightToLeft = false) {
  const plot = plotBox(el);
  const { start, end } = el.visibleRange;
  const scale = (end.getTime() - start.getTime()) / plot.width;
  return {
    timeAt: (x: number) => start.getTime() + (rightToLeft ? plot.right - x : x - plot.left) * scale,
    xOf: (time: number) => (rightToLeft ? plot.right - (time - start.getTime()) / scale : plot.left + (time - start.getTime()) / scale),
  };
}

describe('<dateline-timeline>: zoom that goes where you look', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  describe('the toolbar', () => {
    it('comes after the chart: the first Tab lands on an event, the second on the toolbar', async () => {
      const el = await renderSeed();
      const before = el.parentElement!.querySelector<HTMLButtonElement>('#before')!;
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement, 'focus is in the timeline').to.equal(el);
      const first = root(el).activeElement as HTMLElement;
      expect(first.matches('.event, .cluster'), `the first Tab lands on ${first.outerHTML.slice(0, 80)}`).to.equal(true);
      await sendKeys({ press: 'Tab' });
      const second = root(el).activeElement as HTMLElement;
      expect(second.closest('[part="controls"]'), 'the second Tab lands on the toolbar').to.exist;
      expect(second.getAttribute('aria-label')).to.equal('Zoom in');
      // And it is drawn under the chart, at the inline end.
      const toolbar = rect(one(el, '[part="controls"]')!);
      expect(toolbar.top, 'under the chart').to.be.at.least(rect(one(el, '.chart')!).bottom - 0.5);
      expect(toolbar.right, 'at the end of the line').to.be.closeTo(rect(el).right - 16, 1);
    });

    it('"+" zooms around the selected event: after three clicks the treaty is still in view, near where it was', async () => {
      const el = await renderSeed({ selected: TREATY });
      const before = markX(el, TREATY);
      const spanBefore = span(el.visibleRange);
      for (let click = 0; click < 3; click++) {
        const changed = nextEvent(el, 'dateline-range-change');
        zoomButton(el, 'Zoom in').click();
        await changed;
        await settle(el);
      }
      expect(span(el.visibleRange), 'zoomed in').to.be.below(spanBefore / 3);
      expect(drawnIds(el), 'the treaty is drawn').to.include(TREATY);
      const plot = plotBox(el);
      const after = markX(el, TREATY);
      expect(after, 'in the plot').to.be.within(plot.left, plot.right);
      // The anchor is the treaty's start; its mark stands in the middle of its day, which a zoom moves a little.
      expect(Math.abs(after - before), `the treaty's mark moved from ${before.toFixed(1)} to ${after.toFixed(1)}`).to.be.below(4);
    });

    it('with nothing selected, "+" and "−" zoom around the centre: three clicks keep the centre’s time at the centre', async () => {
      const el = await renderSeed({ breaks: 'none' });
      el.zoomTo('2023-01-01', '2024-12-31');
      await settle(el);
      const plot = plotBox(el);
      const centre = plot.left + plot.width / 2;
      const timeAtCentre = linearAxis(el).timeAt(centre);
      for (const name of ['Zoom in', 'Zoom in', 'Zoom in', 'Zoom out']) {
        const changed = nextEvent(el, 'dateline-range-change');
        zoomButton(el, name).click();
        await changed;
        await settle(el);
        expect(linearAxis(el).xOf(timeAtCentre), `after "${name}"`).to.be.closeTo(centre, 0.5);
      }
    });

    it('keys zoom around the focused event, as before', async () => {
      const el = await renderSeed({ breaks: 'none' });
      el.zoomTo('2024-06-01', '2024-10-31');
      await settle(el);
      one<HTMLButtonElement>(el, `.event[data-id="${TREATY}"]`)!.focus();
      const before = markX(el, TREATY);
      const changed = nextEvent(el, 'dateline-range-change');
      await sendKeys({ press: '+' });
      await changed;
      await settle(el);
      expect(Math.abs(markX(el, TREATY) - before)).to.be.below(4);
    });
  });

  describe('ctrl + wheel', () => {
    it('a notch zooms by a factor in (1, 1.5], whether it comes as 100 px, 3 lines or a page', async () => {
      const el = await renderSeed();
      el.zoomTo('2024-01-01', '2024-12-31');
      await settle(el);
      for (const [deltaY, deltaMode, what] of [
        [-100, WheelEvent.DOM_DELTA_PIXEL, '100 px'],
        [-3, WheelEvent.DOM_DELTA_LINE, '3 lines'],
        [-1, WheelEvent.DOM_DELTA_PAGE, 'a page'],
      ] as const) {
        const before = span(el.visibleRange);
        await zoomByWheel(el, { deltaY, deltaMode, ctrlKey: true });
        const factor = before / span(el.visibleRange);
        expect(factor, what).to.be.greaterThan(1).and.at.most(1.5 + 1e-9);
        // And back out by as much.
        await zoomByWheel(el, { deltaY: -deltaY, deltaMode, ctrlKey: true });
        expect(span(el.visibleRange) / before, `${what}, out`).to.be.closeTo(1, 1e-6);
      }
    });

    it('a pinch of 20 small steps zooms smoothly, each frame by little, and in total as far as its deltas say', async () => {
      const el = await renderSeed();
      el.zoomTo('2024-01-01', '2024-12-31');
      await settle(el);
      const start = span(el.visibleRange);
      const changes = record(el, 'dateline-range-change');
      let previous = start;
      for (let step = 0; step < 20; step++) {
        wheelAt(el, { deltaY: -2, ctrlKey: true });
        await frame();
        const now = span(el.visibleRange);
        expect(previous / now, `frame ${step}`).to.be.within(1, 1.5);
        previous = now;
      }
      await settle(el);
      expect(changes.length, 'a step a frame').to.equal(20);
      // 20 × 2 px is 40% of a 100 px notch: ×1.5^0.4.
      expect(start / span(el.visibleRange)).to.be.closeTo(1.5 ** 0.4, 1e-6);
    });

    it('keeps the time under the pointer under it, within a pixel, near both edges and in the middle (linear axis)', async () => {
      const el = await renderSeed({ breaks: 'none' });
      el.zoomTo('2023-06-01', '2024-12-31');
      await settle(el);
      const plot = plotBox(el);
      for (const offset of [3, 0.25, 0.5, 0.75, -3]) {
        const x = Math.round(offset > 1 ? plot.left + offset : offset < 0 ? plot.right + offset : plot.left + offset * plot.width);
        const time = linearAxis(el).timeAt(x);
        await zoomByWheel(el, { deltaY: -100, ctrlKey: true }, x);
        expect(linearAxis(el).xOf(time), `under the pointer at ${x - plot.left} px into the plot`).to.be.closeTo(x, 1);
      }
    });

    it('keeps the time under the pointer under it in a right-to-left page', async () => {
      const el = await renderSeed({ breaks: 'none', dir: 'rtl' });
      el.zoomTo('2023-06-01', '2024-12-31');
      await settle(el);
      const plot = plotBox(el);
      for (const x of [plot.left + 3, plot.left + plot.width / 2, plot.right - 3].map(Math.round)) {
        const time = linearAxis(el, true).timeAt(x);
        await zoomByWheel(el, { deltaY: -100, ctrlKey: true }, x);
        expect(linearAxis(el, true).xOf(time), `at ${x - plot.left} px from the plot's left`).to.be.closeTo(x, 1);
      }
    });

    for (const dir of ['ltr', 'rtl'] as const) {
      it(`with axis breaks (${dir}): the mark under the pointer stays under it, within a pixel, near both edges and in the middle`, async () => {
        const el = await renderSeed({ dir });
        expect(one(el, '.axis-break'), 'the opening view has a break').to.exist;
        const plot = plotBox(el);
        const marks = () =>
          all(el, '.event[data-id]')
            .map((button) => ({ id: button.dataset.id!, x: markX(el, button.dataset.id!) }))
            .sort((a, b) => a.x - b.x);
        const drawn = marks();
        const middle = plot.left + plot.width / 2;
        const chosen = [drawn[0]!, drawn.reduce((best, mark) => (Math.abs(mark.x - middle) < Math.abs(best.x - middle) ? mark : best)), drawn[drawn.length - 1]!];
        expect(chosen[0]!.x - plot.left, 'a mark near the left edge').to.be.below(plot.width * 0.15);
        expect(plot.right - chosen[2]!.x, 'a mark near the right edge').to.be.below(plot.width * 0.15);
        for (const { id } of chosen) {
          const x = Math.round(markX(el, id));
          await zoomByWheel(el, { deltaY: -100, ctrlKey: true }, x);
          expect(drawnIds(el), `${id} still drawn`).to.include(id);
          expect(markX(el, id), `${id}, under the pointer at ${(x - plot.left).toFixed(0)} px into the plot`).to.be.closeTo(x, 1);
          await zoomByWheel(el, { deltaY: 100, ctrlKey: true }, x);
          expect(markX(el, id), `${id}, zoomed back out`).to.be.closeTo(x, 1);
        }
      });
    }
  });

  describe('a plain wheel', () => {
    it('scrolls the page (not prevented, no zoom) and brings up "Ctrl + scroll to zoom" beside the toolbar, which then goes', async () => {
      const el = await renderSeed();
      const before = el.visibleRange;
      const changes = record(el, 'dateline-range-change');
      const hint = one(el, '.zoom-hint')!;
      expect(plain(hint.textContent), 'no hint at first').to.equal('');
      const event = wheelAt(el, { deltaY: 120 });
      expect(event.defaultPrevented, 'the page scrolls').to.equal(false);
      await settle(el);
      const mac = /mac/i.test((navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform || navigator.platform);
      expect(plain(hint.textContent)).to.equal(mac ? '⌘ + scroll to zoom' : 'Ctrl + scroll to zoom');
      expect(hint.getAttribute('aria-hidden'), 'a hint for the pointer, not announced: the chart has one live region, for ranges').to.equal('true');
      const box = rect(hint);
      expect(box.width * box.height, 'drawn').to.be.greaterThan(0);
      const toolbar = rect(one(el, '[part="controls"]')!);
      expect(box.bottom, 'on the toolbar’s line').to.be.closeTo(toolbar.bottom, 8);
      expect(toolbar.left - box.right, 'just before the toolbar').to.be.within(0, 16);
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (plain(hint.textContent) === '') {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(hint, { childList: true, subtree: true, characterData: true });
      });
      expect(changes, 'no zoom').to.have.length(0);
      expect(el.visibleRange).to.deep.equal(before);
    });
  });

  describe('an empty view', () => {
    const pointerText = (el: DatelineTimeline, side: 'earlier' | 'later') => {
      const button = one(el, `.nearest.${side}`);
      return button ? plain([...button.querySelectorAll(':scope > span:not(.visually-hidden)')].map((part) => part.textContent).join(' ')) : undefined;
    };

    it('points to the nearest event on each side with how far it is, and a pointer brings its event into view', async () => {
      const el = await renderSeed({ breaks: 'none' });
      el.zoomTo('2012-01-01', '2012-01-31');
      await settle(el);
      expect(drawnIds(el), 'nothing in view').to.deep.equal([]);
      expect(pointerText(el, 'earlier')).to.equal('← 11 years earlier: 19–20 July 2000');
      expect(pointerText(el, 'later')).to.equal('10 years later: 6 September 2022 →');
      const plot = plotBox(el);
      const earlier = rect(one(el, '.nearest.earlier')!);
      const later = rect(one(el, '.nearest.later')!);
      expect(earlier.left, 'earlier at the left edge').to.be.closeTo(plot.left, 1);
      expect(later.right, 'later at the right edge').to.be.closeTo(plot.right, 1);
      for (const box of [earlier, later]) expect(Math.min(box.width, box.height), 'a 24 px target at least').to.be.at.least(24);

      const changed = nextEvent(el, 'dateline-range-change');
      one<HTMLButtonElement>(el, '.nearest.later')!.click();
      const { detail } = await changed;
      await settle(el);
      expect(drawnIds(el), 'the event is in view').to.include('arms-purchase-claim');
      expect(detail.start.getTime()).to.equal(el.visibleRange.start.getTime());
      expect(span(el.visibleRange), 'panned, not zoomed').to.be.closeTo(Date.UTC(2012, 1, 1) - Date.UTC(2012, 0, 1), 60_000);
      expect(one(el, '.nearest'), 'the pointers go').to.equal(null);
      expect((root(el).activeElement as HTMLElement | null)?.dataset.id, 'focus goes to the event').to.equal('arms-purchase-claim');
    });

    it('with axis breaks, zoomed into a break: points both ways, reached by Tab and pressed with Enter', async () => {
      const el = await renderSeed();
      el.zoomTo('2010-01-01', '2010-03-01');
      await settle(el);
      expect(drawnIds(el)).to.deep.equal([]);
      expect(pointerText(el, 'earlier')).to.match(/^← \d+ years earlier: 19–20 July 2000$/);
      expect(pointerText(el, 'later')).to.match(/^\d+ years later: 6 September 2022 →$/);
      el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.matches('.nearest.earlier'), 'the first Tab lands on the earlier pointer').to.equal(true);
      const changed = nextEvent(el, 'dateline-range-change');
      await sendKeys({ press: 'Enter' });
      await changed;
      await settle(el);
      expect(drawnIds(el)).to.include('putin-visit-2000');
      expect((root(el).activeElement as HTMLElement | null)?.dataset.id).to.equal('putin-visit-2000');
    });

    it('mirrors in a right-to-left page: earlier on the right, its arrow pointing right', async () => {
      const el = await renderSeed({ breaks: 'none', dir: 'rtl' });
      el.zoomTo('2012-01-01', '2012-01-31');
      await settle(el);
      const plot = plotBox(el);
      expect(rect(one(el, '.nearest.earlier')!).right).to.be.closeTo(plot.right, 1);
      expect(rect(one(el, '.nearest.later')!).left).to.be.closeTo(plot.left, 1);
      expect(one(el, '.nearest.earlier .arrow')!.textContent).to.equal('→');
      expect(one(el, '.nearest.later .arrow')!.textContent).to.equal('←');
    });

    it('shows no pointers while events are in view', async () => {
      const el = await renderSeed();
      expect(one(el, '.nearest')).to.equal(null);
      el.zoomTo('2024-10-01', '2024-10-31');
      await settle(el);
      expect(one(el, '.nearest')).to.equal(null);
    });
  });

  it('a zoom queued just before removal is dropped, and the hint goes with the element', async () => {
    const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', width: 1000 });
    wheelAt(el, { deltaY: 120 });
    wheelAt(el, { deltaY: -100, ctrlKey: true });
    const changes = record(el, 'dateline-range-change');
    const parent = el.parentElement!;
    el.remove();
    await frame();
    await frame();
    expect(changes).to.deep.equal([]);
    parent.append(el);
    await settle(el);
    expect(plain(one(el, '.zoom-hint')!.textContent), 'no hint left showing').to.equal('');
  });
});
