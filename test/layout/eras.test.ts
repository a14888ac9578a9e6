/**
 * Eras as the elements place and word them (src/layout/eras.ts): bands clipped to the view, an era that goes on
 * running to its end, names that never overlap and are never cut to a letter, and their dates in words.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { eraHolds, eraSpanText, erasInWords, MIN_NAME_ROOM, placeEras } from '../../src/layout/eras.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { NormalizedEra } from '../../src/model/types.js';

const erasOf = (eras: { title: string; start: string; end?: string }[]): NormalizedEra[] =>
  parseDataset({ title: 'Eras', eras, events: [{ id: 'a', title: 'A', start: '2000' }] }).dataset.eras ?? [];

const ERAS = erasOf([
  { title: 'The Cold War', start: '1947', end: '1991' },
  { title: 'Détente', start: '1969', end: '1979' },
  { title: 'After', start: '1991-12-26' },
]);
const YEAR = 365.2425 * 86_400_000;
/** A plot of 1,000 px from 1940 to 2000: 1 px for about three weeks. */
const from1940 = Date.UTC(1940, 0, 1);
const x = (time: number) => ((time - from1940) / (60 * YEAR)) * 1000;

describe('placeEras', () => {
  it('places each era in view as a band clipped to the plot, an era that goes on running to its end', () => {
    const placed = placeEras(ERAS, x, 1000);
    expect(placed.map((era) => era.title)).to.deep.equal(['The Cold War', 'Détente', 'After']);
    const after = placed[2]!;
    expect(after.end).to.equal(1000);
    expect(after.ongoing).to.equal(true);
    expect(placed[0]!.startsBefore).to.equal(false);
    const later = placeEras(ERAS, (time) => x(time) - 500, 1000);
    expect(later[0]!.start, 'clipped at the view\'s start').to.equal(0);
    expect(later[0]!.startsBefore).to.equal(true);
  });

  it('ends a name where the next era begins, so that names never overlap', () => {
    const [coldWar, detente] = placeEras(ERAS, x, 1000);
    expect(coldWar!.start + coldWar!.labelWidth).to.be.closeTo(detente!.start, 1e-9);
    expect(detente!.labelWidth).to.be.closeTo(detente!.end - detente!.start, 1e-9);
  });

  it('names only the era that began last of those whose names would stand in the same place', () => {
    const nested = erasOf([
      { title: 'Kim Jong Un in power', start: '2011-12' },
      { title: 'Full-scale war in Ukraine', start: '2022-02-24' },
    ]);
    const from2024 = Date.UTC(2024, 0, 1);
    const in2024 = placeEras(nested, (time) => ((time - from2024) / YEAR) * 1000, 1000);
    expect(in2024.map((era) => [era.title, era.start, era.labelWidth > 0])).to.deep.equal([
      ['Kim Jong Un in power', 0, false],
      ['Full-scale war in Ukraine', 0, true],
    ]);
    expect(in2024[1]!.labelWidth).to.equal(1000);
  });

  it('leaves out a name with room for less than a few letters, and the band of an era narrower than a pixel', () => {
    const tight = erasOf([
      { title: 'Short before', start: '1950', end: '1950-02' },
      { title: 'A day', start: '1960-01-01', end: '1960-01-02' },
    ]);
    const placed = placeEras(tight, x, 1000);
    expect(placed.map((era) => era.title), 'the day is under a pixel').to.deep.equal(['Short before']);
    expect(placed[0]!.end - placed[0]!.start).to.be.below(MIN_NAME_ROOM);
    expect(placed[0]!.labelWidth, 'no room for its name').to.equal(0);
    expect(placeEras(undefined, x, 1000)).to.deep.equal([]);
    expect(placeEras(ERAS, x, 0)).to.deep.equal([]);
  });
});

describe('eras in words', () => {
  it('writes an era\'s dates at their precision, "since …" for one that goes on', () => {
    expect(eraSpanText(ERAS[0]!, 'en-GB')).to.match(/^1947\s?–\s?1991$/);
    expect(eraSpanText(ERAS[2]!, 'en-GB')).to.equal('since 26 December 1991');
  });

  it('says the eras once, before the events, and nothing without them', () => {
    expect(erasInWords(ERAS, 'en-GB')).to.match(/^Eras: The Cold War, 1947\s?–\s?1991; Détente, 1969\s?–\s?1979; After, since 26 December 1991\.$/);
    expect(erasInWords([], 'en-GB')).to.equal('');
    expect(erasInWords(undefined, 'en-GB')).to.equal('');
  });

  it('holds an instant from the era\'s start up to its end, and on for one that goes on', () => {
    const [coldWar, , after] = ERAS;
    expect(eraHolds(coldWar!, Date.UTC(1947, 0, 1))).to.equal(true);
    expect(eraHolds(coldWar!, coldWar!.end!.getTime())).to.equal(false);
    expect(eraHolds(after!, Date.UTC(2300, 0, 1))).to.equal(true);
    expect(eraHolds(after!, Date.UTC(1991, 11, 25))).to.equal(false);
  });
});
