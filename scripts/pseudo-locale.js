// Writes the pseudo-locale en-XA (xliff/en-XA.xlf): every interface phrase accented and 40% longer, in brackets,
// its placeholders and plural forms kept, so that a test can show the interface cut nowhere and keeping no
// English. Run after `lit-localize extract`, before `lit-localize build` (`npm run localize`).
import { readFileSync, writeFileSync } from 'node:fs';

const ACCENTED = Object.fromEntries([...'aeiouycnsACEINOUYS'].map((letter, index) => [letter, [...'áéíöüýçñšÅÇÉÎÑÖÜÝŠ'][index]]));
const FORM = /(zero|one|two|few|many|other|=\d+)\s*\{([^{}]*)\}/g;

/** One run of text, accented and padded to 140% of its length, its `{placeholders}` and `#` untouched. */
function pseudo(text) {
  if (text.trim() === '') return text;
  const accented = text.replace(/\{\w+\}|#|./gu, (part) => (part.length > 1 || part === '#' ? part : (ACCENTED[part] ?? part)));
  const characters = text.replace(/\{\w+\}|#/g, '').length;
  return `[${accented}${'~'.repeat(Math.max(Math.ceil(characters * 0.4) - 2, 1))}]`;
}

/** A phrase in pseudo-locale: each plural form's text, or the whole phrase. */
function pseudoPhrase(source) {
  return [...source.matchAll(FORM)].length > 0 ? source.replace(FORM, (_, category, text) => `${category} {${pseudo(text)}}`) : pseudo(source);
}

const path = new URL('../xliff/en-XA.xlf', import.meta.url);
const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xliff = readFileSync(path, 'utf8')
  .replace(/\n?\s*<target>[^<]*<\/target>/g, '')
  .replace(/(<source>)([^<]*)(<\/source>)/g, (_, open, source, close) => `${open}${source}${close}\n  <target>${escape(pseudoPhrase(unescape(source)))}</target>`);
writeFileSync(path, xliff);
