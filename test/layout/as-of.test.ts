/**
 * A timeline "as of" a date (src/layout/as-of.ts and TimelineData's asOf), read on the seed story: which events
 * were known on 5 October 2024 and on 18 June 2024, the status each had then, the history, responses and
 * sources dated by then, the words that say the date, and an index that stays consistent with what is shown.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { asOfText, eventAsOf, eventsAsOf, readAsOf, sameAsOf } from '../../src/layout/as-of.js';
import { TimelineData } from '../../src/layout/timeline-data.js';
import { knownAsOf } from '../../src/model/claims.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { NormalizedEvent } from '../../src/model/types.js';
import { seed } from './seed-story.js';

const byId = (events: readonly NormalizedEvent[], id: string) => events.find((event) => event.id === id);
const at = (written: string) => readAsOf(written)!.time;

describe('readAsOf', () => {
  const cases: [string, string | undefined][] = [
    ['2024-10-05', '2024-10-05T23:59:59.999Z'],
    ['2024-10', '2024-10-31T23:59:59.999Z'],
    ['2024', '2024-12-31T23:59:59.999Z'],
    [' 2024-10-05 ', '2024-10-05T23:59:59.999Z'],
    ['2024-06-19T02:22+09:00', '2024-06-18T17:22:59.999Z'],
    ['5 October 2024', undefined],
    ['2024-13-01', undefined],
    ['', undefined],
    ['   ', undefined],
  ];
  for (const [written, instant] of cases) {
    it(`reads ${JSON.stringify(written)} as ${instant ?? 'nothing'}`, () => {
      expect(readAsOf(written)?.time.toISOString()).to.equal(instant);
    });
  }

  it('reads nothing from what is not text', () => {
    for (const value of [undefined, null, 20241005, {}, ['2024']]) expect(readAsOf(value)).to.equal(undefined);
  });

  it('tells the same instant written two ways apart from another', () => {
    expect(sameAsOf(readAsOf('2024-10-05'), readAsOf(' 2024-10-05'))).to.equal(true);
    expect(sameAsOf(undefined, undefined)).to.equal(true);
    expect(sameAsOf(readAsOf('2024-10-05'), readAsOf('2024-10'))).to.equal(false);
    expect(sameAsOf(readAsOf('2024-10-05'), undefined)).to.equal(false);
  });
});

describe('asOfText', () => {
  const cases: [string, string | undefined, string][] = [
    ['2024-10-05', 'en-GB', 'As of 5 October 2024'],
    ['2024-10', 'en-GB', 'As of October 2024'],
    ['2024-06-18', 'en-US', 'As of June 18, 2024'],
    ['2024-10-05', 'de', 'As of 5. Oktober 2024'],
  ];
  for (const [written, locale, expected] of cases) {
    it(`says ${expected} (${locale})`, () => {
      expect(asOfText(readAsOf(written)!, locale)).to.equal(expected);
    });
  }
});

describe('eventsAsOf on the seed', () => {
  it('as of 5 October 2024: the strike (reported on the 4th) and the Kyiv Post report, not what came from the 7th on', () => {
    const shown = eventsAsOf(seed.events, at('2024-10-05'));
    const ids = shown.map((event) => event.id);
    expect(ids).to.include.members(['treaty-signed', 'donetsk-strike', 'kyiv-post-report', 'arms-purchase-claim']);
    for (const later of ['spa-session', 'deployment-forecast', 'border-links-cut', 'yoon-singapore-speech', 'kremlin-denial']) expect(ids).not.to.include(later);
    expect(ids, 'in time order, as the parser sorted them').to.deep.equal(seed.events.map((event) => event.id).filter((id) => ids.includes(id)));
  });

  it('as of 5 October 2024 the strike is reported, with only the first step of its history and the sources of then', () => {
    const strike = byId(eventsAsOf(seed.events, at('2024-10-05')), 'donetsk-strike')!;
    expect(strike.status).to.equal('reported');
    expect(strike.history!.map((entry) => entry.date)).to.deep.equal(['2024-10-04']);
    expect(strike.sources!.map((source) => source.name)).to.deep.equal(['Kyiv Post', 'Yonhap', 'AFP']);
  });

  it('as of 18 June 2024 the 2024 visit is expected (the Kremlin announced it on the 17th) and the treaty not yet known', () => {
    const shown = eventsAsOf(seed.events, at('2024-06-18'));
    expect(byId(shown, 'putin-visit-2024')!.status).to.equal('expected');
    expect(byId(shown, 'putin-visit-2024')!.history).to.have.length(1);
    expect(byId(shown, 'treaty-signed')).to.equal(undefined);
    expect(byId(shown, 'constitution-request')!.status).to.equal('confirmed');
  });

  it('as of 19 June 2024 the visit is confirmed, as it is now', () => {
    expect(byId(eventsAsOf(seed.events, at('2024-06-19')), 'putin-visit-2024')!.status).to.equal('confirmed');
  });

  it('leaves out a response dated after the as-of date, and keeps one without a date', () => {
    const forecast = byId(seed.events, 'deployment-forecast')!;
    expect(eventAsOf(forecast, at('2024-10-09')).responses).to.deep.equal([]);
    expect(eventAsOf(forecast, at('2024-10-10')).responses!.map((response) => response.actor)).to.deep.equal(['Russia']);
    const claim = byId(seed.events, 'arms-purchase-claim')!;
    expect(eventAsOf(claim, at('2022-09-06')).responses!.map((response) => response.actor)).to.deep.equal(['Russia', 'North Korea']);
  });

  it('copies the events it changes and leaves the parse result alone', () => {
    const before = JSON.stringify(seed.events);
    const strike = byId(seed.events, 'donetsk-strike')!;
    const copy = eventAsOf(strike, at('2024-10-05'));
    expect(copy).not.to.equal(strike);
    expect(strike.history).to.have.length(2);
    expect(JSON.stringify(seed.events)).to.equal(before);
  });

  it('shows more events, never fewer, as the date moves on, each known by then', () => {
    const first = seed.events[0]!.start.getTime();
    const last = Date.UTC(2025, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: first - 86_400_000, max: last }), fc.integer({ min: 0, max: 400 * 86_400_000 }), (time, later) => {
        const earlier = eventsAsOf(seed.events, new Date(time));
        const then = eventsAsOf(seed.events, new Date(time + later));
        for (const event of earlier) expect(knownAsOf(event, new Date(time))).to.equal(true);
        expect(then.map((event) => event.id)).to.include.members(earlier.map((event) => event.id));
      }),
      { numRuns: 200 },
    );
  });

  it('passes over a hand-made event whose history or responses are not what the parser makes', () => {
    const event = { ...byId(seed.events, 'treaty-signed')!, history: [null, { date: '2024-06-19' }], responses: 'none', sources: [null, 'AP'] } as unknown as NormalizedEvent;
    const copy = eventAsOf(event, at('2024-10-05'));
    expect(copy.history).to.deep.equal([]);
    expect(copy.responses).to.equal('none');
    expect(copy.sources).to.deep.equal([null, 'AP']);
  });
});

describe('TimelineData as of a date', () => {
  it('indexes only the events known then, each with its status then, and finds them by id', () => {
    const data = new TimelineData(seed, 'auto', undefined, at('2024-10-05'));
    expect(data.events.length).to.be.lessThan(seed.events.length);
    expect(data.index.events).to.equal(data.events);
    data.events.forEach((event, order) => {
      expect(data.index.indexOf(event.id)).to.equal(order);
      expect(data.index.starts[order]).to.equal(event.start.getTime());
    });
    expect(data.eventById('kremlin-denial')).to.equal(undefined);
    expect(data.eventById('donetsk-strike')!.history).to.have.length(1);
    expect(data.result).to.equal(seed);
  });

  it('lists the statuses shown then: on 18 June 2024 the visit is expected; on 5 October 2024 nothing is', () => {
    expect(new TimelineData(seed, 'auto', undefined, at('2024-06-18')).statuses).to.deep.equal(['confirmed', 'alleged', 'expected']);
    expect(new TimelineData(seed, 'auto', undefined, at('2024-10-05')).statuses).to.deep.equal(['confirmed', 'reported', 'alleged']);
    expect(new TimelineData(seed).statuses).to.deep.equal(['confirmed', 'reported', 'alleged', 'expected']);
  });

  it('knows whether any claim shown is contested', () => {
    expect(new TimelineData(seed).hasContested).to.equal(true);
    expect(new TimelineData(seed, 'auto', undefined, at('2022-01-01')).hasContested).to.equal(false);
    const plain = parseDataset([{ id: 'a', title: 'A', start: '2024-01-01', status: 'alleged', claimedBy: ['X'], responses: [{ actor: 'Y', stance: 'confirms' }] }]);
    expect(new TimelineData(plain).hasContested).to.equal(false);
  });

  it('keeps itself for the same instant and keeps the date when breaks change', () => {
    const data = new TimelineData(seed, 'auto', undefined, at('2024-10-05'));
    expect(data.withAsOf(at('2024-10-05'))).to.equal(data);
    expect(data.withAsOf(undefined).events).to.equal(seed.events);
    const plain = data.withBreaks('none');
    expect(plain.asOf).to.equal(data.asOf);
    expect(plain.index).to.equal(data.index);
  });
});
