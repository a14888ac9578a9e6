/**
 * An event's date as text, remembered per event (src/layout/event-date-text.ts): always the text
 * `formatEventDate` gives for that event in that locale, formatted through Intl once while the locale stays.
 */
import { describe, it, type TestContext } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { eventDateText } from '../../src/layout/event-date-text.js';
import { formatEventDate } from '../../src/model/format-date.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';

const written = [
  { id: 'year', title: 'A year', start: '2000' },
  { id: 'month', title: 'A month', start: '2024-06' },
  { id: 'day', title: 'A day', start: '2024-06-19' },
  { id: 'minute', title: 'A minute', start: '2024-06-19T02:22+09:00' },
  { id: 'days', title: 'Two days', start: '2024-10-07', end: '2024-10-08' },
  { id: 'months', title: 'Months', start: '2024-01', end: '2024-03' },
  { id: 'mixed', title: 'Mixed precision', start: '2024-06', end: '2024-07-15' },
  { id: 'minutes', title: 'Minutes', start: '2024-06-19T10:00Z', end: '2024-06-19T11:30Z' },
  { id: 'ides', title: 'Ides of March', start: '-0043-03-15' },
  { id: 'early', title: 'Early', start: '0044' },
];
const { events, issues } = parseDataset(written);
const byId = (id: string) => events.find((event) => event.id === id)!;
const locales = ['en-GB', 'de', 'ko', 'fr', 'ar-EG', undefined, 'en_US'];

/** Counts the dates Intl formats, one at a time or as ranges, while a test runs. */
function countFormatting(t: TestContext): () => number {
  const format = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!.get!;
  const single = t.mock.getter(Intl.DateTimeFormat.prototype, 'format', function (this: Intl.DateTimeFormat) {
    return format.call(this);
  });
  const range = t.mock.method(Intl.DateTimeFormat.prototype, 'formatRange');
  return () => single.mock.callCount() + range.mock.callCount();
}

describe('eventDateText', () => {
  it('reads the test events without issues', () => {
    expect(issues).to.deep.equal([]);
    expect(events).to.have.length(written.length);
  });

  for (const { id } of written) {
    it(`gives formatEventDate's text for the ${id} event, in every locale`, () => {
      const event = byId(id);
      for (const locale of locales) expect(eventDateText(event, locale), String(locale)).to.equal(formatEventDate(event, locale));
    });
  }

  it('gives each locale its own text, whichever locale it was asked for before', () => {
    const pool = [...events, ...parseDataset(syntheticEvents(60, { seed: 11, rangeShare: 0.4 })).events];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...pool), fc.constantFrom(...locales)), { minLength: 1, maxLength: 40 }), (asked) => {
        for (const [event, locale] of asked) expect(eventDateText(event, locale), `${event.id} in ${locale}`).to.equal(formatEventDate(event, locale));
      }),
    );
  });

  for (const id of ['day', 'days']) {
    it(`formats the ${id} event through Intl once while the locale stays, and again for a new locale`, (t) => {
      const [event] = parseDataset([written.find((entry) => entry.id === id)!]).events;
      const [expectedEnglish, expectedGerman] = [formatEventDate(event!, 'en-GB'), formatEventDate(event!, 'de')];
      const formatted = countFormatting(t);
      const english = eventDateText(event!, 'en-GB');
      expect(english).to.equal(expectedEnglish);
      expect(formatted(), 'first asked').to.equal(1);
      expect(eventDateText(event!, 'en-GB')).to.equal(english);
      expect(formatted(), 'asked again in the same locale').to.equal(1);
      const german = eventDateText(event!, 'de');
      expect(german).to.equal(expectedGerman);
      expect(german).to.not.equal(english);
      expect(formatted(), 'asked in another locale').to.equal(2);
      expect(eventDateText(event!, 'de')).to.equal(german);
      expect(formatted(), 'asked again in that locale').to.equal(2);
      expect(eventDateText(event!, 'en-GB')).to.equal(english);
    });
  }

  it('remembers each event on its own: an equal event object is formatted for itself', (t) => {
    const [first, second] = parseDataset([written[2], { ...written[2]!, id: 'day-again' }]).events;
    const formatted = countFormatting(t);
    eventDateText(first!, 'en-GB');
    eventDateText(second!, 'en-GB');
    expect(formatted()).to.equal(2);
  });
});
