import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { datasetOf as dataset, onlyIssue as only, validEvent as valid } from '../helpers/dataset-inputs.js';

// Normalizing one event, seen through parseDataset: its spans, its errors (the event is left out, the others
// kept) and its warnings (the event is kept without the field).

describe('normalizing an event', () => {
  it('makes a two-day range cover both days, end exclusive', () => {
    const [event] = parseDataset([{ ...valid, start: '2024-10-07', end: '2024-10-08' }]).events;
    expect(event!.isRange).to.equal(true);
    expect(event!.start.toISOString()).to.equal('2024-10-07T00:00:00.000Z');
    expect(event!.end.toISOString()).to.equal('2024-10-09T00:00:00.000Z');
    expect(event!.precision).to.equal('day');
  });

  it('gives a range of mixed precision the coarser precision', () => {
    const [event] = parseDataset([{ ...valid, start: '2024-06', end: '2024-10-03' }]).events;
    expect(event!.precision).to.equal('month');
    expect(event!.startPrecision).to.equal('month');
    expect(event!.endPrecision).to.equal('day');
    expect(event!.end.toISOString()).to.equal('2024-10-04T00:00:00.000Z');
  });

  it('treats an end equal to the start as a single date', () => {
    const [event] = parseDataset([{ ...valid, end: valid.start }]).events;
    expect(event!.isRange).to.equal(false);
    expect(event!.endText).to.equal(undefined);
  });

  const badEvents: [string, unknown, string, RegExp, 'error' | 'warning'][] = [
    ['a number instead of an event', 5, '/events/0', /must be an object.*the number 5/, 'error'],
    ['a missing id', { title: 'x', start: '2024' }, '/events/0/id', /^id is missing$/, 'error'],
    ['an empty id', { ...valid, id: '  ' }, '/events/0/id', /^id is empty$/, 'error'],
    ['a number id', { ...valid, id: 7 }, '/events/0/id', /id must be text, but is the number 7/, 'error'],
    ['a missing title', { id: 'a', start: '2024' }, '/events/0/title', /^title is missing$/, 'error'],
    ['an empty title', { ...valid, title: '' }, '/events/0/title', /^title is empty$/, 'error'],
    ['a missing start', { id: 'a', title: 'x' }, '/events/0/start', /^start is missing$/, 'error'],
    ['an empty start', { ...valid, start: '' }, '/events/0/start', /start is empty/, 'error'],
    ['a numeric start', { ...valid, start: 2024 }, '/events/0/start', /start must be a date written as text/, 'error'],
    ['an impossible day', { ...valid, start: '2024-02-30' }, '/events/0/start', /start "2024-02-30" does not exist: February 2024 has 29 days/, 'error'],
    ['an impossible month', { ...valid, start: '2024-13' }, '/events/0/start', /month 13/, 'error'],
    ['a word for a date', { ...valid, start: 'yesterday' }, '/events/0/start', /"yesterday" is not a date/, 'error'],
    ['a slashed date', { ...valid, start: '03/10/2024' }, '/events/0/start', /ambiguous/, 'error'],
    ['an impossible end', { ...valid, end: '2024-06-31' }, '/events/0/end', /June 2024 has 30 days/, 'error'],
    ['end before start', { ...valid, start: '2024-10-03', end: '2024-10-01' }, '/events/0/end', /^end 2024-10-01 is before start 2024-10-03$/, 'error'],
    ['an unknown status', { ...valid, status: 'rumoured' }, '/events/0/status', /status must be one of confirmed, reported, alleged, disputed, expected, but is "rumoured"/, 'error'],
    ['actors as text', { ...valid, actors: 'Russia' }, '/events/0/actors', /actors must be a list/, 'error'],
    ['a javascript: source', { ...valid, sources: [{ name: 'x', url: 'javascript:alert(1)' }] }, '/events/0/sources/0/url', /javascript: which is never allowed/, 'error'],
    ['a disguised javascript: source', { ...valid, sources: [{ name: 'x', url: ' JaVaScRiPt:alert(1)' }] }, '/events/0/sources/0/url', /never allowed/, 'error'],
    ['a data: source', { ...valid, sources: [{ name: 'x', url: 'data:text/html,<script>alert(1)</script>' }] }, '/events/0/sources/0/url', /data: which is never allowed/, 'error'],
    ['a source without a name', { ...valid, sources: [{ url: 'https://example.com' }] }, '/events/0/sources/0/name', /source name is missing|name is missing/, 'error'],
  ];
  for (const [what, event, path, message, severity] of badEvents) {
    it(`reports ${what} at ${path}, and keeps the valid events`, () => {
      const result = parseDataset(dataset({ ...valid, id: 'good-1' }, event, { ...valid, id: 'good-2' }));
      const errors = result.issues.filter((issue) => issue.severity === 'error');
      const issue = only(errors);
      expect(issue.path).to.equal(path.replace('/events/0', '/events/1'));
      expect(issue.message).to.match(message);
      expect(issue.severity).to.equal(severity);
      expect(result.events.map((kept) => kept.id)).to.deep.equal(['good-1', 'good-2']);
    });
  }

  const warnings: [string, unknown, string, RegExp][] = [
    ['an unknown field', { ...valid, date: '2024' }, '/events/0/date', /unknown field "date" is ignored \(did you mean "start"\?\)/],
    ['a relative source url', { ...valid, sources: [{ name: 'x', url: '/news/1' }] }, '/events/0/sources/0/url', /not an absolute http\(s\) address/],
    ['a mailto: source', { ...valid, sources: [{ name: 'x', url: 'mailto:a@b.c' }] }, '/events/0/sources/0/url', /mailto:, not http\(s\)/],
    ['a bad source date', { ...valid, sources: [{ name: 'x', date: 'last week' }] }, '/events/0/sources/0/date', /"last week" is not a date/],
  ];
  for (const [what, event, path, message] of warnings) {
    it(`warns about ${what} and keeps the event without it`, () => {
      const result = parseDataset(dataset(event));
      const issue = only(result.issues);
      expect(issue).to.include({ path, severity: 'warning' });
      expect(issue.message).to.match(message);
      expect(result.events).to.have.length(1);
      expect(result.events[0]).not.to.have.property('date');
      expect(result.events[0]!.sources?.[0]?.url).to.equal(undefined);
    });
  }

  it('keeps http(s) source links and their quotes', () => {
    const sources = [{ name: 'AP', url: 'https://apnews.com/x', quote: 'said "so"', date: '2024-10-10' }];
    const [event] = parseDataset([{ ...valid, sources }]).events;
    expect(event!.sources).to.deep.equal(sources);
  });
});
