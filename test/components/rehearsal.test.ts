import { expect } from '@open-wc/testing';
import '../../src/components/timeline/define.js';
import { DatelineTimeline } from '../../src/components/timeline/timeline.js';
import { rehearseFirstTimeline } from '../../src/components/timeline/rehearsal.js';
import { rehearsalWanted, warmUpWhenIdle } from '../../src/components/timeline/warm-up.js';

/*
 * The idle rehearsal draws a story unseen before a page's first timeline, so that the first timeline the reader
 * asks for draws sooner (the bench measures that). What a page must be able to rely on is that it never notices:
 * nothing seen, focusable, found by its queries or heard by its listeners, and nothing left behind.
 */

// The page's own rehearsal (scheduled for its first idle moment by define.js) is not needed: this file calls it.
DatelineTimeline.eventsDrawn = true;

const DATELINE_EVENTS = ['dateline-load', 'dateline-error', 'dateline-select', 'dateline-deselect', 'dateline-range-change', 'dateline-close'];

describe('the idle rehearsal of a first timeline', () => {
  let drawnBefore: boolean;
  beforeEach(() => {
    drawnBefore = DatelineTimeline.eventsDrawn;
  });
  afterEach(() => {
    DatelineTimeline.eventsDrawn = drawnBefore;
    DatelineTimeline.rehearseWhenIdle = true;
  });

  it('is scheduled for the page’s idle moments, and comes and goes by itself', async () => {
    DatelineTimeline.eventsDrawn = false;
    const came = new Promise<Element>((resolve) => {
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const host = [...record.addedNodes].find((node): node is Element => node instanceof Element && node.localName === 'dateline-rehearsal');
          if (host) {
            observer.disconnect();
            resolve(host);
          }
        }
      });
      observer.observe(document.body, { childList: true });
    });
    warmUpWhenIdle();
    const host = await came;
    await rehearseFirstTimeline();
    expect(host.isConnected, 'gone once drawn').to.equal(false);
    expect(DatelineTimeline.eventsDrawn).to.equal(true);
  });

  it('is wanted until a timeline has drawn its events, unless the page turned it off', () => {
    DatelineTimeline.eventsDrawn = false;
    expect(rehearsalWanted()).to.equal(true);
    DatelineTimeline.rehearseWhenIdle = false;
    expect(rehearsalWanted()).to.equal(false);
    DatelineTimeline.rehearseWhenIdle = true;
    DatelineTimeline.eventsDrawn = true;
    expect(rehearsalWanted()).to.equal(false);
  });

  it('draws a story, unseen, unheard and out of reach, and leaves the page as it was', async () => {
    // As in a page where no timeline has drawn yet.
    DatelineTimeline.eventsDrawn = false;
    const childrenBefore = [...document.body.childNodes];
    const addressBefore = location.href;
    const timelinesBefore = document.querySelectorAll('dateline-timeline').length;
    const heard: string[] = [];
    const hear = (event: Event) => heard.push(event.type);
    for (const type of DATELINE_EVENTS) window.addEventListener(type, hear, true);
    const pageHeight = () => document.documentElement.getBoundingClientRect().height;
    const heightBefore = pageHeight();
    const whileDrawn: { host: HTMLElement; visibility: string; position: string; pageHeight: number; timelines: number }[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof HTMLElement)) continue;
          const style = getComputedStyle(node);
          whileDrawn.push({ host: node, visibility: style.visibility, position: style.position, pageHeight: pageHeight(), timelines: document.querySelectorAll('dateline-timeline').length });
        }
      }
    });
    observer.observe(document.body, { childList: true });
    try {
      await rehearseFirstTimeline();
    } finally {
      observer.disconnect();
      for (const type of DATELINE_EVENTS) window.removeEventListener(type, hear, true);
    }

    expect(whileDrawn).to.have.length(1);
    const [{ host, visibility, position, pageHeight: heightWhileDrawn, timelines }] = whileDrawn;
    expect(host.localName).to.equal('dateline-rehearsal');
    expect(host.getAttribute('aria-hidden')).to.equal('true');
    expect(host.inert).to.equal(true);
    expect(visibility).to.equal('hidden');
    expect(position).to.equal('fixed');
    expect(heightWhileDrawn, "out of the page's flow").to.equal(heightBefore);
    expect(timelines, "the page's queries find only its own timelines").to.equal(timelinesBefore);
    // It drew its events (which is what warms the code a first drawing runs), told no one, and is gone.
    expect(DatelineTimeline.eventsDrawn).to.equal(true);
    expect(heard).to.deep.equal([]);
    expect([...document.body.childNodes]).to.deep.equal(childrenBefore);
    expect(location.href).to.equal(addressBefore);
  });

  it('is not drawn once a timeline on the page has drawn its events', async () => {
    DatelineTimeline.eventsDrawn = true;
    const added: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((record) => added.push(...record.addedNodes)));
    observer.observe(document.body, { childList: true, subtree: true });
    await rehearseFirstTimeline();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    observer.disconnect();
    expect(added).to.deep.equal([]);
  });

  it('marks the page as drawn when a timeline draws its events, and not when it has none', async () => {
    DatelineTimeline.eventsDrawn = false;
    const empty = document.createElement('dateline-timeline');
    empty.events = [];
    document.body.append(empty);
    await empty.updateComplete;
    expect(DatelineTimeline.eventsDrawn).to.equal(false);
    const timeline = document.createElement('dateline-timeline');
    const loaded = new Promise((resolve) => timeline.addEventListener('dateline-load', resolve, { once: true }));
    timeline.events = [{ id: 'one', title: 'One event', start: '2024-10-03' }];
    document.body.append(timeline);
    await loaded;
    await timeline.updateComplete;
    expect(DatelineTimeline.eventsDrawn).to.equal(true);
    empty.remove();
    timeline.remove();
  });
});
