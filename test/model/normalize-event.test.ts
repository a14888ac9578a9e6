import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { datasetOf as dataset, onlyIssue as only, validEvent as valid } from '../helpers/dataset-inputs.js';

// Normalizing one event, seen through parseDataset: its spans, its errors in the id, title or dates (the event
// is left out, the others kept) and its warnings (the event is kept without the field). The secondary fields
// are in validate-event.test.ts.

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
    ['a number end', { ...valid, end: 2025 }, '/events/0/end', /end must be a date written as text, like "2024-06-19", but is the number 2025/, 'error'],
    ['a null title', { ...valid, title: null }, '/events/0/title', /^title must be text, but is null$/, 'error'],
    ['end before start', { ...valid, start: '2024-10-03', end: '2024-10-01' }, '/events/0/end', /^end 2024-10-01 is before start 2024-10-03$/, 'error'],
  ];
  for (const [what, event, path, message, severity] of badEvents) {
    it(`reports ${what} at ${path}, leaves that event out and keeps the valid ones`, () => {
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

describe('what events written alike share', () => {
  // 100,000 events are written on a few thousand dates, by a few dozen actors: they hold one Date per date text
  // and one list per list of names, not one each (the bench measures the heap this saves).
  const events = parseDataset([
    { ...valid, id: 'a', start: '2024-10-03', end: '2024-10-05', actors: ['Russia', 'North Korea'], claimedBy: ['Ukraine'] },
    { ...valid, id: 'b', start: '2024-10-03', end: '2024-10-05', actors: ['Russia', 'North Korea'], claimedBy: ['Ukraine'] },
    { ...valid, id: 'c', start: '2024-10-05', actors: ['Russia\u0000North Korea'] },
  ]).events;
  const [a, b, c] = events;

  it('gives events written with the same date text the same dates, which refuse to change', () => {
    expect(b!.start).to.equal(a!.start);
    expect(b!.end).to.equal(a!.end);
    expect(a!.start).to.be.instanceOf(Date);
    expect(a!.start.toISOString()).to.equal('2024-10-03T00:00:00.000Z');
    // A change would move every event that shares the date: it throws, naming the way to a date of one's own.
    expect(() => a!.start.setUTCFullYear(2020)).to.throw(TypeError, /copy it first \(new Date\(event\.start\)\)/);
    expect(() => a!.end.setTime(0)).to.throw(TypeError, /setTime/);
    expect(b!.start.toISOString()).to.equal('2024-10-03T00:00:00.000Z');
    const own = new Date(a!.start);
    own.setUTCFullYear(2020);
    expect(own.getUTCFullYear()).to.equal(2020);
  });

  it('gives events that list the same names the same frozen list, and tells apart names that only join alike', () => {
    expect(b!.actors).to.equal(a!.actors);
    expect(b!.claimedBy).to.equal(a!.claimedBy);
    expect(a!.actors).to.deep.equal(['Russia', 'North Korea']);
    expect(Object.isFrozen(a!.actors)).to.equal(true);
    expect(c!.actors).to.deep.equal(['Russia\u0000North Korea']);
  });

  it('shares nothing between two readings', () => {
    const [again] = parseDataset([{ ...valid, id: 'a', start: '2024-10-03', actors: ['Russia', 'North Korea'] }]).events;
    expect(again!.start).to.not.equal(a!.start);
    expect(again!.actors).to.not.equal(a!.actors);
  });
});

describe('normalizing who says so and what was known when', () => {
  it('keeps the claimants and responses, copied, each response date trimmed', () => {
    const claimedBy = ['the United States'];
    const responses = [{ actor: 'Russia', stance: 'denies', date: ' 2024-10-10 ', source: { name: 'TASS', url: 'https://tass.com/x' } }];
    const result = parseDataset([{ ...valid, claimedBy, responses }]);
    expect(result.issues).to.deep.equal([]);
    const [event] = result.events;
    expect(event!.claimedBy).to.deep.equal(['the United States']);
    expect(event!.responses).to.deep.equal([{ actor: 'Russia', stance: 'denies', date: '2024-10-10', source: { name: 'TASS', url: 'https://tass.com/x' } }]);
    claimedBy.push('Japan');
    responses[0]!.actor = 'Belarus';
    expect(event!.claimedBy).to.deep.equal(['the United States']);
    expect(event!.responses![0]!.actor).to.equal('Russia');
  });

  it('sorts the history by the spans of its dates, keeping the authored order of ties, and reads each date', () => {
    const history = [
      { date: '2024-10-12', status: 'confirmed', note: 'Seoul confirms' },
      { date: '2024-10', status: 'alleged' },
      { date: '2024-10-03T22:00-05:00', status: 'reported' },
      { date: '2024-10-04', status: 'disputed' },
    ];
    const [event] = parseDataset([{ ...valid, status: 'confirmed', history }]).events;
    // "2024-10" counts from 1 October, "2024-10-04" from its midnight UTC, and 22:00 on the 3rd at UTC-5 is 03:00 UTC on the 4th.
    expect(event!.history!.map((entry) => [entry.date, entry.status, entry.span.start.toISOString()])).to.deep.equal([
      ['2024-10', 'alleged', '2024-10-01T00:00:00.000Z'],
      ['2024-10-04', 'disputed', '2024-10-04T00:00:00.000Z'],
      ['2024-10-03T22:00-05:00', 'reported', '2024-10-04T03:00:00.000Z'],
      ['2024-10-12', 'confirmed', '2024-10-12T00:00:00.000Z'],
    ]);
    expect(event!.history![0]!.span).to.deep.include({ precision: 'month' });
    expect(event!.history![2]!.span.utcOffsetMinutes).to.equal(-300);
    expect(event!.history![3]!.note).to.equal('Seoul confirms');
    expect(event!.status).to.equal('confirmed');
  });

  it('keeps entries of the same date in the order written, the last one giving the status', () => {
    const history = [
      { date: '2024-06-19', status: 'reported' },
      { date: '2024-06-19', status: 'confirmed' },
    ];
    const result = parseDataset([{ ...valid, history }]);
    expect(result.issues).to.deep.equal([]);
    expect(result.events[0]!.history!.map((entry) => entry.status)).to.deep.equal(['reported', 'confirmed']);
    expect(result.events[0]!.status).to.equal('confirmed');
  });

  it('takes the status from the latest history entry when the event gives none', () => {
    const [event] = parseDataset([{ ...valid, history: [{ date: '2024-10-04', status: 'reported' }] }]).events;
    expect(event!.status).to.equal('reported');
  });

  it('warns when the status disagrees with the latest history entry, and shows the history’s', () => {
    const history = [
      { date: '2024-10-12', status: 'confirmed' },
      { date: '2024-10-03', status: 'reported' },
    ];
    const result = parseDataset(dataset({ ...valid, status: 'reported', history }));
    const issue = only(result.issues);
    expect(issue).to.deep.equal({
      path: '/events/0/status',
      message: `status "reported" disagrees with the latest history entry ("confirmed" from 2024-10-12); the history's "confirmed" is shown`,
      severity: 'warning',
    });
    expect(result.events[0]!.status).to.equal('confirmed');
  });

  it('keeps the authored status when every history entry was left out', () => {
    const result = parseDataset(dataset({ ...valid, status: 'alleged', history: [{ date: 'soon', status: 'confirmed' }] }));
    expect(only(result.issues).path).to.equal('/events/0/history/0/date');
    expect(result.events[0]!.status).to.equal('alleged');
    expect(result.events[0]!.history).to.deep.equal([]);
  });

  it('cleans the sources of responses and history entries by the same rules as the event’s', () => {
    const source = { name: 'Outlet', url: 'javascript:alert(1)', date: 'last week' };
    const result = parseDataset(dataset({ ...valid, responses: [{ actor: 'Russia', stance: 'denies', source }], history: [{ date: '2024-06-19', status: 'confirmed', source }] }));
    expect(result.issues.map(({ path, severity }) => [path, severity])).to.deep.equal([
      ['/events/0/responses/0/source/url', 'error'],
      ['/events/0/responses/0/source/date', 'warning'],
      ['/events/0/history/0/source/url', 'error'],
      ['/events/0/history/0/source/date', 'warning'],
    ]);
    const [event] = result.events;
    expect(event!.responses![0]!.source).to.deep.equal({ name: 'Outlet' });
    expect(event!.history![0]!.source).to.deep.equal({ name: 'Outlet' });
  });
});

describe('normalizing the dates authors write', () => {
  it('keeps a display date and the approximate flag as written', () => {
    const [event] = parseDataset([{ ...valid, start: '-0220', displayDate: 'Spring 221 BC', approximate: true }]).events;
    expect(event).to.deep.include({ displayDate: 'Spring 221 BC', approximate: true, precision: 'year' });
  });

  it('leaves out a display date of white space or an approximate that is not true or false, with a warning', () => {
    const result = parseDataset([{ ...valid, displayDate: ' ', approximate: 'yes' }]);
    expect(result.events[0]).not.to.have.property('displayDate');
    expect(result.events[0]).not.to.have.property('approximate');
    expect(result.issues.map(({ path, severity }) => [path, severity])).to.deep.equal([
      ['/0/displayDate', 'warning'],
      ['/0/approximate', 'warning'],
    ]);
  });

  it('reads a time without an offset as a wall-clock time, and says when seconds were written', () => {
    const [event] = parseDataset([{ ...valid, start: '2024-06-19T02:22:30' }]).events;
    expect(event).to.deep.include({ precision: 'minute', floatingTime: true, secondsWritten: true });
    expect(event).not.to.have.property('utcOffsetMinutes');
    expect(event!.start.toISOString()).to.equal('2024-06-19T02:22:30.000Z');
    const [zoned] = parseDataset([{ ...valid, start: '2024-06-19T02:22+09:00', end: '2024-06-19T05:00:10+09:00' }]).events;
    expect(zoned).to.deep.include({ utcOffsetMinutes: 540, secondsWritten: true });
    expect(zoned).not.to.have.property('floatingTime');
    const [endOnly] = parseDataset([{ ...valid, start: '2024-06-19', end: '2024-06-20T06:45' }]).events;
    expect(endOnly).to.deep.include({ floatingTime: true });
  });

  it('warns when one end of a range has an offset and the other is a wall-clock time', () => {
    const result = parseDataset([{ ...valid, start: '2024-06-19T02:22', end: '2024-06-19T15:00+09:00' }]);
    expect(result.events).to.have.length(1);
    expect(only(result.issues)).to.include({ path: '/0/end', severity: 'warning' });
    expect(result.issues[0]!.message).to.match(/one has an offset from UTC, the other is a wall-clock time without one/);
  });

  it('places years beyond four digits, and says when a year is beyond what it can draw', () => {
    const [deep] = parseDataset([{ ...valid, start: '-010000', end: '-009000' }]).events;
    expect(deep!.start.getUTCFullYear()).to.equal(-10000);
    const result = parseDataset([{ ...valid, start: '-4500000000' }]);
    expect(result.events).to.deep.equal([]);
    expect(only(result.issues).message).to.match(/beyond the range of dates this timeline can draw .*TimelineJS's cosmological scale is not supported/);
  });
});
