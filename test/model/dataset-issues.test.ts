import { describe, it } from 'node:test';
import { expect } from 'chai';
import { IssueReport, describeValue, isPlainObject, pointer, quoteText } from '../../src/model/dataset-issues.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { DatasetIssue } from '../../src/model/types.js';
import { onlyIssue as only, validEvent as valid } from '../helpers/dataset-inputs.js';

describe('pointer', () => {
  const cases: [(string | number)[], string][] = [
    [[], ''],
    [['events', 3, 'start'], '/events/3/start'],
    [['a/b~c'], '/a~1b~0c'],
    [['~1'], '/~01'],
    [[''], '/'],
    [['sources', 0, 'url'], '/sources/0/url'],
  ];
  for (const [keys, expected] of cases) {
    it(`makes ${JSON.stringify(keys)} into ${JSON.stringify(expected)}`, () => {
      expect(pointer(...keys)).to.equal(expected);
    });
  }

  it('escapes field names in the issues of a dataset', () => {
    const issue = only(parseDataset([{ ...valid, 'a/b~c': 1 }]).issues);
    expect(issue.path).to.equal('/0/a~1b~0c');
  });
});

describe('describeValue', () => {
  const cases: [unknown, string][] = [
    [null, 'null'],
    [undefined, 'nothing'],
    [[1, 2, 3], 'a list of 3'],
    ['June', '"June"'],
    ['x'.repeat(41), `"${'x'.repeat(40)}…"`],
    [{ a: 1 }, 'an object'],
    [5, 'the number 5'],
    [false, 'the boolean false'],
  ];
  for (const [value, expected] of cases) {
    it(`describes ${String(value).slice(0, 12)} as ${expected.slice(0, 20)}`, () => {
      expect(describeValue(value)).to.equal(expected);
    });
  }

  it('cuts very long values in messages', () => {
    const issue = only(parseDataset([{ ...valid, start: 'x'.repeat(100_000) }]).issues);
    expect(issue.message.length).to.be.lessThan(200);
  });
});

describe('quoteText', () => {
  it('keeps 40 characters and cuts the rest with an ellipsis', () => {
    expect(quoteText('x'.repeat(40))).to.equal('x'.repeat(40));
    expect(quoteText('x'.repeat(41))).to.equal(`${'x'.repeat(40)}…`);
  });
});

describe('isPlainObject', () => {
  it('is true for objects only, not for null or lists', () => {
    expect([{}, Object.create(null), { a: 1 }].map(isPlainObject)).to.deep.equal([true, true, true]);
    expect([null, [], 'x', 1, undefined].map(isPlainObject)).to.deep.equal([false, false, false, false, false]);
  });
});

describe('IssueReport', () => {
  it('locates each issue in the current event', () => {
    const issues: DatasetIssue[] = [];
    const report = new IssueReport(issues, (index, field) => pointer('events', index, ...field));
    report.startEvent(2);
    report.warn(['date'], 'unknown field');
    report.error(['start'], 'start is missing');
    report.startEvent(3);
    report.error([], 'not an event');
    expect(issues).to.deep.equal([
      { path: '/events/2/date', message: 'unknown field', severity: 'warning' },
      { path: '/events/2/start', message: 'start is missing', severity: 'error' },
      { path: '/events/3', message: 'not an event', severity: 'error' },
    ]);
  });
});
