/**
 * What authors coming from TimelineJS write, as a reader sees it (issue 13): the dataset's header, eras behind
 * the lanes and in the list, media in the card (loaded only when the reader opens the event, frames only on the
 * reader's word), thumbnails when the embedder asks for them, and CSV dates in a declared pattern.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/timeline/define.js';
import '../../src/components/event-list/define.js';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';
import type { DatelineEventList } from '../../src/components/event-list/event-list.js';
import type { DatelineEventCard } from '../../src/components/event-card/event-card.js';
import { loadSanitizer } from '../../src/components/shared/rich-text.js';
import { authoredStory, STORY_ERAS, thumbnailUrl, VIDEO_URL } from '../fixtures/authored-story.js';
import timelineJsStory from '../fixtures/timelinejs/full-story.json' with { type: 'json' };
import { describeBox, frame, intersects, nextEvent, rect, settle } from '../helpers/elements.js';
import { collapsedSpaces as plain } from '../helpers/readable-text.js';

const story = () => authoredStory(location.origin);
const one = <T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string) => root.querySelector<T>(selector);
const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** Waits, a frame at a time, for what loads on demand (the media players' chunk) to be drawn; fails after two seconds' worth of frames. */
async function drawn<T extends Element>(find: () => T | null | undefined, what: string): Promise<T> {
  for (let frames = 0; frames < 120; frames++) {
    const found = find();
    if (found) return found;
    await frame();
  }
  throw new Error(`${what} was never drawn`);
}

/** The files the page has asked for from the test fixtures' media folder. */
const mediaRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/test/fixtures/media/'));

async function timeline(attributes: { thumbnails?: boolean; header?: string; headingLevel?: number; selected?: string; lanes?: string } = {}): Promise<DatelineTimeline> {
  const parent = await fixture<HTMLDivElement>(html`<div style="width:1000px">
    <dateline-timeline
      locale="en-GB"
      lanes=${attributes.lanes ?? 'actor'}
      ?thumbnails=${attributes.thumbnails === true}
      header=${attributes.header ?? 'auto'}
      heading-level=${attributes.headingLevel ?? 2}
      selected=${attributes.selected ?? ''}
      .events=${story()}
    ></dateline-timeline>
  </div>`);
  const el = parent.querySelector('dateline-timeline')!;
  await settle(el);
  return el;
}

const cardOf = (el: DatelineTimeline) => one<DatelineEventCard>(el.shadowRoot!, '[part="card"] dateline-event-card');

async function openCard(el: DatelineTimeline, id: string): Promise<DatelineEventCard> {
  el.selected = id;
  await settle(el);
  const card = cardOf(el);
  expect(card, `the card of ${id}`).to.exist;
  await card!.updateComplete;
  return card!;
}

describe('authored content', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 1000 });
    await loadSanitizer();
  });

  describe('the header', () => {
    it('shows the title as a heading, the dek, "Updated …" and the credit with its link, above the chart', async () => {
      const el = await timeline();
      const header = one(el.shadowRoot!, '[part="header"]')!;
      expect(header, 'the header').to.exist;
      expect(plain(one(header, 'h2')!.textContent)).to.equal(story().title);
      expect(plain(one(header, '.dek')!.textContent)).to.equal(story().description);
      expect(plain(one(header, '.byline')!.textContent)).to.equal('Updated 10 October 2024 · Graphic: the Dateline desk');
      expect(one(header, '.byline time')!.getAttribute('datetime')).to.equal('2024-10-10');
      const link = one<HTMLAnchorElement>(header, '.credit a')!;
      expect([link.href, link.target, link.rel]).to.deep.equal(['https://example.com/desk', '_blank', 'noopener noreferrer']);
      const chart = rect(one(el.shadowRoot!, '.chart')!);
      expect(rect(header).bottom, 'the header ends above the chart').to.be.at.most(chart.top + 0.5);
    });

    it('takes the heading level it is given, and header="none" hides it while the title still names the chart', async () => {
      const level3 = await timeline({ headingLevel: 3 });
      expect(one(level3.shadowRoot!, '[part="header"] h3'), 'an h3').to.exist;
      const hidden = await timeline({ header: 'none' });
      expect(one(hidden.shadowRoot!, '[part="header"]')).to.equal(null);
      expect(one(hidden.shadowRoot!, '[role="group"]')!.getAttribute('aria-label')).to.equal(story().title);
    });

    it('asks before loading its picture, and loads it up front with thumbnails', async () => {
      const asked = await timeline();
      const button = await drawn(() => one<HTMLButtonElement>(asked.shadowRoot!, '[part="header"] [part="media"] button'), 'the header picture\'s button');
      expect(plain(button.textContent)).to.equal(`Load image from ${location.hostname}`);
      expect(one(asked.shadowRoot!, '[part="header"] img'), 'no picture before the reader asks').to.equal(null);
      button.click();
      const img = await drawn(() => one<HTMLImageElement>(asked.shadowRoot!, '[part="header"] [part="media"] img'), 'the header picture');
      expect(img.alt).to.equal(story().media!.alt);
      const upFront = await timeline({ thumbnails: true });
      expect(await drawn(() => one(upFront.shadowRoot!, '[part="header"] [part="media"] img'), 'the picture with thumbnails')).to.exist;
    });
  });

  describe('eras', () => {
    it('draws the eras in view as named bands behind the lanes, their names clear of every event, and says them once', async () => {
      const el = await timeline();
      const bands = all(el, '[part="era"]');
      const titleOf = (band: HTMLElement) => plain(one(band, '.era-name')?.textContent ?? '');
      expect(bands.length, 'a band for each era in view: the two that go on, and the one before the break').to.equal(3);
      // Kim Jong Un's era begins inside the axis break: its band shows, but its name has no room before the war's.
      expect(bands.map(titleOf).filter(Boolean), 'the names with room').to.include.members(['Sunshine Policy', 'Full-scale war in Ukraine']);
      for (const band of bands) {
        expect(band.getAttribute('aria-hidden'), 'a band is seen, not heard').to.equal('true');
        expect(band.querySelector('button'), 'a band holds no event').to.equal(null);
      }
      const war = bands.find((band) => band.textContent!.includes('Full-scale war'))!;
      expect(one(war, '.era-ongoing'), 'the war goes on: an arrow at the view\'s end').to.exist;
      const events = all(el, '.event .mark, .event .label');
      for (const band of bands.filter(titleOf)) {
        const name = rect(one(band, '.era-name')!);
        const hit = events.filter((item) => intersects(rect(item), name)).map((item) => `${item.closest<HTMLElement>('.event')!.dataset.id} ${describeBox(rect(item))}`);
        expect(hit, `the name ${describeBox(name)} of ${band.textContent!.trim()} covers`).to.deep.equal([]);
      }
      const treaty = rect(one(el.shadowRoot!, '.event[data-id="treaty-signed"] .mark')!);
      expect(rect(war).left, 'the war began before the treaty').to.be.below(treaty.left);
      expect(plain(one(el.shadowRoot!, '.chart')!.textContent)).to.contain('Eras: Sunshine Policy, 1998 – 2008; Kim Jong Un in power, since December 2011; Full-scale war in Ukraine, since 24 February 2022.');
    });

    it('names them in the list as headings before the year they open in', async () => {
      const parent = await fixture<HTMLDivElement>(html`<div style="width:700px"><dateline-event-list locale="en-GB" .events=${story()}></dateline-event-list></div>`);
      const list = parent.querySelector<DatelineEventList>('dateline-event-list')!;
      await settle(list);
      const headings = [...list.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => plain(heading.textContent));
      for (const era of STORY_ERAS.filter((era) => !era.end || era.end >= '2000')) {
        expect(headings.some((heading) => heading.startsWith(era.title)), `a heading for ${era.title} in ${headings.join(' | ')}`).to.equal(true);
      }
    });
  });

  describe('media in the card', () => {
    it('asks no media host for anything until the reader opens an event, then shows its picture with caption and credit, without a shift', async () => {
      performance.clearResourceTimings();
      const el = await timeline();
      await frame();
      expect(mediaRequests(), 'requests before any card is open').to.deep.equal([]);
      const card = await openCard(el, 'treaty-signed');
      const img = await drawn(() => one<HTMLImageElement>(card.shadowRoot!, '[part="media"] img'), 'the treaty\'s picture');
      const box = one(card.shadowRoot!, '[part="media"] .media-box')!;
      const before = rect(box).height;
      expect(before, 'the box is sized before the picture arrives').to.be.above(100);
      await img.decode();
      await frame();
      expect(rect(box).height, 'the box keeps its height once the picture is in').to.be.closeTo(before, 0.5);
      expect(img.alt).to.equal('A stone wall runs along a green ridge under a low sun.');
      const caption = one(card.shadowRoot!, '[part="media"] figcaption')!;
      expect(plain(caption.textContent)).to.contain('The treaty was signed in Pyongyang, “the strongest ever” in KCNA’s words.');
      expect(plain(caption.textContent)).to.contain('Illustration: Dateline test fixtures');
      expect(one(caption, 'em'), 'emphasis kept').to.exist;
      expect(one<HTMLAnchorElement>(caption, 'a')!.rel).to.equal('noopener noreferrer');
    });

    it('frames a video only when the reader presses its button', async () => {
      const el = await timeline();
      const card = await openCard(el, 'putin-arrives');
      const button = await drawn(() => one<HTMLButtonElement>(card.shadowRoot!, '[part="media"] button.media-load'), 'the video\'s button');
      expect(plain(button.textContent)).to.equal('Load video from youtube.com');
      expect(one(card.shadowRoot!, 'iframe'), 'no frame before the reader asks').to.equal(null);
      button.click();
      const iframe = await drawn(() => one<HTMLIFrameElement>(card.shadowRoot!, '[part="media"] iframe'), 'the video\'s frame');
      expect(iframe.src).to.contain(new URL(VIDEO_URL).searchParams.get('v')!);
      expect(iframe.getAttribute('sandbox')).not.to.contain('allow-top-navigation');
    });

    it('gives a sound a player that fetches nothing until played', async () => {
      const el = await timeline();
      const card = await openCard(el, 'kyiv-post-report');
      const audio = await drawn(() => one<HTMLAudioElement>(card.shadowRoot!, '[part="media"] audio'), 'the player');
      expect(audio.preload).to.equal('none');
      expect(mediaRequests().filter((name) => name.endsWith('.wav')), 'the sound is not fetched').to.deep.equal([]);
    });

    it('writes an approximate date with "c." and a written date as its author wrote it', async () => {
      const el = await timeline();
      const approximate = await openCard(el, 'putin-visit-2000');
      expect(plain(one(approximate.shadowRoot!, '[part="date"]')!.textContent)).to.match(/^c\. /);
      const written = await openCard(el, 'spa-session');
      expect(plain(one(written.shadowRoot!, '[part="date"]')!.textContent)).to.equal('Early October 2024');
    });
  });

  describe('thumbnails', () => {
    it('draws a labelled event\'s thumbnail at the start of its label only when the embedder asks', async () => {
      const without = await timeline();
      expect(all(without, '.thumbnail'), 'no thumbnail by default').to.deep.equal([]);
      const el = await timeline({ thumbnails: true });
      const label = one(el.shadowRoot!, '.event[data-id="treaty-signed"] .label')!;
      const thumbnail = one<HTMLImageElement>(el.shadowRoot!, '.event[data-id="treaty-signed"] img.thumbnail')!;
      expect(thumbnail, 'the treaty\'s thumbnail').to.exist;
      expect(thumbnail.src).to.equal(thumbnailUrl(location.origin));
      expect(thumbnail.alt, 'decoration: the label says what it is').to.equal('');
      const mark = rect(one(el.shadowRoot!, '.event[data-id="treaty-signed"] .mark')!);
      expect(intersects(rect(thumbnail), mark), `the thumbnail ${describeBox(rect(thumbnail))} clear of the mark ${describeBox(mark)}`).to.equal(false);
      const box = rect(label);
      const picture = rect(thumbnail);
      expect(picture.left >= box.left - 0.5 && picture.right <= box.right + 0.5, `the thumbnail ${describeBox(picture)} inside its label's box ${describeBox(box)}`).to.equal(true);
      const text = document.createRange();
      text.selectNodeContents(label);
      const words = [...text.getClientRects()].filter((line) => line.width > 0);
      expect(words.some((line) => intersects(line, picture)), "the title's words clear of the thumbnail").to.equal(false);
    });
  });

  describe('TimelineJS groups', () => {
    it('opens a grouped TimelineJS story in lanes by its groups, unless lanes says otherwise', async () => {
      const laneNames = (el: DatelineTimeline) => all(el, '[part="lane-label"]').map((label) => plain(label.textContent));
      const parent = await fixture<HTMLDivElement>(html`<div style="width:1000px">
        <dateline-timeline locale="en-GB" .events=${timelineJsStory}></dateline-timeline>
        <dateline-timeline locale="en-GB" lanes="none" .events=${timelineJsStory}></dateline-timeline>
      </div>`);
      const [grouped, oneStrip] = [...parent.querySelectorAll('dateline-timeline')];
      await settle(grouped!);
      await settle(oneStrip!);
      // Its slides without a group share a lane of their own.
      expect(laneNames(grouped!).map((name) => name.toLowerCase()).sort()).to.deep.equal(['building', 'other', 'trade']);
      expect(grouped!.hasAttribute('lanes'), 'the attribute stays the author\'s to set').to.equal(false);
      expect(laneNames(oneStrip!)).to.deep.equal([]);
    });
  });

  describe('CSV dates in a declared pattern', () => {
    const csv = '/test/fixtures/sheets/day-first.csv';

    it('reads day-first dates with date-format, and says how to fix them without it', async () => {
      const parent = await fixture<HTMLDivElement>(html`<div style="width:800px"><dateline-timeline locale="en-GB"></dateline-timeline></div>`);
      const el = parent.querySelector('dateline-timeline')!;
      // The file and its reader arrive over the network: wait for the data, not for frames.
      const read = nextEvent(el, 'dateline-load');
      el.src = csv;
      await read;
      await settle(el);
      const errors = el.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message);
      expect(errors.join(' | '), 'the fix is named').to.contain('date-format="dd/MM/yyyy"');
      const loaded = nextEvent(el, 'dateline-load');
      el.setAttribute('date-format', 'dd/MM/yyyy');
      await loaded;
      await settle(el);
      const treaty = el.normalizedEvents.find((event) => event.id === 'treaty')!;
      expect([treaty.startText, treaty.startPrecision]).to.deep.equal(['2024-06-19', 'day']);
      expect(el.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.path), 'only the impossible date').to.deep.equal(['/rows/5/start']);
    });
  });
});
