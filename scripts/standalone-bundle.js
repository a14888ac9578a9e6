// The standalone bundle: dist/dateline.js, the one script a page loads, and the chunks in dist/chunks/ that it
// loads on demand. Its build, shared by `npm run build`, the size check and the local servers, and its sizes.
//
// Rollup places the code: everything the entry needs stays in dist/dateline.js and only what its `import()`s load
// goes to chunks, which import what they share with the entry from dist/dateline.js itself. (esbuild's splitting
// cannot do that: code the entry shares with an on-demand chunk goes to further chunks that the entry imports, a
// second round trip before anything draws and 3 KB more gzipped. evanw/esbuild#3780.) esbuild compiles each
// TypeScript module, minifies the CSS inside Lit's css`…` templates with its CSS minifier (it leaves template
// literals as written), and minifies each output file; Terser squeezes it further.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import { rollup } from 'rollup';
import { minify as terser } from 'terser';
import ts from 'typescript';

// A template's `${…}` interpolations are swapped for placeholders that esbuild's CSS minifier keeps as they are,
// then put back. Where the interpolation stands for declarations or rules (nothing but `;` or `}` follows it), the
// placeholder is an unknown at-rule; anywhere else (a value, part of a selector) it is an identifier.
const SLOT = 'dateline-css-slot-';
const statementSlot = (index) => `@${SLOT}${index};`;
const identifierSlot = (index) => `${SLOT}${index}`;
const slotPattern = new RegExp(`@${SLOT}(\\d+);?|${SLOT}(\\d+)`, 'g');

const endsStatement = (text) => /(^|[{};])\s*$/.test(text);
const closesStatement = (text) => /^\s*([;}]|$)/.test(text);

/**
 * Minifies the CSS of one css`…` template. `strings` are its cooked strings (as Lit's `css` receives them),
 * `expressions` the source text of its interpolations; returns the template's new source text, backticks
 * included. Throws when esbuild warns about the CSS or a placeholder does not come back exactly once.
 */
async function minifyCssTemplate(strings, expressions, where = 'css template') {
  let text = strings[0];
  expressions.forEach((_, index) => {
    const statement = endsStatement(text) && closesStatement(strings[index + 1]);
    text += (statement ? statementSlot(index) : identifierSlot(index)) + strings[index + 1];
  });
  // A template without braces is a list of declarations meant for inside a rule: minify it inside one.
  const declarationsOnly = !text.includes('{');
  const input = declarationsOnly ? `x{${text}}` : text;
  const result = await transform(input, { loader: 'css', minify: true, logLevel: 'silent' });
  if (result.warnings.length) throw new Error(`${where}: esbuild warns about this CSS: ${result.warnings.map((w) => w.text).join('; ')}`);
  let css = result.code.trim();
  if (declarationsOnly) {
    if (!css.startsWith('x{') || !css.endsWith('}')) throw new Error(`${where}: expected one rule of declarations, got ${css}`);
    css = css.slice(2, -1);
  }

  const escape = (literal) => literal.replace(/\\|`|\$\{/g, (match) => `\\${match}`);
  const seen = [];
  let source = '';
  let last = 0;
  for (const match of css.matchAll(slotPattern)) {
    const statement = match[1] !== undefined;
    const index = Number(match[1] ?? match[2]);
    seen.push(index);
    const after = css.slice(match.index + match[0].length);
    // A statement slot's `;` stays only where another statement follows, not before `}` or at the end.
    const semicolon = statement && after !== '' && !after.startsWith('}') ? ';' : '';
    source += `${escape(css.slice(last, match.index))}\${${expressions[index]}}${semicolon}`;
    last = match.index + match[0].length;
  }
  source += escape(css.slice(last));
  if (seen.join() !== expressions.map((_, index) => index).join()) {
    throw new Error(`${where}: the interpolations did not survive minification in order (${seen.join() || 'none'})`);
  }
  return `\`${source}\``;
}

/** The css`…` templates in a TypeScript module: where each template starts and ends, its strings and interpolations. */
function cssTemplates(path, source) {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      const template = node.template;
      const spans = ts.isNoSubstitutionTemplateLiteral(template) ? [] : template.templateSpans;
      const strings = ts.isNoSubstitutionTemplateLiteral(template) ? [template.text] : [template.head.text, ...spans.map((span) => span.literal.text)];
      const { line } = file.getLineAndCharacterOfPosition(template.getStart());
      found.push({
        start: template.getStart(),
        end: template.end,
        strings,
        expressions: spans.map((span) => span.expression.getText()),
        where: `${path}:${line + 1}`,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Replaces each css`…` template in a TypeScript module's source with its minified form. */
async function minifyCssTemplatesIn(path, source) {
  if (!source.includes('css`')) return source;
  const templates = cssTemplates(path, source);
  const minified = await Promise.all(templates.map((t) => minifyCssTemplate(t.strings, t.expressions, t.where)));
  let contents = source;
  for (let index = templates.length - 1; index >= 0; index--) {
    contents = contents.slice(0, templates[index].start) + minified[index] + contents.slice(templates[index].end);
  }
  return contents;
}

/**
 * `msg('Confirmed', { id, desc })` calls of `@lit/localize` as their English text (`'Confirmed'`): in the standalone
 * bundle nothing can configure its private copy of `@lit/localize`, so `msg()` would return that text anyway, and
 * the translators' notes (`desc`) need not ship. The interface languages come from their own chunks.
 */
function msgCallsAsText(path, source) {
  if (!source.includes("from '@lit/localize'")) return source;
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const calls = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg' && ts.isStringLiteral(node.arguments[0] ?? node)) {
      calls.push({ start: node.getStart(), end: node.end, text: JSON.stringify(node.arguments[0].text) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let contents = source;
  for (const call of calls.reverse()) contents = contents.slice(0, call.start) + call.text + contents.slice(call.end);
  return contents.replace(/^import \{ msg \} from '@lit\/localize';\n/m, '');
}

/** The compiler options esbuild needs to compile a module as `tsc` would (Lit's decorators, class fields). */
const tsconfigRaw = (root) => ({ compilerOptions: JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')).compilerOptions });

/** The language level of dist/: what the browsers in the README run. */
const TARGET = 'es2021';

/**
 * A Rollup plugin: TypeScript modules compiled by esbuild (an import of `./x.js` finds `./x.ts`, as with
 * `moduleResolution: bundler`), their css`…` templates minified unless `minifyCss` is false; and each output
 * file minified by esbuild, legal comments (Lit's licence) kept once at its end.
 */
function typescriptWithEsbuild({ root, minifyCss, minifyJs, sourcemap }) {
  const compilerOptions = tsconfigRaw(root);
  return {
    name: 'typescript-with-esbuild',
    resolveId(source, importer) {
      if (!importer || !/^\.\.?\//.test(source) || !source.endsWith('.js')) return null;
      const typescript = join(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(typescript) ? typescript : null;
    },
    async load(id) {
      if (!id.endsWith('.ts')) return null;
      const source = await readFile(id, 'utf8');
      const contents = msgCallsAsText(id, minifyCss ? await minifyCssTemplatesIn(id, source) : source);
      const { code, map } = await transform(contents, { loader: 'ts', target: TARGET, sourcemap, sourcefile: id, tsconfigRaw: compilerOptions });
      return { code, map: map || null };
    },
    async renderChunk(code) {
      if (!minifyJs) return null;
      const minified = await transform(code, { minify: true, format: 'esm', target: TARGET, legalComments: 'eof', sourcemap });
      // Terser then names things by how often each letter occurs, which gzip rewards: 1.7 KB less gzipped; its
      // second pass of compression finds 0.2 KB more.
      const squeezed = await terser(minified.code, { module: true, ecma: 2020, compress: { passes: 2 }, sourceMap: sourcemap && { content: minified.map } });
      return { code: squeezed.code, map: sourcemap ? squeezed.map : null };
    },
  };
}

/**
 * A chunk is named after its module, or after its element for an element's define file (chunks/event-list-….js);
 * an interface language's phrases go to chunks/locales/ (chunks/locales/ko-….js).
 */
const chunkFileName = (chunk) => {
  const module = chunk.facadeModuleId ?? '';
  if (/generated\/locales\/[^/]+\.ts$/.test(module)) return 'chunks/locales/[name]-[hash].js';
  return `chunks/${/components\/([^/]+)\/define\.ts$/.exec(module)?.[1] ?? '[name]'}-[hash].js`;
};

/** True for the chunk of an interface language's phrases: a page loads at most one of them. */
export const isLocaleChunk = (path) => path.startsWith('chunks/locales/');

/** The standalone entry's file name, in dist/. */
export const ENTRY_FILE = 'dateline.js';

/**
 * Builds dist/ from the sources under `root`, in memory (and writes it to `root`/dist with `write: true`). Lit in
 * production mode; `minifyCss: false` leaves the stylesheets as written (a test compares the two), `minifyJs: false`
 * the scripts (a profile then names functions as the sources do). Returns the
 * files by their path in dist/ (`dateline.js`, `chunks/…`, and `.map` files with `sourcemap`), and which
 * JavaScript files a page loads before anything runs as `initial`: the entry and any chunk it imports statically.
 */
export async function buildStandalone({ root = process.cwd(), write = false, sourcemap = false, minifyCss = true, minifyJs = true } = {}) {
  const bundle = await rollup({
    input: { dateline: join(root, 'src/dateline.ts') },
    // Exports that chunks import from the entry are added to its own rather than moved to a chunk of their own.
    preserveEntrySignatures: 'allow-extension',
    plugins: [typescriptWithEsbuild({ root, minifyCss, minifyJs, sourcemap }), nodeResolve({ exportConditions: ['production'] })],
    onwarn(warning) {
      throw new Error(`the standalone build warns: ${warning.message}`);
    },
  });
  const { output } = await bundle.generate({ dir: join(root, 'dist'), format: 'es', entryFileNames: '[name].js', chunkFileNames: chunkFileName, sourcemap });
  await bundle.close();
  const files = output.map((file) => ({ path: file.fileName, contents: Buffer.from(file.type === 'chunk' ? file.code : file.source) }));
  const initial = [];
  const visit = (fileName) => {
    if (initial.includes(fileName)) return;
    initial.push(fileName);
    for (const imported of output.find((file) => file.fileName === fileName)?.imports ?? []) visit(imported);
  };
  visit(ENTRY_FILE);
  if (write) {
    for (const file of files) {
      const path = join(root, 'dist', file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.contents);
    }
  }
  return { files, initial };
}

/**
 * What `npm run size` holds dist/ to, gzipped: what every page loads, and every JavaScript file together.
 * `goal` is issue 13's target (48 KB and 75 KB), not yet met; `ceiling` is what the check enforces meanwhile:
 * today's sizes with a little room, so that nothing grows unnoticed. Lower the ceiling as the sizes come down.
 * (DOMPurify alone is 11.6 KB gzipped and date-fns's parse 7 KB of the CSV reader's 11.2 KB; issue 15's languages
 * added 3 KB to dist/dateline.js, 60.3 to 63.3 KB: the English phrases built in, and the code that picks, loads and
 * lays the others and a newsroom's words; 63.6 KB with issue 16's idle warm-up. Issue 17's windowed source added
 * 1.6 KB to it, 65.2 KB: following a window template, drawing its bins and events, the card of a fetched event,
 * pointers to the nearest items; its requests and the bins' layout are a 3.6 KB chunk loaded only for a template.
 * The event card's element as a chunk of its own, asked for at once like the list's, took it to 61.8 KB and the
 * total to 104.5 KB: two more files, 3.2 and 1.6 KB, for what the card and the list share. Issue 16's reading
 * columns (what a reading learns of each event while in hand, a sort in steps, lane keys as numbers) added 1.1 KB,
 * 62.9 KB: they take the end of a reading of 100,000 events from a 179 ms task to none over 50 ms, and must be in
 * the entry, since `parseDataset` reads synchronously. Issue 16's faster steps (packing that gives up on a crowd,
 * labels measured on demand, the crowd's points copied from an atlas) added 0.7 KB, 63.6 KB; the crowd's painter as
 * a chunk of its own, loaded when a timeline first draws a crowd, took it to 61.9 KB, and the total to 106.8 KB:
 * the added code, and one more file. Issue 16's lean events (dates and lists shared by the events of a reading,
 * the duplicate-id table) added 0.5 KB, 62.4 KB: they halve what a reading of 100,000 events keeps (24.9 to 12.3
 * MB) and take a million events' parse from 6.3–7.4 s to 4.6–4.7 (side by side), and are on the reading's path,
 * which `parseDataset` takes synchronously; Terser's second pass took 0.2 KB back, 62.2 KB. Issue 16's idle
 * rehearsal, a story drawn unseen before a page's first timeline, is a 0.9 KB chunk loaded at an idle moment, and its
 * switch and its reading in an idle moment of its own 0.2 KB more (108.1 KB all together): it takes the seed's cold
 * first paint from about 105 to about 45 ms. Issue 16's first render drawn once (an element whose height follows its
 * content in one update, not four; one of fixed height drawing its events once its chart is measured, not for a
 * guess and again) added 0.2 KB, 62.6 KB: 15 ms less work in 100 events' first render. The schema's validation
 * (valibot, the schema, the checks that word what the fast path leaves to them) as a chunk of its own, loaded when
 * data is not of the common shape, took it to 58.9 KB, and the total to 109.9 KB: a 5.1 KB chunk, with
 * `parseDataset`, and the fast path's own field names; the script no longer exports `parseDataset` or the schemas.
 * The media services (the services an address may name, the embeds they make, the alt rule) as a chunk of their
 * own, loaded when data has media (asked for with the TimelineJS and CSV readers, which import it), took it to
 * 56.4 KB and the total to 110.6 KB; the script no longer exports `mediaView` or `detectMediaKind`.)
 */
export const SIZE_BUDGETS = {
  goal: { initialBytes: 48 * 1024, totalBytes: 75 * 1024 },
  ceiling: { initialBytes: 56.5 * 1024, totalBytes: 110.7 * 1024 },
};

const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The sizes of dist/'s JavaScript files (as `buildStandalone` returns them), as the build and the size check
 * print them: each file minified and gzipped, what every page loads (the entry and any chunk it imports
 * statically) and all of them together, against `SIZE_BUDGETS`.
 */
export function sizeReport({ files, initial }) {
  const scripts = files.filter((file) => file.path.endsWith('.js')).map((file) => ({ ...file, gzipped: gzippedBytes(file.contents) }));
  scripts.sort((a, b) => Number(b.path === ENTRY_FILE) - Number(a.path === ENTRY_FILE) || Number(initial.includes(b.path)) - Number(initial.includes(a.path)) || b.gzipped - a.gzipped);
  const sum = (list) => list.reduce((total, file) => total + file.gzipped, 0);
  const initialBytes = sum(scripts.filter((file) => initial.includes(file.path)));
  // A page shows one interface language: of the languages' chunks, only the largest counts towards the total.
  const locales = scripts.filter((file) => isLocaleChunk(file.path));
  const largestLocale = locales.reduce((largest, file) => (file.gzipped > (largest?.gzipped ?? -1) ? file : largest), undefined);
  const totalBytes = sum(scripts.filter((file) => !isLocaleChunk(file.path) || file === largestLocale));
  const listed = scripts.filter((file) => !isLocaleChunk(file.path));
  const width = Math.max(...listed.map((file) => file.path.length));
  const lines = listed.map(
    (file) =>
      `  dist/${file.path.padEnd(width)}  ${kilobytes(file.contents.length).padStart(8)} minified, ${kilobytes(file.gzipped).padStart(8)} gzipped${initial.includes(file.path) ? '' : '  (on demand)'}`,
  );
  const { goal, ceiling } = SIZE_BUDGETS;
  const against = (bytes, key) => `(ceiling ${kilobytes(ceiling[key])}; goal ${kilobytes(goal[key])}${bytes > goal[key] ? `, ${kilobytes(bytes - goal[key])} over it` : ', met'})`;
  if (largestLocale) {
    lines.push(`  dist/chunks/locales/: ${locales.length} interface languages, ${kilobytes(Math.min(...locales.map((file) => file.gzipped)))} to ${kilobytes(largestLocale.gzipped)} gzipped each (on demand, one a page; ${largestLocale.path.replace(/^chunks\/locales\//, '').replace(/-[\w-]{8}\.js$/, '')} the largest)`);
  }
  lines.push(`what every page loads (dist/${ENTRY_FILE}${initial.length > 1 ? ' and the chunks it imports' : ''}): ${kilobytes(initialBytes)} gzipped ${against(initialBytes, 'initialBytes')}`);
  lines.push(`all ${listed.length + (largestLocale ? 1 : 0)} JavaScript files a page may load together (the largest language's): ${kilobytes(totalBytes)} gzipped ${against(totalBytes, 'totalBytes')}`);
  const overBudget = initialBytes > ceiling.initialBytes || totalBytes > ceiling.totalBytes;
  return { lines, initialBytes, totalBytes, overBudget };
}

/** A file's size gzipped at the highest level, as a server would send it. */
export const gzippedBytes = (code) => gzipSync(code, { level: 9 }).length;
