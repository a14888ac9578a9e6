import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/timeline/define.js';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';
import type { EventStatus } from '../../src/model/schema.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';
import { colorDistance, crowdOf, resolvedColor, type CrowdView, type Pixel } from '../helpers/crowd-canvas.js';
import { settle } from '../helpers/elements.js';

// The small marks of crowded lanes are painted on one canvas (crowd-canvas.ts): read back, its pixels show a mark
// where the layout places one, in its lane's colour and its status's fill, and nothing where there is none.

interface CrowdSetup {
  status?: EventStatus;
  dir?: 'ltr' | 'rtl';
  theme?: 'light' | 'dark';
}

async function renderCrowd({ status, dir = 'ltr', theme = 'light' }: CrowdSetup = {}): Promise<DatelineTimeline> {
  const events = syntheticEvents(1000, { seed: 3, years: 2 }).map((event) => (status ? { ...event, status } : event));
  const parent = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width: 1000px">
    <dateline-timeline lanes="actor" locale="en-GB" theme=${theme} .events=${events}></dateline-timeline>
  </div>`);
  const timeline = parent.querySelector('dateline-timeline')!;
  await settle(timeline);
  return timeline;
}

function crowd(timeline: DatelineTimeline): CrowdView {
  const view = crowdOf(timeline);
  expect(view, 'a crowd canvas drawn').to.exist;
  return view!;
}

const inks = new WeakMap<CrowdView, Map<number, Pixel>>();

/** The colour a mark of a lane is drawn in: its lane's, as the element's custom property says. */
function laneInk(view: CrowdView, lane: number): Pixel {
  const known = inks.get(view) ?? new Map<number, Pixel>();
  inks.set(view, known);
  if (!known.has(lane)) {
    const colorIndex = view.layout.lanes[lane]!.lane.colorIndex;
    const property = colorIndex >= 0 ? `--_lane-${colorIndex + 1}` : '--_mark';
    known.set(lane, resolvedColor(getComputedStyle(view.canvas).getPropertyValue(property).trim(), view.canvas.parentElement!));
  }
  return known.get(lane)!;
}

const pointCentre = (view: CrowdView, mark: CrowdView['marks'][number]) => {
  const box = view.box(mark);
  return { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
};

/** Every point mark's centre is opaque, in its lane's colour. Returns the lane colours seen. */
function expectPointsInLaneColours(view: CrowdView, what: string): Set<string> {
  const points = view.marks.filter((mark) => mark.kind === 'point');
  expect(points.length, `${what}: point marks`).to.be.greaterThan(50);
  const seen = new Set<string>();
  for (const mark of points) {
    const { x, y } = pointCentre(view, mark);
    const ink = laneInk(view, mark.lane);
    const painted = view.pixelAt(x, y);
    expect(colorDistance(painted, { ...ink, a: 255 }), `${what}: the point of event ${mark.order} at ${x.toFixed(1)}, ${y.toFixed(1)} is ${JSON.stringify(painted)}, its lane's colour ${JSON.stringify(ink)}`).to.be.at.most(8);
    seen.add(JSON.stringify(ink));
  }
  return seen;
}

/** Nothing is painted farther than a pixel from every mark's box (sampled on a grid over the canvas). */
function expectNothingBesideMarks(view: CrowdView, what: string): void {
  const width = view.canvas.clientWidth;
  const height = view.canvas.clientHeight;
  const boxes = view.marks.map((mark) => view.box(mark));
  let checked = 0;
  for (let y = 0.5; y < height; y += 3) {
    const near = boxes.filter((box) => y >= box.top - 1 && y <= box.bottom + 1);
    for (let x = 0.5; x < width; x += 3) {
      if (near.some((box) => x >= box.left - 1 && x <= box.right + 1)) continue;
      checked++;
      const painted = view.pixelAt(x, y);
      if (painted.a !== 0) expect.fail(`${what}: painted ${JSON.stringify(painted)} at ${x}, ${y}, where no mark is`);
    }
  }
  expect(checked, `${what}: empty places checked`).to.be.greaterThan(10_000);
}

describe('the crowd canvas', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`paints a mark where the layout places one, in its lane's colour, and nothing where there is none (${dir})`, async () => {
      const timeline = await renderCrowd({ dir, status: 'confirmed' });
      const view = crowd(timeline);
      expect(view.rtl, 'the direction').to.equal(dir === 'rtl');
      expect(view.canvas.getAttribute('aria-hidden')).to.equal('true');
      expect(view.marks.length, 'a crowd in the layout').to.be.greaterThan(300);
      expect(Number(view.canvas.dataset.marks), 'the canvas paints every mark of the layout').to.equal(view.marks.length);
      // Over the whole plot, at the screen's pixel density.
      const plot = view.canvas.parentElement!.getBoundingClientRect();
      const box = view.canvas.getBoundingClientRect();
      expect([box.left, box.top, box.width, box.height]).to.deep.equal([plot.left, plot.top, plot.width, plot.height]);
      expect(view.canvas.width).to.equal(Math.round(box.width * devicePixelRatio));
      expect(view.canvas.height).to.equal(Math.round(box.height * devicePixelRatio));

      const lanes = expectPointsInLaneColours(view, dir);
      expect(lanes.size, 'lane colours painted').to.be.at.least(2);
      expectNothingBesideMarks(view, dir);

      // A zoom step lays the crowd out again: the canvas follows it.
      timeline.zoomTo('2023-03-01', '2024-11-01');
      await settle(timeline);
      const zoomed = crowd(timeline);
      expect(zoomed.marks, 'a new layout').not.to.equal(view.marks);
      expect(Number(zoomed.canvas.dataset.marks)).to.equal(zoomed.marks.length);
      expectPointsInLaneColours(zoomed, `${dir}, zoomed`);
      expectNothingBesideMarks(zoomed, `${dir}, zoomed`);
    });
  }

  it('draws each status as the small marks do: confirmed filled, reported hollow, alleged half filled', async () => {
    const centreOf = async (status: EventStatus, dx: number) => {
      const view = crowd(await renderCrowd({ status }));
      const hollow = resolvedColor(getComputedStyle(view.canvas).getPropertyValue('--_background').trim(), view.canvas);
      return view.marks
        .filter((mark) => mark.kind === 'point')
        .slice(0, 40)
        .map((mark) => {
          const { x, y } = pointCentre(view, mark);
          const painted = view.pixelAt(x + dx, y);
          const ink = laneInk(view, mark.lane);
          return { painted, inked: colorDistance(painted, { ...ink, a: 255 }) < colorDistance(painted, { ...hollow, a: 255 }), opaque: painted.a === 255 };
        });
    };
    for (const [status, dx, inked] of [
      ['confirmed', 0, true],
      ['reported', 0, false],
      ['expected', 0, false],
      ['alleged', 1.5, true],
      ['alleged', -1.5, false],
      ['disputed', 1.5, true],
      ['disputed', -1.5, false],
    ] as const) {
      for (const found of await centreOf(status, dx)) {
        expect(found.opaque, `a ${status} point is opaque ${dx} px from its centre: ${JSON.stringify(found.painted)}`).to.equal(true);
        expect(found.inked, `a ${status} point ${dx} px from its centre is ${inked ? 'ink' : 'hollow'}: ${JSON.stringify(found.painted)}`).to.equal(inked);
      }
    }
  });

  it('fills a hollow point with its own timeline’s background, whatever another timeline on the page drew before', async () => {
    for (const background of ['#ffffff', '#fdf3d0', '#ffffff']) {
      const events = syntheticEvents(1000, { seed: 3, years: 2 }).map((event) => ({ ...event, status: 'reported' as const }));
      const parent = await fixture<HTMLDivElement>(html`<div style="width: 1000px; --dateline-background: ${background}">
        <dateline-timeline lanes="actor" locale="en-GB" theme="light" .events=${events}></dateline-timeline>
      </div>`);
      const timeline = parent.querySelector('dateline-timeline')!;
      await settle(timeline);
      const view = crowd(timeline);
      const hollow = resolvedColor(background, view.canvas.parentElement!);
      const points = view.marks.filter((mark) => mark.kind === 'point').slice(0, 40);
      expect(points.length, 'points').to.be.greaterThan(10);
      for (const mark of points) {
        const { x, y } = pointCentre(view, mark);
        const painted = view.pixelAt(x, y);
        expect(colorDistance(painted, { ...hollow, a: 255 }), `on ${background}, the hollow of event ${mark.order} is ${JSON.stringify(painted)}`).to.be.at.most(8);
      }
    }
  });

  it('repaints in the other look’s colours when the theme changes', async () => {
    const timeline = await renderCrowd({ status: 'confirmed', theme: 'light' });
    const light = expectPointsInLaneColours(crowd(timeline), 'light');
    timeline.setAttribute('theme', 'dark');
    await settle(timeline);
    const dark = expectPointsInLaneColours(crowd(timeline), 'dark');
    expect([...dark].some((color) => light.has(color)), 'no light lane colour left').to.equal(false);
  });

  it('lets go of its canvas when the crowd goes, and paints again when it comes back', async () => {
    const timeline = await renderCrowd({ status: 'confirmed' });
    const parent = timeline.parentElement!;
    timeline.remove();
    parent.append(timeline);
    await settle(timeline);
    expectPointsInLaneColours(crowd(timeline), 're-attached');
    // Zoomed in to a few days, every event has room of its own: no crowd, no canvas.
    timeline.zoomTo('2023-06-01', '2023-06-08');
    await settle(timeline);
    expect(timeline.shadowRoot!.querySelector('canvas.crowd'), 'no canvas without a crowd').to.equal(null);
    timeline.zoomTo('2023-01-01', '2025-01-01');
    await settle(timeline);
    expectPointsInLaneColours(crowd(timeline), 'zoomed out again');
  });
});
