import { describe, it } from 'node:test';
import { expect } from 'chai';
// This file runs in a process of its own (node --test), so nothing is loaded on demand yet, as in a page.
import { parsingDataset } from '../../src/model/parsing-dataset.js';
import { finishReading, finishReadingNowOrSoon, normalizingEvents } from '../../src/model/reading-events.js';
import { mediaCode, schemaValidation } from '../../src/model/code-on-demand.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { DatasetIssue } from '../../src/model/types.js';

// Code a reading loads only when data needs it: the schema's validation for data not of the common shape, the
// media services for data with media. Other data is read at once without either; data that needs one waits for
// it, and is then read, with every issue, as `parseDataset` reads it.

const common = {
  title: 'Seoul and Pyongyang',
  eras: [{ title: 'Talks', start: '2018-04', end: '2019-02' }],
  events: [
    { id: 'a', title: 'Summit', start: '2018-04-27', status: 'confirmed', sources: [{ name: 'AP', url: 'https://apnews.com/' }] },
    { id: 'b', title: 'Treaty', start: '2024-06', actors: ['Russia', 'North Korea'] },
  ],
};
const waitsFor = (step: IteratorResult<unknown, unknown>) => (step.done ? undefined : (step.value as { waitFor?: unknown }).waitFor);

describe('code loaded on demand', () => {
  it('is not loaded to read data of the common shape without media, read at once', () => {
    const result = finishReading(parsingDataset(common));
    expect(result.events.map((event) => event.id)).to.deep.equal(['a', 'b']);
    expect(result.dataset.eras!.map((era) => era.title)).to.deep.equal(['Talks']);
    expect(result.issues).to.deep.equal([]);
    expect(schemaValidation.provided, 'the validation').to.equal(undefined);
    expect(mediaCode.provided, 'the media services').to.equal(undefined);
  });

  it('loads the media services, and only them, for common data with media, which is then read whole', async () => {
    const withMedia = {
      ...common,
      media: { url: 'https://example.com/a.jpg', alt: 'The border' },
      events: [...common.events, { id: 'c', title: 'Strike', start: '2024-10-03', media: { url: 'https://www.youtube.com/watch?v=abcdefghijk' } }],
    };
    const read = finishReadingNowOrSoon(parsingDataset(withMedia));
    expect(read).to.be.instanceOf(Promise);
    const result = await read;
    expect(mediaCode.provided, 'the media services').to.not.equal(undefined);
    expect(schemaValidation.provided, 'the validation').to.equal(undefined);
    expect(result.dataset.media).to.deep.equal({ url: 'https://example.com/a.jpg', alt: 'The border' });
    expect(result.events.find((event) => event.id === 'c')?.media?.url).to.equal('https://www.youtube.com/watch?v=abcdefghijk');
    // A video without alt is told, as the media services judge it.
    expect(result.issues.map((issue) => `${issue.severity} ${issue.path}`)).to.deep.equal(['warning /events/2/media/alt']);
  });

  it('is waited for by an event of another shape, or a hole in the eras; a reading run at once cannot wait', () => {
    const odd = [{ id: 'a', title: 'Summit', start: '2018-04-27', date: '2018' }];
    const first = normalizingEvents(odd, (index, field) => `/${index}/${field.join('/')}`, []).next();
    expect(first.value).to.include({ read: 0, total: 1 });
    expect(waitsFor(first)).to.be.instanceOf(Promise);
    expect(() => finishReading(parsingDataset(odd))).to.throw(/needs code loaded on demand/);
    // A hole in the eras is no era of the common shape: it waits too, and is then said to be no era.
    const eras = new Array<unknown>(2);
    eras[1] = { title: 'Talks', start: '2018-04' };
    expect(waitsFor(parsingDataset({ title: 'T', eras, events: [] }).next())).to.be.instanceOf(Promise);
  });

  it('loads the validation when an event, an era or the dataset’s media needs it, and the reading then words every problem as parseDataset does', async () => {
    const odd = {
      ...common,
      media: { src: 'https://example.com/a.jpg' },
      eras: [...common.eras, { title: 'Cold', start: 2019 }],
      events: [...common.events, { id: 'c', title: 'Strike', start: '2024-10-03', date: '2024' }, { id: 'd', title: '', start: '2024' }],
    };
    const read = finishReadingNowOrSoon(parsingDataset(odd));
    expect(read).to.be.instanceOf(Promise);
    const result = await read;
    expect(schemaValidation.provided, 'it loaded').to.not.equal(undefined);
    expect(result.events.map((event) => event.id)).to.deep.equal(['a', 'b', 'c']);
    const paths = (issues: DatasetIssue[]) => issues.map((issue) => `${issue.severity} ${issue.path}`);
    expect(paths(result.issues)).to.include.members(['warning /media/src', 'error /eras/1/start', 'warning /events/2/date', 'error /events/3/title']);
    expect(result).to.deep.equal(parseDataset(odd));
    // Once loaded, a reading need not wait.
    expect(finishReadingNowOrSoon(parsingDataset(odd))).to.not.be.instanceOf(Promise);
    expect(await finishReadingNowOrSoon(parsingDataset(odd))).to.deep.equal(result);
  });
});
