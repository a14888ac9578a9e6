import { describe, it } from 'node:test';
import { expect } from 'chai';
import { asOfTime, isContested, knownAsOf, statusAsOf } from '../../src/model/claims.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { NormalizedEvent } from '../../src/model/types.js';

/** One event read through the parser. */
function read(event: Record<string, unknown>): NormalizedEvent {
  const result = parseDataset([{ id: 'e', title: 'E', ...event }]);
  expect(result.issues).to.deep.equal([]);
  return result.events[0]!;
}

const strike = read({
  start: '2024-10-03',
  status: 'confirmed',
  history: [
    { date: '2024-10-12', status: 'confirmed' },
    { date: '2024-10-04', status: 'reported' },
    { date: '2024-10-08T10:00+09:00', status: 'disputed' },
  ],
});
const forecast = read({ start: '2024-12', status: 'expected' });
const monthly = read({ start: '2024-09', history: [{ date: '2024-10', status: 'reported' }] });

describe('asOfTime', () => {
  const cases: [string, string | undefined][] = [
    ['2024-10-05', '2024-10-05T23:59:59.999Z'],
    ['2024-10', '2024-10-31T23:59:59.999Z'],
    ['2024', '2024-12-31T23:59:59.999Z'],
    ['2024-10-05T12:00+02:00', '2024-10-05T10:00:59.999Z'],
    ['yesterday', undefined],
    ['2024-02-30', undefined],
  ];
  for (const [written, expected] of cases) {
    it(`reads "${written}" as ${expected ?? 'no time'}`, () => {
      expect(asOfTime(written)?.toISOString()).to.equal(expected);
    });
  }
});

describe('statusAsOf and knownAsOf', () => {
  // as of, status of the strike, is it known, status of the forecast, is it known, status and knowledge of the monthly
  const cases: [string, string | undefined, boolean, string, boolean, string | undefined, boolean][] = [
    ['2024-10-03', undefined, false, 'expected', false, 'reported', true],
    ['2024-10-04', 'reported', true, 'expected', false, 'reported', true],
    ['2024-10-07', 'reported', true, 'expected', false, 'reported', true],
    // 10:00 in Seoul on the 8th is 01:00 UTC: the dispute counts from then.
    ['2024-10-08T00:59Z', 'reported', true, 'expected', false, 'reported', true],
    ['2024-10-08T01:00Z', 'disputed', true, 'expected', false, 'reported', true],
    ['2024-10-11', 'disputed', true, 'expected', false, 'reported', true],
    ['2024-10-12', 'confirmed', true, 'expected', false, 'reported', true],
    ['2024-12-01', 'confirmed', true, 'expected', true, 'reported', true],
    ['2024-09-30', undefined, false, 'expected', false, undefined, false],
  ];
  for (const [asOf, strikeStatus, strikeKnown, forecastStatus, forecastKnown, monthlyStatus, monthlyKnown] of cases) {
    it(`as of ${asOf}`, () => {
      const time = asOfTime(asOf)!;
      expect(statusAsOf(strike, time), 'strike status').to.equal(strikeStatus);
      expect(knownAsOf(strike, time), 'strike known').to.equal(strikeKnown);
      expect(statusAsOf(forecast, time), 'forecast status').to.equal(forecastStatus);
      expect(knownAsOf(forecast, time), 'forecast known').to.equal(forecastKnown);
      expect(statusAsOf(monthly, time), 'monthly status').to.equal(monthlyStatus);
      expect(knownAsOf(monthly, time), 'monthly known').to.equal(monthlyKnown);
    });
  }

  it('compares instants, not local days: the answers are the same in every time zone', () => {
    // The suite runs under two time zones (scripts/test-node.js); the instants here are UTC.
    expect(statusAsOf(strike, new Date('2024-10-04T00:00:00.000Z'))).to.equal('reported');
    expect(statusAsOf(strike, new Date('2024-10-03T23:59:59.999Z'))).to.equal(undefined);
  });

  it('gives an event without status or history no status, known from its start', () => {
    const plain = read({ start: '2024-10-09' });
    expect(statusAsOf(plain, asOfTime('2024-10-10')!)).to.equal(undefined);
    expect(knownAsOf(plain, asOfTime('2024-10-09')!)).to.equal(true);
    expect(knownAsOf(plain, asOfTime('2024-10-08')!)).to.equal(false);
  });

  it('counts a history that starts before the event: a forecast reported ahead of time', () => {
    const visit = read({ start: '2024-06-19', history: [{ date: '2024-06-17', status: 'expected' }, { date: '2024-06-19', status: 'confirmed' }] });
    expect(knownAsOf(visit, asOfTime('2024-06-17')!)).to.equal(true);
    expect(statusAsOf(visit, asOfTime('2024-06-18')!)).to.equal('expected');
    expect(statusAsOf(visit, asOfTime('2024-06-19')!)).to.equal('confirmed');
  });
});

describe('isContested', () => {
  const cases: [string, Record<string, unknown>, boolean][] = [
    ['a denial', { responses: [{ actor: 'Russia', stance: 'denies' }] }, true],
    ['a dispute among confirmations', { responses: [{ actor: 'Japan', stance: 'confirms' }, { actor: 'Russia', stance: 'disputes' }] }, true],
    ['confirmations only', { responses: [{ actor: 'Japan', stance: 'confirms' }] }, false],
    ['claimants without responses', { claimedBy: ['the United States'], status: 'alleged' }, false],
    ['no responses at all', {}, false],
    ['an empty list of responses', { responses: [] }, false],
  ];
  for (const [what, fields, contested] of cases) {
    it(`is ${contested} for ${what}`, () => {
      expect(isContested(read({ start: '2024', ...fields }))).to.equal(contested);
    });
  }
});
