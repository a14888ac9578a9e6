/**
 * The interface phrases: every shipped language has every phrase, translated (no English kept by mistake), with
 * the placeholders the code fills and a form for each plural category of the language; and the helpers that fill
 * phrases, count by plural category, lay renamings over them and pick the interface language.
 */
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { countPhrase, ENGLISH_PHRASES, fillPhrase, layPhrases, PHRASE_IDS } from '../../src/model/interface-phrases.js';
import { INTERFACE_LANGUAGES, interfaceLanguageFor } from '../../src/model/interface-language.js';

const root = new URL('../../', import.meta.url);
const FORM = /(zero|one|two|few|many|other|=\d+)\s*\{([^{}]*)\}/g;

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** A language's XLIFF file, as translators fill it: each unit's source and target (undefined when missing). */
function readXliff(language: string): Map<string, { source: string; target: string | undefined }> {
  const text = readFileSync(new URL(`xliff/${language}.xlf`, root), 'utf8');
  const units = new Map<string, { source: string; target: string | undefined }>();
  for (const [, id, body] of text.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body!)?.[1];
    const target = /<target>([\s\S]*?)<\/target>/.exec(body!)?.[1];
    units.set(id!, { source: unescape(source ?? ''), target: target === undefined ? undefined : unescape(target) });
  }
  return units;
}

const placeholders = (phrase: string) => new Set([...phrase.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).filter((name) => !/^(zero|one|two|few|many|other)$/.test(name)));
/** The phrase's words, without placeholders, plural keywords and punctuation: what a translator translates. */
const words = (phrase: string) => phrase.replace(FORM, ' $2 ').replace(/\{\w+\}|#/g, ' ').replace(/[^\p{L}]+/gu, ' ').trim();

/**
 * Targets that are the English word on purpose, where the language's newsrooms write the same word: checked by a
 * reader of the language, not an oversight. Nothing else may equal its English source.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = Object.fromEntries(
  // The Control key is printed "Ctrl" on the keyboards of every shipped language but German ("Strg").
  ['ar', 'es', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'pt', 'ru', 'tr', 'uk', 'zh-Hans', 'zh-Hant'].map((language) => [language, ['ctrlKey']]),
);

const languages = INTERFACE_LANGUAGES.filter((language) => language !== 'en-XA');

describe('the shipped interface languages', () => {
  it('are the sixteen the issue asks for, and the pseudo-locale', () => {
    expect([...INTERFACE_LANGUAGES].sort()).to.deep.equal(['ar', 'de', 'en-XA', 'es', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'pt', 'ru', 'tr', 'uk', 'zh-Hans', 'zh-Hant']);
  });

  for (const language of INTERFACE_LANGUAGES) {
    describe(language, () => {
      const units = readXliff(language);

      it('translates every phrase, and no phrase that is not in the interface', () => {
        expect([...units.keys()].sort()).to.deep.equal([...PHRASE_IDS].sort());
        const missing = [...units].filter(([, unit]) => !unit.target?.trim()).map(([id]) => id);
        expect(missing, 'phrases without a translation').to.deep.equal([]);
      });

      it('keeps no English by mistake', () => {
        const kept = [...units]
          .filter(([id, unit]) => unit.target === unit.source && words(unit.source) !== '' && !(SAME_AS_ENGLISH[language] ?? []).includes(id))
          .map(([id, unit]) => `${id}: ${unit.source}`);
        expect(kept).to.deep.equal([]);
      });

      it('keeps the placeholders the code fills (a status word may be written into the phrase instead)', () => {
        for (const [id, unit] of units) {
          const wanted = placeholders(unit.source);
          const written = placeholders(unit.target ?? '');
          wanted.delete('status');
          expect([...wanted].filter((name) => !written.has(name)), `${id}: ${unit.target}`).to.deep.equal([]);
          expect([...written].filter((name) => !placeholders(unit.source).has(name)), `${id}: unknown placeholders in ${unit.target}`).to.deep.equal([]);
        }
      });

      it('writes each count phrase in every plural category of the language, each form with its number', () => {
        const categories = new Intl.PluralRules(language === 'en-XA' ? 'en' : language).resolvedOptions().pluralCategories;
        for (const [id, unit] of units) {
          if (![...unit.source.matchAll(FORM)].length) continue;
          const forms = new Map([...(unit.target ?? '').matchAll(FORM)].map((match) => [match[1]!, match[2]!]));
          const named = [...forms.keys()].filter((key) => !key.startsWith('='));
          expect([...named].sort(), `${id}: ${unit.target}`).to.deep.equal([...categories].sort());
          for (const [category, text] of forms) expect(text, `${id} ${category}`).to.include('#');
        }
      });
    });
  }

  it('ships each language as the module lit-localize builds from its XLIFF (npm run localize)', async () => {
    for (const language of INTERFACE_LANGUAGES) {
      const { templates } = (await import(`../../src/generated/locales/${language}.js`)) as { templates: Record<string, string> };
      const units = readXliff(language);
      for (const id of PHRASE_IDS) expect(templates[id], `${language} ${id}`).to.equal(units.get(id)!.target);
    }
  });

  it('has the pseudo-locale accented and at least 40% longer in every phrase, its placeholders kept', () => {
    for (const [id, unit] of readXliff('en-XA')) {
      expect(unit.target, id).to.match(/\[.*\]/);
      const text = (phrase: string) => phrase.replace(FORM, '$2').replace(/\{\w+\}|#/g, '');
      expect(text(unit.target!).length, `${id}: ${unit.target}`).to.be.at.least(Math.floor(text(unit.source).length * 1.4));
      if (/[aeiouycns]/i.test(text(unit.source))) expect(unit.target, `${id}: accented`).to.match(/[áéíöüýçñšÅÇÉÎÑÖÜÝŠ]/);
    }
  });

  it('names each language\'s status words differently from one another', () => {
    for (const language of languages) {
      const units = readXliff(language);
      const statuses = ['statusConfirmed', 'statusReported', 'statusAlleged', 'statusDisputed', 'statusExpected', 'contested'].map((id) => units.get(id)!.target);
      expect(new Set(statuses).size, `${language}: ${statuses.join(', ')}`).to.equal(statuses.length);
    }
  });
});

describe('countPhrase', () => {
  it('picks the form of the number\'s plural category in the locale', () => {
    expect(countPhrase(ENGLISH_PHRASES.eventCount, 1, 'en')).to.equal('1 event');
    expect(countPhrase(ENGLISH_PHRASES.eventCount, 0, 'en')).to.equal('0 events');
    expect(countPhrase(ENGLISH_PHRASES.eventCount, 12_345, 'en-GB')).to.equal('12,345 events');
    const russian = 'one {# событие} few {# события} many {# событий} other {# события}';
    expect([1, 2, 5, 21, 22, 25, 111].map((count) => countPhrase(russian, count, 'ru'))).to.deep.equal(['1 событие', '2 события', '5 событий', '21 событие', '22 события', '25 событий', '111 событий']);
    const arabic = 'zero {صفر #} one {واحد #} two {اثنان #} few {قليل #} many {كثير #} other {آخر #}';
    expect([0, 1, 2, 3, 11, 100].map((count) => countPhrase(arabic, count, 'ar').split(' ')[0])).to.deep.equal(['صفر', 'واحد', 'اثنان', 'قليل', 'كثير', 'آخر']);
  });

  it('takes an exact form first, falls back to "other", and reads a phrase without forms as it is', () => {
    expect(countPhrase('=0 {no events} one {# event} other {# events}', 0, 'en')).to.equal('no events');
    expect(countPhrase('other {# 件}', 1, 'en')).to.equal('1 件');
    expect(countPhrase('{count} events', 3, 'en')).to.equal('3 events');
  });
});

describe('fillPhrase and layPhrases', () => {
  it('fills placeholders, leaving unknown ones as written', () => {
    expect(fillPhrase('{status} by {names}', { status: 'Alleged', names: 'Russia' })).to.equal('Alleged by Russia');
    expect(fillPhrase('Updated {date} {oops}', { date: '10 October 2024' })).to.equal('Updated 10 October 2024 {oops}');
  });

  it('lays renamings over the phrases, later ones winning, passing over unknown ids and values that are no text', () => {
    const laid = layPhrases(ENGLISH_PHRASES, { statusReported: 'Unverified', nonsense: 'x' }, { statusReported: 'Unconfirmed', fit: 42 as unknown as string });
    expect(laid.statusReported).to.equal('Unconfirmed');
    expect(laid.fit).to.equal('Fit');
    expect(Object.keys(laid).sort()).to.deep.equal([...PHRASE_IDS].sort());
  });
});

describe('interfaceLanguageFor', () => {
  const cases: [string | undefined, readonly string[], string][] = [
    ['ko', [], 'ko'],
    ['ko-KR', [], 'ko'],
    ['pt-BR', [], 'pt'],
    ['pt-PT', [], 'pt'],
    ['zh-TW', [], 'zh-Hant'],
    ['zh-HK', [], 'zh-Hant'],
    ['zh-Hant', [], 'zh-Hant'],
    ['zh-CN', [], 'zh-Hans'],
    ['zh', [], 'zh-Hans'],
    ['ar-EG', [], 'ar'],
    ['iw', [], 'he'],
    ['en-GB', ['fr'], 'en'],
    // The language the page declares decides, even when it is not shipped: its readers get English, not the browser's.
    ['sw', ['fr'], 'en'],
    ['not a locale', ['fr'], 'en'],
    [undefined, ['sw', 'de-AT', 'fr'], 'de'],
    ['', ['uk-UA'], 'uk'],
    [undefined, [], 'en'],
  ];
  for (const [declared, browser, expected] of cases) {
    it(`gives ${expected} for ${JSON.stringify(declared)} with the browser in ${JSON.stringify(browser)}`, () => {
      expect(interfaceLanguageFor(declared, browser)).to.equal(expected);
    });
  }
});
