import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/dateline.js';
import { onDemandElementsDefined } from '../on-demand-elements.js';
import type { DatelineEventCard } from '../../src/components/event-card/event-card.js';
import type { DatelineEventList } from '../../src/components/event-list/event-list.js';
import { koreaRussia2024 } from '../../src/data/korea-russia-2024.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';
import { clipByAncestors, flatParent, frame, settle } from '../helpers/elements.js';
import { renderTimeline as renderTimelineIn, type TimelineSetup } from '../helpers/render-timeline.js';

before(onDemandElementsDefined);

// WCAG 2.2 success criterion 2.5.8, Target Size (Minimum), level AA: every pointer target is at least 24 × 24 CSS
// pixels, or is spaced so that a 24 px circle centred on it touches no other target and no other undersized
// target's circle. Exempt, as WCAG says: a link inline in a sentence or a block of text (the card's and the
// list's source names, in a line with the quote and the date), whose size the line height of the text sets.

const MINIMUM = 24;
const INTERACTIVE = 'button, a[href], [tabindex], input, summary, [role="button"]';

interface Target {
  element: HTMLElement;
  box: DOMRect;
  name: string;
}

/** Every element in a root and in the shadow roots of the elements in it. */
function* allElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}


/**
 * The part of an element's box that can be clicked now, or undefined: what its ancestors' overflow (hidden or
 * scrolling) leaves on screen. A target partly scrolled out of its box is measured by what shows.
 */
function clickableBox(element: Element): DOMRect | undefined {
  const { left, top, right, bottom } = clipByAncestors(element.getBoundingClientRect(), flatParent(element));
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : undefined;
}

/** Everything painted at a point, topmost first, from a root outwards through the hosts (as Chromium lists it). */
function stackAt(root: Document | ShadowRoot, x: number, y: number): Element[] {
  const stack = root.elementsFromPoint(x, y);
  if (root instanceof ShadowRoot) {
    for (const outer of stackAt(root.host.getRootNode() as Document | ShadowRoot, x, y)) if (!stack.includes(outer)) stack.push(outer);
  }
  return stack;
}

function flatContains(ancestor: Element, element: Element): boolean {
  for (let node: Element | null = element; node; node = flatParent(node)) if (node === ancestor) return true;
  return false;
}

/**
 * True when a target can be clicked at a point, not covered there by something else (the card floats over the
 * chart's events, which are then no targets where it covers them). Points off screen count as uncovered.
 */
function reachableAt(target: Target, x: number, y: number): boolean {
  if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return true;
  const top = stackAt(target.element.getRootNode() as Document | ShadowRoot, x, y)[0];
  return top === undefined || flatContains(target.element, top) || flatContains(top, target.element);
}

/** WCAG's inline exception: a link drawn inline, in a block that holds other text than the link's. */
function isInlineInText(element: HTMLElement): boolean {
  if (element.localName !== 'a' || getComputedStyle(element).display !== 'inline') return false;
  let block = flatParent(element);
  while (block && getComputedStyle(block).display.startsWith('inline')) block = flatParent(block);
  const own = (element.textContent ?? '').trim();
  const around = (block?.textContent ?? '').replace(own, '').replace(/[\s,—–-]/g, '');
  return around.length > 0;
}

function describeTarget(element: HTMLElement): string {
  const label = element.getAttribute('aria-label') ?? (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const classes = element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
  return `<${element.localName}${classes}> "${label.slice(0, 50)}"`;
}

/** The pointer targets inside a host (through nested shadow roots) that are on screen. */
function targetsIn(host: Element): Target[] {
  const targets: Target[] = [];
  for (const element of allElements(host.shadowRoot!)) {
    if (!(element instanceof HTMLElement) || !element.matches(INTERACTIVE)) continue;
    if (element.getClientRects().length === 0 || getComputedStyle(element).visibility !== 'visible') continue;
    if (isInlineInText(element)) continue;
    const box = clickableBox(element);
    if (box) targets.push({ element, box, name: describeTarget(element) });
  }
  return targets;
}

const describeBox = (box: DOMRect) => `${box.width.toFixed(1)} × ${box.height.toFixed(1)} at (${box.left.toFixed(1)}, ${box.top.toFixed(1)})`;
const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
/** Distance from a point to the nearest point of a box (0 inside it). */
const distanceToBox = (point: { x: number; y: number }, box: DOMRect) =>
  Math.hypot(Math.max(box.left - point.x, 0, point.x - box.right), Math.max(box.top - point.y, 0, point.y - box.bottom));

/** What fails 2.5.8, in words: each undersized target whose 24 px circle meets another target or circle. */
function targetSizeProblems(targets: Target[]): string[] {
  const undersized = targets.filter((target) => target.box.width < MINIMUM - 0.01 || target.box.height < MINIMUM - 0.01);
  const problems: string[] = [];
  for (const target of undersized) {
    const middle = centre(target.box);
    const radius = MINIMUM / 2;
    const touched = targets.find((other) => {
      if (other === target || distanceToBox(middle, other.box) >= radius - 0.01) return false;
      const nearest = { x: Math.min(Math.max(middle.x, other.box.left + 0.5), other.box.right - 0.5), y: Math.min(Math.max(middle.y, other.box.top + 0.5), other.box.bottom - 0.5) };
      return reachableAt(other, nearest.x, nearest.y);
    });
    const crowded = undersized.find((other) => other !== target && Math.hypot(centre(other.box).x - middle.x, centre(other.box).y - middle.y) < MINIMUM - 0.01);
    if (touched || crowded) {
      problems.push(
        `${target.name} is ${describeBox(target.box)}, under 24 × 24, and its 24 px circle ${touched ? `meets ${touched.name} (${describeBox(touched.box)})` : `meets the circle of ${crowded!.name}`}`,
      );
    }
  }
  return problems;
}

let smallest: { target: Target; where: string } | undefined;

const onScreen = (box: DOMRect) => box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;

function checkTargets(targets: Target[], where: string): string[] {
  for (const target of targets) {
    const side = Math.min(target.box.width, target.box.height);
    if (!smallest || side < Math.min(smallest.target.box.width, smallest.target.box.height)) smallest = { target, where };
  }
  return targetSizeProblems(targets);
}

function expectTargetSize(host: Element, where: string, minimumCount = 1): Target[] {
  const targets = targetsIn(host);
  expect(targets.length, `pointer targets found in ${where}`).to.be.at.least(minimumCount);
  const problems = checkTargets(targets, where);
  expect(problems, `${problems.length} targets fail WCAG 2.5.8 in ${where}:\n${problems.slice(0, 20).join('\n')}`).to.deep.equal([]);
  return targets;
}

/**
 * The same, for an element taller than the window whose items are laid out only near the screen
 * (`content-visibility: auto`): the page is scrolled over it a screen at a time, checking what is on screen.
 */
async function expectTargetSizeScrolling(host: Element, where: string, minimumCount = 1): Promise<Target[]> {
  const seen = new Map<HTMLElement, Target>();
  const problems = new Set<string>();
  const step = window.innerHeight - 200;
  window.scrollTo(0, 0);
  for (let y = host.getBoundingClientRect().top + window.scrollY - 100; ; y += step) {
    window.scrollTo(0, y);
    await frame();
    await frame();
    const targets = targetsIn(host).filter((target) => onScreen(target.box));
    for (const problem of checkTargets(targets, where)) problems.add(problem);
    for (const target of targets) seen.set(target.element, target);
    if (host.getBoundingClientRect().bottom <= window.innerHeight || window.scrollY + window.innerHeight >= document.documentElement.scrollHeight) break;
  }
  window.scrollTo(0, 0);
  expect(seen.size, `pointer targets found in ${where}`).to.be.at.least(minimumCount);
  expect([...problems], `${problems.size} targets fail WCAG 2.5.8 in ${where}:\n${[...problems].slice(0, 20).join('\n')}`).to.deep.equal([]);
  return [...seen.values()];
}




/** Light look, lanes by actor and 600 px high unless `height: null` leaves the height to the element. */
const renderTimeline = ({ lanes = 'actor', height = 600, ...rest }: Omit<TimelineSetup, 'height'> & { height?: number | null }) =>
  renderTimelineIn({ ...rest, lanes, theme: 'light', height: height ?? undefined });

/** The seed data with a link on every source, so that the card and the list draw links. */
const seedWithLinks = {
  ...koreaRussia2024,
  events: koreaRussia2024.events.map((event) => ({
    ...event,
    sources: (event.sources ?? []).map((source, index) => ({ ...source, url: `https://example.com/${event.id}/${index}` })),
  })),
};

const roleCount = (targets: Target[], selector: string) => targets.filter((target) => target.element.matches(selector)).length;

describe('target size (WCAG 2.2 2.5.8, 24 × 24 CSS px)', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 1300 });
  });

  after(() => {
    if (smallest) console.log(`Smallest target: ${smallest.target.name}, ${describeBox(smallest.target.box)}, in ${smallest.where}`);
  });

  it('finds a target too small and too close (the check can fail)', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = `
      <button style="width:16px;height:16px;padding:0;margin:0;position:absolute;left:10px;top:10px">a</button>
      <button style="width:16px;height:16px;padding:0;margin:0;position:absolute;left:30px;top:10px">b</button>
      <button style="width:16px;height:16px;padding:0;margin:0;position:absolute;left:100px;top:10px">c</button>
      <p>Read <a href="https://example.com/">the source</a> for more.</p>`;
    const targets = targetsIn(host);
    expect(targets.map((target) => target.element.textContent)).to.deep.equal(['a', 'b', 'c']);
    const problems = targetSizeProblems(targets);
    expect(problems).to.have.length(2);
    expect(problems[0]).to.contain('<button> "a" is 16.0 × 16.0').and.contain('"b"');
    expect(problems[1]).to.contain('<button> "b" is 16.0 × 16.0').and.contain('"a"');
  });

  it('horizontal timeline with lanes, legend, zoom buttons and an open card with links', async () => {
    const timeline = await renderTimeline({ events: seedWithLinks, selected: 'donetsk-strike', height: 1200 });
    const targets = expectTargetSize(timeline, 'the horizontal timeline with its card open', 20);
    expect(roleCount(targets, '.event'), 'events').to.be.greaterThan(10);
    expect(roleCount(targets, '[part="controls"] button'), 'zoom buttons').to.equal(3);
    expect(roleCount(targets, '.close'), 'the card’s close button').to.equal(1);
  });

  it('crowded horizontal timelines: "+N" clusters, aggregated count badges and an open cluster list', async () => {
    const clustered = await renderTimeline({ events: syntheticEvents(50, { seed: 7 }), lanes: 'none', height: 200 });
    const clusters = [...clustered.shadowRoot!.querySelectorAll<HTMLButtonElement>('.cluster')];
    expect(clusters.length, '"+N" clusters drawn').to.be.greaterThan(0);
    expectTargetSize(clustered, 'a timeline with clusters');
    clusters[0]!.click();
    await settle(clustered);
    expect(clustered.shadowRoot!.querySelector('.cluster-list'), 'the cluster list is open').to.exist;
    expectTargetSize(clustered, 'a timeline with a cluster list open');

    // A crowd of small marks under calendar bins: the bins are the targets.
    const crowd = await renderTimeline({ events: syntheticEvents(1000, { seed: 3, years: 2 }), lanes: 'none' });
    expect(Number(crowd.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.crowd')?.dataset.marks ?? 0), 'a crowd drawn').to.be.greaterThan(0);
    expectTargetSize(crowd, 'a crowd of 1,000 events');

    const aggregated = await renderTimeline({ events: syntheticEvents(6000, { seed: 3, years: 6 }), lanes: 'actor', height: 600 });
    expect([...aggregated.shadowRoot!.querySelectorAll('.cluster')].some((cluster) => getComputedStyle(cluster).backgroundImage !== 'none'), 'aggregated columns drawn').to.equal(true);
    expectTargetSize(aggregated, 'an aggregated timeline (6,000 events)');
  });

  it('vertical layout, with pages of events and an open card', async () => {
    // The vertical layout lists 400 events at a time; the page of the selected event has buttons to the others.
    const events = syntheticEvents(1000, { seed: 5 });
    const middle = [...events].sort((a, b) => a.start.localeCompare(b.start))[500]!.id;
    const timeline = await renderTimeline({ events, orientation: 'vertical', selected: middle, height: null });
    const targets = expectTargetSize(timeline, 'the vertical timeline');
    expect(roleCount(targets, 'button.page'), '"Show earlier/later events" buttons').to.be.greaterThan(0);
  });

  it('narrow (375 px): the vertical layout with the card open below', async () => {
    const timeline = await renderTimeline({ events: seedWithLinks, width: 375, selected: 'treaty-signed', height: null });
    expect(timeline.getAttribute('data-layout')).to.equal('vertical');
    const targets = expectTargetSize(timeline, 'the timeline at 375 px');
    expect(roleCount(targets, '.close'), 'the card’s close button').to.equal(1);
  });

  it('the card on its own, closable, with source links', async () => {
    const event = seedWithLinks.events.find((candidate) => candidate.id === 'donetsk-strike')!;
    const card = await fixture<DatelineEventCard>(html`<dateline-event-card closable locale="en-GB" .event=${event}></dateline-event-card>`);
    await card.updateComplete;
    expectTargetSize(card, 'the card');
  });

  it('the list, with an item open and "show more"', async () => {
    const seeded = await fixture<DatelineEventList>(html`<dateline-event-list locale="en-GB" selected="donetsk-strike" .events=${seedWithLinks}></dateline-event-list>`);
    await seeded.updateComplete;
    const targets = await expectTargetSizeScrolling(seeded, 'the seed list with an item open', 17);
    expect(roleCount(targets, 'a[href]'), 'the open item’s source links').to.be.greaterThan(0);
  });

  it('a long list: its foot, with "show more"', async () => {
    // The list shows 1,000 events at first; the rest behind a button at its foot.
    const list = await fixture<DatelineEventList>(html`<dateline-event-list locale="en-GB" .events=${syntheticEvents(1200, { seed: 2 })}></dateline-event-list>`);
    await list.updateComplete;
    const showMore = list.shadowRoot!.querySelector<HTMLElement>('[part="show-more"]');
    expect(showMore, 'the show-more button').to.exist;
    window.scrollBy(0, showMore!.getBoundingClientRect().bottom - window.innerHeight + 40);
    await frame();
    await frame();
    const targets = targetsIn(list).filter((target) => onScreen(target.box));
    expect(roleCount(targets, '[part="show-more"]'), 'the show-more button on screen').to.equal(1);
    const problems = checkTargets(targets, 'the foot of a long list');
    window.scrollTo(0, 0);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
