// `npx dateline check` and `npx dateline convert` as an author runs them from the installed package: bin/ beside a
// lib/ compiled by tsc from src/model (the published layout; no src/ beside it), run as a separate process. What
// they print for TimelineJS files, sheets and a broken dataset, their exit statuses, and that a converted
// file reads back to the same events. One run from this checkout shows the sources are used there.
import { after, before, describe, it } from 'node:test';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';

const root = new URL('../../', import.meta.url).pathname;
const fixture = (path) => join(root, 'test/fixtures', path);
const execFileAsync = promisify(execFile);

let installed;
let model;

before(async () => {
  installed = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
  cpSync(join(root, 'bin'), join(installed, 'bin'), { recursive: true });
  cpSync(join(root, 'package.json'), join(installed, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(installed, 'node_modules'), 'dir');
  // The build's compiler settings (tsconfig.build.json), for the model only: the commands load nothing else.
  const tsconfig = {
    extends: join(root, 'tsconfig.build.json'),
    compilerOptions: { rootDir: join(root, 'src'), outDir: join(installed, 'lib'), declaration: false, declarationMap: false, sourceMap: false, types: [] },
    include: [],
    files: [join(root, 'src/model/index.ts'), join(root, 'src/model/read-dataset-text.ts')],
  };
  writeFileSync(join(installed, 'tsconfig.json'), JSON.stringify(tsconfig));
  await execFileAsync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(installed, 'tsconfig.json')]);
  model = await import(join(installed, 'lib/model/index.js'));
});

after(() => {
  if (installed) rmSync(installed, { recursive: true, force: true });
});

/** Runs `dateline <args>` from the installed package (or from this checkout); never rejects on an exit status. */
async function dateline(args, { bin = join(installed, 'bin/dateline.js') } = {}) {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [bin, ...args], { cwd: installed });
    return { status: 0, stdout, stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { status: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

/** The issue lines printed, each as [severity, place, message], and the summary line. */
function printed(stdout) {
  const lines = stdout.trimEnd().split('\n');
  const issues = lines.filter((line) => /^(error|warning) /.test(line)).map((line) => line.split(/ {2,}/));
  return { issues, summary: lines.find((line) => / read, /.test(line)) };
}

describe('dateline check', () => {
  it('prints each problem of a broken dataset with its JSON Pointer, the counts, and exits with 1', async () => {
    const { status, stdout, stderr } = await dateline(['check', fixture('cli/broken-dataset.json')]);
    const { issues, summary } = printed(stdout);
    expect(issues.map(([severity, place]) => `${severity} ${place}`)).to.deep.equal([
      'warning /events/0/media/alt',
      'error /events/1/start',
      'error /events/2/end',
      'error /events/3/title',
      'warning /events/4/status',
      'error /events/5/sources/0/url',
      'error /events/6/id',
      'warning /subtitle',
    ]);
    expect(issues[1][2]).to.equal('start "2024-02-30" does not exist: February 2024 has 29 days');
    expect(issues[6][2]).to.contain('id "treaty" is already used by the event at /events/0');
    expect(summary).to.equal('3 events read, 5 errors, 3 warnings');
    expect(status).to.equal(1);
    expect(stderr).to.equal('');
  });

  it('points into a TimelineJS file in its own terms and counts the slides it keeps', async () => {
    const { status, stdout } = await dateline(['check', fixture('timelinejs/full-story.json')]);
    const { issues, summary } = printed(stdout);
    expect(issues.filter(([severity]) => severity === 'error')).to.deep.equal([['error', '/events/11/start_date', 'start "2024-02-30" does not exist: February 2024 has 29 days']]);
    expect(issues.map(([, place]) => place)).to.include.members(['/title/background', '/eras/2/text/headline', '/events/1/media/alt', '/events/9/autolink']);
    expect(summary).to.equal('11 events read, 1 error, 11 warnings');
    expect(status).to.equal(1);
  });

  it('names the spreadsheet row and column of a CSV problem, and reads dates in the pattern --date-format declares', async () => {
    const guessed = await dateline(['check', fixture('sheets/day-first.csv')]);
    expect(printed(guessed.stdout).issues.map(([severity, place]) => `${severity} ${place}`)).to.deep.equal([
      'error row 2, column start',
      'error row 3, column end',
      'error row 3, column start',
      'error row 5, column start',
    ]);
    expect(guessed.stdout).to.contain('start "19/06/2024" is ambiguous').and.contain('To read the dates as written, add --date-format "dd/MM/yyyy"');
    expect(guessed.status).to.equal(1);

    const declared = await dateline(['check', fixture('sheets/day-first.csv'), '--date-format', 'dd/MM/yyyy']);
    expect(printed(declared.stdout).issues).to.deep.equal([['error', 'row 5, column start', 'start "31/02/2024" does not match the date format "dd/MM/yyyy", nor is it written in ISO 8601 (2024-10-03)']]);
    expect(printed(declared.stdout).summary).to.equal('3 events read, 1 error, 0 warnings');
  });

  it('reads the TimelineJS sheet template by its headers, with its own column names', async () => {
    const { status, stdout } = await dateline(['check', fixture('sheets/timelinejs-template.csv')]);
    const { issues, summary } = printed(stdout);
    expect(issues.filter(([severity]) => severity === 'error').map(([, place]) => place)).to.deep.equal(['row 10, column Year']);
    expect(issues.map(([, place]) => place)).to.include.members(['row 13, column Time', 'row 2, column Media Alt']);
    expect(summary).to.match(/^8 events read, 1 error, \d+ warnings$/);
    expect(status).to.equal(1);
  });

  it('exits with 0 for a dataset without errors, even with warnings', async () => {
    const clean = await dateline(['check', join(root, 'data/korea-russia-2024.json')]);
    expect(clean.stdout.trim()).to.equal('18 events read, 0 errors, 0 warnings');
    expect(clean.status).to.equal(0);
    const warned = await dateline(['check', fixture('cli/extra-column.csv')]);
    const [[severity, place, message], ...others] = printed(warned.stdout).issues;
    expect(others).to.deep.equal([]);
    expect([severity, message]).to.deep.equal(['warning', 'unknown column "notes" is ignored']);
    expect(place).to.match(/^row 1, column /, 'the header row');
    expect(printed(warned.stdout).summary).to.equal('2 events read, 0 errors, 1 warning');
    expect(warned.status).to.equal(0);
  });

  it('gives the same issues as JSON with --json', async () => {
    const { status, stdout } = await dateline(['check', '--json', fixture('cli/broken-dataset.json')]);
    const report = JSON.parse(stdout);
    expect(report).to.include({ format: 'json', events: 3, errors: 5, warnings: 3 });
    expect(report.issues).to.deep.include({ path: '/events/2/end', message: 'end 2024-10-07 is before start 2024-10-08', severity: 'error' });
    expect(status).to.equal(1);
  });

  it('reports data that is not JSON as an error of the file, not a crash', async () => {
    const broken = join(installed, 'not-json.json');
    writeFileSync(broken, '{ "title": "Cut short", "events": [');
    const { status, stdout, stderr } = await dateline(['check', broken]);
    expect(printed(stdout).issues).to.have.length(1);
    expect(printed(stdout).issues[0].slice(0, 2)).to.deep.equal(['error', '(file)']);
    expect(printed(stdout).issues[0][2]).to.match(/^the data is not valid JSON/);
    expect(status).to.equal(1);
    expect(stderr).to.equal('');
  });

  it('exits with 2 and a message, never a stack trace, for a missing file or a mistyped command', async () => {
    const cases = [
      [['check', 'no-such-story.json'], 'dateline check: cannot read no-such-story.json: no such file'],
      [['check'], 'dateline check: takes one file (given 0)'],
      [['check', 'a.json', 'b.json'], 'dateline check: takes one file (given 2)'],
      [['check', '--colour', 'a.json'], "dateline check: Unknown option '--colour'"],
      [['check', join(root, 'data/korea-russia-2024.json'), '--date-format', 'dd/MM/yyyy'], 'dateline check: --date-format is for CSV files'],
      [['convert', installed], 'dateline convert: cannot read'],
    ];
    for (const [args, message] of cases) {
      const { status, stdout, stderr } = await dateline(args);
      expect(status, args.join(' ')).to.equal(2);
      expect(stderr, args.join(' ')).to.contain(message).and.not.match(/^\s+at /m);
      expect(stdout, args.join(' ')).to.equal('');
    }
  });
});

describe('dateline convert', () => {
  /** What the model reads from a converted file, with the reading's issues. */
  const readBack = (text) => model.parseDataset(JSON.parse(text));

  it('writes a TimelineJS story as a dataset that reads back to the same events, header and eras', async () => {
    const output = join(installed, 'story.json');
    const { status, stdout, stderr } = await dateline(['convert', fixture('timelinejs/full-story.json'), '-o', output]);
    const original = model.fromTimelineJS(JSON.parse(readFileSync(fixture('timelinejs/full-story.json'), 'utf8')));
    const converted = readBack(readFileSync(output, 'utf8'));

    expect(converted.issues.filter((issue) => issue.severity === 'error')).to.deep.equal([]);
    expect(converted.events).to.deep.equal(original.events);
    const { lanes, ...header } = original.dataset;
    expect(lanes).to.equal('category');
    expect(converted.dataset).to.deep.equal(header);
    // What an author relies on, spelled out: titles, dates as written, display dates, media, eras.
    const ming = converted.events.find((event) => event.id === 'ming-rebuild');
    expect(ming).to.include({ title: 'Crisis at Tumu', startText: '1449-09-01', endText: '1449-09-08', category: 'Building' });
    expect(ming.media).to.deep.equal({ url: 'https://www.google.com/maps/place/Badaling/@40.35,116.01,12z', alt: 'A map of the hills north of Beijing', caption: 'Where the rebuilt wall stands today' });
    expect(converted.events.find((event) => event.id === 'first-ramparts')).to.include({ startText: '-0699', endText: '-0299', displayDate: '7th to 4th century BCE' });
    expect(converted.dataset.eras.map((era) => [era.title, era.startText, era.endText])).to.deep.equal([
      ['Qin dynasty', '-0220', '-0205'],
      ['Han dynasty', '-0201', '0220'],
      ['Untitled era', '1368', '1644'],
    ]);

    // The slide with an impossible date is left out, said on stderr with the rest, and the exit status says so.
    expect(converted.events.map((event) => event.id)).to.not.include('bad-day');
    expect(stderr).to.contain('/events/11/start_date').and.contain('11 events read, 1 error, 11 warnings');
    expect(stderr).to.contain('lanes="category"').and.contain(`wrote ${output}`);
    expect(stdout).to.equal('');
    expect(status).to.equal(1);
  });

  it('writes a sheet to standard output as pretty JSON, its dates read in the declared pattern', async () => {
    const { status, stdout, stderr } = await dateline(['convert', fixture('sheets/day-first.csv'), '--date-format', 'dd/MM/yyyy']);
    expect(stdout).to.match(/^\{\n {2}"title": "",\n {2}"events": \[\n/);
    const converted = readBack(stdout);
    expect(converted.events.map((event) => [event.id, event.title, event.startText, event.endText])).to.deep.equal([
      ['treaty', 'Treaty signed', '2024-06-19', undefined],
      ['assembly', 'Assembly session', '2024-10-07', '2024-10-08'],
      ['iso', 'Written the ISO way', '2024-11-05', undefined],
    ]);
    expect(converted.events[0].summary).to.equal('Signed in Pyongyang');
    expect(stderr).to.contain("row 5, column start").and.contain('3 events read, 1 error, 0 warnings');
    expect(status).to.equal(1);
  });

  it('keeps a dataset whole: statuses, claims, responses, history and sources read back the same, with exit status 0', async () => {
    const seed = join(root, 'data/korea-russia-2024.json');
    const { status, stdout, stderr } = await dateline(['convert', seed]);
    const converted = readBack(stdout);
    expect(converted.issues).to.deep.equal([]);
    expect(converted.events).to.deep.equal(model.parseDataset(JSON.parse(readFileSync(seed, 'utf8'))).events);
    for (const field of ['status', 'history', 'claimedBy', 'responses', 'sources', 'importance']) {
      expect(converted.events.some((event) => event[field] !== undefined), field).to.equal(true);
    }
    expect(stderr.trim()).to.equal('18 events read, 0 errors, 0 warnings');
    expect(status).to.equal(0);
  });

  it('refuses to write over the file it reads', async () => {
    const copy = join(installed, 'copy.csv');
    cpSync(fixture('sheets/month-names.csv'), copy);
    const { status, stderr } = await dateline(['convert', copy, '-o', copy]);
    expect(status).to.equal(2);
    expect(stderr).to.contain('-o names the file being read');
    expect(readFileSync(copy, 'utf8')).to.equal(readFileSync(fixture('sheets/month-names.csv'), 'utf8'));
  });
});

describe('in a source checkout', () => {
  it('reads with the sources (through tsx), whatever lib/ holds', async () => {
    const { status, stdout } = await dateline(['check', fixture('cli/broken-dataset.json')], { bin: join(root, 'bin/dateline.js') });
    expect(printed(stdout).summary).to.equal('3 events read, 5 errors, 3 warnings');
    expect(status).to.equal(1);
  });
});
