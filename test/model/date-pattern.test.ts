import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { dateInPattern, readDatePattern, suggestDateFormats, type DatePattern } from '../../src/model/date-pattern.js';

const patternOf = (written: string): DatePattern => {
  const read = readDatePattern(written);
  if (!read.ok) throw new Error(read.reason);
  return read.pattern;
};

describe('dates in a declared pattern', () => {
  const cases: [string, string, string | undefined][] = [
    ['03/10/2024', 'dd/MM/yyyy', '2024-10-03'],
    ['03/10/2024', 'MM/dd/yyyy', '2024-03-10'],
    ['3/1/2024', 'd/M/yyyy', '2024-01-03'],
    ['13.10.2024', 'dd.MM.yyyy', '2024-10-13'],
    ['3 Oct 2024', 'd MMM yyyy', '2024-10-03'],
    ['3 October 2024', 'd MMMM yyyy', '2024-10-03'],
    ['Oct 3, 2024', 'MMM d, yyyy', '2024-10-03'],
    ['Oct 2024', 'MMM yyyy', '2024-10'],
    ['10/2024', 'MM/yyyy', '2024-10'],
    ['2024', 'yyyy', '2024'],
    ['0044', 'yyyy', '0044'],
    ['03/10/24', 'dd/MM/yy', '2024-10-03'],
    ['03/10/2024 14:30', 'dd/MM/yyyy HH:mm', '2024-10-03T14:30'],
    ['10/03/2024 2:30:15 PM', 'MM/dd/yyyy h:mm:ss a', '2024-10-03T14:30:15'],
    // A daylight-saving gap in some zone changes nothing: patterns are read in UTC.
    ['10/03/2024 02:30', 'MM/dd/yyyy HH:mm', '2024-10-03T02:30'],
    ['03/10/2024 02:30', 'MM/dd/yyyy HH:mm', '2024-03-10T02:30'],
    ['31/03/2024 02:30', 'dd/MM/yyyy HH:mm', '2024-03-31T02:30'],
    ['31/02/2024', 'dd/MM/yyyy', undefined],
    ['2024-10-03', 'dd/MM/yyyy', undefined],
    ['3 Okt 2024', 'd MMM yyyy', undefined],
    ['', 'dd/MM/yyyy', undefined],
  ];
  for (const [text, pattern, expected] of cases) {
    it(`reads "${text}" in ${pattern} as ${expected ?? 'no date'}`, () => {
      expect(dateInPattern(text, patternOf(pattern))).to.equal(expected);
    });
  }

  it('takes the precision from the pattern', () => {
    expect(patternOf('yyyy').precision).to.equal('year');
    expect(patternOf('MMM yyyy').precision).to.equal('month');
    expect(patternOf('dd/MM/yyyy').precision).to.equal('day');
    expect(patternOf("dd/MM/yyyy 'at' HH:mm")).to.deep.equal({ pattern: "dd/MM/yyyy 'at' HH:mm", precision: 'minute', seconds: false });
    expect(patternOf('dd/MM/yyyy HH:mm:ss').seconds).to.equal(true);
  });

  it('explains a pattern it cannot use', () => {
    const noYear = readDatePattern('dd/MM');
    expect(noYear.ok).to.equal(false);
    if (!noYear.ok) expect(noYear.reason).to.match(/date format "dd\/MM" has no year/);
    const zoned = readDatePattern("yyyy-MM-dd'T'HH:mmXXX");
    expect(zoned.ok).to.equal(false);
    if (!zoned.ok) expect(zoned.reason).to.match(/reads a time zone/);
    const unknown = readDatePattern('Cy');
    expect(unknown.ok).to.equal(false);
    if (!unknown.ok) expect(unknown.reason).to.match(/date format "Cy" cannot be read: .*`C`/);
  });

  it('never throws on any text or pattern', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 16 }), fc.string({ maxLength: 12 }), (text, pattern) => {
        const read = readDatePattern(pattern);
        if (read.ok) {
          const date = dateInPattern(text, read.pattern);
          if (date !== undefined) expect(date).to.match(/^(?:-?\d{4}|[+-]\d{6})/);
        }
      }),
    );
  });
});

describe('suggestDateFormats', () => {
  const cases: [string, string[]][] = [
    ['03/10/2024', ['dd/MM/yyyy', 'MM/dd/yyyy']],
    ['13/10/2024', ['dd/MM/yyyy']],
    ['10/13/2024', ['MM/dd/yyyy']],
    ['3/10/2024', ['d/M/yyyy', 'M/d/yyyy']],
    ['03.10.2024', ['dd.MM.yyyy', 'MM.dd.yyyy']],
    ['3 Oct 2024', ['d MMM yyyy']],
    ['3 October 2024', ['d MMMM yyyy']],
    ['Oct 3, 2024', ['MMM d, yyyy']],
    ['October 2024', ['MMMM yyyy']],
    ['2024/10/03', ['yyyy/MM/dd']],
    ['2024-10-03', []],
    ['yesterday', []],
  ];
  for (const [text, formats] of cases) {
    it(`suggests ${JSON.stringify(formats)} for "${text}"`, () => {
      expect(suggestDateFormats(text)).to.deep.equal(formats);
      for (const format of formats) expect(dateInPattern(text, patternOf(format)), format).to.be.a('string');
    });
  }
});
