import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { parseDataset, parsingDataset, READ_STEP } from '../../src/model/parse-dataset.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';
import { stepThrough } from '../helpers/step-through.js';
import { datasetOf as dataset, onlyIssue as only, validEvent as valid } from '../helpers/dataset-inputs.js';

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
});

describe('parsingDataset', () => {
  it('reports its progress step by step and ends with what parseDataset returns', () => {
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

  it('reads a small dataset in one step', () => {
    const { steps, result } = stepThrough(parsingDataset(syntheticEvents(READ_STEP, { seed: 4 })));
    expect(steps).to.deep.equal([]);
    expect(result.events).to.have.length(READ_STEP);
  });
});

describe('the dataset header', () => {
  it('keeps title, description, updated, credit and media, checked', () => {
    const result = parseDataset({
      title: 'Korea and Russia',
      description: 'How a treaty <em>came to be</em>.',
      updated: '2024-10-10',
      credit: 'Graphic by <a href="https://example.com">the desk</a>',
      media: { url: 'https://example.com/cover.jpg', alt: 'The two leaders', caption: 'In Pyongyang', credit: 'KCNA' },
      events: [valid],
    });
    expect(result.issues).to.deep.equal([]);
    expect(result.dataset).to.deep.equal({
      title: 'Korea and Russia',
      description: 'How a treaty <em>came to be</em>.',
      updated: '2024-10-10',
      credit: 'Graphic by <a href="https://example.com">the desk</a>',
      media: { url: 'https://example.com/cover.jpg', alt: 'The two leaders', caption: 'In Pyongyang', credit: 'KCNA' },
    });
  });

  it('leaves out a header field that is no text, and media it may not load, with a warning each', () => {
    const result = parseDataset({ title: 'T', credit: 7, media: { url: 'javascript:alert(1)' }, events: [valid] });
    expect(result.dataset).to.deep.equal({ title: 'T' });
    expect(result.issues.map(({ path, severity }) => [path, severity])).to.deep.equal([
      ['/credit', 'warning'],
      ['/media/url', 'error'],
    ]);
    expect(parseDataset({ title: 'T', media: { url: 'https://example.com/a.jpg' }, events: [] }).issues).to.deep.equal([
      { path: '/media/alt', message: 'media has no alt: describe what it shows for readers who cannot see it ("alt": "" if it is only decoration)', severity: 'warning' },
    ]);
  });
});

describe('eras', () => {
  it('reads eras into spans, oldest first, an era without an end going on', () => {
    const result = parseDataset({
      title: 'T',
      eras: [
        { title: 'The treaty in force', start: '2024-12-04' },
        { title: 'Negotiation', start: '2023-09', end: '2024-06-19' },
        { title: 'Soviet times', start: '1945', end: '1991' },
      ],
      events: [valid],
    });
    expect(result.issues).to.deep.equal([]);
    const eras = result.dataset.eras!;
    expect(eras.map((era) => era.title)).to.deep.equal(['Soviet times', 'Negotiation', 'The treaty in force']);
    const [soviet, negotiation, inForce] = eras;
    expect(soviet!.start.toISOString()).to.equal('1945-01-01T00:00:00.000Z');
    expect(soviet!.end!.toISOString()).to.equal('1992-01-01T00:00:00.000Z');
    expect(negotiation).to.deep.include({ startPrecision: 'month', endPrecision: 'day', startText: '2023-09', endText: '2024-06-19' });
    expect(negotiation!.end!.toISOString()).to.equal('2024-06-20T00:00:00.000Z');
    expect(inForce).not.to.have.property('end');
    expect(inForce).to.deep.include({ startPrecision: 'day', startText: '2024-12-04' });
  });

  it('leaves out an era it cannot place or name, with an error at its place; the rest is kept', () => {
    const result = parseDataset({
      title: 'T',
      eras: [
        { title: 'Good', start: '2020' },
        { start: '2021' },
        { title: 'Bad start', start: '2021-02-30' },
        { title: 'Backwards', start: '2022', end: '2021' },
        'The war',
        { title: 'Extra', start: '2023', colour: 'red' },
      ],
      events: [valid],
    });
    expect(result.dataset.eras!.map((era) => era.title)).to.deep.equal(['Good', 'Extra']);
    expect(result.issues.map(({ path, severity, message }) => [path, severity, message])).to.deep.equal([
      ['/eras/1/title', 'error', 'era title is missing; the era is left out'],
      ['/eras/2/start', 'error', 'era start "2021-02-30" does not exist: February 2021 has 28 days; the era is left out'],
      ['/eras/3/end', 'error', 'era end 2021 is before its start 2022; the era is left out'],
      ['/eras/4', 'error', 'an era must be an object like { "title": "The war", "start": "2022-02-24" }, but is "The war"; the era is left out'],
      ['/eras/5/colour', 'warning', 'unknown era field "colour" is ignored'],
    ]);
    expect(result.events).to.have.length(1);
  });

  it('warns about eras that are no list', () => {
    const result = parseDataset({ title: 'T', eras: { title: 'War' }, events: [] });
    expect(result.dataset).not.to.have.property('eras');
    expect(only(result.issues)).to.include({ path: '/eras', severity: 'warning' });
  });
});
