// esbuild options for the standalone bundle (dist/dateline.js), shared by the build, the size check and the
// local servers, and the esbuild plugin that minifies the CSS inside Lit's css`…` templates with esbuild's own
// CSS minifier (esbuild leaves template literals as written).
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
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

const minifyCssTemplates = {
  name: 'minify-css-templates',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('css`')) return undefined;
      const templates = cssTemplates(path, source);
      const minified = await Promise.all(templates.map((t) => minifyCssTemplate(t.strings, t.expressions, t.where)));
      let contents = source;
      for (let index = templates.length - 1; index >= 0; index--) {
        contents = contents.slice(0, templates[index].start) + minified[index] + contents.slice(templates[index].end);
      }
      return { contents, loader: 'ts' };
    });
  },
};

/** esbuild options for dist/dateline.js: one minified ES module, every dependency inlined, Lit in production mode. */
export const standaloneBuildOptions = {
  entryPoints: ['src/dateline.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2021',
  conditions: ['production'],
  legalComments: 'eof',
  plugins: [minifyCssTemplates],
};

/** "N KB minified, N KB gzipped" for the bundle's code, as the build and the size check print it. */
export function bundleSize(code) {
  return `${(code.length / 1024).toFixed(1)} KB minified, ${(gzippedBytes(code) / 1024).toFixed(1)} KB gzipped`;
}

/** The bundle's size gzipped at the highest level, as a server would send it. */
export const gzippedBytes = (code) => gzipSync(code, { level: 9 }).length;
