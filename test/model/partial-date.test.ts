import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { parsePartialDate, formatPartialDate, utcDate } from '../../src/model/partial-date.js';

const iso = (date: Date) => date.toISOString();

describe('parsePartialDate', () => {
  it('runs in the time zone the test run asked for', () => {
    const expected = process.env.TZ;
    if (expected) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(expected);
  });

  const spans: [string, string, string, string][] = [
    ['2024', 'year', '2024-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'],
    ['2024-06', 'month', '2024-06-01T00:00:00.000Z', '2024-07-01T00:00:00.000Z'],
    ['2024-02', 'month', '2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
    ['2024-12', 'month', '2024-12-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'],
    ['2024-10-03', 'day', '2024-10-03T00:00:00.000Z', '2024-10-04T00:00:00.000Z'],
    ['2024-02-29', 'day', '2024-02-29T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
    ['2000-02-29', 'day', '2000-02-29T00:00:00.000Z', '2000-03-01T00:00:00.000Z'],
    ['2024-12-31', 'day', '2024-12-31T00:00:00.000Z', '2025-01-01T00:00:00.000Z'],
    ['2024-01-01', 'day', '2024-01-01T00:00:00.000Z', '2024-01-02T00:00:00.000Z'],
    ['2024-06-19T02:22+09:00', 'minute', '2024-06-18T17:22:00.000Z', '2024-06-18T17:23:00.000Z'],
    ['2024-06-19T02:22:30Z', 'minute', '2024-06-19T02:22:30.000Z', '2024-06-19T02:23:30.000Z'],
    ['2024-03-10T23:59-05:30', 'minute', '2024-03-11T05:29:00.000Z', '2024-03-11T05:30:00.000Z'],
    ['0000', 'year', '0000-01-01T00:00:00.000Z', '0001-01-01T00:00:00.000Z'],
    ['0044', 'year', '0044-01-01T00:00:00.000Z', '0045-01-01T00:00:00.000Z'],
    ['-0043', 'year', '-000043-01-01T00:00:00.000Z', '-000042-01-01T00:00:00.000Z'],
    ['-0043-03-15', 'day', '-000043-03-15T00:00:00.000Z', '-000043-03-16T00:00:00.000Z'],
    ['-0004-02-29', 'day', '-000004-02-29T00:00:00.000Z', '-000004-03-01T00:00:00.000Z'],
    ['-9999', 'year', '-009999-01-01T00:00:00.000Z', '-009998-01-01T00:00:00.000Z'],
    ['9999-12-31', 'day', '9999-12-31T00:00:00.000Z', '+010000-01-01T00:00:00.000Z'],
  ];
  for (const [text, precision, start, end] of spans) {
    it(`reads ${text} as ${precision} precision, ${start} to ${end}`, () => {
      const result = parsePartialDate(text);
      if (!result.ok) throw new Error(result.reason);
      expect(result.span.precision).to.equal(precision);
      expect(iso(result.span.start)).to.equal(start);
      expect(iso(result.span.end)).to.equal(end);
    });
  }

  const rejected: [string, RegExp][] = [
    ['2024-02-30', /February 2024 has 29 days/],
    ['2023-02-29', /February 2023 has 28 days/],
    ['1900-02-29', /February 1900 has 28 days/],
    ['2024-04-31', /April 2024 has 30 days/],
    ['2024-13', /month 13.*01 to 12/],
    ['2024-00-10', /month 00/],
    ['yesterday', /"yesterday" is not a date: write it as YYYY/],
    ['03/10/2024', /ambiguous.*2024-10-03 or 2024-03-10/],
    ['2024-06-19T02:22', /no offset from UTC/],
    ['2024-06-19T24:00Z', /impossible time of day/],
    ['2024-06-19T10:00+15:00', /offsets run from -14:00 to \+14:00/],
    ['44', /four-digit year/],
    ['-0000', /write year 0 as 0000/],
    ['', /is not a date/],
  ];
  for (const [text, reason] of rejected) {
    it(`rejects ${JSON.stringify(text)} with a reason`, () => {
      const result = parsePartialDate(text);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.match(reason);
    });
  }

  it('round-trips every valid day, month and year', () => {
    const dateArb = fc.date({ min: utcDate(-9999), max: utcDate(9999, 11, 31), noInvalidDate: true });
    const precisionArb = fc.constantFrom('year' as const, 'month' as const, 'day' as const);
    fc.assert(
      fc.property(dateArb, precisionArb, (date, precision) => {
        const text = formatPartialDate(date, precision);
        const result = parsePartialDate(text);
        expect(result.ok, text).to.equal(true);
        if (result.ok) {
          expect(result.span.precision).to.equal(precision);
          expect(formatPartialDate(result.span.start, precision)).to.equal(text);
          expect(result.span.end.getTime()).to.be.greaterThan(result.span.start.getTime());
          expect(result.span.start.getTime()).to.be.at.most(date.getTime());
          expect(result.span.end.getTime()).to.be.greaterThan(date.getTime());
        }
      }),
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), (text) => { parsePartialDate(text); }));
  });
});
