import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { asOfTime, isContested, knownAsOf, statusAsOf } from '../../src/model/claims.js';
import { attributionText, formatNames, historySteps, historyTrailText } from '../../src/model/attribution-text.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { NormalizedEvent } from '../../src/model/types.js';

/** One event read through the parser. */
function read(event: Record<string, unknown>): NormalizedEvent {
  const result = parseDataset([{ id: 'e', title: 'E', start: '2024-10-03', ...event }]);
  expect(result.issues).to.deep.equal([]);
  return result.events[0]!;
}
const denies = (actor: string) => ({ actor, stance: 'denies' });
const disputes = (actor: string) => ({ actor, stance: 'disputes' });
const confirms = (actor: string) => ({ actor, stance: 'confirms' });

describe('attributionText', () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ status: 'alleged', claimedBy: ['the United States'], responses: [denies('Russia'), denies('North Korea')] }, 'Alleged by the United States; denied by Russia and North Korea'],
    [{ status: 'reported', claimedBy: ['Kyiv Post'], responses: [disputes('Russia')] }, 'Reported by Kyiv Post; disputed by Russia'],
    [{ status: 'confirmed', responses: [confirms('South Korea')] }, 'Confirmed; confirmed by South Korea'],
    [{ status: 'confirmed' }, 'Confirmed'],
    [{ status: 'expected', claimedBy: ['South Korea'], responses: [denies('Russia')] }, 'Expected by South Korea; denied by Russia'],
    // A disputed claim is not "disputed by" the one who makes it.
    [{ status: 'disputed', claimedBy: ['Kyiv Post'], responses: [disputes('Russia')] }, 'Disputed; claimed by Kyiv Post; disputed by Russia'],
    [{ claimedBy: ['AP'] }, 'Claimed by AP'],
    [{ responses: [denies('Russia')] }, 'Denied by Russia'],
    [
      { status: 'alleged', claimedBy: ['the United States', 'Japan', 'South Korea'], responses: [confirms('Ukraine'), denies('Russia'), disputes('China'), denies('North Korea')] },
      'Alleged by the United States, Japan and South Korea; denied by Russia and North Korea; disputed by China; confirmed by Ukraine',
    ],
    // A denial repeated (say, on two dates) names the actor once.
    [{ status: 'alleged', claimedBy: ['the United States'], responses: [{ ...denies('Russia'), date: '2024-10-10' }, { ...denies('Russia '), date: '2024-10-11' }] }, 'Alleged by the United States; denied by Russia'],
    [{}, ''],
    [{ claimedBy: [], responses: [] }, ''],
  ];
  for (const [fields, expected] of cases) {
    it(`says ${JSON.stringify(expected)}`, () => {
      expect(attributionText(read(fields), 'en-GB')).to.equal(expected);
    });
  }

  it('joins names as the reader’s locale does', () => {
    const event = read({ status: 'alleged', claimedBy: ['the United States', 'Japan', 'South Korea'] });
    expect(attributionText(event, 'en-US')).to.equal('Alleged by the United States, Japan, and South Korea');
    expect(formatNames(['Russia', 'North Korea'], 'de')).to.equal('Russia und North Korea');
    expect(formatNames(['Russia', 'North Korea'], 'not a locale!')).to.be.a('string').and.contain('Russia');
  });

  it('says the status the event had at a date when given it', () => {
    const event = read({ status: 'confirmed', claimedBy: ['Kyiv Post'] });
    expect(attributionText({ ...event, status: 'reported' }, 'en-GB')).to.equal('Reported by Kyiv Post');
    expect(attributionText({ ...event, status: undefined }, 'en-GB')).to.equal('Claimed by Kyiv Post');
  });
});

describe('the history trail', () => {
  it('says each step with its date as precisely as it is known, oldest first', () => {
    const event = read({
      history: [
        { date: '2024-10-12', status: 'confirmed' },
        { date: '2024-10-03', status: 'reported' },
        { date: '2024-10', status: 'alleged' },
        { date: '2024-10-13T02:22+09:00', status: 'disputed' },
      ],
    });
    expect(historyTrailText(event, 'en-GB')).to.equal('Alleged October 2024; reported 3 October 2024; confirmed 12 October 2024; disputed 13 October 2024 at 02:22 UTC+9');
    expect(historySteps(event, 'en-GB').map((step) => [step.entry.status, step.text])).to.deep.equal([
      ['alleged', 'Alleged October 2024'],
      ['reported', 'Reported 3 October 2024'],
      ['confirmed', 'Confirmed 12 October 2024'],
      ['disputed', 'Disputed 13 October 2024 at 02:22 UTC+9'],
    ]);
  });

  it('formats the dates in the reader’s locale, the same in every time zone', () => {
    const event = read({ history: [{ date: '2024-10-03', status: 'reported' }, { date: '2024-10-12', status: 'confirmed' }] });
    expect(historyTrailText(event, 'en-US')).to.equal('Reported October 3, 2024; confirmed October 12, 2024');
  });

  it('is empty without a history', () => {
    expect(historyTrailText(read({ status: 'confirmed' }), 'en-GB')).to.equal('');
    expect(historySteps(read({}), 'en-GB')).to.deep.equal([]);
  });
});

describe('an event normalized by hand', () => {
  it('never makes the words or the as-of answers throw, whatever its claims and history hold', () => {
    const junk = fc.anything({ maxDepth: 3 });
    const entry = fc.record({ date: junk, status: fc.oneof(fc.constantFrom('reported', 'confirmed'), junk), span: fc.oneof(junk, fc.record({ start: fc.date(), end: fc.date(), precision: fc.constantFrom('day', 'month') })) }, { requiredKeys: [] });
    const handBuilt = fc.record(
      {
        status: fc.oneof(fc.constantFrom('alleged', 'confirmed', 'toString', '__proto__'), junk),
        claimedBy: fc.oneof(fc.array(fc.oneof(fc.string(), junk)), junk),
        responses: fc.oneof(fc.array(fc.oneof(fc.record({ actor: fc.oneof(fc.string(), junk), stance: fc.oneof(fc.constantFrom('denies', 'confirms'), junk) }), junk)), junk),
        history: fc.oneof(fc.array(fc.oneof(entry, junk)), junk),
      },
      { requiredKeys: [] },
    );
    const time = asOfTime('2024-10-05')!;
    fc.assert(
      fc.property(handBuilt, (fields) => {
        const event = { ...read({}), ...fields } as NormalizedEvent;
        expect(attributionText(event, 'en-GB')).to.be.a('string');
        expect(historyTrailText(event, 'en-GB')).to.be.a('string');
        expect(isContested(event)).to.be.a('boolean');
        expect(knownAsOf(event, time)).to.be.a('boolean');
        statusAsOf(event, time);
      }),
      { numRuns: 1000 },
    );
  });

  it('passes over the parts that are not what the parser makes', () => {
    const event = {
      ...read({}),
      status: 'toString',
      claimedBy: ['AP', 5, ' '],
      responses: [null, { actor: 'Russia', stance: 'denies' }, { actor: 7, stance: 'denies' }],
      history: [
        { date: '2024-10-03', status: 'reported' },
        { date: '2024-10-03', status: 'disputed', span: { start: new Date(NaN), end: new Date(0), precision: 'day' } },
        { date: '2024-10-04', status: 'alleged', span: { start: new Date('2024-10-04T00:00Z'), end: new Date(NaN), precision: 'day' } },
        { date: '2024-10-04', status: 'confirmed', span: { start: new Date('2024-10-04T00:00Z'), end: new Date('2024-10-05T00:00Z'), precision: 'day' } },
      ],
    } as unknown as NormalizedEvent;
    expect(attributionText(event, 'en-GB')).to.equal('Claimed by AP; denied by Russia');
    expect(historyTrailText(event, 'en-GB')).to.equal('Confirmed 4 October 2024');
    expect(isContested(event)).to.equal(true);
    expect(statusAsOf(event, asOfTime('2024-10-05')!)).to.equal('confirmed');
  });
});
