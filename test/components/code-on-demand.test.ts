import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/timeline/define.js';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';
import type { DatelineLoadEvent } from '../../src/events.js';
import { mediaCode, schemaValidation } from '../../src/model/code-on-demand.js';
import { renderTimeline } from '../helpers/render-timeline.js';

/*
 * Code that only some data needs loads when it does: the schema's validation (valibot, the schema, the checks that
 * word each problem) and the media services. This file runs in a page of its own, where nothing has loaded either:
 * a story of the common shape without media is drawn without them; one with an event the fast path leaves to the
 * schema is drawn, every valid event shown and every problem said, once the validation has loaded; one with media
 * is drawn with its header's picture and its thumbnails once the media services have.
 */

const root = (el: DatelineTimeline) => el.shadowRoot!;
const drawnIds = (el: DatelineTimeline) => [...root(el).querySelectorAll<HTMLElement>('.event[data-id]')].map((mark) => mark.dataset.id!).sort();
const requested = (pattern: RegExp) => performance.getEntriesByType('resource').some((entry) => pattern.test(entry.name));
const validationRequested = () => requested(/validate-event|parse-dataset|valibot/);
const mediaRequested = () => requested(/\/model\/media\./);

const STORY = [
  { id: 'treaty', title: 'Treaty signed', start: '2024-06-19', status: 'confirmed', actors: ['Russia', 'North Korea'] },
  { id: 'strike', title: 'Strike near Donetsk', start: '2024-10-03', status: 'reported', sources: [{ name: 'Kyiv Post', url: 'https://www.kyivpost.com/' }] },
  { id: 'session', title: 'Parliament session', start: '2024-10-07', end: '2024-10-09' },
];

describe('the schema’s validation, on demand', () => {
  it('is not loaded, nor asked for, to draw a story of the common shape', async () => {
    const el = await renderTimeline({ events: STORY });
    expect(drawnIds(el)).to.deep.equal(['session', 'strike', 'treaty']);
    expect(root(el).querySelector('[part="error"]'), 'no problems').to.equal(null);
    expect(schemaValidation.provided, 'the validation').to.equal(undefined);
    expect(validationRequested(), 'its code requested').to.equal(false);
    expect(mediaCode.provided, 'the media services').to.equal(undefined);
    expect(mediaRequested(), 'their code requested').to.equal(false);
  });

  it('loads for an event the fast path leaves to the schema, and the element draws every valid event and says every problem once it has', async () => {
    const parent = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('dateline-timeline');
    el.setAttribute('locale', 'en-GB');
    const loaded = oneEvent(el, 'dateline-load');
    el.events = [...STORY, { id: 'claim', title: 'Troops reported', start: '2024-10-18', date: '2024-10-18' }, { id: 'blank', title: ' ', start: '2024-10-20' }] as unknown as DatelineTimeline['events'];
    parent.append(el);
    const { detail } = (await loaded) as DatelineLoadEvent;
    expect(schemaValidation.provided, 'the validation').to.not.equal(undefined);
    expect(validationRequested(), 'its code requested').to.equal(true);
    expect(detail.events.map((event) => event.id)).to.deep.equal(['treaty', 'strike', 'session', 'claim']);
    expect(detail.issues.map((issue) => `${issue.severity} ${issue.path} ${issue.message}`)).to.deep.equal([
      'warning /3/date unknown field "date" is ignored (did you mean "start"?)',
      'error /4/title title is empty',
    ]);
    await el.updateComplete;
    expect(drawnIds(el)).to.deep.equal(['claim', 'session', 'strike', 'treaty']);
    const problems = root(el).querySelector('[part="error"]');
    expect(problems, 'the problems panel').to.exist;
    expect(problems!.textContent).to.contain('unknown field "date" is ignored');
    expect(problems!.textContent).to.contain('title is empty');
  });

  it('loads the media services for a story with media, drawn with its header’s picture and its events’ thumbnails once they have', async () => {
    const parent = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('dateline-timeline');
    el.setAttribute('locale', 'en-GB');
    el.setAttribute('thumbnails', '');
    const loaded = oneEvent(el, 'dateline-load');
    el.events = {
      title: 'Seoul and Pyongyang',
      media: { url: 'https://example.com/border.jpg', alt: 'The border at Panmunjom' },
      events: [...STORY.slice(0, 2), { ...STORY[2]!, media: { url: 'https://example.com/session.jpg', alt: 'The chamber' } }],
    } as unknown as DatelineTimeline['events'];
    parent.append(el);
    const { detail } = (await loaded) as DatelineLoadEvent;
    expect(detail.issues).to.deep.equal([]);
    expect(mediaCode.provided, 'the media services').to.not.equal(undefined);
    expect(mediaRequested(), 'their code requested').to.equal(true);
    await el.updateComplete;
    expect(root(el).querySelector('[part="header"] [part="media"]'), 'the header’s picture').to.exist;
    const thumbnails = [...root(el).querySelectorAll<HTMLImageElement>('img.thumbnail')].map((img) => img.getAttribute('src'));
    expect(thumbnails, 'the thumbnails drawn').to.deep.equal(['https://example.com/session.jpg']);
  });
});
