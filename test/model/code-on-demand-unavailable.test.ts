import { describe, it } from 'node:test';
import { expect } from 'chai';
import { CodeOnDemand, mediaUnavailable, validationUnavailable } from '../../src/model/code-on-demand.js';
import { IssueReport } from '../../src/model/dataset-issues.js';
import type { DatasetIssue } from '../../src/model/types.js';

// Code that cannot load (a chunk lost to the network) never throws at the page: its stand-in takes its place,
// once, and leaves out what needed it with an issue that says so.

describe('code loaded on demand that cannot load', () => {
  it('resolves, once, to its stand-in, which is then provided', async () => {
    let attempts = 0;
    const code = new CodeOnDemand<{ reason: string }>(
      () => {
        attempts++;
        return Promise.reject(new Error('Failed to fetch dynamically imported module'));
      },
      (reason) => ({ reason }),
    );
    const loading = code.load();
    expect(code.load()).to.equal(loading);
    expect(await loading).to.deep.equal({ reason: 'Failed to fetch dynamically imported module' });
    expect(code.provided).to.deep.equal({ reason: 'Failed to fetch dynamically imported module' });
    expect(attempts).to.equal(1);
  });

  it('keeps code provided meanwhile rather than its stand-in', async () => {
    let fail!: (error: Error) => void;
    const code = new CodeOnDemand<string>(
      () => new Promise((_, reject) => (fail = reject)),
      () => 'stand-in',
    );
    const loading = code.load();
    code.provide('the real code');
    fail(new Error('offline'));
    expect(await loading).to.equal('the real code');
    expect(code.provided).to.equal('the real code');
  });

  it('stands in for the validation and the media services with issues that say what is left out and why', () => {
    const issues: DatasetIssue[] = [];
    const report = new IssueReport(issues, (index, field) => `/events/${index}/${field.join('/')}`);
    report.startEvent(2);
    const validation = validationUnavailable('offline');
    expect(validation.validateEvent({ id: 'a', title: 'A', start: '2024', extra: 1 }, report)).to.equal(undefined);
    expect(validation.validateMedia({ src: 'x' }, report, ['media'])).to.equal(undefined);
    expect(validation.validateEra({ title: 'E', start: 2024 }, report)).to.equal(undefined);
    const media = mediaUnavailable('offline');
    expect(media.cleanMedia({ url: 'https://example.com/a.jpg' }, report, ['media'])).to.equal(undefined);
    expect(media.mediaView({ url: 'https://example.com/a.jpg' })).to.equal(undefined);
    expect(issues.map((issue) => `${issue.severity} ${issue.path}: ${issue.message}`)).to.deep.equal([
      'error /events/2/: the code that reads this event could not be loaded (offline); it is left out',
      'warning /events/2/media: the code that reads this media could not be loaded (offline); it is left out',
      'error /events/2/: the code that reads this era could not be loaded (offline); it is left out',
      'warning /events/2/media: the code that reads this media could not be loaded (offline); it is left out',
    ]);
  });
});
