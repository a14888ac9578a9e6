// The seed dataset (data/korea-russia-2024.*): what it says after the fact-check of issue 14, and that its
// JSON, CSV and TimelineJS copies read back alike.
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { fromCSV } from '../../src/model/from-csv.js';
import { fromTimelineJS } from '../../src/model/from-timelinejs.js';
import { formatEventDate } from '../../src/model/format-date.js';
import type { NormalizedEvent } from '../../src/model/types.js';
import { koreaRussia2024 } from '../../src/data/korea-russia-2024.js';
import { readableText } from '../helpers/readable-text.js';

const { dataset, events, issues } = parseDataset(koreaRussia2024);
const byId = new Map(events.map((event) => [event.id, event]));
const seedEvent = (id: string) => {
  const event = byId.get(id);
  expect(event, id).to.exist;
  return event!;
};
const day = (id: string) => readableText(formatEventDate(seedEvent(id), 'en-GB'));
const deniers = (event: NormalizedEvent) => (event.responses ?? []).filter((response) => response.stance === 'denies').map((response) => response.actor);

const dataFile = (name: string) => readFile(new URL(`../../data/${name}`, import.meta.url), 'utf8');

/** The arms-transfer accusations, which Russia and North Korea both deny. */
const ARMS_ACCUSATIONS = ['arms-purchase-claim', 'arms-supply-claim', 'wagner-delivery-claim', 'containers-claim', 'joint-condemnation', 'missiles-claim'];

describe('the seed dataset (Korea, Russia, Ukraine 2024)', () => {
  it('parses with zero issues: every field it uses is one the model reads', () => {
    expect(issues).to.deep.equal([]);
    expect(events).to.have.length(18);
  });

  const expected: [string, string, string][] = [
    ['putin-visit-2000', '19–20 July 2000', 'confirmed'],
    ['arms-purchase-claim', '6 September 2022', 'alleged'],
    ['arms-supply-claim', '2 November 2022', 'alleged'],
    ['wagner-delivery-claim', '22 December 2022', 'alleged'],
    ['containers-claim', '13 October 2023', 'alleged'],
    ['joint-condemnation', '26 October 2023', 'alleged'],
    ['missiles-claim', '4 January 2024', 'alleged'],
    ['constitution-request', '15 January 2024', 'confirmed'],
    ['putin-visit-2024', '19 June 2024', 'confirmed'],
    ['treaty-signed', '19 June 2024', 'confirmed'],
    ['donetsk-strike', '3 October 2024', 'reported'],
    ['kyiv-post-report', '4 October 2024', 'confirmed'],
    ['spa-session', '7–8 October 2024', 'confirmed'],
    ['deployment-forecast', '8 October 2024', 'expected'],
    ['border-links-cut', '9 October 2024', 'confirmed'],
    ['yoon-singapore-speech', '9 October 2024', 'confirmed'],
    ['kremlin-denial', '10 October 2024', 'confirmed'],
  ];
  for (const [id, date, status] of expected) {
    it(`dates ${id} ${date}, ${status}`, () => {
      expect(day(id)).to.equal(date);
      expect(seedEvent(id).status).to.equal(status);
    });
  }

  it('lands Putin in Pyongyang at 02:22 local time on 19 June, which is 17:22 UTC on the 18th', () => {
    const landing = seedEvent('putin-arrives');
    expect(landing.start.toISOString()).to.equal('2024-06-18T17:22:00.000Z');
    expect(landing.utcOffsetMinutes).to.equal(9 * 60);
    expect(day('putin-arrives')).to.match(/^19 June 2024(,| at) 02:22 UTC\+9$/);
  });

  it('draws the 2024 visit on the one day it was held, with the planned 18–19 June in its history', () => {
    const visit = seedEvent('putin-visit-2024');
    expect(visit.isRange).to.equal(false);
    expect(visit.history?.map((entry) => [entry.date, entry.status])).to.deep.equal([
      ['2024-06-17', 'expected'],
      ['2024-06-19', 'confirmed'],
    ]);
    expect(visit.history![0]!.note).to.contain('18–19 June');
  });

  it('says who made each accusation and that Russia and North Korea deny the arms transfers', () => {
    for (const id of ARMS_ACCUSATIONS) {
      const accusation = seedEvent(id);
      expect(accusation.category, id).to.equal('accusation');
      expect(accusation.claimedBy, id).to.include('the United States');
      expect(deniers(accusation), id).to.have.members(['Russia', 'North Korea']);
    }
    expect(events.filter((event) => event.category === 'accusation').map((event) => event.id)).to.have.members(ARMS_ACCUSATIONS);
    expect(seedEvent('joint-condemnation').claimedBy).to.deep.equal(['the United States', 'Japan', 'South Korea']);
    expect(seedEvent('joint-condemnation').actors).to.include('Japan');
  });

  it('gives every claim that is not a fact a claimant', () => {
    const claims = events.filter((event) => event.status !== 'confirmed');
    expect(claims.length).to.be.greaterThan(0);
    for (const claim of claims) expect(claim.claimedBy?.length, claim.id).to.be.greaterThan(0);
  });

  it('has the deployment forecast claimed by South Korea and denied by Russia on 10 October', () => {
    const forecast = seedEvent('deployment-forecast');
    expect(forecast.claimedBy).to.deep.equal(['South Korea']);
    expect(forecast.responses?.map(({ actor, stance, date }) => ({ actor, stance, date }))).to.deep.equal([
      { actor: 'Russia', stance: 'denies', date: '2024-10-10' },
    ]);
  });

  it('keeps the Donetsk strike "reported": the Kyiv Post reported it, and Seoul’s "likely true" is not a confirmation', () => {
    const strike = seedEvent('donetsk-strike');
    expect(strike.claimedBy).to.deep.equal(['the Kyiv Post']);
    expect(strike.history?.map((entry) => [entry.date, entry.status])).to.deep.equal([
      ['2024-10-04', 'reported'],
      ['2024-10-08', 'reported'],
    ]);
    expect((strike.responses ?? []).filter((response) => response.stance === 'confirms')).to.deep.equal([]);
  });

  it('marks the events the story turns on as key', () => {
    expect(events.filter((event) => event.importance === 'key').map((event) => event.id)).to.deep.equal([
      'treaty-signed',
      'donetsk-strike',
      'spa-session',
      'deployment-forecast',
    ]);
  });

  it('says that its date, the story’s, is inferred, in the credit line a reader sees under its title', () => {
    expect(dataset.updated).to.equal('2024-10-10');
    expect(dataset.credit).to.match(/Bloomberg, 10 October 2024 \(date inferred\)/);
  });

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
});

describe('the seed dataset’s CSV and TimelineJS copies', () => {
  /** An event's span to the minute, as an instant: what the CSV, which keeps offsets, must match exactly. */
  const instants = (event: NormalizedEvent) => ({
    start: event.start.toISOString().slice(0, 16),
    end: event.end.toISOString().slice(0, 16),
    utcOffsetMinutes: event.utcOffsetMinutes,
  });
  /**
   * An event's span to the minute on the clock where it happened. TimelineJS has no time zone: its copy
   * writes the landing as 02:22 on 19 June, the time in Pyongyang, so it is compared as a wall-clock time.
   */
  const wallClock = (event: NormalizedEvent) => {
    const shift = (date: Date) => new Date(date.getTime() + (event.utcOffsetMinutes ?? 0) * 60_000).toISOString().slice(0, 16);
    return { start: shift(event.start), end: shift(event.end) };
  };

  it('the CSV carries every event’s id, span to the minute, title, status, importance, claimants and deniers', async () => {
    const { events: rows, issues: csvIssues } = fromCSV(await dataFile('korea-russia-2024.csv'));
    expect(csvIssues).to.deep.equal([]);
    expect(rows.map((row) => row.id)).to.deep.equal(events.map((event) => event.id));
    const said = (event: NormalizedEvent) => ({
      id: event.id,
      ...instants(event),
      title: event.title,
      status: event.status,
      importance: event.importance,
      location: event.location,
      claimedBy: event.claimedBy ?? [],
      deniedBy: deniers(event),
    });
    // The CSV has one source per row and no history, and its denied_by column names deniers only.
    for (const [index, row] of rows.entries()) expect(said(row), row.id).to.deep.equal(said(events[index]!));
  });

  it('the TimelineJS copy carries every event’s id, wall-clock span to the minute, title and status', async () => {
    const { events: slides, issues: timelineIssues } = fromTimelineJS(JSON.parse(await dataFile('korea-russia-2024.timelinejs.json')) as unknown);
    expect(timelineIssues).to.deep.equal([]);
    // Matched by id, not by order: the reader orders events by instant, and a zone-less 02:22 is not the
    // instant that 02:22+09:00 is, so the landing may sort differently against the day-long events of 19 June.
    expect(slides.map((slide) => slide.id)).to.have.members(events.map((event) => event.id));
    // TimelineJS has no status, claim or source fields: its copy says them in the slide's text.
    const names = new Intl.ListFormat('en-GB', { type: 'conjunction' });
    const statusInText = (slide: NormalizedEvent) => /Status: (\w+)\./.exec(slide.summary ?? '')?.[1];
    for (const slide of slides) {
      const event = seedEvent(slide.id);
      expect({ ...wallClock(slide), title: slide.title, status: statusInText(slide) }, slide.id).to.deep.equal({
        ...wallClock(event),
        title: event.title,
        status: event.status,
      });
      if (event.claimedBy?.length) expect(slide.summary, slide.id).to.contain(`Claimed by ${names.format(event.claimedBy)}.`);
      if (deniers(event).length) expect(slide.summary, slide.id).to.contain(`Denied by ${names.format(deniers(event))}.`);
    }
  });

  it('the TimelineJS copy shows the landing as 02:22 in Pyongyang, naming the offset it cannot encode', async () => {
    const timeline = JSON.parse(await dataFile('korea-russia-2024.timelinejs.json')) as { events: { unique_id: string; start_date: Record<string, string> }[] };
    const landing = timeline.events.find((slide) => slide.unique_id === 'putin-arrives')!.start_date;
    expect(landing).to.deep.equal({ year: '2024', month: '6', day: '19', hour: '2', minute: '22', display_date: '19 June 2024, 02:22 in Pyongyang (UTC+9)' });
  });
});
