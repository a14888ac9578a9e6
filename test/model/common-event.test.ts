import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { commonEventFastPath, isCommonEra, isCommonEvent, isCommonMedia } from '../../src/model/common-event.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { EraSchema, HistoryEntrySchema, IMPORTANCES, MEDIA_KINDS, MediaSchema, ResponseSchema, STANCES, STATUSES, SourceSchema, TimelineEventSchema } from '../../src/model/schema.js';
import { ERA_FIELD_NAMES, EVENT_FIELD_NAMES, HISTORY_FIELD_NAMES, MEDIA_FIELD_NAMES, RESPONSE_FIELD_NAMES, SOURCE_FIELD_NAMES } from '../../src/model/vocabulary.js';
import type { ParseResult } from '../../src/model/types.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';

/** The same events (or dataset) read with the fast path and with the schema alone. */
function readBothWays(input: unknown): { fast: ParseResult; schemaOnly: ParseResult } {
  const fast = parseDataset(input);
  commonEventFastPath.enabled = false;
  try {
    return { fast, schemaOnly: parseDataset(input) };
  } finally {
    commonEventFastPath.enabled = true;
  }
}

// White space as String#trim knows it (ASCII, no-break, Unicode spaces, line and paragraph separators, the
// byte-order mark), and look-alikes that are not white space (zero-width space, word joiner).
const WHITE_SPACE = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const NOT_WHITE_SPACE = ['\u200b', '\u2060', '\u0000', '\u001f', '\u007f', '\u0085', '\u180e'];
const blank = fc.array(fc.constantFrom(...WHITE_SPACE), { maxLength: 3 }).map((parts) => parts.join(''));
const text = fc.oneof(
  { arbitrary: fc.string({ minLength: 1 }), weight: 4 },
  { arbitrary: fc.tuple(blank, fc.string({ minLength: 1 }), blank).map((parts) => parts.join('')), weight: 2 },
  { arbitrary: fc.constantFrom(...NOT_WHITE_SPACE, ...NOT_WHITE_SPACE.map((odd) => ` ${odd} `)), weight: 1 },
  { arbitrary: blank, weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
);
const date = fc.oneof(
  fc.constantFrom('2024', '2024-06', '2024-06-19', '-0043', '2024-06-19T02:22+09:00', '2024-06-19T02:22:30Z'),
  fc.constantFrom('2024-02-30', '2024-13', '03/10/2024', 'yesterday', '2024-06-19T02:22', '', ' 2024-10-03 ', '\u00a02024\u00a0'),
  fc.tuple(blank, fc.constantFrom('2024', '2024-10-01'), blank).map((parts) => parts.join('')),
  fc.string({ maxLength: 12 }),
);
/** Anything of the wrong kind: numbers, booleans, null, undefined, objects, lists. */
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({}),
  fc.constant([]),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string(), { maxKeys: 2 }),
  fc.constant(new Date(0)),
);
/** Mostly the right kind of value, sometimes the wrong one. */
const mostly = <T>(right: fc.Arbitrary<T>) => fc.oneof({ arbitrary: right, weight: 5 }, { arbitrary: wrongType, weight: 1 });
/** A list, sometimes with holes, sometimes not a list at all. */
const listOf = <T>(item: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: fc.array(item, { maxLength: 3 }), weight: 5 },
    { arbitrary: fc.sparseArray(item, { maxLength: 3 }), weight: 1 },
    { arbitrary: wrongType, weight: 1 },
  );
const status = fc.oneof(
  { arbitrary: fc.constantFrom(...STATUSES), weight: 4 },
  { arbitrary: fc.constantFrom('Confirmed', ' confirmed', 'rumoured', '', 'CONFIRMED'), weight: 1 },
  { arbitrary: wrongType, weight: 1 },
);
const importance = fc.oneof(
  { arbitrary: fc.constantFrom(...IMPORTANCES), weight: 4 },
  { arbitrary: fc.constantFrom('Key', ' key', 'major', ''), weight: 1 },
  { arbitrary: wrongType, weight: 1 },
);
const stance = fc.oneof(
  { arbitrary: fc.constantFrom(...STANCES), weight: 4 },
  { arbitrary: fc.constantFrom('denied', 'Denies', ' denies', 'rejects', ''), weight: 1 },
  { arbitrary: wrongType, weight: 1 },
);
const url = fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', ' https://example.com/x ', '/news/1', 'mailto:a@b.c', ''), fc.string({ maxLength: 8 }));
const mediaUrl = fc.oneof(url, fc.constantFrom('https://example.com/a.jpg', 'https://www.youtube.com/watch?v=abcdefghijk', 'https://example.com/a.mp3', '<iframe src="https://example.com"></iframe>'));
const mediaKind = fc.oneof(
  { arbitrary: fc.constantFrom(...MEDIA_KINDS), weight: 4 },
  { arbitrary: fc.constantFrom('Image', 'photo', ' video', ''), weight: 1 },
  { arbitrary: wrongType, weight: 1 },
);
const approximate = fc.oneof({ arbitrary: fc.boolean(), weight: 4 }, { arbitrary: fc.constantFrom('true', 1, 0, 'yes'), weight: 1 }, { arbitrary: wrongType, weight: 1 });
/** Unknown field names, some of them ones an author may have meant (`date` for `start`), some that JavaScript treats specially. */
const unknownKey = fc.oneof(fc.constantFrom('date', 'name', 'extra', 'constructor', 'toString', 'hasOwnProperty', '__proto__'), fc.string({ maxLength: 6 }));

/** Adds unknown fields, sets some fields to undefined, or moves some fields to the prototype. */
function withOddities<T extends Record<string, unknown>>(record: fc.Arbitrary<T>, knownKeys: readonly string[]) {
  return fc
    .tuple(
      record,
      fc.oneof({ arbitrary: fc.constant([]), weight: 4 }, { arbitrary: fc.array(fc.tuple(unknownKey, fc.oneof(fc.string(), wrongType)), { maxLength: 2 }), weight: 1 }),
      fc.oneof({ arbitrary: fc.constant([]), weight: 4 }, { arbitrary: fc.subarray([...knownKeys], { maxLength: 2 }), weight: 1 }),
      fc.constantFrom('own', 'own', 'own', 'own', 'inherited', 'inherited-hidden', 'no-prototype'),
    )
    .map(([fields, unknown, undefinedKeys, where]) => {
      const own: Record<string, unknown> = { ...fields };
      for (const [key, value] of unknown) Object.defineProperty(own, key, { value, enumerable: true, writable: true, configurable: true });
      for (const key of undefinedKeys) own[key] = undefined;
      if (where === 'no-prototype') return Object.assign(Object.create(null) as Record<string, unknown>, own);
      if (where === 'own') return own;
      // One field comes from the prototype, enumerable or not.
      const [moved] = Object.keys(own);
      if (moved === undefined) return own;
      const prototype = {};
      Object.defineProperty(prototype, moved, { value: own[moved], enumerable: where === 'inherited' });
      delete own[moved];
      return Object.assign(Object.create(prototype) as Record<string, unknown>, own);
    });
}

const SOURCE_KEYS = ['name', 'url', 'quote', 'date'] as const;
const source = fc.oneof(
  { arbitrary: withOddities(fc.record({ name: mostly(text), url: mostly(url), quote: mostly(fc.string()), date: mostly(date) }, { requiredKeys: [] }), SOURCE_KEYS), weight: 6 },
  { arbitrary: wrongType, weight: 1 },
);
const MEDIA_KEYS = ['url', 'alt', 'caption', 'credit', 'link', 'thumbnail', 'kind'] as const;
const media = fc.oneof(
  {
    arbitrary: withOddities(
      fc.record({ url: mostly(mediaUrl), alt: mostly(fc.string()), caption: mostly(fc.string()), credit: mostly(fc.string()), link: mostly(url), thumbnail: mostly(url), kind: mediaKind }, { requiredKeys: [] }),
      MEDIA_KEYS,
    ),
    weight: 6,
  },
  { arbitrary: wrongType, weight: 1 },
);
const RESPONSE_KEYS = ['actor', 'stance', 'date', 'source'] as const;
const response = fc.oneof(
  { arbitrary: withOddities(fc.record({ actor: mostly(text), stance, date: mostly(date), source }, { requiredKeys: [] }), RESPONSE_KEYS), weight: 6 },
  { arbitrary: wrongType, weight: 1 },
);
const HISTORY_KEYS = ['date', 'status', 'note', 'source'] as const;
const historyEntry = fc.oneof(
  { arbitrary: withOddities(fc.record({ date: mostly(date), status, note: mostly(fc.string()), source }, { requiredKeys: [] }), HISTORY_KEYS), weight: 6 },
  { arbitrary: wrongType, weight: 1 },
);
const EVENT_KEYS = ['id', 'title', 'start', 'end', 'displayDate', 'approximate', 'summary', 'media', 'actors', 'category', 'status', 'claimedBy', 'responses', 'history', 'sources', 'location', 'importance'] as const;
const eventFields = fc.record(
  {
    id: mostly(text),
    title: mostly(text),
    start: mostly(date),
    end: mostly(date),
    displayDate: mostly(text),
    approximate,
    summary: mostly(fc.string()),
    media,
    actors: listOf(mostly(text)),
    category: mostly(fc.string()),
    status,
    claimedBy: listOf(mostly(text)),
    responses: listOf(response),
    history: listOf(historyEntry),
    sources: listOf(source),
    location: mostly(fc.string()),
    importance,
  },
  { requiredKeys: [] },
);
/** Valid, near-valid and invalid events, with now and then something that is no event at all. */
const anyEvent = fc.oneof(
  { arbitrary: withOddities(eventFields.map((fields) => ({ id: 'x', title: 'X', start: '2024', ...fields })), EVENT_KEYS), weight: 6 },
  { arbitrary: withOddities(eventFields, EVENT_KEYS), weight: 2 },
  { arbitrary: wrongType, weight: 1 },
);
const commonSource = fc.record({ name: fc.constantFrom('AP', 'KCNA'), url: fc.webUrl(), quote: fc.string(), date: fc.constantFrom('2024-10-10', '2024') }, { requiredKeys: ['name'] });
/** Events of the common valid shape only, the kind the fast path exists for. */
const commonEvent = fc.record(
  {
    id: fc.string({ minLength: 1 }).map((id) => `e${id}`),
    title: fc.string({ minLength: 1 }).map((title) => `${title}.`),
    start: fc.constantFrom('2024', '2024-06', '2024-06-19', '-0043', '2024-06-19T02:22+09:00'),
    end: fc.constantFrom('2024-12', '2025'),
    displayDate: fc.constantFrom('Spring 2024', 'c. 2024', ' mid-2024 '),
    approximate: fc.boolean(),
    summary: fc.string(),
    media: fc.record(
      {
        url: fc.constantFrom('https://example.com/a.jpg', 'https://vimeo.com/76979871', 'javascript:alert(1)', 'photo.jpg'),
        alt: fc.string(),
        caption: fc.string(),
        credit: fc.string(),
        link: fc.webUrl(),
        thumbnail: fc.constantFrom('https://example.com/t.jpg', 'ftp://example.com/t.jpg'),
        kind: fc.constantFrom(...MEDIA_KINDS),
      },
      { requiredKeys: ['url'] },
    ),
    actors: fc.array(fc.constantFrom('Russia', 'North Korea', ' Ukraine ')),
    category: fc.string(),
    status: fc.constantFrom(...STATUSES),
    claimedBy: fc.array(fc.constantFrom('the United States', 'Kyiv Post')),
    responses: fc.array(fc.record({ actor: fc.constantFrom('Russia', 'North Korea'), stance: fc.constantFrom(...STANCES), date: fc.constantFrom('2024-10-10', '2024-10'), source: commonSource }, { requiredKeys: ['actor', 'stance'] })),
    history: fc.array(fc.record({ date: fc.constantFrom('2024-10-03', '2024-10', '2024-10-12T09:00+09:00'), status: fc.constantFrom(...STATUSES), note: fc.string(), source: commonSource }, { requiredKeys: ['date', 'status'] })),
    sources: fc.array(commonSource),
    location: fc.string(),
    importance: fc.constantFrom(...IMPORTANCES),
  },
  { requiredKeys: ['id', 'title', 'start'] },
);

type Path = (string | number)[];
/** Every place in a value where a field or list item sits, to the depth of a response's source's fields. */
function placesIn(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => {
    const place = [...at, Array.isArray(value) ? Number(key) : key];
    return [place, ...placesIn((value as Record<string, unknown>)[key], place)];
  });
}
/** A copy of `value` with the thing at `path` replaced (or removed, for `undefined` and a `delete` wish). */
function withReplaced(value: unknown, [key, ...rest]: Path, replacement: unknown, remove: boolean): unknown {
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  if (rest.length > 0) copy[key!] = withReplaced(copy[key!], rest, replacement, remove);
  else if (remove) delete copy[key!];
  else copy[key!] = replacement;
  return copy;
}
/** Values that a field somewhere may wrongly (or rightly) hold. */
const anyFieldValue = fc.oneof(wrongType, text, date, status, stance, importance, url, fc.constantFrom('', ' '));
/** A common event with one thing in it, at any depth, replaced by something of another kind, or removed. */
const commonEventWithOneChange = fc
  .tuple(commonEvent, fc.nat(), anyFieldValue, fc.boolean())
  .map(([event, pick, replacement, remove]) => {
    const places = placesIn(event);
    return withReplaced(event, places[pick % places.length]!, replacement, remove);
  });

describe('the fast path for common events', () => {
  it('keeps or rejects every event as the schema alone does, with the same issues, paths and messages', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { minLength: 1, maxLength: 4 }), (events) => {
        const { fast, schemaOnly } = readBothWays(events);
        expect(fast).to.deep.equal(schemaOnly);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a common event with one thing changed anywhere in it as the schema alone does', () => {
    fc.assert(
      fc.property(commonEventWithOneChange, (event) => {
        const { fast, schemaOnly } = readBothWays([event]);
        expect(fast).to.deep.equal(schemaOnly);
      }),
      { numRuns: 3000 },
    );
  });

  it('is taken by events of the common valid shape, which then read as with the schema alone', () => {
    fc.assert(
      fc.property(commonEvent, (event) => {
        expect(isCommonEvent(event), JSON.stringify(event)).to.equal(true);
        const { fast, schemaOnly } = readBothWays([event]);
        expect(fast).to.deep.equal(schemaOnly);
        expect(fast.events).to.have.length(1);
      }),
      { numRuns: 500 },
    );
    expect(syntheticEvents(1000, { seed: 9 }).every((event) => isCommonEvent(event as unknown as Record<string, unknown>))).to.equal(true);
  });

  /** `[ , item]`: a list whose first place is a hole. */
  const afterAHole = (item: unknown): unknown[] => {
    const list = new Array<unknown>(2);
    list[1] = item;
    return list;
  };
  const leftToTheSchema: [string, Record<string, unknown>][] = [
    ['a no-break space for a title', { id: 'a', title: '\u00a0', start: '2024' }],
    ['an id of a byte-order mark and a line separator', { id: '\ufeff\u2028', title: 'A', start: '2024' }],
    ['a start of ideographic spaces', { id: 'a', title: 'A', start: '\u3000\u3000' }],
    ['actors with a hole', { id: 'a', title: 'A', start: '2024', actors: afterAHole('Russia') }],
    ['sources with a hole', { id: 'a', title: 'A', start: '2024', sources: afterAHole({ name: 'AP' }) }],
    ['responses with a hole', { id: 'a', title: 'A', start: '2024', responses: afterAHole({ actor: 'Russia', stance: 'denies' }) }],
    ['a history entry with an unknown field', { id: 'a', title: 'A', start: '2024', history: [{ date: '2024', status: 'reported', by: 'AP' }] }],
    ['a response whose source has an unknown field', { id: 'a', title: 'A', start: '2024', responses: [{ actor: 'Russia', stance: 'denies', source: { name: 'TASS', link: 'x' } }] }],
    ['a claimant of white space', { id: 'a', title: 'A', start: '2024', claimedBy: ['\u00a0'] }],
    ['a field set to undefined', { id: 'a', title: 'A', start: '2024', summary: undefined }],
    ['an unknown field', { id: 'a', title: 'A', start: '2024', date: '2024' }],
    ['media with an unknown field', { id: 'a', title: 'A', start: '2024', media: { url: 'https://example.com/a.jpg', title: 'A photo' } }],
    ['media without a url', { id: 'a', title: 'A', start: '2024', media: { alt: 'A photo' } }],
    ['an approximate that is text', { id: 'a', title: 'A', start: '2024', approximate: 'true' }],
    ['a display date of white space', { id: 'a', title: 'A', start: '2024', displayDate: '\u3000' }],
    ['an inherited field', Object.assign(Object.create({ summary: 'inherited' }) as Record<string, unknown>, { id: 'a', title: 'A', start: '2024' })],
  ];
  for (const [what, event] of leftToTheSchema) {
    it(`leaves ${what} to the schema`, () => {
      expect(isCommonEvent(event)).to.equal(false);
      const { fast, schemaOnly } = readBothWays([event]);
      expect(fast).to.deep.equal(schemaOnly);
    });
  }
});

describe('the fast path’s words and field names (vocabulary.ts)', () => {
  it('name the fields the schema has, in its order, for events, sources, media, responses, history entries and eras', () => {
    expect(EVENT_FIELD_NAMES).to.deep.equal(Object.keys(TimelineEventSchema.entries));
    expect(SOURCE_FIELD_NAMES).to.deep.equal(Object.keys(SourceSchema.entries));
    expect(MEDIA_FIELD_NAMES).to.deep.equal(Object.keys(MediaSchema.entries));
    expect(RESPONSE_FIELD_NAMES).to.deep.equal(Object.keys(ResponseSchema.entries));
    expect(HISTORY_FIELD_NAMES).to.deep.equal(Object.keys(HistoryEntrySchema.entries));
    expect(ERA_FIELD_NAMES).to.deep.equal(Object.keys(EraSchema.entries));
  });
});

const ERA_KEYS = ['title', 'start', 'end'] as const;
const era = fc.oneof(
  { arbitrary: withOddities(fc.record({ title: mostly(text), start: mostly(date), end: mostly(date) }, { requiredKeys: [] }), ERA_KEYS), weight: 6 },
  { arbitrary: wrongType, weight: 1 },
);

describe('the fast path for a dataset’s eras and media', () => {
  it('keeps or leaves out every era, and the dataset’s media, as the schema alone does, with the same issues, paths and messages', () => {
    fc.assert(
      fc.property(fc.array(era, { maxLength: 3 }), media, (eras, datasetMedia) => {
        const { fast, schemaOnly } = readBothWays({ title: 'T', media: datasetMedia, eras, events: [] });
        expect(fast).to.deep.equal(schemaOnly);
      }),
      { numRuns: 3000 },
    );
  });

  it('is taken by eras and media of the common valid shape', () => {
    expect(isCommonEra({ title: 'The war', start: '2022-02-24' })).to.equal(true);
    expect(isCommonEra({ title: 'The war', start: '2022-02-24', end: 'soon' })).to.equal(true, 'the date is read after, as an event’s is');
    expect(isCommonEra({ title: 'The war', start: '2022-02-24', colour: 'red' })).to.equal(false);
    expect(isCommonEra({ title: ' ', start: '2022' })).to.equal(false);
    expect(isCommonMedia({ url: 'https://example.com/a.jpg', alt: 'A', kind: 'image' })).to.equal(true);
    expect(isCommonMedia({ url: 'https://example.com/a.jpg', kind: 'photo' })).to.equal(false);
  });
});
