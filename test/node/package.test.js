// What an npm consumer gets: the files `npm pack` puts in the package from a fresh clone, and what a bundler
// makes of the package entry points. Run with `node --test test/node/`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { buildStandalone } from '../../scripts/standalone-bundle.js';

const root = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);

async function bundled(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    metafile: true,
    conditions: ['production'],
  });
  const [output] = Object.values(result.metafile.outputs);
  // An index holds no code of its own (esbuild may still give it a few bytes of wrapper).
  const modules = Object.entries(output.inputs)
    .filter(([path, input]) => input.bytesInOutput > 0 && !path.endsWith('/index.ts'))
    .map(([path]) => path)
    .sort();
  return { code: result.outputFiles[0].text, modules };
}

const bundle = async (source) => (await bundled(source)).code;

describe('importing the model only', () => {
  it('registers no elements and pulls in no Lit, from the model entry or the package entry', async () => {
    const fromModel = await bundled(`import { parseDataset } from './src/model/index.ts'; console.log(parseDataset([]));`);
    const fromPackage = await bundled(`import { parseDataset } from './src/index.ts'; console.log(parseDataset([]));`);
    for (const { code } of [fromModel, fromPackage]) {
      assert.equal(code.includes('customElements'), false, 'no element is registered');
      assert.equal(/attachShadow|adoptedStyleSheets|lit-html/.test(code), false, 'no Lit');
    }
    // The same modules; not the same bytes: esbuild wraps modules that a dynamic import (the readers') may load.
    assert.deepEqual(fromPackage.modules, fromModel.modules, 'the package entry tree-shakes down to the model');
  });

  it('registers the three elements from the define entry', async () => {
    const code = await bundle(`import './src/dateline.ts';`);
    assert.ok(code.includes('dateline-timeline') && code.includes('dateline-event-card') && code.includes('dateline-event-list'));
    assert.ok(code.includes('customElements'));
  });
});

/** The names a module exports (values, not types), as esbuild sees them. */
async function exportedNames(path) {
  const result = await build({ entryPoints: [join(root, path)], bundle: true, write: false, format: 'esm', metafile: true, outdir: 'out', absWorkingDir: root, logLevel: 'silent' });
  return Object.values(result.metafile.outputs).find((output) => output.entryPoint)?.exports.sort();
}

describe('the standalone entry (dist/dateline.js, dateline/define)', () => {
  it('exports what the package entry exports, but for the readers, the schema and its validation, the media services, and the card and list classes, which load on demand', async () => {
    const [standalone, pkg] = await Promise.all([exportedNames('src/dateline.ts'), exportedNames('src/index.ts')]);
    const onDemand = ['DatelineEventCard', 'DatelineEventList', 'TimelineDatasetSchema', 'TimelineEventSchema', 'detectMediaKind', 'fromCSV', 'fromTimelineJS', 'mediaView', 'parseDataset'];
    assert.deepEqual(standalone, pkg.filter((name) => !onDemand.includes(name)));
  });

  it('keeps the card, the list, the readers, the schema’s validation, the media services, the sanitiser, the media players, the crowd’s painter, an archive’s requests and the idle rehearsal out of dist/dateline.js, in chunks it loads on demand', async () => {
    const { files, initial } = await buildStandalone();
    assert.deepEqual(initial, ['dateline.js'], 'a page loads one file before anything runs');
    const chunks = files.map((file) => file.path.replace(/-[\w-]{8}\.js$/, '')).filter((path) => path !== 'dateline.js').sort();
    const { targetLocales } = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
    const languages = targetLocales.map((language) => `chunks/locales/${language}`);
    assert.deepEqual(chunks, ['chunks/archive-windows', 'chunks/claim-views', 'chunks/crowd-painter', 'chunks/event-card', 'chunks/event-list', 'chunks/from-csv', 'chunks/from-timelinejs', ...languages, 'chunks/media', 'chunks/media-players', 'chunks/parse-dataset', 'chunks/purify.es', 'chunks/rehearsal'].sort());
    const holds = (path, text) => files.find((file) => file.path.startsWith(path)).contents.toString().includes(text);
    assert.equal(holds('dateline.js', 'the answer has neither events nor bins'), false, 'dist/dateline.js does not read an archive’s answers');
    assert.equal(holds('chunks/archive-windows-', 'the answer has neither events nor bins'), true, 'its chunk does');
    assert.equal(holds('dateline.js', 'an era must be an object like'), false, 'dist/dateline.js holds neither the schema nor valibot');
    assert.equal(holds('dateline.js', 'unknown era field'), false, 'nor the validation that words what the fast path does not accept');
    assert.equal(holds('chunks/parse-dataset-', 'an era must be an object like'), true, 'its chunk holds the schema');
    assert.equal(holds('chunks/parse-dataset-', 'unknown era field'), true, 'and the validation');
    assert.equal(holds('dateline.js', 'player.vimeo.com'), false, 'dist/dateline.js holds no media services');
    const mediaChunk = files.find((file) => /^chunks\/media-[\w-]{8}\.js$/.test(file.path));
    assert.equal(mediaChunk.contents.toString().includes('player.vimeo.com'), true, 'their chunk does');
    assert.equal(holds('dateline.js', '.drawImage('), false, 'dist/dateline.js paints no crowd');
    assert.equal(holds('chunks/crowd-painter-', '.drawImage('), true, 'its chunk does');
    const defines = (path, name) => holds(path, `define("${name}"`);
    assert.equal(defines('dateline.js', 'dateline-event-list'), false, 'dist/dateline.js does not define the list');
    assert.equal(defines('chunks/event-list-', 'dateline-event-list'), true, 'its chunk does');
    assert.equal(defines('dateline.js', 'dateline-event-card'), false, 'dist/dateline.js does not define the card');
    assert.equal(defines('chunks/event-card-', 'dateline-event-card'), true, 'its chunk does');
    assert.equal(defines('dateline.js', 'dateline-timeline'), true, 'dist/dateline.js defines the timeline');
    assert.equal(holds('dateline.js', 'dateline-rehearsal'), false, 'dist/dateline.js holds no rehearsed story');
    assert.equal(holds('chunks/rehearsal-', 'dateline-rehearsal'), true, 'its chunk does');
  });
});

describe('npm pack from a clone that was never built', () => {
  let clone;
  let packed;

  before(async () => {
    // The files a clone would have (tracked, or new and not ignored), without lib/, dist/ or the manifest.
    clone = mkdtempSync(join(tmpdir(), 'dateline-pack-'));
    const { stdout: listed } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root });
    const inClone = (path) => path && path !== 'node_modules' && existsSync(join(root, path));
    for (const file of listed.split('\0').filter(inClone)) {
      mkdirSync(dirname(join(clone, file)), { recursive: true });
      cpSync(join(root, file), join(clone, file));
    }
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
    // `npm pack` runs `prepack` (the build) first; the build's own output comes before npm's JSON.
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json'], { cwd: clone, maxBuffer: 64 * 1024 * 1024 });
    const [pack] = JSON.parse(stdout.slice(stdout.search(/^\[$/m)));
    packed = pack.files.map((file) => file.path).sort();
  });

  after(() => {
    if (clone) rmSync(clone, { recursive: true, force: true });
  });

  it('builds first, and ships the library and its types, the bundle, the manifest, the datasets, the licence and the README', () => {
    const datasets = readdirSync(join(root, 'data'))
      .filter((file) => file.endsWith('.json'))
      .map((file) => `data/${file}`);
    assert.ok(datasets.length >= 2, 'the seed and the schema');
    const expected = ['lib/index.js', 'lib/index.d.ts', 'lib/dateline.js', 'dist/dateline.js', 'custom-elements.json', ...datasets, 'LICENSE', 'README.md', 'package.json'];
    assert.deepEqual(expected.filter((file) => !packed.includes(file)), [], 'missing from the package');
  });

  it('ships no sources, tests, stories or build scripts', () => {
    // bin/ and server/ are the `dateline` command's (check, convert, serve), plain JavaScript run as written.
    const shipped = (file) => /^(lib|dist|data)\//.test(file) || /^(bin|server)\/[^/]+\.js$/.test(file) || ['package.json', 'README.md', 'LICENSE', 'custom-elements.json'].includes(file);
    assert.deepEqual(packed.filter((file) => !shipped(file)), [], 'files outside lib/, dist/, data/, the command\'s bin/ and server/ and the top-level four');
    assert.deepEqual(packed.filter((file) => /\.(test|stories)\.|(^|\/)(test|tests|stories|fixtures)\//.test(file)), [], 'tests or stories');
  });

  it('has a file for every entry point that package.json names', () => {
    const manifest = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8'));
    const targets = [manifest.main, manifest.types, manifest.customElements, ...Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))];
    for (const target of targets) {
      const escaped = target
        .replace(/^\.\//, '')
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
      const pattern = new RegExp(`^${escaped.join('[^/]+')}$`);
      assert.ok(packed.some((file) => pattern.test(file)), `${target} is packed`);
    }
  });
});
