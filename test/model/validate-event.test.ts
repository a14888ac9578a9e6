import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import * as v from 'valibot';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { TimelineEventSchema } from '../../src/model/schema.js';
import type { NormalizedEvent } from '../../src/model/types.js';
import { datasetOf, onlyIssue as only } from '../helpers/dataset-inputs.js';

// Nothing lost for a secondary field: only an unusable id, title, start or end leaves an event out; any other
// bad part is left out alone, reported at its JSON Pointer, and the rest of the event is kept.

/** An event with every secondary field set and valid, to spoil one part of at a time. */
const full = {
  id: 'treaty',
  title: 'Treaty signed',
  start: '2024-06-19',
  end: '2024-06-20',
  summary: 'Mutual assistance',
  actors: ['Russia', 'North Korea'],
  category: 'diplomacy',
  status: 'confirmed',
  claimedBy: ['KCNA', 'TASS'],
  responses: [
    { actor: 'South Korea', stance: 'disputes', date: '2024-06-20' },
    { actor: 'Japan', stance: 'confirms' },
  ],
  history: [
    { date: '2024-06-17', status: 'expected', note: 'Scheduled' },
    { date: '2024-06-19', status: 'confirmed' },
  ],
  sources: [
    { name: 'AFP', url: 'https://afp.com/x', quote: 'the most powerful treaty', date: '2024-06-19' },
    { name: 'TASS', url: 'https://tass.com/y' },
  ],
  location: 'Pyongyang',
  importance: 'key',
};
const intact = parseDataset(datasetOf(full));

/** The event read from `full` with one part replaced. */
function readWith(field: string, value: unknown) {
  return parseDataset(datasetOf({ ...full, [field]: value }));
}
/** `full`'s list field with the item at `index` replaced. */
function withItem(field: 'actors' | 'claimedBy' | 'responses' | 'history' | 'sources', index: number, item: unknown): unknown[] {
  const list: unknown[] = [...full[field]];
  list[index] = item;
  return list;
}
/** The normalized event as a plain record, for comparing all fields but one. */
const fieldsOf = (event: NormalizedEvent) => ({ ...event }) as Record<string, unknown>;

describe('a bad secondary field', () => {
  it('reads the full event without issues', () => {
    expect(intact.issues).to.deep.equal([]);
    expect(intact.events).to.have.length(1);
  });

  // field, bad value, path of the issue, message, severity, what the event keeps in that field
  const cases: [string, unknown, string, RegExp, 'error' | 'warning', unknown][] = [
    ['status', 'rumoured', '/events/0/status', /^status must be one of confirmed, reported, alleged, disputed, expected, but is "rumoured"; the field is left out$/, 'warning', 'confirmed'],
    ['status', 3, '/events/0/status', /status must be one of .*, but is the number 3; the field is left out/, 'warning', 'confirmed'],
    ['importance', 'huge', '/events/0/importance', /^importance must be one of key, ordinary, but is "huge"; the field is left out$/, 'warning', undefined],
    ['location', { lat: 39 }, '/events/0/location', /^location must be text, but is an object; the field is left out$/, 'warning', undefined],
    ['category', ['a'], '/events/0/category', /^category must be text, but is a list of 1; the field is left out$/, 'warning', undefined],
    ['summary', 42, '/events/0/summary', /^summary must be text, but is the number 42; the field is left out$/, 'warning', undefined],
    ['actors', 'Russia', '/events/0/actors', /^actors must be a list of names.*, but is "Russia"; the field is left out$/, 'warning', undefined],
    ['actors', withItem('actors', 1, 7), '/events/0/actors/1', /^actor must be text, but is the number 7; the actor is left out$/, 'warning', ['Russia']],
    ['actors', withItem('actors', 0, ' '), '/events/0/actors/0', /^actor is empty; the actor is left out$/, 'warning', ['North Korea']],
    ['claimedBy', 'KCNA', '/events/0/claimedBy', /^claimedBy must be a list of names.*, but is "KCNA"; the field is left out$/, 'warning', undefined],
    ['claimedBy', withItem('claimedBy', 0, null), '/events/0/claimedBy/0', /^name in claimedBy must be text, but is null; the name is left out$/, 'warning', ['TASS']],
    ['sources', { name: 'AFP' }, '/events/0/sources', /^sources must be a list of .*, but is an object; the field is left out$/, 'warning', undefined],
    ['sources', withItem('sources', 0, 'AFP'), '/events/0/sources/0', /^a source must be an object .*, but is "AFP"; the source is left out$/, 'warning', [{ name: 'TASS', url: 'https://tass.com/y' }]],
    ['sources', withItem('sources', 0, { url: 'https://afp.com/x' }), '/events/0/sources/0/name', /^source name is missing; the source is left out$/, 'warning', [{ name: 'TASS', url: 'https://tass.com/y' }]],
    ['sources', withItem('sources', 1, { name: 'TASS', url: 5 }), '/events/0/sources/1/url', /^source url must be text, but is the number 5; the source is left out$/, 'warning', [full.sources[0]]],
    [
      'sources',
      withItem('sources', 1, { name: 'TASS', url: 'javascript:alert(1)' }),
      '/events/0/sources/1/url',
      /^url uses javascript: which is never allowed: only http\(s\) links are shown, so the source is kept without its link$/,
      'error',
      [full.sources[0], { name: 'TASS' }],
    ],
    ['responses', { actor: 'Russia' }, '/events/0/responses', /^responses must be a list of .*, but is an object; the field is left out$/, 'warning', undefined],
    ['responses', withItem('responses', 0, { actor: 'South Korea', stance: 'denied' }), '/events/0/responses/0/stance', /^response stance must be one of denies, disputes, confirms, but is "denied"; the response is left out$/, 'warning', [full.responses[1]]],
    ['responses', withItem('responses', 1, { stance: 'confirms' }), '/events/0/responses/1/actor', /^response actor is missing; the response is left out$/, 'warning', [full.responses[0]]],
    ['responses', withItem('responses', 1, { actor: 'Japan', stance: 'confirms', date: 'June' }), '/events/0/responses/1/date', /^response date "June" is not a date: .*; the date is left out$/, 'warning', [full.responses[0], { actor: 'Japan', stance: 'confirms' }]],
    [
      'responses',
      withItem('responses', 1, { actor: 'Japan', stance: 'confirms', source: { name: 'NHK', url: 'data:text/html,x' } }),
      '/events/0/responses/1/source/url',
      /^url uses data: which is never allowed/,
      'error',
      [full.responses[0], { actor: 'Japan', stance: 'confirms', source: { name: 'NHK' } }],
    ],
    ['responses', withItem('responses', 1, { actor: 'Japan', stance: 'confirms', source: { url: 'https://nhk.jp' } }), '/events/0/responses/1/source/name', /^source name is missing; the response is left out$/, 'warning', [full.responses[0]]],
    ['history', 'confirmed', '/events/0/history', /^history must be a list of .*, but is "confirmed"; the field is left out$/, 'warning', undefined],
    ['history', withItem('history', 0, { date: '2024-06-17', status: 'planned' }), '/events/0/history/0/status', /^history status must be one of .*, but is "planned"; the history entry is left out$/, 'warning', [{ date: '2024-06-19', status: 'confirmed' }]],
    ['history', withItem('history', 0, { status: 'expected' }), '/events/0/history/0/date', /^history date is missing; the history entry is left out$/, 'warning', [{ date: '2024-06-19', status: 'confirmed' }]],
    ['history', withItem('history', 0, { date: '2024-06-31', status: 'expected' }), '/events/0/history/0/date', /^history date "2024-06-31" does not exist: June 2024 has 30 days; the history entry is left out$/, 'warning', [{ date: '2024-06-19', status: 'confirmed' }]],
    ['history', withItem('history', 0, { date: '2024-06-17', status: 'expected', note: 5 }), '/events/0/history/0/note', /^history note must be text, but is the number 5; the history entry is left out$/, 'warning', [{ date: '2024-06-19', status: 'confirmed' }]],
  ];

  for (const [field, value, path, message, severity, kept] of cases) {
    it(`${field} = ${JSON.stringify(value)?.slice(0, 70)}: ${severity} at ${path}; the event keeps everything else`, () => {
      const result = readWith(field, value);
      const issue = only(result.issues);
      expect(issue.path).to.equal(path);
      expect(issue.severity).to.equal(severity);
      expect(issue.message).to.match(message);
      expect(result.events).to.have.length(1);
      const event = fieldsOf(result.events[0]!);
      const expected = fieldsOf(intact.events[0]!);
      // Without a history, the status is the authored one.
      const changed = field === 'history' && kept === undefined ? [field, 'status'] : [field];
      for (const name of changed) {
        delete event[name];
        delete expected[name];
      }
      expect(event, 'every other field').to.deep.equal(expected);
      const keptValue = (result.events[0] as unknown as Record<string, unknown>)[field];
      const comparable = field === 'history' ? (keptValue as { date: string; status: string }[] | undefined)?.map(({ date, status }) => ({ date, status })) : keptValue;
      expect(comparable, `what is kept of ${field}`).to.deep.equal(kept);
    });
  }

  it('reports each bad part of one event, and still keeps it', () => {
    const result = parseDataset(datasetOf({ ...full, status: 'maybe', actors: [1, 'Russia', null], sources: [{ name: 'x', url: 'vbscript:x' }, 'AFP'], extra: true }));
    expect(result.issues.map(({ path, severity }) => `${severity} ${path}`)).to.deep.equal([
      'warning /events/0/extra',
      'warning /events/0/actors/0',
      'warning /events/0/actors/2',
      'warning /events/0/status',
      'warning /events/0/sources/1',
      'error /events/0/sources/0/url',
    ]);
    expect(result.events.map((event) => [event.id, event.status, event.actors, event.sources])).to.deep.equal([['treaty', 'confirmed', ['Russia'], [{ name: 'x' }]]]);
  });

  it('warns about unknown fields of responses, history entries and their sources, and keeps the rest', () => {
    const result = parseDataset(
      datasetOf({
        ...full,
        responses: [{ actor: 'Russia', stance: 'denies', via: 'TASS', source: { name: 'TASS', link: 'x' } }],
        history: [{ date: '2024-06-19', status: 'confirmed', by: 'AFP' }],
      }),
    );
    expect(result.issues.map(({ path, message, severity }) => [path, message, severity])).to.deep.equal([
      ['/events/0/responses/0/via', 'unknown response field "via" is ignored', 'warning'],
      ['/events/0/responses/0/source/link', 'unknown source field "link" is ignored', 'warning'],
      ['/events/0/history/0/by', 'unknown history field "by" is ignored', 'warning'],
    ]);
    expect(result.events[0]!.responses).to.deep.equal([{ actor: 'Russia', stance: 'denies', source: { name: 'TASS' } }]);
  });

  it('suggests the field meant for a likely misspelling of the new ones', () => {
    const issue = only(parseDataset([{ id: 'a', title: 'A', start: '2024', claimed_by: ['AP'] }]).issues);
    expect(issue.message).to.equal('unknown field "claimed_by" is ignored (did you mean "claimedBy"?)');
  });
});

describe('property: an event with a usable id, title and start is kept', () => {
  /** Anything JSON or JavaScript may hold, nested a little. */
  const garbage = fc.oneof(fc.anything({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('javascript:alert(1)', '', ' ', '2024-02-30', 'rumoured'));
  /** A secondary field's plausible shape, filled with garbage. */
  const plausible = fc.oneof(
    garbage,
    fc.array(garbage, { maxLength: 3 }),
    fc.array(fc.dictionary(fc.constantFrom('name', 'url', 'actor', 'stance', 'date', 'status', 'note', 'source', 'quote', 'x'), garbage, { maxKeys: 4 }), { maxLength: 3 }),
  );
  const SECONDARY = ['summary', 'actors', 'category', 'status', 'claimedBy', 'responses', 'history', 'sources', 'location', 'importance'];
  const secondary = fc.record(Object.fromEntries([...SECONDARY, 'unknown'].map((field) => [field, plausible])), { requiredKeys: [] });
  const core = fc.record(
    {
      id: fc.string({ minLength: 1 }).filter((id) => id.trim() !== ''),
      title: fc.string({ minLength: 1 }).filter((title) => title.trim() !== ''),
      start: fc.constantFrom('2024', '2024-06', '2024-06-19', '-0043', '2024-06-19T02:22+09:00'),
      end: fc.constantFrom('2025', '2025-01-31'),
    },
    { requiredKeys: ['id', 'title', 'start'] },
  );

  it('whatever garbage its other fields hold; what it keeps of them passes the schema', () => {
    fc.assert(
      fc.property(core, secondary, (coreFields, rest) => {
        const result = parseDataset([{ ...rest, ...coreFields }]);
        expect(result.events, JSON.stringify(result.issues)).to.have.length(1);
        const event = result.events[0]!;
        expect(event.id).to.equal(coreFields.id);
        expect(event.title).to.equal(coreFields.title);
        // The secondary fields kept are what the schema accepts (the history in its authored form).
        const kept: Record<string, unknown> = { id: event.id, title: event.title, start: event.startText };
        for (const field of SECONDARY) {
          const value = (event as unknown as Record<string, unknown>)[field];
          if (value !== undefined) kept[field] = field === 'history' ? (value as { span: unknown }[]).map(({ span: _span, ...entry }) => entry) : value;
        }
        const checked = v.safeParse(TimelineEventSchema, kept);
        expect(checked.success, JSON.stringify(checked.issues?.map((issue) => issue.message))).to.equal(true);
        for (const issue of result.issues) {
          expect(issue.path.startsWith('/0/')).to.equal(true);
          expect(issue.message).to.be.a('string').and.not.be.empty;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
