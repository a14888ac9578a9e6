import { describe, it } from 'node:test';
import { expect } from 'chai';
import { finishReading } from '../../src/model/parse-dataset.js';
import { formatOf, looksLikeTimelineJS, readDatasetText, readingDatasetText, readingInput } from '../../src/model/read-dataset-text.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';
import { stepThrough } from '../helpers/step-through.js';

describe('formatOf', () => {
  const cases: [string | null, string, 'csv' | 'json'][] = [
    ['text/csv; charset=utf-8', 'data/x', 'csv'],
    ['TEXT/CSV', 'data/x.json', 'csv'],
    ['application/json', 'data/x.json', 'json'],
    [null, 'data/x.csv', 'csv'],
    [null, 'data/x.CSV?v=2#top', 'csv'],
    [null, 'data/x.json?as=.csv', 'json'],
    ['text/plain', 'data/x', 'json'],
  ];
  for (const [contentType, url, format] of cases) {
    it(`reads ${url} served as ${contentType ?? 'nothing'} as ${format}`, () => {
      expect(formatOf(contentType, url)).to.equal(format);
    });
  }
});

describe('looksLikeTimelineJS', () => {
  it('is true for events with start_date, false for our own datasets and anything else', () => {
    expect(looksLikeTimelineJS({ events: [{ start_date: { year: 2024 } }] })).to.equal(true);
    expect(looksLikeTimelineJS({ title: 'x', events: [{ id: 'a', title: 'A', start: '2024' }] })).to.equal(false);
    expect([null, [], 'events', { events: {} }].map(looksLikeTimelineJS)).to.deep.equal([false, false, false, false]);
  });
});

describe('readDatasetText', () => {
  it('reads a JSON dataset, TimelineJS JSON and CSV through the same validation', async () => {
    const json = await readDatasetText(JSON.stringify({ title: 'T', events: [{ id: 'a', title: 'A', start: '2024-06' }] }), 'json');
    const timeline = await readDatasetText(JSON.stringify({ events: [{ unique_id: 'a', start_date: { year: 2024, month: 6 }, text: { headline: 'A' } }] }), 'json');
    const csv = await readDatasetText('id,title,start\na,A,2024-06', 'csv');
    for (const result of [json, timeline, csv]) {
      expect(result.issues).to.deep.equal([]);
      expect(result.events.map((event) => [event.id, event.title, event.precision])).to.deep.equal([['a', 'A', 'month']]);
    }
  });

  it('reports text that is not JSON as an issue instead of throwing', async () => {
    const result = await readDatasetText('{ "title": ', 'json');
    expect(result.events).to.deep.equal([]);
    expect(result.issues).to.have.length(1);
    expect(result.issues[0]).to.include({ path: '', severity: 'error' });
    expect(result.issues[0]!.message).to.match(/^the data is not valid JSON \(.+\)$/);
  });

  it('reads CSV text in steps too, with the same result as readDatasetText', async () => {
    const rows = syntheticEvents(1_200, { seed: 5 }).map((event) => [event.id, JSON.stringify(event.title), event.start, event.end ?? ''].join(','));
    const csv = ['id,title,start,end', ...rows].join('\n');
    const { steps, result } = stepThrough(await readingDatasetText(csv, 'csv'));
    expect(steps.map((step) => step.read)).to.deep.equal([500, 1000, 1_200]);
    expect(result).to.deep.equal(await readDatasetText(csv, 'csv'));
    expect(result.events).to.have.length(1_200);
  });
});

describe('readingInput', () => {
  it('reads our own events at once, and TimelineJS JSON (told by its shape) once its reader has loaded', async () => {
    const own = readingInput([{ id: 'a', title: 'A', start: '2024-06' }]);
    expect(own).not.to.be.instanceOf(Promise);
    const timelineJS = readingInput({ events: [{ unique_id: 'a', start_date: { year: 2024, month: 6 }, text: { headline: 'A' } }] });
    expect(timelineJS).to.be.instanceOf(Promise);
    for (const result of [finishReading(own as Exclude<typeof own, Promise<unknown>>), finishReading(await timelineJS)]) {
      expect(result.issues).to.deep.equal([]);
      expect(result.events.map((event) => [event.id, event.title, event.precision])).to.deep.equal([['a', 'A', 'month']]);
    }
  });
});
