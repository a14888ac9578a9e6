import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { fromCSV } from '../../src/model/from-csv.js';
import { fromTimelineJS } from '../../src/model/from-timelinejs.js';
import { formatEventDate } from '../../src/model/format-date.js';
import { koreaRussia2024 } from '../../src/data/korea-russia-2024.js';
import { readableText } from '../helpers/readable-text.js';

const { events, issues } = parseDataset(koreaRussia2024);
const byId = new Map(events.map((event) => [event.id, event]));
const day = (id: string) => readableText(formatEventDate(byId.get(id)!, 'en-GB'));

describe('the seed dataset (Korea, Russia, Ukraine 2024)', () => {
  it('parses with zero issues', () => {
    expect(issues).to.deep.equal([]);
    expect(events.length).to.be.at.least(15);
  });

  const expected: [string, string, string][] = [
    ['putin-visit-2000', '19–20 July 2000', 'confirmed'],
    ['constitution-request', '15 January 2024', 'confirmed'],
    ['treaty-signed', '19 June 2024', 'confirmed'],
    ['donetsk-strike', '3 October 2024', 'reported'],
    ['kyiv-post-report', '4 October 2024', 'confirmed'],
    ['spa-session', '7–8 October 2024', 'confirmed'],
    ['deployment-forecast', '8 October 2024', 'expected'],
    ['border-links-cut', '9 October 2024', 'confirmed'],
    ['yoon-singapore-speech', '9 October 2024', 'confirmed'],
    ['kremlin-denial', '10 October 2024', 'confirmed'],
    ['arms-purchase-claim', '6 September 2022', 'alleged'],
    ['arms-supply-claim', '2 November 2022', 'alleged'],
    ['containers-claim', '13 October 2023', 'alleged'],
    ['joint-condemnation', '26 October 2023', 'alleged'],
    ['missiles-claim', '4 January 2024', 'alleged'],
  ];
  for (const [id, date, status] of expected) {
    it(`dates ${id} ${date}, ${status}`, () => {
      expect(byId.has(id), id).to.equal(true);
      expect(day(id)).to.equal(date);
      expect(byId.get(id)!.status).to.equal(status);
    });
  }

  it('gives every event actors, a category, a status and sources', () => {
    for (const event of events) {
      expect(event.actors?.length, event.id).to.be.greaterThan(0);
      expect(event.category, event.id).to.be.a('string');
      expect(event.status, event.id).to.be.a('string');
      expect(event.sources?.length, event.id).to.be.greaterThan(0);
    }
  });

  it('quotes the story where it quotes someone', () => {
    const quotes = events.flatMap((event) => event.sources ?? []).map((source) => source.quote).filter(Boolean);
    expect(quotes).to.include('the most powerful treaty');
    expect(quotes).to.include('one more fake');
  });

  it('says the same in its CSV and TimelineJS copies', async () => {
    const [csv, timelinejs] = await Promise.all([
      readFile(new URL('../../data/korea-russia-2024.csv', import.meta.url), 'utf8'),
      readFile(new URL('../../data/korea-russia-2024.timelinejs.json', import.meta.url), 'utf8').then((text): unknown => JSON.parse(text)),
    ]);
    const spans = (list: typeof events) => list.map((event) => `${event.start.toISOString()}/${event.end.toISOString()} ${event.title}`).sort();
    const fromSpreadsheet = fromCSV(csv);
    expect(fromSpreadsheet.issues).to.deep.equal([]);
    expect(spans(fromSpreadsheet.events)).to.deep.equal(spans(events));
    const fromTimeline = fromTimelineJS(timelinejs);
    expect(fromTimeline.issues).to.deep.equal([]);
    expect(fromTimeline.events.map((event) => event.id).sort()).to.deep.equal(events.map((event) => event.id).sort());
  });
});
