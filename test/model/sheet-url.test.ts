/** Published Google Sheets as a timeline's `src` (src/model/sheet-url.ts): read as their CSV. */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { csvUrlOfSheet } from '../../src/model/sheet-url.js';
import { formatOf } from '../../src/model/read-dataset-text.js';

const ID = '2PACX-1vT_example-Id_0123';
const CSV = `https://docs.google.com/spreadsheets/d/e/${ID}/pub?single=true&output=csv`;

describe('csvUrlOfSheet', () => {
  it('reads a sheet published to the web as its CSV, from the page, the pub address or the CSV address', () => {
    expect(csvUrlOfSheet(`https://docs.google.com/spreadsheets/d/e/${ID}/pubhtml`)).to.equal(CSV);
    expect(csvUrlOfSheet(`https://docs.google.com/spreadsheets/d/e/${ID}/pubhtml?widget=true&headers=false`)).to.equal(CSV);
    expect(csvUrlOfSheet(`https://docs.google.com/spreadsheets/d/e/${ID}/pub?output=csv`)).to.equal(CSV);
  });

  it('keeps the tab a gid names, in the query or the fragment', () => {
    const tab = `https://docs.google.com/spreadsheets/d/e/${ID}/pub?gid=1714388&single=true&output=csv`;
    expect(csvUrlOfSheet(`https://docs.google.com/spreadsheets/d/e/${ID}/pubhtml?gid=1714388`)).to.equal(tab);
    expect(csvUrlOfSheet(`https://docs.google.com/spreadsheets/d/e/${ID}/pubhtml#gid=1714388`)).to.equal(tab);
  });

  it('leaves every other address alone, a sheet only shared (not published) too', () => {
    for (const other of [
      'https://docs.google.com/spreadsheets/d/1AbC/edit#gid=0',
      'https://example.com/spreadsheets/d/e/x/pubhtml',
      'http://docs.google.com/spreadsheets/d/e/x/pubhtml',
      'data/story.csv',
      'not a url',
    ]) {
      expect(csvUrlOfSheet(other), other).to.equal(undefined);
    }
  });
});

describe('formatOf', () => {
  it('reads CSV by its content type, a .csv file, or a published sheet, and JSON otherwise', () => {
    expect(formatOf('text/csv; charset=utf-8', 'data/story')).to.equal('csv');
    expect(formatOf(null, 'data/story.csv?v=2')).to.equal('csv');
    expect(formatOf(null, CSV)).to.equal('csv');
    expect(formatOf(null, `https://docs.google.com/spreadsheets/d/e/${ID}/pubhtml`)).to.equal('csv');
    expect(formatOf('application/json', 'data/story.json')).to.equal('json');
    expect(formatOf(null, 'data/story.json?format=json')).to.equal('json');
  });
});
