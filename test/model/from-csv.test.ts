import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { formatEventDate } from '../../src/model/format-date.js';
import { fromCSV } from '../../src/model/from-csv.js';
import type { NormalizedEvent } from '../../src/model/types.js';
import { readableText as plain } from '../helpers/readable-text.js';

describe('fromCSV', () => {
  it('reads the documented columns, actors split on ";"', () => {
    const csv = [
      'id,title,start,end,summary,actors,category,status,source,source_url',
      'spa,"Assembly meets, amends law",2024-10-07,2024-10-08,"Said ""nothing""",North Korea; Russia,politics,confirmed,KCNA,https://kcna.kp/x',
    ].join('\n');
    const result = fromCSV(csv);
    expect(result.issues).to.deep.equal([]);
    const [event] = result.events;
    expect(event).to.include({ id: 'spa', title: 'Assembly meets, amends law', summary: 'Said "nothing"', category: 'politics', status: 'confirmed' });
    expect(event!.actors).to.deep.equal(['North Korea', 'Russia']);
    expect(event!.sources).to.deep.equal([{ name: 'KCNA', url: 'https://kcna.kp/x' }]);
    expect(event!.end.toISOString()).to.equal('2024-10-09T00:00:00.000Z');
  });

  it('names the spreadsheet row and column of each problem; only a bad date leaves a row out', () => {
    const csv = 'id,title,start,end,status,source_url\na,A,2024-01-01,,,\nb,B,2024-02-30,,,\n\nc,C,2024,,maybe,\nd,D,2024,,,javascript:alert(1)\n';
    const result = fromCSV(csv);
    expect(result.events.map((event) => event.id)).to.deep.equal(['a', 'c', 'd']);
    expect(result.issues.map(({ path, severity }) => [path, severity])).to.deep.equal([
      ['/rows/3/start', 'error'],
      ['/rows/5/status', 'warning'],
      ['/rows/6/source_url', 'error'],
    ]);
    const [, maybe, scripted] = result.events;
    expect(maybe!.status).to.equal(undefined);
    expect(scripted!.sources).to.deep.equal([{ name: 'javascript:alert(1)' }]);
  });

  it('gives rows without an id one from their row number', () => {
    expect(fromCSV('title,start\nA,2024').events[0]!.id).to.equal('row-2');
  });

  it('reports a header without the needed columns', () => {
    const result = fromCSV('name,date\nA,2024');
    expect(result.issues[0]).to.include({ path: '/rows/1', severity: 'error' });
    expect(result.issues[0]!.message).to.match(/no "title" or "start" column/);
  });

  it('warns about unknown columns', () => {
    const result = fromCSV('title,start,colour\nA,2024,red');
    expect(result.events).to.have.length(1);
    expect(result.issues).to.deep.equal([{ path: '/rows/1/colour', message: 'unknown column "colour" is ignored', severity: 'warning' }]);
  });
});

describe('fromCSV: who claims and who denies', () => {
  it('reads claimed_by as the claimants and each name in denied_by as a denial, names separated by ";"', () => {
    const csv = [
      'id,title,start,status,claimed_by,denied_by',
      'arms,North Korea supplies shells,2022-11-02,alleged,the United States; ,Russia;North Korea ',
      'treaty,Treaty signed,2024-06-19,confirmed,;;, ; ',
    ].join('\n');
    const result = fromCSV(csv);
    expect(result.issues).to.deep.equal([]);
    const [arms, treaty] = result.events;
    expect(arms!.claimedBy).to.deep.equal(['the United States']);
    expect(arms!.responses).to.deep.equal([
      { actor: 'Russia', stance: 'denies' },
      { actor: 'North Korea', stance: 'denies' },
    ]);
    expect(treaty).not.to.have.property('claimedBy');
    expect(treaty).not.to.have.property('responses');
  });

  it('does not warn about the claimed_by and denied_by columns', () => {
    expect(fromCSV('title,start,claimed_by,denied_by\nA,2024,AP,').issues).to.deep.equal([]);
  });
});

const sheet = (name: string) => readFileSync(new URL(`../fixtures/sheets/${name}`, import.meta.url), 'utf8');
const dateOf = (event: NormalizedEvent) => plain(formatEventDate(event, 'en-GB'));

describe('fromCSV: dates in the spreadsheet\'s own style', () => {
  it('reads a column of day-first dates with a declared pattern, ISO dates too', () => {
    const result = fromCSV(sheet('day-first.csv'), { dateFormat: 'dd/MM/yyyy' });
    expect(result.events.map((event) => [event.id, dateOf(event)])).to.deep.equal([
      ['treaty', '19 June 2024'],
      ['assembly', '7–8 October 2024'],
      ['iso', '5 November 2024'],
    ]);
    expect(result.issues).to.deep.equal([
      { path: '/rows/5/start', message: 'start "31/02/2024" does not match the date format "dd/MM/yyyy", nor is it written in ISO 8601 (2024-10-03)', severity: 'error' },
    ]);
  });

  it('takes the precision from the pattern: MMM yyyy is a month', () => {
    const result = fromCSV(sheet('month-names.csv'), { dateFormat: 'MMM yyyy' });
    expect(result.issues).to.deep.equal([]);
    expect(result.events.map((event) => [event.precision, dateOf(event)])).to.deep.equal([
      ['month', 'October–November 2024'],
      ['month', 'December 2024'],
      ['month', 'January 2025'],
    ]);
    const days = fromCSV(sheet('day-month-names.csv'), { dateFormat: 'd MMM yyyy' });
    expect(days.issues).to.deep.equal([]);
    expect(days.events.map(dateOf)).to.deep.equal(['19 June 2024', '3–5 December 2024']);
  });

  it('reads times in a pattern as wall-clock times', () => {
    const result = fromCSV(sheet('day-first-times.csv'), { dateFormat: 'dd/MM/yyyy HH:mm' });
    expect(result.events.map(dateOf)).to.deep.equal(['19 June 2024 at 02:22']);
    expect(result.issues.map((issue) => issue.path)).to.deep.equal(['/rows/3/start']);
    const withSeconds = fromCSV(sheet('day-first-times.csv'), { dateFormat: 'dd/MM/yyyy HH:mm:ss' });
    expect(withSeconds.events.map(dateOf)).to.deep.equal(['21 November 2024 at 22:42:15']);
  });

  it('keeps an ambiguous date without a pattern an error that names the fix', () => {
    const result = fromCSV(sheet('ambiguous.csv'));
    expect(result.events).to.deep.equal([]);
    expect(result.issues.map(({ path, message }) => [path, message])).to.deep.equal([
      ['/rows/2/start', 'start "03/10/2024" is ambiguous (day/month or month/day?): write it as 2024-10-03 or 2024-03-10; or set date-format="dd/MM/yyyy" (or "MM/dd/yyyy") to read the column\'s dates as written'],
      ['/rows/3/start', 'start "3 Oct 2024" is not a date: write it as YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss], with an offset (Z or +09:00) or without one for a wall-clock time; or set date-format="d MMM yyyy" to read the column\'s dates as written'],
    ]);
  });

  it('says so when the declared pattern cannot be used, and reads ISO dates only', () => {
    const result = fromCSV('title,start\nA,2024-10-03\nB,03/10', { dateFormat: 'dd/MM' });
    expect(result.events.map((event) => event.title)).to.deep.equal(['A']);
    expect(result.issues[0]).to.include({ path: '', severity: 'error' });
    expect(result.issues[0]!.message).to.match(/date format "dd\/MM" has no year.*dates are read in ISO 8601 only/);
  });
});

describe('fromCSV: the TimelineJS Google Sheets template', () => {
  const result = fromCSV(sheet('timelinejs-template.csv'));
  const byTitle = (title: string) => {
    const event = result.events.find((candidate) => candidate.title === title);
    if (!event) throw new Error(`no event "${title}"`);
    return event;
  };

  it('reads the template by its headers: the title row is the header, era rows are eras', () => {
    expect(result.dataset.title).to.equal('River Towns, 1850–1950');
    expect(result.dataset.description).to.match(/^<p>A century .*<a href="https:\/\/example.org\/archive">the county paper<\/a>/);
    expect(result.dataset.media).to.deep.equal({ url: 'https://example.org/images/river.jpg', caption: 'The river in flood', credit: 'County archive' });
    expect(result.dataset.eras!.map((era) => [era.title, era.startText, era.endText])).to.deep.equal([
      ['The steamboat years', '1850', '1900'],
      ['The rail years', '1900', '1950'],
    ]);
    expect(result.dataset.lanes).to.equal('category');
  });

  it('reads each other row as an event: dates from their columns, display date, media, group', () => {
    expect(result.events).to.have.length(8);
    const steamboat = byTitle('First steamboat lands');
    expect(steamboat).to.deep.include({ id: 'row-5', category: 'Transport', summary: 'The <em>Belle</em> ties up at the new wharf.' });
    expect(steamboat.media).to.deep.equal({
      url: 'https://example.org/images/belle.png',
      caption: 'The Belle at the wharf',
      credit: 'Drawing by a passenger',
      thumbnail: 'https://example.org/images/belle-small.png',
    });
    expect(dateOf(steamboat)).to.equal('12 April 1851');
    expect(dateOf(byTitle('Mills turn to uniforms'))).to.equal('During the war');
    expect(byTitle('Mills turn to uniforms')).to.deep.include({ isRange: true, endText: '1865' });
    expect(dateOf(byTitle('The great flood crests'))).to.equal('1 June 1889 at 14:30');
    expect(dateOf(byTitle('The first train arrives'))).to.equal('3 October 1901 at 06:45:30');
    expect(dateOf(byTitle('A settlement on the bank'))).to.equal('300 BC');
  });

  it('titles rows without a headline from their text or caption', () => {
    expect(result.events.map((event) => event.title)).to.include.members(['The last ferry', 'Not a headline in sight, but a long text about the bridge that the town finally…']);
  });

  it('names the spreadsheet row and the template\'s column of each problem', () => {
    expect(result.issues.map(({ path, severity }) => [path, severity])).to.deep.equal([
      ['/rows/13/Time', 'warning'],
      ['/rows/2/Background', 'warning'],
      ['/rows/9/Headline', 'warning'],
      ['/rows/11/Headline', 'warning'],
      ['/rows/2/Media Alt', 'warning'],
      ['/rows/5/Media Alt', 'warning'],
      ['/rows/7/Media Alt', 'warning'],
      ['/rows/10/Year', 'error'],
      ['/rows/11/Media Alt', 'warning'],
    ]);
    expect(result.issues.find((issue) => issue.path === '/rows/10/Year')!.message).to.match(/month 13/);
  });

  it('reads a template row of an unknown Type as an event, and only the first title row as the header', () => {
    const csv = 'Year,Headline,Type\n,Story,title\n,Another title,title\n2024,Odd,slide\n';
    const read = fromCSV(csv);
    expect(read.dataset.title).to.equal('Story');
    expect(read.events.map((event) => event.title)).to.deep.equal(['Odd']);
    expect(read.issues.map(({ path, severity }) => [path, severity])).to.deep.equal([
      ['/rows/3/Type', 'warning'],
      ['/rows/4/Type', 'warning'],
      ['/rows/3/Year', 'error'],
    ]);
  });
});
