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
    // ISO 8601's expanded years, with a sign and five or six digits, as far as a JavaScript Date reaches.
    ['-10000', 'year', '-010000-01-01T00:00:00.000Z', '-009999-01-01T00:00:00.000Z'],
    ['-010000', 'year', '-010000-01-01T00:00:00.000Z', '-009999-01-01T00:00:00.000Z'],
    ['+012000', 'year', '+012000-01-01T00:00:00.000Z', '+012001-01-01T00:00:00.000Z'],
    ['+012000-06-19', 'day', '+012000-06-19T00:00:00.000Z', '+012000-06-20T00:00:00.000Z'],
    ['-271820', 'year', '-271820-01-01T00:00:00.000Z', '-271819-01-01T00:00:00.000Z'],
    ['-271821-05', 'month', '-271821-05-01T00:00:00.000Z', '-271821-06-01T00:00:00.000Z'],
    ['+275759', 'year', '+275759-01-01T00:00:00.000Z', '+275760-01-01T00:00:00.000Z'],
    // A time without an offset is a floating wall-clock time, placed as if it were UTC.
    ['2024-06-19T02:22', 'minute', '2024-06-19T02:22:00.000Z', '2024-06-19T02:23:00.000Z'],
    ['2024-06-19T02:22:30', 'minute', '2024-06-19T02:22:30.000Z', '2024-06-19T02:23:30.000Z'],
    ['2024-06-19T02:22:30.250', 'minute', '2024-06-19T02:22:30.250Z', '2024-06-19T02:23:30.250Z'],
    ['-0300-03-15T12:00', 'minute', '-000300-03-15T12:00:00.000Z', '-000300-03-15T12:01:00.000Z'],
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
    ['2024-06-19 02:22', /space before its time: write a T instead \(2024-06-19T02:22\)/],
    ['2024-06-19T02:22+09', /is not a date/],
    ['2024-06-19T24:00Z', /impossible time of day/],
    ['2024-06-19T10:00+15:00', /offsets run from -14:00 to \+14:00/],
    ['44', /four-digit year/],
    ['-0000', /write year 0 as 0000/],
    ['-000000', /write year 0 as 0000/],
    ['10000', /year of more than four digits: write it in ISO 8601's expanded form, with a sign \(\+010000\)/],
    ['12000-06', /\(\+012000-06\)/],
    ['+2024', /without the \+ \(2024\)/],
    ['-271821', /beyond the range of dates this timeline can draw.*cosmological scale is not supported/],
    ['+275760', /beyond the range of dates this timeline can draw/],
    ['-1000000', /beyond the range of dates this timeline can draw/],
    ['-4500000000', /beyond the range of dates this timeline can draw/],
    ['', /is not a date/],
  ];
  for (const [text, reason] of rejected) {
    it(`rejects ${JSON.stringify(text)} with a reason`, () => {
      const result = parsePartialDate(text);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.match(reason);
    });
  }

  it('says which times were written without an offset, and which with seconds', () => {
    const spanOf = (text: string) => {
      const result = parsePartialDate(text);
      if (!result.ok) throw new Error(result.reason);
      return result.span;
    };
    expect(spanOf('2024-06-19T02:22')).to.deep.include({ floatingTime: true }).and.not.have.property('utcOffsetMinutes');
    expect(spanOf('2024-06-19T02:22')).not.to.have.property('secondsWritten');
    expect(spanOf('2024-06-19T02:22:30')).to.deep.include({ floatingTime: true, secondsWritten: true });
    expect(spanOf('2024-06-19T02:22:30+09:00')).to.deep.include({ utcOffsetMinutes: 540, secondsWritten: true }).and.not.have.property('floatingTime');
    expect(spanOf('2024-06-19T02:22Z')).to.deep.include({ utcOffsetMinutes: 0 }).and.not.have.property('floatingTime');
    expect(spanOf('2024-06-19')).not.to.have.property('floatingTime');
  });

  it('writes years beyond four digits in the expanded form', () => {
    expect(formatPartialDate(utcDate(-10000), 'year')).to.equal('-010000');
    expect(formatPartialDate(utcDate(12000, 5, 19), 'day')).to.equal('+012000-06-19');
    expect(formatPartialDate(utcDate(9999), 'year')).to.equal('9999');
    expect(formatPartialDate(utcDate(-9999), 'year')).to.equal('-9999');
  });

  it('round-trips every valid day, month and year a Date holds', () => {
    const dateArb = fc.date({ min: utcDate(-271820), max: utcDate(275759, 11, 31), noInvalidDate: true });
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
