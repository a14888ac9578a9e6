import { describe, it } from 'node:test';
import { expect } from 'chai';
import { axisTicks } from '../../src/layout/ticks.js';
import { utcDate } from '../../src/model/partial-date.js';
import { readableText } from '../helpers/readable-text.js';

const window = (from: Date, to: Date) => ({ start: from.getTime(), end: to.getTime() });
const plain = (text: string | undefined) => (text === undefined ? undefined : readableText(text));

describe('axisTicks', () => {
  // Sweep the axis over domains from hours to millennia, like Observable Plot's axis tests.
  const sweeps: [string, Date, Date, string[], (string | undefined)[]][] = [
    ['six hours', utcDate(2024, 9, 3, 6), utcDate(2024, 9, 3, 12), ['06:00', '07:00'], ['3 Oct 2024', undefined]],
    ['two days', utcDate(2024, 9, 3), utcDate(2024, 9, 5), ['00:00', '06:00', '12:00', '18:00', '00:00'], ['3 Oct 2024', undefined, undefined, undefined, '4 Oct 2024']],
    ['two weeks', utcDate(2024, 9, 1), utcDate(2024, 9, 15), ['1', '2', '3'], ['Oct 2024', undefined, undefined]],
    ['October 2024 on a phone', utcDate(2024, 9, 1), utcDate(2024, 10, 1), ['7', '14', '21', '28'], ['Oct 2024', undefined, undefined, undefined]],
    ['a quarter', utcDate(2024, 8, 1), utcDate(2024, 11, 1), ['2', '9', '16', '23', '30', '7'], ['Sept 2024', undefined, undefined, undefined, undefined, 'Oct 2024']],
    ['a year', utcDate(2024, 0, 1), utcDate(2025, 0, 1), ['Jan', 'Feb', 'Mar'], ['2024', undefined, undefined]],
    ['two years across new year', utcDate(2023, 10, 1), utcDate(2025, 10, 1), ['Jan', 'Apr', 'Jul', 'Oct', 'Jan'], ['2024', undefined, undefined, undefined, '2025']],
    ['five years', utcDate(2020, 0, 1), utcDate(2025, 0, 1), ['Jan', 'Jul', 'Jan', 'Jul'], ['2020', undefined, '2021', undefined]],
    ['twenty-five years', utcDate(2000, 0, 1), utcDate(2025, 0, 1), ['2000', '2002', '2004'], [undefined, undefined, undefined]],
    ['a century', utcDate(1900, 0, 1), utcDate(2000, 0, 1), ['1900', '1910', '1920'], [undefined]],
    ['around year 0', utcDate(-100, 0, 1), utcDate(100, 0, 1), ['100 BC', '80 BC', '60 BC', '40 BC', '20 BC', '20 AD'], [undefined]],
    ['ten millennia', utcDate(-5000, 0, 1), utcDate(5000, 0, 1), ['5000 BC', '4000 BC'], [undefined]],
  ];
  for (const [what, from, to, labels, parents] of sweeps) {
    it(`labels ${what}`, () => {
      const ticks = axisTicks(window(from, to), what.includes('phone') ? 300 : 1000, 'en-GB');
      expect(ticks.length, what).to.be.within(3, 40);
      expect(ticks.slice(0, labels.length).map((tick) => plain(tick.label))).to.deep.equal(labels);
      expect(ticks.slice(0, parents.length).map((tick) => plain(tick.parentLabel))).to.deep.equal(parents);
      for (let index = 1; index < ticks.length; index++) {
        expect(ticks[index]!.position - ticks[index - 1]!.position).to.be.at.least(30);
      }
      for (const tick of ticks) expect(tick.position).to.be.within(0, 1000);
      expect(ticks.some((tick) => tick.major), 'a major tick with a grid line').to.equal(true);
    });
  }

  it('labels months in Korean for locale ko', () => {
    const ticks = axisTicks(window(utcDate(2024, 0, 1), utcDate(2025, 0, 1)), 1000, 'ko');
    expect(ticks[0]!.label).to.equal('1월');
    expect(ticks[0]!.parentLabel).to.equal('2024년');
  });

  it('puts a month tick exactly at the start of its month in every time zone', () => {
    const ticks = axisTicks(window(utcDate(2024, 0, 15), utcDate(2024, 11, 15)), 1000, 'en-GB');
    for (const tick of ticks) expect(new Date(tick.time).toISOString()).to.match(/^2024-\d\d-01T00:00:00/);
  });

  it('gives nothing for an empty window or no room', () => {
    expect(axisTicks({ start: 5, end: 5 }, 100, 'en')).to.deep.equal([]);
    expect(axisTicks({ start: 0, end: 5 }, 0, 'en')).to.deep.equal([]);
  });
});
