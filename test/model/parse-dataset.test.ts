import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDataset, parsingDataset, READ_STEP, type ReadProgress } from '../../src/model/parse-dataset.js';
import { readDatasetText, readingDatasetText } from '../../src/model/read-dataset-text.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';
import type { DatasetIssue } from '../../src/model/types.js';

const valid = { id: 'treaty', title: 'Treaty signed', start: '2024-06-19' };
const dataset = (...events: unknown[]) => ({ title: 'Test', events });
const only = (issues: DatasetIssue[]) => {
  expect(issues, JSON.stringify(issues)).to.have.length(1);
  return issues[0]!;
};

describe('parseDataset', () => {
  it('reads a dataset object and a bare array the same way', () => {
    const fromObject = parseDataset(dataset(valid));
    const fromArray = parseDataset([valid]);
    expect(fromObject.issues).to.deep.equal([]);
    expect(fromObject.dataset.title).to.equal('Test');
    expect(fromObject.events).to.deep.equal(fromArray.events);
    expect(fromObject.events[0]!.start.toISOString()).to.equal('2024-06-19T00:00:00.000Z');
    expect(fromObject.events[0]!.end.toISOString()).to.equal('2024-06-20T00:00:00.000Z');
  });

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

  it('reports a duplicate id, naming the first use, and keeps the first', () => {
    const result = parseDataset(dataset(valid, { ...valid, title: 'Again' }));
    const issue = only(result.issues);
    expect(issue.path).to.equal('/events/1/id');
    expect(issue.message).to.equal('id "treaty" is already used by the event at /events/0; ids must be unique');
    expect(result.events.map((event) => event.title)).to.deep.equal(['Treaty signed']);
  });

  const badDatasets: [string, unknown, string, RegExp][] = [
    ['null', null, '', /expected a dataset .* but got null/],
    ['a number', 42, '', /but got the number 42/],
    ['text', 'not json', '', /but got "not json"/],
    ['a dataset without events', { title: 'x' }, '/events', /events is missing/],
    ['events that are not a list', { title: 'x', events: {} }, '/events', /events must be a list, but is an object/],
  ];
  for (const [what, input, path, message] of badDatasets) {
    it(`reports ${what} as a dataset error`, () => {
      const result = parseDataset(input);
      const issue = only(result.issues);
      expect(issue).to.include({ path, severity: 'error' });
      expect(issue.message).to.match(message);
      expect(result.events).to.deep.equal([]);
    });
  }

  it('reports each number in an array of numbers', () => {
    const result = parseDataset([1, 2]);
    expect(result.issues.map((issue) => issue.path)).to.deep.equal(['/0', '/1']);
    expect(result.events).to.deep.equal([]);
  });

  it('escapes field names in JSON Pointers', () => {
    const issue = only(parseDataset([{ ...valid, 'a/b~c': 1 }]).issues);
    expect(issue.path).to.equal('/0/a~1b~0c');
  });

  it('cuts very long values in messages', () => {
    const issue = only(parseDataset([{ ...valid, start: 'x'.repeat(100_000) }]).issues);
    expect(issue.message.length).to.be.lessThan(200);
  });

  it('never throws on arbitrary JSON, and every issue has a path and a message', () => {
    const eventLike = fc.record(
      {
        id: fc.oneof(fc.string(), fc.integer()),
        title: fc.oneof(fc.string(), fc.constant(null)),
        start: fc.oneof(fc.string(), fc.constantFrom('2024', '2024-02-29', '2023-02-29', '-0043', '2024-13')),
        end: fc.oneof(fc.string(), fc.constantFrom('2024-10-01', '2025')),
        status: fc.oneof(fc.string(), fc.constantFrom('confirmed', 'alleged')),
        sources: fc.array(fc.record({ name: fc.string(), url: fc.oneof(fc.webUrl(), fc.string()) }, { requiredKeys: [] })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.array(fc.oneof(eventLike, fc.jsonValue())), fc.record({ title: fc.string(), events: fc.array(eventLike) })), (input) => {
        const result = parseDataset(input);
        for (const issue of result.issues) {
          expect(issue.path).to.be.a('string');
          expect(issue.message).to.be.a('string').and.not.be.empty;
        }
        for (const event of result.events) {
          expect(event.end.getTime()).to.be.greaterThan(event.start.getTime());
        }
      }),
    );
  });

  it('sorts chronologically and keeps the authored order for ties', () => {
    const dayArb = fc.constantFrom('2024-01', '2024-01-01', '2024-01-02', '2023', '2024-01-01T12:00Z', '-0043');
    fc.assert(
      fc.property(fc.array(dayArb, { maxLength: 30 }), (starts) => {
        const events = starts.map((start, index) => ({ id: `e${index}`, title: `E${index}`, start }));
        const result = parseDataset(events);
        expect(result.events).to.have.length(starts.length);
        result.events.forEach((event, index) => {
          if (index === 0) return;
          const previous = result.events[index - 1]!;
          expect(previous.start.getTime()).to.be.at.most(event.start.getTime());
          if (previous.start.getTime() === event.start.getTime()) {
            expect(Number(previous.id.slice(1))).to.be.lessThan(Number(event.id.slice(1)));
          }
        });
      }),
    );
  });
});

describe('reading a step at a time', () => {
  /** Runs a reading by hand, collecting what each step says. */
  function stepThrough<T>(reading: Generator<ReadProgress, T, void>): { steps: ReadProgress[]; result: T } {
    const steps: ReadProgress[] = [];
    for (;;) {
      const next = reading.next();
      if (next.done) return { steps, result: next.value };
      steps.push(next.value);
    }
  }

  it('parsingDataset reports its progress step by step and ends with what parseDataset returns', () => {
    const events: unknown[] = syntheticEvents(2_345, { seed: 3 });
    // Some bad events among them, so that the issues and their paths are compared too.
    events.splice(700, 0, { id: 'bad', title: 'No date' }, 42);
    events.push({ ...(events[5] as object) });
    const { steps, result } = stepThrough(parsingDataset({ title: 'Many', events }));

    expect(READ_STEP).to.equal(500);
    // The last step has read them all; what is left is the sort.
    expect(steps.map((step) => step.read)).to.deep.equal([500, 1000, 1500, 2000, events.length]);
    expect(steps.every((step) => step.total === events.length)).to.equal(true);
    expect(result).to.deep.equal(parseDataset({ title: 'Many', events }));
    expect(result.events).to.have.length(2_345);
    expect(result.issues.map((issue) => issue.path)).to.deep.equal(['/events/700/start', '/events/701', '/events/2347/id']);
  });

  it('a small dataset is read in one step', () => {
    const { steps, result } = stepThrough(parsingDataset(syntheticEvents(READ_STEP, { seed: 4 })));
    expect(steps).to.deep.equal([]);
    expect(result.events).to.have.length(READ_STEP);
  });

  it('CSV text is read in steps too, with the same result as readDatasetText', () => {
    const rows = syntheticEvents(1_200, { seed: 5 }).map((event) => [event.id, JSON.stringify(event.title), event.start, event.end ?? ''].join(','));
    const csv = ['id,title,start,end', ...rows].join('\n');
    const { steps, result } = stepThrough(readingDatasetText(csv, 'csv'));
    expect(steps.map((step) => step.read)).to.deep.equal([500, 1000, 1_200]);
    expect(result).to.deep.equal(readDatasetText(csv, 'csv'));
    expect(result.events).to.have.length(1_200);
  });
});
