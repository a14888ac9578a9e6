import { describe, it } from 'node:test';
import { expect } from 'chai';
// This file runs in a process of its own (node --test), so the schema's validation starts unloaded, as in a page.
import { parsingDataset } from '../../src/model/parsing-dataset.js';
import { finishReading, finishReadingNowOrSoon, finishReadingSoon, normalizingEvents } from '../../src/model/reading-events.js';
import { providedValidation } from '../../src/model/validation-on-demand.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { DatasetIssue } from '../../src/model/types.js';

// The schema's validation loads only when data needs it: data of the common shape is read at once without it,
// anything else waits for it to load and is then read, with every issue, as `parseDataset` reads it.

const common = {
  title: 'Seoul and Pyongyang',
  media: { url: 'https://example.com/a.jpg', alt: 'The border' },
  eras: [{ title: 'Talks', start: '2018-04', end: '2019-02' }],
  events: [
    { id: 'a', title: 'Summit', start: '2018-04-27', status: 'confirmed', sources: [{ name: 'AP', url: 'https://apnews.com/' }] },
    { id: 'b', title: 'Treaty', start: '2024-06', actors: ['Russia', 'North Korea'] },
  ],
};

describe('the schema’s validation, on demand', () => {
  it('is not loaded to read data of the common shape, read at once', () => {
    const result = finishReading(parsingDataset(common));
    expect(result.events.map((event) => event.id)).to.deep.equal(['a', 'b']);
    expect(result.dataset.eras!.map((era) => era.title)).to.deep.equal(['Talks']);
    expect(result.dataset.media?.url).to.equal('https://example.com/a.jpg');
    expect(result.issues).to.deep.equal([]);
    expect(providedValidation(), 'nothing loaded it').to.equal(undefined);
  });

  it('is waited for by an event of another shape, a reading run at once cannot wait for it, and it is not loaded then', () => {
    const odd = [{ id: 'a', title: 'Summit', start: '2018-04-27', date: '2018' }];
    const reading = normalizingEvents(odd, (index, field) => `/${index}/${field.join('/')}`, []);
    const first = reading.next();
    expect(first.done).to.equal(false);
    expect(first.value).to.include({ read: 0, total: 1 });
    expect((first.value as { waitFor?: unknown }).waitFor).to.be.instanceOf(Promise);
    expect(() => finishReading(parsingDataset(odd))).to.throw(/needs the schema’s validation/);
    // A hole in the eras is no era of the common shape: it waits too, and is then said to be no era.
    const eras = new Array<unknown>(2);
    eras[1] = { title: 'Talks', start: '2018-04' };
    const step = parsingDataset({ title: 'T', eras, events: [] }).next();
    expect(step.done).to.equal(false);
    expect((step.value as { waitFor?: unknown }).waitFor).to.be.instanceOf(Promise);
  });

  it('loads when an event, an era or the dataset’s media needs it, and the reading then words every problem as parseDataset does', async () => {
    const odd = {
      ...common,
      media: { src: 'https://example.com/a.jpg' },
      eras: [...common.eras, { title: 'Cold', start: 2019 }],
      events: [...common.events, { id: 'c', title: 'Strike', start: '2024-10-03', date: '2024' }, { id: 'd', title: '', start: '2024' }],
    };
    const read = finishReadingNowOrSoon(parsingDataset(odd));
    expect(read).to.be.instanceOf(Promise);
    const result = await read;
    expect(providedValidation(), 'it loaded').to.not.equal(undefined);
    expect(result.events.map((event) => event.id)).to.deep.equal(['a', 'b', 'c']);
    const paths = (issues: DatasetIssue[]) => issues.map((issue) => `${issue.severity} ${issue.path}`);
    expect(paths(result.issues)).to.include.members(['warning /media/src', 'error /eras/1/start', 'warning /events/2/date', 'error /events/3/title']);
    expect(result).to.deep.equal(parseDataset(odd));
    // Once loaded, a reading need not wait.
    expect(finishReadingNowOrSoon(parsingDataset(odd))).to.not.be.instanceOf(Promise);
    expect(await finishReadingSoon(parsingDataset(odd))).to.deep.equal(result);
  });
});
