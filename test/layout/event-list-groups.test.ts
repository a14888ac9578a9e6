/**
 * The outline of the event list (src/layout/event-list-groups.ts): events under the year they were written in,
 * months only in a busy year (decided on all its events, not on those drawn so far), year-precision events
 * ahead of the months, headings in the reader's locale and with an era before year 1000.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { EVENTS_BEFORE_MONTHS, groupEvents, writtenStart, yearLabel, type YearGroup } from '../../src/layout/event-list-groups.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { TimelineEvent } from '../../src/model/schema.js';
import type { NormalizedEvent } from '../../src/model/types.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';

/** What a test item keeps of its event: the id and the order it was given. */
const idAndOrder = (event: NormalizedEvent, order: number) => ({ id: event.id, order });

function read(written: TimelineEvent[]): readonly NormalizedEvent[] {
  const { events, issues } = parseDataset(written);
  expect(issues).to.deep.equal([]);
  return events;
}

/** Each year as `[label, ids]`, or `[label, [[month label, ids], …]]` when it is split by month. */
function outline(groups: YearGroup<{ id: string }>[]): unknown[] {
  const ids = (items: { id: string }[]) => items.map((item) => item.id);
  return groups.map((year) => [year.label, year.months ? year.months.map((month) => [month.label, ids(month.items)]) : ids(year.items)]);
}

/** `count` day-precision events in one year, on the 2nd of successive months from March. */
const busyYear = (year: number, count: number): TimelineEvent[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `${year}-e${index}`,
    title: `Event ${index}`,
    start: `${year}-${String((index % 10) + 3).padStart(2, '0')}-02`,
  }));

describe('groupEvents', () => {
  it('puts each event under the year it starts in, in time order, with no months in a quiet year', () => {
    const events = read([
      { id: 'summit', title: 'Summit', start: '2000-07-19', end: '2000-07-20' },
      { id: 'treaty', title: 'Treaty', start: '2024-06-19' },
      { id: 'talks', title: 'Talks', start: '2024-10-07' },
      { id: 'visit', title: 'Visit', start: '2019-04-25' },
    ]);
    const groups = groupEvents(events, events.length, 'en-GB', idAndOrder);
    expect(outline(groups)).to.deep.equal([
      ['2000', ['summit']],
      ['2019', ['visit']],
      ['2024', ['treaty', 'talks']],
    ]);
    expect(groups.map((group) => group.key)).to.deep.equal(['2000', '2019', '2024']);
    expect(groups.every((group) => group.months === undefined)).to.equal(true);
    // Each item is made once, with its place in time order.
    expect(groups.flatMap((group) => group.items)).to.deep.equal(events.map((event, order) => ({ id: event.id, order })));
  });

  it(`splits a year of more than ${EVENTS_BEFORE_MONTHS} events by month; a year of ${EVENTS_BEFORE_MONTHS} stays whole`, () => {
    const events = read([...busyYear(2021, EVENTS_BEFORE_MONTHS + 1), ...busyYear(2022, EVENTS_BEFORE_MONTHS)]);
    const groups = groupEvents(events, events.length, 'en-GB', idAndOrder);
    expect(outline(groups)).to.deep.equal([
      [
        '2021',
        [
          ['March', ['2021-e0']],
          ['April', ['2021-e1']],
          ['May', ['2021-e2']],
          ['June', ['2021-e3']],
          ['July', ['2021-e4']],
          ['August', ['2021-e5']],
          ['September', ['2021-e6']],
        ],
      ],
      ['2022', ['2022-e0', '2022-e1', '2022-e2', '2022-e3', '2022-e4', '2022-e5']],
    ]);
    expect(groups[0]!.months!.map((month) => month.key)).to.deep.equal(['2021-3', '2021-4', '2021-5', '2021-6', '2021-7', '2021-8', '2021-9']);
    // The year keeps all its items too, the very objects its months hold.
    expect(groups[0]!.items).to.have.length(EVENTS_BEFORE_MONTHS + 1);
    expect(groups[0]!.months!.flatMap((month) => month.items)).to.deep.equal(groups[0]!.items);
    expect(groups[0]!.months![0]!.items[0]).to.equal(groups[0]!.items[0]);
  });

  it("keeps a month's events together and puts the year-precision events ahead of the months, without a heading", () => {
    const events = read([
      { id: 'whole-year', title: 'A year of drills', start: '2021' },
      { id: 'spring', title: 'Spring', start: '2021-03' },
      ...busyYear(2021, EVENTS_BEFORE_MONTHS),
      { id: 'also-year', title: 'Also the whole year', start: '2021', end: '2021' },
    ]);
    const groups = groupEvents(events, events.length, 'en-GB', idAndOrder);
    const months = groups[0]!.months!;
    expect(months[0]).to.deep.equal({ key: '2021', items: groups[0]!.items.filter((item) => ['whole-year', 'also-year'].includes(item.id)) });
    expect(months[0]).to.not.have.property('label');
    expect(outline(groups)[0]).to.deep.equal([
      '2021',
      [
        [undefined, ['whole-year', 'also-year']],
        ['March', ['spring', '2021-e0']],
        ['April', ['2021-e1']],
        ['May', ['2021-e2']],
        ['June', ['2021-e3']],
        ['July', ['2021-e4']],
        ['August', ['2021-e5']],
      ],
    ]);
  });

  it('groups a minute-precision event by the date written in its own offset, not by the UTC date', () => {
    // 00:30 in Seoul on 1 January 2025 is still 2024 in UTC; 23:30 in New York on 31 December 2024 is 2025 in UTC.
    const events = read([
      { id: 'seoul', title: 'Just after midnight in Seoul', start: '2025-01-01T00:30+09:00' },
      { id: 'new-york', title: 'Just before midnight in New York', start: '2024-12-31T23:30-05:00' },
    ]);
    expect(outline(groupEvents(events, events.length, 'en-GB', idAndOrder))).to.deep.equal([
      ['2025', ['seoul']],
      ['2024', ['new-york']],
    ]);
    expect(writtenStart(events.find((event) => event.id === 'seoul')!).toISOString()).to.equal('2025-01-01T00:30:00.000Z');
    expect(writtenStart(events.find((event) => event.id === 'new-york')!).toISOString()).to.equal('2024-12-31T23:30:00.000Z');
  });

  it('draws only the first `shown` events, but splits a year by month on all of its events', () => {
    const events = read([...busyYear(2021, EVENTS_BEFORE_MONTHS + 1), { id: 'later', title: 'Later', start: '2023-01-01' }]);
    const groups = groupEvents(events, 2, 'en-GB', idAndOrder);
    expect(outline(groups)).to.deep.equal([
      [
        '2021',
        [
          ['March', ['2021-e0']],
          ['April', ['2021-e1']],
        ],
      ],
    ]);
    expect(groupEvents(events, 0, 'en-GB', idAndOrder)).to.deep.equal([]);
    expect(groupEvents(events, events.length + 10, 'en-GB', idAndOrder).flatMap((group) => group.items)).to.have.length(events.length);
  });

  it("names months and years in the reader's locale", () => {
    const events = read(busyYear(2024, EVENTS_BEFORE_MONTHS + 1));
    const monthLabels = (locale: string) => groupEvents(events, events.length, locale, idAndOrder)[0]!.months!.map((month) => month.label);
    expect(monthLabels('de')).to.deep.equal(['März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September']);
    expect(monthLabels('fr')[0]).to.equal('mars');
    expect(groupEvents(events, 1, 'ko', idAndOrder)[0]!.label).to.equal('2024년');
  });

  it('every drawn event is in its year once, in time order, and in exactly one month of a split year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 320 }), (count, seed, shown) => {
        const { events } = parseDataset(syntheticEvents(count, { seed }));
        const groups = groupEvents(events, shown, 'en-GB', idAndOrder);
        const drawn = groups.flatMap((group) => group.items);
        expect(drawn).to.deep.equal(events.slice(0, shown).map((event, order) => ({ id: event.id, order })));
        for (const group of groups) {
          const years = new Set(group.items.map((item) => writtenStart(events[item.order]!).getUTCFullYear()));
          expect([...years]).to.deep.equal([Number(group.key)]);
          const allOfYear = events.filter((event) => writtenStart(event).getUTCFullYear() === Number(group.key)).length;
          expect(group.months !== undefined, group.key).to.equal(allOfYear > EVENTS_BEFORE_MONTHS);
          if (!group.months) continue;
          const inMonths = group.months.flatMap((month) => month.items);
          expect(inMonths.map((item) => item.order).sort((a, b) => a - b)).to.deep.equal(group.items.map((item) => item.order));
          expect(new Set(group.months.map((month) => month.key)).size).to.equal(group.months.length);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('yearLabel', () => {
  it('writes the year alone from year 1000, and with its era before', () => {
    const year = (written: string) => writtenStart(read([{ id: 'a', title: 'A', start: written }])[0]!);
    expect(yearLabel(year('2024-06-19'), 'en-GB')).to.equal('2024');
    expect(yearLabel(year('1000'), 'en-GB')).to.equal('1000');
    expect(yearLabel(year('0800'), 'en-GB')).to.equal('800 AD');
    expect(yearLabel(year('-0043-03-15'), 'en-GB')).to.equal('44 BC');
    expect(yearLabel(year('-0043-03-15'), 'de')).to.equal('44 v. Chr.');
  });
});
