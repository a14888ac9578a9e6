/**
 * The gesture controller (src/controllers/gesture-controller.ts) on a small host of its own: a chart 600 px wide
 * whose plot is inset by 16 px gutters, as the timeline draws it. Synthetic WheelEvents and PointerEvents are
 * dispatched on the chart; the zoom and pan steps the controller hands over are recorded, one per frame.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { GestureController, MAX_WHEEL_ZOOM, wheelZoomFactor, type ViewChange } from '../../src/controllers/gesture-controller.js';
import { frame } from '../helpers/elements.js';

const CHART_WIDTH = 600;
const GUTTER = 16;
const PLOT_WIDTH = CHART_WIDTH - 2 * GUTTER;
/** A notch of 100 px, 3 lines or a page zooms by this much at most; a hair over it for floating point. */
const NOTCH_MAX = MAX_WHEEL_ZOOM * (1 + 1e-12);

class GestureHost extends LitElement {
  readonly changes: { change: ViewChange; at: number }[] = [];
  readonly gestures = new GestureController(
    this,
    () => PLOT_WIDTH,
    (change) => this.changes.push({ change, at: performance.now() }),
    () => getComputedStyle(this).direction === 'rtl',
  );

  protected override render(): TemplateResult {
    return html`<div
        class="chart"
        style="position:relative;width:${CHART_WIDTH}px;height:200px"
        @wheel=${this.gestures.onWheel}
        @pointerdown=${this.gestures.onPointerDown}
        @pointermove=${this.gestures.onPointerMove}
        @pointerup=${this.gestures.onPointerUp}
      >
        <div class="plot" style="position:absolute;inset-inline:${GUTTER}px;top:40px;bottom:0"></div>
      </div>
      <p class="hint">${this.gestures.scrollHintKey ? `${this.gestures.scrollHintKey === 'meta' ? '⌘' : 'Ctrl'} + scroll to zoom` : ''}</p>`;
  }
}
customElements.define('gesture-test-host', GestureHost);

async function renderHost(dir: 'ltr' | 'rtl' = 'ltr'): Promise<GestureHost> {
  const parent = await fixture<HTMLDivElement>(html`<div dir=${dir}><gesture-test-host></gesture-test-host></div>`);
  const host = parent.querySelector<GestureHost>('gesture-test-host')!;
  await host.updateComplete;
  return host;
}

const chartOf = (host: GestureHost) => host.shadowRoot!.querySelector<HTMLElement>('.chart')!;
const plotBox = (host: GestureHost) => host.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
const hintText = (host: GestureHost) => host.shadowRoot!.querySelector('.hint')!.textContent!.trim();

/** Dispatches a wheel event on the chart, at `x` (client pixels; default the plot's middle), and returns it. */
function wheelOn(host: GestureHost, init: WheelEventInit & { x?: number }): WheelEvent {
  const box = plotBox(host);
  const event = new WheelEvent('wheel', {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: init.x ?? box.left + box.width / 2,
    clientY: box.top + box.height / 2,
    ...init,
  });
  chartOf(host).dispatchEvent(event);
  return event;
}

function pointer(host: GestureHost, type: string, init: PointerEventInit): void {
  chartOf(host).dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, composed: true, isPrimary: init.pointerId === 1, ...init }));
}

/** The steps handed over by the next frame. */
async function stepsOfNextFrame(host: GestureHost): Promise<ViewChange[]> {
  const from = host.changes.length;
  await frame();
  return host.changes.slice(from).map((entry) => entry.change);
}

describe('GestureController', () => {
  describe('ctrl + wheel', () => {
    it('zooms by at most ×1.5 a notch, whether the notch comes in pixels, lines or pages, and prevents the page zoom', async () => {
      const host = await renderHost();
      for (const [deltaY, deltaMode, what] of [
        [-100, WheelEvent.DOM_DELTA_PIXEL, '100 px'],
        [-3, WheelEvent.DOM_DELTA_LINE, '3 lines'],
        [-1, WheelEvent.DOM_DELTA_PAGE, '1 page'],
        [-53, WheelEvent.DOM_DELTA_PIXEL, '53 px (Chromium on Linux)'],
      ] as const) {
        const event = wheelOn(host, { deltaY, deltaMode, ctrlKey: true });
        expect(event.defaultPrevented, `${what}: prevented`).to.equal(true);
        const steps = await stepsOfNextFrame(host);
        expect(steps, `${what}: one step`).to.have.length(1);
        expect(steps[0]!.factor, `${what}: zooms in`).to.be.greaterThan(1);
        expect(steps[0]!.factor, `${what}: by at most ×1.5`).to.be.at.most(NOTCH_MAX);
        // The other way, out, by as much.
        wheelOn(host, { deltaY: -deltaY, deltaMode, ctrlKey: true });
        const out = await stepsOfNextFrame(host);
        expect(out[0]!.factor * steps[0]!.factor, `${what}: out by as much as in`).to.be.closeTo(1, 1e-9);
      }
    });

    it('a mouse notch in Chromium (100 px) and in Firefox (3 lines) are the same step, ×1.5; ⌘ + wheel zooms as ctrl does', async () => {
      const host = await renderHost();
      wheelOn(host, { deltaY: -100, ctrlKey: true });
      const [pixels] = await stepsOfNextFrame(host);
      wheelOn(host, { deltaY: -3, deltaMode: WheelEvent.DOM_DELTA_LINE, metaKey: true });
      const [lines] = await stepsOfNextFrame(host);
      expect(pixels!.factor).to.be.closeTo(1.5, 1e-9);
      expect(lines!.factor).to.be.closeTo(1.5, 1e-9);
    });

    it('never jumps further than ×1.5 on one event, however large its delta', () => {
      for (const delta of [-1e6, -5000, -400, 400, 5000, 1e6]) {
        const factor = wheelZoomFactor(delta);
        expect(factor, `deltaY ${delta}`).to.be.within(1 / MAX_WHEEL_ZOOM, MAX_WHEEL_ZOOM);
        expect(Math.abs(Math.log(factor)), `deltaY ${delta} hits the bound`).to.be.closeTo(Math.log(MAX_WHEEL_ZOOM), 1e-12);
      }
    });

    it('a trackpad pinch (many small deltas) zooms smoothly, a little each frame, and as far in total as its deltas say', async () => {
      const host = await renderHost();
      const expected = wheelZoomFactor(-2) ** 20;
      expect(expected, 'twenty deltas of 2 px').to.be.closeTo(MAX_WHEEL_ZOOM ** 0.4, 1e-9);
      // One event a frame, as a pinch comes.
      let total = 1;
      for (let step = 0; step < 20; step++) {
        wheelOn(host, { deltaY: -2, ctrlKey: true });
        const steps = await stepsOfNextFrame(host);
        expect(steps, `frame ${step}: one step`).to.have.length(1);
        expect(steps[0]!.factor, `frame ${step}`).to.be.within(1, 1.01);
        total *= steps[0]!.factor;
      }
      expect(total).to.be.closeTo(expected, 1e-9);
      // All twenty in one frame: one step, exactly as far as the twenty apart, no further.
      for (let step = 0; step < 20; step++) wheelOn(host, { deltaY: -2, ctrlKey: true });
      const steps = await stepsOfNextFrame(host);
      expect(steps).to.have.length(1);
      expect(steps[0]!.factor).to.be.closeTo(expected, 1e-9);
    });

    it('zooms around the point under the pointer, measured on the plot (inside the gutters), not the chart', async () => {
      const host = await renderHost();
      const box = plotBox(host);
      expect(box.width, 'the plot is the chart less its gutters').to.be.closeTo(PLOT_WIDTH, 0.01);
      // Mouse events carry whole pixels: the points below are whole.
      expect(Number.isInteger(box.left), 'the plot starts on a whole pixel').to.equal(true);
      for (const offset of [0, 11, 142, 284, 426, 557, PLOT_WIDTH]) {
        wheelOn(host, { deltaY: -100, ctrlKey: true, x: box.left + offset });
        const [step] = await stepsOfNextFrame(host);
        expect(step!.anchor, `${offset} px into the plot`).to.be.closeTo(offset / PLOT_WIDTH, 1e-9);
      }
      // In a gutter, the anchor is the plot's edge on that side.
      wheelOn(host, { deltaY: -100, ctrlKey: true, x: box.left - GUTTER / 2 });
      expect((await stepsOfNextFrame(host))[0]!.anchor).to.equal(0);
      wheelOn(host, { deltaY: -100, ctrlKey: true, x: box.right + GUTTER / 2 });
      expect((await stepsOfNextFrame(host))[0]!.anchor).to.equal(1);
    });

    it('mirrors the anchor in a right-to-left page: time runs from the right', async () => {
      const host = await renderHost('rtl');
      const box = plotBox(host);
      for (const offset of [11, 170, 284, 557]) {
        wheelOn(host, { deltaY: -100, ctrlKey: true, x: box.left + offset });
        const [step] = await stepsOfNextFrame(host);
        expect(step!.anchor, `${offset} px from the plot's left`).to.be.closeTo(1 - offset / PLOT_WIDTH, 1e-9);
      }
    });

    it('a pan and a zoom in one frame keep the zoom’s anchor', async () => {
      const host = await renderHost();
      const box = plotBox(host);
      wheelOn(host, { deltaY: -100, ctrlKey: true, x: box.left + 71 });
      wheelOn(host, { deltaX: 30 });
      const steps = await stepsOfNextFrame(host);
      expect(steps).to.have.length(1);
      expect(steps[0]!.anchor).to.be.closeTo(71 / PLOT_WIDTH, 1e-9);
      expect(steps[0]!.factor).to.be.closeTo(1.5, 1e-9);
      expect(steps[0]!.pan).to.be.closeTo(30 / PLOT_WIDTH, 1e-9);
    });
  });

  describe('a plain wheel', () => {
    it('is left to the page (not prevented, no step) and brings up the hint for a moment, at most once every few seconds', async () => {
      const host = await renderHost();
      const mac = /mac/i.test((navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform || navigator.platform);
      const hint = host.shadowRoot!.querySelector('.hint')!;
      expect(hintText(host)).to.equal('');
      const event = wheelOn(host, { deltaY: 120 });
      expect(event.defaultPrevented).to.equal(false);
      expect(await stepsOfNextFrame(host)).to.deep.equal([]);
      await host.updateComplete;
      expect(hintText(host)).to.equal(mac ? '⌘ + scroll to zoom' : 'Ctrl + scroll to zoom');
      const shownAt = performance.now();
      // It goes by itself.
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (hintText(host) === '') {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(hint, { childList: true, subtree: true, characterData: true });
      });
      expect(performance.now() - shownAt, 'shown for about a second and a half').to.be.within(1000, 3000);
      // Scrolling on right after: the page scrolls, and the hint does not nag.
      expect(wheelOn(host, { deltaY: 120 }).defaultPrevented).to.equal(false);
      await host.updateComplete;
      expect(hintText(host)).to.equal('');
    });

    it('its hint timer is cleared when the host is detached', async () => {
      const host = await renderHost();
      const nativeSet = window.setTimeout;
      const nativeClear = window.clearTimeout;
      const set: number[] = [];
      const cleared: number[] = [];
      window.setTimeout = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
        const id = nativeSet(handler, timeout, ...rest);
        set.push(id);
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        if (id !== undefined) cleared.push(id);
        nativeClear(id);
      }) as typeof window.clearTimeout;
      try {
        wheelOn(host, { deltaY: 120 });
        expect(set, 'one timer for the hint').to.have.length(1);
        host.remove();
        expect(cleared).to.include(set[0]);
      } finally {
        window.setTimeout = nativeSet;
        window.clearTimeout = nativeClear;
      }
    });
  });

  describe('panning', () => {
    it('a horizontal wheel and shift + wheel pan by the distance over the plot’s width, mirrored in right-to-left', async () => {
      for (const dir of ['ltr', 'rtl'] as const) {
        const host = await renderHost(dir);
        const sign = dir === 'rtl' ? -1 : 1;
        expect(wheelOn(host, { deltaX: 57 }).defaultPrevented).to.equal(true);
        const [horizontal] = await stepsOfNextFrame(host);
        expect(horizontal).to.deep.include({ factor: 1 });
        expect(horizontal!.pan, `${dir}: horizontal wheel`).to.be.closeTo((sign * 57) / PLOT_WIDTH, 1e-12);
        expect(wheelOn(host, { deltaY: 3, deltaMode: WheelEvent.DOM_DELTA_LINE, shiftKey: true }).defaultPrevented).to.equal(true);
        const [shifted] = await stepsOfNextFrame(host);
        expect(shifted!.pan, `${dir}: shift + wheel, 3 lines`).to.be.closeTo((sign * 100) / PLOT_WIDTH, 1e-12);
      }
    });

    it('dragging pans with the hand, and the click that ends a drag is marked as such', async () => {
      const host = await renderHost();
      const box = plotBox(host);
      const y = box.top + 50;
      pointer(host, 'pointerdown', { pointerId: 1, pointerType: 'mouse', button: 0, clientX: box.left + 200, clientY: y });
      pointer(host, 'pointermove', { pointerId: 1, pointerType: 'mouse', clientX: box.left + 202, clientY: y });
      expect(await stepsOfNextFrame(host), 'under the drag threshold: nothing yet').to.deep.equal([]);
      pointer(host, 'pointermove', { pointerId: 1, pointerType: 'mouse', clientX: box.left + 260, clientY: y });
      const [step] = await stepsOfNextFrame(host);
      // Dragged 58 px to the right: the view moves 58 px earlier.
      expect(step!.pan).to.be.closeTo(-58 / PLOT_WIDTH, 1e-12);
      pointer(host, 'pointerup', { pointerId: 1, pointerType: 'mouse', clientX: box.left + 260, clientY: y });
      expect(host.gestures.justDragged).to.equal(true);
    });

    it('two fingers pinch around their middle on the plot', async () => {
      const host = await renderHost();
      const box = plotBox(host);
      const y = box.top + 50;
      pointer(host, 'pointerdown', { pointerId: 11, pointerType: 'touch', clientX: box.left + 100, clientY: y });
      pointer(host, 'pointerdown', { pointerId: 12, pointerType: 'touch', clientX: box.left + 200, clientY: y });
      pointer(host, 'pointermove', { pointerId: 12, pointerType: 'touch', clientX: box.left + 300, clientY: y });
      const [step] = await stepsOfNextFrame(host);
      expect(step!.factor, 'the fingers moved twice as far apart').to.be.closeTo(2, 1e-9);
      expect(step!.anchor, 'around their middle').to.be.closeTo(200 / box.width, 1e-9);
      pointer(host, 'pointerup', { pointerId: 11, pointerType: 'touch' });
      pointer(host, 'pointerup', { pointerId: 12, pointerType: 'touch' });
    });
  });

  it('drops a step queued just before the host is detached', async () => {
    const host = await renderHost();
    wheelOn(host, { deltaY: -100, ctrlKey: true });
    host.remove();
    await frame();
    await frame();
    expect(host.changes).to.deep.equal([]);
  });
});
