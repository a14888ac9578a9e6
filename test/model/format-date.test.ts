import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { formatEventDate, formatUtcOffset } from '../../src/model/format-date.js';
import { readableText as plain } from '../helpers/readable-text.js';

const eventFrom = (start: string, end?: string, more: Record<string, unknown> = {}) => {
  const result = parseDataset([{ id: 'x', title: 'x', start, ...(end ? { end } : {}), ...more }]);
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
    // Seconds when they were written; a time without an offset as written, in no zone.
    ['2024-06-19T02:22:30+09:00', undefined, 'en-GB', '19 June 2024 at 02:22:30 UTC+9'],
    ['2024-06-19T02:22:30Z', undefined, 'en-GB', '19 June 2024 at 02:22:30 UTC'],
    ['2024-06-19T02:22', undefined, 'en-GB', '19 June 2024 at 02:22'],
    ['2024-06-19T02:22:30', undefined, 'en-GB', '19 June 2024 at 02:22:30'],
    ['2024-06-19T23:59:59', undefined, 'en-GB', '19 June 2024 at 23:59:59'],
    ['2024-06-19T02:22', undefined, 'en-US', 'June 19, 2024 at 02:22 AM'],
    ['2024-06-19T02:22', '2024-06-19T04:05:06', 'en-GB', '19 June 2024, 02:22:00–04:05:06'],
    ['2024-06-19', '2024-06-20T06:45', 'en-GB', '19 June 2024–20 June 2024 at 06:45'],
    // Years beyond four digits.
    ['-010000', undefined, 'en-GB', '10001 BC'],
    ['+012000', undefined, 'en-GB', '12000'],
  ];
  for (const [start, end, locale, expected] of cases) {
    it(`formats ${start}${end ? '..' + end : ''} in ${locale} as "${expected}"`, () => {
      expect(plain(formatEventDate(eventFrom(start, end), locale))).to.equal(expected);
    });
  }

  const authored: [string, Record<string, unknown>, string, string][] = [
    ['2024-06', { approximate: true }, 'en-GB', 'c. June 2024'],
    ['1200', { approximate: true }, 'en-GB', 'c. 1200'],
    ['-0220', { approximate: true }, 'en-GB', 'c. 221 BC'],
    ['-0220', { displayDate: 'Spring 221 BC' }, 'en-GB', 'Spring 221 BC'],
    ['1200', { displayDate: ' c. 1200 ', approximate: true }, 'en-GB', 'c. 1200'],
    ['2024-06-19T02:22', { displayDate: 'Early morning, 19 June' }, 'ko', 'Early morning, 19 June'],
    ['2024-06', { approximate: false }, 'en-GB', 'June 2024'],
  ];
  for (const [start, more, locale, expected] of authored) {
    it(`shows ${start} with ${JSON.stringify(more)} in ${locale} as "${expected}"`, () => {
      expect(plain(formatEventDate(eventFrom(start, undefined, more), locale))).to.equal(expected);
    });
  }

  it('shows a wall-clock time as written, whatever the zone the page runs in', () => {
    expect(plain(formatEventDate(eventFrom('2024-12-31T23:30:15'), 'en-GB'))).to.equal('31 December 2024 at 23:30:15');
  });

  it('falls back to the default locale for a malformed one instead of throwing', () => {
    expect(formatEventDate(eventFrom('2024'), 'not a locale!!')).to.match(/2024/);
  });

  it('names UTC offsets briefly', () => {
    expect(formatUtcOffset(0)).to.equal('UTC');
    expect(formatUtcOffset(540)).to.equal('UTC+9');
    expect(formatUtcOffset(-210)).to.equal('UTC−3:30');
  });
});
