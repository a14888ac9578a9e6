/**
 * The words the timeline composes (src/layout/timeline-text.ts), as a screen reader hears them: an event's
 * details, a "+N" cluster and a count column, the range announced after a zoom, gap markers, counts and the
 * labels of lists and buttons, in English and in locales that group and name units differently.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { utcMonth } from 'd3-time';
import { ENGLISH_PHRASES } from '../../src/model/interface-phrases.js';
import {
  clusterListHeading,
  clusterListRest,
  countText,
  dayText,
  describeBreak,
  describeBreakInWords,
  describeCluster,
  describeGap,
  describeRange,
  eventsInViewLabel,
  pageButtonText,
  spokenEventDetails,
  type SpokenEventContext,
} from '../../src/layout/timeline-text.js';
import { layoutHorizontal, type PlacedCluster } from '../../src/layout/horizontal-layout.js';
import { EventIndex } from '../../src/layout/visible-events.js';
import type { Bucket } from '../../src/layout/aggregation.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { NormalizedEvent } from '../../src/model/types.js';
import { readableText } from '../helpers/readable-text.js';
import { eventsAsOf, readAsOf } from '../../src/layout/as-of.js';
import { seed } from './seed-story.js';

const DAY = 86_400_000;

const { events, issues } = parseDataset({
  title: 'Spoken details',
  events: [
    { id: 'summit', title: 'Summit in Pyongyang', start: '2024-06-19', status: 'confirmed', actors: ['Russia', 'North Korea'], category: 'diplomacy' },
    { id: 'talks', title: 'Talks', start: '2024-10-07', end: '2024-10-08', status: 'disputed', category: '  ' },
    { id: 'june', title: 'A month of strikes', start: '2024-06', status: 'reported', actors: ['Ukraine'] },
    { id: 'ides', title: 'Ides of March', start: '-0043-03-15', status: 'alleged' },
    { id: 'launch', title: 'Launch', start: '2024-06-19T02:22+09:00', status: 'expected', category: 'military' },
    { id: 'quiet', title: 'No status', start: '2024-11-05' },
  ],
});
const byId = (id: string): NormalizedEvent => events.find((event) => event.id === id)!;

const context = (overrides: Partial<SpokenEventContext> = {}): SpokenEventContext => ({
  dateShown: false,
  order: 2,
  total: 17,
  laneMode: 'none',
  locale: 'en-GB',
  ...overrides,
});

describe('spokenEventDetails', () => {
  it('reads the test events without issues', () => {
    expect(issues).to.deep.equal([]);
  });

  const cases: [string, string, Partial<SpokenEventContext>, string][] = [
    ['date, status and place', 'summit', {}, ', 19 June 2024, Confirmed, event 3 of 17'],
    ['no date when the visible text shows it', 'summit', { dateShown: true }, ', Confirmed, event 3 of 17'],
    ['the first actor\'s lane', 'summit', { laneMode: 'actor' }, ', 19 June 2024, Confirmed, Russia lane, event 3 of 17'],
    ['the category\'s lane', 'summit', { laneMode: 'category' }, ', 19 June 2024, Confirmed, diplomacy lane, event 3 of 17'],
    ['"Other" for a blank category', 'talks', { laneMode: 'category' }, ', 7–8 October 2024, Disputed, Other lane, event 3 of 17'],
    ['"Other" without actors', 'talks', { laneMode: 'actor', dateShown: true }, ', Disputed, Other lane, event 3 of 17'],
    ['a month-precision date', 'june', { order: 0, total: 1 }, ', June 2024, Reported, event 1 of 1'],
    ['a year before Christ with its era', 'ides', { order: 0 }, ', 15 March 44 BC, Alleged, event 1 of 17'],
    ['a time in the offset it was written in', 'launch', { laneMode: 'category' }, ', 19 June 2024 at 02:22 UTC+9, Expected, military lane, event 3 of 17'],
    ['no status word for an event without one', 'quiet', { order: 16 }, ', 5 November 2024, event 17 of 17'],
    ['nothing but the place when the date is shown and there is no status or lane', 'quiet', { dateShown: true, order: 4, total: 5 }, ', event 5 of 5'],
  ];
  for (const [what, id, overrides, expected] of cases) {
    it(`says ${what}`, () => {
      expect(readableText(spokenEventDetails(byId(id), context(overrides)))).to.equal(readableText(expected));
    });
  }

  it('says every status in its own word', () => {
    const statuses = ['confirmed', 'reported', 'alleged', 'disputed', 'expected'] as const;
    const words = statuses.map((status) => spokenEventDetails({ ...byId('quiet'), status }, context({ dateShown: true })));
    expect(words).to.deep.equal(['Confirmed', 'Reported', 'Alleged', 'Disputed', 'Expected'].map((word) => `, ${word}, event 3 of 17`));
  });

  const counts: [number, number, string, string][] = [
    [998, 999, 'en-GB', 'event 999 of 999'],
    [999, 1000, 'en-GB', 'event 1,000 of 1,000'],
    [1233, 100_000, 'en-GB', 'event 1,234 of 100,000'],
    [1233, 100_000, 'de', 'event 1.234 of 100.000'],
    [998, 1000, 'de', 'event 999 of 1.000'],
  ];
  for (const [order, total, locale, expected] of counts) {
    it(`groups counts from a thousand on: ${expected} (${locale})`, () => {
      expect(spokenEventDetails(byId('summit'), context({ dateShown: true, order, total, locale }))).to.equal(`, Confirmed, ${expected}`);
    });
  }

  it('gives the date in the locale asked for', () => {
    expect(spokenEventDetails(byId('summit'), context({ locale: 'de' }))).to.equal(', 19. Juni 2024, Confirmed, event 3 of 17');
  });

  describe('who says so', () => {
    const seedEvent = (id: string) => seed.events.find((event) => event.id === id)!;
    const cases: [string, string, Partial<SpokenEventContext>, string][] = [
      ['an accusation, who makes it and who denies it', 'arms-purchase-claim', {}, ', 6 September 2022, Alleged by the United States; denied by Russia and North Korea, event 3 of 17'],
      ['three accusers in one list', 'joint-condemnation', { dateShown: true }, ', Alleged by the United States, Japan and South Korea; denied by Russia and North Korea, event 3 of 17'],
      ['a report and who made it, with its lane', 'donetsk-strike', { laneMode: 'actor', dateShown: true }, ', Reported by the Kyiv Post, Ukraine lane, event 3 of 17'],
      ['a forecast denied', 'deployment-forecast', { dateShown: true }, ', Expected by South Korea; denied by Russia, event 3 of 17'],
      ['the status word alone when nobody is named', 'treaty-signed', { dateShown: true }, ', Confirmed, event 3 of 17'],
    ];
    for (const [what, id, overrides, expected] of cases) {
      it(`says ${what}`, () => {
        expect(readableText(spokenEventDetails(seedEvent(id), context(overrides)))).to.equal(readableText(expected));
      });
    }

    it('says the status the event had as of a date', () => {
      const visit = eventsAsOf(seed.events, readAsOf('2024-06-18')!.time).find((event) => event.id === 'putin-visit-2024')!;
      expect(spokenEventDetails(visit, context({ dateShown: true }))).to.equal(', Expected, event 3 of 17');
      const forecast = eventsAsOf(seed.events, readAsOf('2024-10-09')!.time).find((event) => event.id === 'deployment-forecast')!;
      expect(spokenEventDetails(forecast, context({ dateShown: true })), 'Russia had not yet denied it').to.equal(', Expected by South Korea, event 3 of 17');
    });

    it('names claimants in the list style of the locale', () => {
      expect(spokenEventDetails(seedEvent('joint-condemnation'), context({ dateShown: true, locale: 'de' }))).to.equal(
        ', Alleged by the United States, Japan und South Korea; denied by Russia und North Korea, event 3 of 17',
      );
    });
  });
});

describe('countText', () => {
  const cases: [number, string, string][] = [
    [0, 'en-GB', '0'],
    [7, 'de', '7'],
    [999, 'en-GB', '999'],
    [999, 'de', '999'],
    [1000, 'en-GB', '1,000'],
    [1000, 'de', '1.000'],
    [1234, 'en-GB', '1,234'],
    [1234, 'de', '1.234'],
    [1234, 'fr', '1 234'],
    [100_000, 'en-GB', '100,000'],
    [100_000, 'de', '100.000'],
    [2_500_000, 'en-GB', '2,500,000'],
  ];
  for (const [count, locale, expected] of cases) {
    it(`writes ${count} as "${expected}" in ${locale}`, () => {
      expect(readableText(countText(count, locale))).to.equal(expected);
    });
  }

  it('groups every count from a thousand on, and none below, keeping its digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000_000 }), fc.constantFrom('en-GB', 'de', 'fr'), (count, locale) => {
        const text = countText(count, locale);
        expect(text.replace(/\D/g, ''), text).to.equal(String(count));
        expect(/\D/.test(text), `"${text}" has a group separator`).to.equal(count >= 1000);
      }),
    );
  });
});

describe('dayText', () => {
  const cases: [number, string | undefined, string][] = [
    [Date.UTC(2024, 5, 3), 'en-GB', '3 Jun 2024'],
    [Date.UTC(2024, 5, 3, 23, 59, 59, 999), 'en-GB', '3 Jun 2024'],
    [Date.UTC(2024, 5, 3, 0, 0, 0, 1), 'de', '3. Juni 2024'],
    [Date.UTC(2024, 5, 3, 12), 'ko', '2024년 6월 3일'],
    [Date.UTC(2024, 11, 31, 23, 59), 'en-GB', '31 Dec 2024'],
  ];
  for (const [time, locale, expected] of cases) {
    it(`names the UTC day of ${new Date(time).toISOString()} in ${locale} as "${expected}", in any time zone`, () => {
      expect(readableText(dayText(time, locale))).to.equal(expected);
    });
  }

  it('gives each locale its own text for any day, whatever it gave before for another locale', () => {
    const locales = ['en-GB', 'de', 'ko', 'fr'];
    const fresh = new Map(locales.map((locale) => [locale, new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })]));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...locales)), { minLength: 1, maxLength: 50 }), (asked) => {
        for (const [time, locale] of asked) expect(dayText(time, locale), `${new Date(time).toISOString()} in ${locale}`).to.equal(fresh.get(locale)!.format(time));
      }),
    );
  });

  it('reads a malformed locale as the reader\'s default, without throwing', () => {
    expect(dayText(Date.UTC(2024, 5, 3), 'en_US')).to.equal(dayText(Date.UTC(2024, 5, 3), undefined));
  });

  it('names the era of a day before the year 1000, as event dates do', () => {
    const day = new Date(Date.UTC(2000, 2, 15));
    day.setUTCFullYear(-43);
    expect(readableText(dayText(day.getTime(), 'en-GB'))).to.equal('15 Mar 44 BC');
  });
});

describe('describeCluster', () => {
  const placed = (fields: Partial<PlacedCluster>): PlacedCluster => ({
    key: 'test',
    lane: 0,
    y: 0,
    height: 26,
    start: 0,
    end: 40,
    markStart: 0,
    markEnd: 10,
    count: 0,
    label: '',
    density: 0,
    ...fields,
  });
  const bucket = (count: number, firstStart: number, lastStart: number): Bucket => ({ from: firstStart - DAY, to: lastStart + DAY, count, firstStart, lastStart });

  it('names a "+N" badge by its count and the dates of its first and last event', () => {
    const orders = [events.indexOf(byId('june')), events.indexOf(byId('summit')), events.indexOf(byId('talks'))];
    expect(orders).to.not.include(-1);
    const cluster = placed({ orders, count: 3, label: '+3' });
    expect(readableText(describeCluster(cluster, events, 'en-GB'))).to.equal('3 more events, June 2024 to 7–8 October 2024');
    expect(readableText(describeCluster(cluster, events, 'de'))).to.equal('3 more events, Juni 2024 to 7.–8. Oktober 2024');
  });

  it('names a "+1" badge in the singular, with its one date once', () => {
    const cluster = placed({ orders: [events.indexOf(byId('june'))], count: 1, label: '+1' });
    expect(readableText(describeCluster(cluster, events, 'en-GB'))).to.equal('1 more event, June 2024');
    const column = placed({ bucket: bucket(1, Date.UTC(2024, 5, 4), Date.UTC(2024, 5, 4)), count: 1, label: '+1' });
    expect(readableText(describeCluster(column, events, 'en-GB'))).to.equal('1 event, 4 Jun 2024');
  });

  it('names the "+N" badges that layoutHorizontal folds a crowded row into', () => {
    // Twelve events over eight days in one row of 300 px: those whose marks do not fit fold into badges.
    const days = [2, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9, 9];
    const crowded = parseDataset(days.map((day, number) => ({ id: `e${number}`, title: `Event number ${number}`, start: `2024-06-${String(day).padStart(2, '0')}` }))).events;
    const index = new EventIndex(crowded);
    const layout = layoutHorizontal({ index, window: { start: Date.UTC(2024, 5, 1), end: Date.UTC(2024, 5, 11) }, width: 300, height: 26, laneMode: 'none', locale: 'en-GB', measure: (text) => text.length * 7 });
    const badges = layout.clusters.filter((cluster) => cluster.orders);
    expect(badges.length, 'some events fold').to.be.at.least(1);
    const texts = badges.map((cluster) => readableText(describeCluster(cluster, index.events, 'en-GB')));
    badges.forEach((cluster, number) => {
      const [first, last] = [crowded[cluster.orders![0]!]!, crowded[cluster.orders!.at(-1)!]!].map((event) => `${event.start.getUTCDate()} June 2024`);
      const when = first === last ? first : `${first} to ${last}`;
      expect(texts[number]).to.equal(`${cluster.count} more ${cluster.count === 1 ? 'event' : 'events'}, ${when}`);
    });
    const counted = texts.reduce((sum, text) => sum + Number(/^(\d+) more events?, /.exec(text)![1]), 0);
    expect(counted + layout.events.length, 'the badges\' counts and the drawn events add up to the events').to.equal(days.length);
  });

  const columns: [string, number, number, number, string | undefined, string][] = [
    ['a column over a week', 120, Date.UTC(2024, 5, 1, 10), Date.UTC(2024, 5, 7, 23), 'en-GB', '120 events, 1 Jun 2024 to 7 Jun 2024'],
    ['a column whose events start on one day', 5, Date.UTC(2024, 5, 3, 1), Date.UTC(2024, 5, 3, 22), 'en-GB', '5 events, 3 Jun 2024'],
    ['a column of thousands', 1234, Date.UTC(2024, 5, 1), Date.UTC(2024, 5, 30), 'en-GB', '1,234 events, 1 Jun 2024 to 30 Jun 2024'],
    ['a column of thousands in German', 16_667, Date.UTC(2024, 5, 1), Date.UTC(2024, 5, 30), 'de', '16.667 events, 1. Juni 2024 to 30. Juni 2024'],
  ];
  for (const [what, count, firstStart, lastStart, locale, expected] of columns) {
    it(`names ${what} by its count and the days its events start on`, () => {
      const cluster = placed({ count, label: `+${count}`, bucket: bucket(count, firstStart, lastStart) });
      expect(describeCluster(cluster, events, locale)).to.equal(expected);
    });
  }

  it('names the calendar columns of a lane too crowded for marks', () => {
    // 5,000 events over June 2024, in 1,000 px: counted by day, each column named by the days its events start on.
    const starts = Array.from({ length: 5000 }, (_, number) => new Date(Date.UTC(2024, 5, 1) + Math.floor((number * 30 * DAY) / 5000)).toISOString());
    const index = new EventIndex(parseDataset(starts.map((start, number) => ({ id: `e${number}`, title: `E${number}`, start }))).events);
    const layout = layoutHorizontal({ index, window: { start: Date.UTC(2024, 5, 1), end: Date.UTC(2024, 6, 1) }, width: 1000, height: 200, laneMode: 'none', locale: 'en-GB', measure: (text) => text.length * 7 });
    const columns = layout.clusters.filter((cluster) => cluster.bucket && !cluster.overlay);
    expect(columns.length, 'a column a day').to.equal(30);
    expect(readableText(describeCluster(columns[0]!, index.events, 'en-GB'))).to.equal('167 events, 1 Jun 2024');
    expect(readableText(describeCluster(columns[29]!, index.events, 'en-GB'))).to.equal('166 events, 30 Jun 2024');
  });
});

describe('describeRange', () => {
  const october = { start: Date.UTC(2024, 9, 1), end: Date.UTC(2024, 10, 1) };
  const cases: [string, { start: number; end: number }, number, string | undefined, string][] = [
    ['a month of events, its last day the one before the end', october, 6, 'en-GB', '1 Oct 2024 to 31 Oct 2024: 6 events'],
    ['one event in the singular', october, 1, 'en-GB', '1 Oct 2024 to 31 Oct 2024: 1 event'],
    ['no events in the plural', october, 0, 'en-GB', '1 Oct 2024 to 31 Oct 2024: 0 events'],
    ['a window a millisecond into the next day, which shows that day', { start: october.start, end: october.end + 1 }, 2, 'en-GB', '1 Oct 2024 to 1 Nov 2024: 2 events'],
    ['a window that starts late in a day', { start: Date.UTC(2024, 9, 1, 23, 59), end: Date.UTC(2024, 9, 8) }, 3, 'en-GB', '1 Oct 2024 to 7 Oct 2024: 3 events'],
    ['the days in the locale asked for', october, 6, 'de', '1. Okt. 2024 to 31. Okt. 2024: 6 events'],
    ['a large count grouped as the locale groups it', october, 100_000, 'en-GB', '1 Oct 2024 to 31 Oct 2024: 100,000 events'],
  ];
  for (const [what, window, count, locale, expected] of cases) {
    it(`announces ${what}`, () => {
      expect(describeRange(window, count, locale)).to.equal(expected);
    });
  }
});

describe('describeGap', () => {
  const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const cases: [string, string, string, string][] = [
    ['2024-10-03', '2024-10-03', 'en-GB', '1 day'],
    ['2024-10-03', '2024-10-04', 'en-GB', '1 day'],
    ['2024-10-03', '2024-12-01', 'en-GB', '59 days'],
    ['2024-10-03', '2024-12-03', 'en-GB', '2 months'],
    // A calendar month, not 30.44 days: 31 January to 29 February is 29 days, not yet a month.
    ['2024-01-31', '2024-02-29', 'en-GB', '29 days'],
    ['2024-01-31', '2024-03-31', 'en-GB', '2 months'],
    // Two years less a day are 23 months, though they hold 730 days (365.25 × 2 rounds the other way).
    ['2023-03-01', '2025-02-28', 'en-GB', '23 months'],
    ['2023-03-01', '2025-03-01', 'en-GB', '2 years'],
    // From a leap day, a year is reached on 1 March: four years less a day are 3 years.
    ['2020-02-29', '2024-02-28', 'en-GB', '3 years'],
    ['2000-07-01', '2022-09-01', 'en-GB', '22 years'],
    ['2024-10-03', '2024-12-01', 'ko', '59일'],
    ['2024-10-03', '2024-12-03', 'ko', '2개월'],
    ['2023-03-01', '2025-03-01', 'ko', '2년'],
    ['2024-10-03', '2024-10-04', 'fr', '1 jour'],
    ['2024-10-03', '2024-12-03', 'fr', '2 mois'],
    ['2023-03-01', '2025-03-01', 'fr', '2 ans'],
  ];
  for (const [from, to, locale, amount] of cases) {
    it(`says the gap from ${from} to ${to} is "${amount}" later in ${locale}`, () => {
      expect(readableText(describeGap(at(from), at(to), locale))).to.equal(`⋯ ${amount} later ⋯`);
    });
  }

  it('counts whole calendar units: that many fit between the two instants, one more does not', () => {
    const from = fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2200, 0, 1) });
    fc.assert(
      fc.property(from, fc.integer({ min: 0, max: 200 * 366 * DAY }), (start, length) => {
        const end = start + length;
        const text = describeGap(start, end, 'en-GB');
        const match = /^⋯ ([\d,]+) (day|month|year)s? later ⋯$/.exec(text);
        expect(match, text).to.not.equal(null);
        const value = Number(match![1]!.replace(/,/g, ''));
        const unit = match![2]!;
        const months = unit === 'year' ? 12 * value : unit === 'month' ? value : 0;
        if (unit === 'day') {
          expect(utcMonth.offset(new Date(start), 2).getTime(), text).to.be.greaterThan(end);
          expect(Math.abs(value - Math.max(Math.round(length / DAY), 1)), text).to.equal(0);
        } else {
          expect(utcMonth.offset(new Date(start), months).getTime(), text).to.be.at.most(end);
          expect(utcMonth.offset(new Date(start), months + (unit === 'year' ? 12 : 1)).getTime(), text).to.be.greaterThan(end);
          expect(months, text).to.be.at.least(unit === 'year' ? 24 : 2);
        }
        expect(text.includes(`${value} ${unit}s`), `${text}: plural`).to.equal(value !== 1);
      }),
    );
  });

  it('speaks the words of the phrases given', () => {
    const phrases = { ...ENGLISH_PHRASES, gapLater: '⋯ {amount} später ⋯' };
    expect(readableText(describeGap(at('2023-03-01'), at('2025-03-01'), 'de', phrases))).to.equal('⋯ 2 Jahre später ⋯');
  });
});

describe('describeBreak', () => {
  const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const cases: [string, string, string, string][] = [
    ['2000-07-20', '2022-09-13', 'en-GB', '22 years'],
    ['2000-07-20', '2022-09-13', 'de', '22 Jahre'],
    ['2000-07-20', '2022-09-13', 'ko', '22년'],
    ['2000-07-20', '2022-09-13', 'fr', '22 ans'],
    ['2022-09-13', '2024-09-13', 'en-GB', '2 years'],
    ['2022-09-13', '2023-10-20', 'en-GB', '13 months'],
    ['2024-06-19', '2024-08-03', 'en-GB', '45 days'],
    ['0800-01-01', '2000-01-01', 'en-GB', '1,200 years'],
  ];
  for (const [from, to, locale, amount] of cases) {
    it(`writes "⋯ ${amount} ⋯" on a break from ${from} to ${to} in ${locale}`, () => {
      expect(readableText(describeBreak(at(from), at(to), locale))).to.equal(`⋯ ${amount} ⋯`);
    });
  }

  it('says the same amount as a gap marker, without "later"', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(2500, 0, 1) }), fc.integer({ min: 0, max: 500 * 366 * DAY }), fc.constantFrom('en-GB', 'de', 'ko', 'fr'), (from, length, locale) => {
        expect(describeBreak(from, from + length, locale).replace(/ ⋯$/, ' later ⋯')).to.equal(describeGap(from, from + length, locale));
      }),
    );
  });
});

describe('describeBreakInWords', () => {
  it('tells a screen reader what the seed story\'s break skips, month to month', () => {
    // The empty stretch runs from the end of the 2000 visit (21 July 2000) to the next event (6 September 2022).
    const from = Date.UTC(2000, 6, 21);
    const to = Date.UTC(2022, 8, 6);
    expect(readableText(describeBreakInWords(from, to, 'en-GB'))).to.equal('The axis skips 22 years without events, from July 2000 to September 2022.');
    expect(readableText(describeBreakInWords(from, to, 'de'))).to.equal('The axis skips 22 Jahre without events, from Juli 2000 to September 2022.');
    expect(readableText(describeBreakInWords(from, to, 'ko'))).to.equal('The axis skips 22년 without events, from 2000년 7월 to 2022년 9월.');
  });

  it('names the months in UTC, as the events\' calendar dates are, in every time zone', () => {
    expect(readableText(describeBreakInWords(Date.UTC(2023, 11, 31, 23), Date.UTC(2024, 2, 1), 'en-GB'))).to.equal('The axis skips 60 days without events, from December 2023 to March 2024.');
  });

  it('reads a malformed locale as the reader\'s default, without throwing', () => {
    expect(describeBreakInWords(Date.UTC(2000, 6, 21), Date.UTC(2022, 8, 6), 'en_US')).to.equal(describeBreakInWords(Date.UTC(2000, 6, 21), Date.UTC(2022, 8, 6), undefined));
  });
});

describe('the labels of lists and buttons', () => {
  it('labels the list of drawn events with its total', () => {
    expect(eventsInViewLabel(17, 'en-GB')).to.equal('Events in view, in time order, of 17');
    expect(eventsInViewLabel(0, 'en-GB')).to.equal('Events in view, in time order, of 0');
    expect(eventsInViewLabel(100_000, 'en-GB')).to.equal('Events in view, in time order, of 100,000');
  });

  const cases: [string, () => string, string][] = [
    ['heads a cluster\'s list with its count', () => clusterListHeading(12, 'en-GB'), '12 events'],
    ['says one event in the singular', () => clusterListHeading(1, 'en-GB'), '1 event'],
    ['groups a large cluster\'s count in its heading', () => clusterListHeading(16_667, 'en-GB'), '16,667 events'],
    ['groups it in the locale\'s way', () => clusterListHeading(1234, 'de'), '1.234 events'],
    ['says how many of a cluster are not listed', () => clusterListRest(5, 'en-GB'), '…and 5 more: zoom in to see them'],
    ['groups the unlisted count', () => clusterListRest(99_800, 'en-GB'), '…and 99,800 more: zoom in to see them'],
    ['names the button to the earlier page with what it holds', () => pageButtonText('earlier', 400, 'en-GB'), 'Show earlier events (400 more in view)'],
    ['names the button to the later page, grouped', () => pageButtonText('later', 2500, 'de'), 'Show later events (2.500 more in view)'],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => {
      expect(text()).to.equal(expected);
    });
  }
});
