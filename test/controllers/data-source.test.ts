import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { fetchDataset, MAX_RESPONSE_BYTES } from '../../src/controllers/data-source-controller.js';
import '../../src/components/timeline/define.js';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';

const blobUrl = (text: string, type = 'application/json') => URL.createObjectURL(new Blob([text], { type }));
const load = (url: string) => fetchDataset(url, new AbortController().signal);

describe('fetchDataset', () => {
  it('reads JSON, CSV and TimelineJS JSON by content type or extension', async () => {
    const json = await load('/data/korea-russia-2024.json');
    const csv = await load('/data/korea-russia-2024.csv');
    const timelinejs = await load('/data/korea-russia-2024.timelinejs.json');
    expect([json.events.length, csv.events.length, timelinejs.events.length]).to.deep.equal([17, 17, 17]);
    expect([...json.issues, ...csv.issues, ...timelinejs.issues]).to.deep.equal([]);
  });

  it('reports a 404 with its status', async () => {
    const { events, issues } = await load('/data/missing.json');
    expect(events).to.deep.equal([]);
    expect(issues[0]!.message).to.match(/could not load \/data\/missing\.json: the server answered 404/);
  });

  it('reports a network error', async () => {
    const { issues } = await load('http://127.0.0.1:1/nothing.json');
    expect(issues[0]!.message).to.match(/^could not load http:\/\/127\.0\.0\.1:1\/nothing\.json/);
  });

  it('reports text that is not JSON', async () => {
    const { issues } = await load(blobUrl('<html>oops</html>'));
    expect(issues[0]!.message).to.match(/^the data is not valid JSON/);
  });

  it(`refuses a response over ${MAX_RESPONSE_BYTES / 1024 / 1024} MB`, async () => {
    const { events, issues } = await load(blobUrl('x'.repeat(MAX_RESPONSE_BYTES + 1)));
    expect(events).to.deep.equal([]);
    expect(issues[0]!.message).to.match(/is larger than 20 MB, the most a timeline loads/);
  });

  it('ends an aborted fetch quietly', async () => {
    const abort = new AbortController();
    const pending = fetchDataset('/data/korea-russia-2024.json', abort.signal);
    abort.abort();
    expect((await pending).issues[0]!.message).to.equal('loading was cancelled');
  });
});

describe('a timeline whose src fails', () => {
  for (const [what, url, message] of [
    ['a network error', 'http://127.0.0.1:1/nothing.json', /could not load/],
    ['an oversized response', 'oversized', /larger than 20 MB/],
  ] as const) {
    it(`shows ${what} in its error state and fires dateline-error`, async () => {
      const src = url === 'oversized' ? blobUrl('x'.repeat(MAX_RESPONSE_BYTES + 1)) : url;
      const el = await fixture<DatelineTimeline>(html`<dateline-timeline></dateline-timeline>`);
      const failed = oneEvent(el, 'dateline-error');
      el.src = src;
      const { detail } = await failed;
      expect(detail.issues[0]!.message).to.match(message);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.match(message);
    });
  }
});
