import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { formatEventDate, formatUtcOffset } from '../../src/model/format-date.js';
import { readableText as plain } from '../helpers/readable-text.js';

const eventFrom = (start: string, end?: string) => {
  const result = parseDataset([{ id: 'x', title: 'x', start, ...(end ? { end } : {}) }]);
  if (result.issues.length) throw new Error(JSON.stringify(result.issues));
  return result.events[0]!;
};


describe('formatEventDate', () => {
  const cases: [string, string | undefined, string, string][] = [
    ['2024-06-19', undefined, 'en-GB', '19 June 2024'],
    ['2024-06', undefined, 'en-GB', 'June 2024'],
    ['2024-10-07', '2024-10-08', 'en-GB', '7–8 October 2024'],
    ['2000', undefined, 'en-GB', '2000'],
    ['-0043', undefined, 'en-GB', '44 BC'],
    ['-0043-03-15', undefined, 'en-GB', '15 March 44 BC'],
    ['0001', undefined, 'en-GB', '1 AD'],
    ['2024-01-01', undefined, 'en-GB', '1 January 2024'],
    ['2024-12-31', undefined, 'en-GB', '31 December 2024'],
    ['2024-02-29', undefined, 'en-GB', '29 February 2024'],
    ['2000-07-19', '2000-07-20', 'en-GB', '19–20 July 2000'],
    ['2024-06', '2024-10', 'en-GB', 'June–October 2024'],
    ['2023-12-30', '2024-01-02', 'en-GB', '30 December 2023–2 January 2024'],
    ['2022', '2024', 'en-GB', '2022–2024'],
    ['2024-06', '2024-10-03', 'en-GB', 'June 2024–3 October 2024'],
    ['2024-06-19T02:22+09:00', undefined, 'en-GB', '19 June 2024 at 02:22 UTC+9'],
    ['2024-06-19', undefined, 'en-US', 'June 19, 2024'],
    ['2024-10-07', '2024-10-08', 'en-US', 'October 7–8, 2024'],
    ['2024-06-19', undefined, 'ko', '2024년 6월 19일'],
    ['2024-06', undefined, 'ko', '2024년 6월'],
    ['2024-10-07', '2024-10-08', 'ko', '2024년 10월 7일~8일'],
    ['-0043', undefined, 'ko', 'BC 44년'],
    ['2024-06-19', undefined, 'uk', '19 червня 2024 р.'],
    ['2024-06', undefined, 'uk', 'червень 2024 р.'],
    ['2024-06-19', undefined, 'ru', '19 июня 2024 г.'],
    ['2024-06-19', undefined, 'ar', '19 يونيو 2024'],
    ['2024-06-19', undefined, 'ar-EG', '١٩ يونيو ٢٠٢٤'],
    ['0044', undefined, 'en-GB', '44 AD'],
  ];
  for (const [start, end, locale, expected] of cases) {
    it(`formats ${start}${end ? '..' + end : ''} in ${locale} as "${expected}"`, () => {
      expect(plain(formatEventDate(eventFrom(start, end), locale))).to.equal(expected);
    });
  }

  it('falls back to the default locale for a malformed one instead of throwing', () => {
    expect(formatEventDate(eventFrom('2024'), 'not a locale!!')).to.match(/2024/);
  });

  it('names UTC offsets briefly', () => {
    expect(formatUtcOffset(0)).to.equal('UTC');
    expect(formatUtcOffset(540)).to.equal('UTC+9');
    expect(formatUtcOffset(-210)).to.equal('UTC−3:30');
  });
});
