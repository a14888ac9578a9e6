import { describe, it } from 'node:test';
import { expect } from 'chai';
import { countText, formatCount, usableLocale } from '../../src/model/locale-numbers.js';

describe('the locales Intl is given', () => {
  it('are written in their canonical form, and a malformed one is the reader’s default', () => {
    expect(usableLocale('EN-gb')).to.equal('en-GB');
    expect(usableLocale('ko')).to.equal('ko');
    expect(usableLocale('not a locale')).to.equal(undefined);
    expect(usableLocale('')).to.equal(undefined);
    expect(usableLocale(undefined)).to.equal(undefined);
  });

  it('give the same answer when asked again, also after a page has made up many of them', () => {
    const asked = ['en-gb', 'x!', 'DE-de', 'ar-EG', 'zz-ZZ-bad-', 'pt-br'];
    const first = asked.map(usableLocale);
    for (let index = 0; index < 200; index++) usableLocale(`en-x-made${index}`);
    expect(asked.map(usableLocale)).to.deep.equal(first);
    expect(first).to.deep.equal(['en-GB', undefined, 'de-DE', 'ar-EG', undefined, 'pt-BR']);
  });

  it('group counts from a thousand on, in the locale’s way', () => {
    expect(countText(999, 'de-DE')).to.equal('999');
    expect(countText(1234, 'de-DE')).to.equal(formatCount(1234, 'de'));
    expect(formatCount(1234567, 'en')).to.equal('1,234,567');
    expect(formatCount(1234, 'not a locale')).to.equal(new Intl.NumberFormat().format(1234));
  });
});
