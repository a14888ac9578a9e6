import { readFile } from 'node:fs/promises';

/**
 * Minifies the CSS inside Lit's css`…` templates, which esbuild leaves as written: comments go, white space
 * shrinks to what CSS needs. Quoted strings and `${…}` interpolations are copied as they are.
 */
export function minifyCssTemplate(css) {
  let out = '';
  let index = 0;
  while (index < css.length) {
    const char = css[index];
    if (char === '"' || char === "'") {
      const close = css.indexOf(char, index + 1);
      const end = close === -1 ? css.length : close + 1;
      out += css.slice(index, end);
      index = end;
    } else if (char === '$' && css[index + 1] === '{') {
      const end = css.indexOf('}', index) + 1;
      out += css.slice(index, end);
      index = end;
    } else if (css.startsWith('/*', index)) {
      const close = css.indexOf('*/', index + 2);
      index = close === -1 ? css.length : close + 2;
    } else if (/\s/.test(char)) {
      while (index < css.length && /\s/.test(css[index])) index++;
      // A space is kept only between two things that would otherwise run together.
      const before = out.at(-1);
      const after = css[index];
      if (before !== undefined && after !== undefined && !'{};,'.includes(before) && !'{};,'.includes(after)) out += ' ';
    } else {
      out += char;
      index++;
    }
  }
  return out;
}

const cssTemplates = {
  name: 'minify-css-templates',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('css`')) return undefined;
      return { contents: source.replace(/\bcss`([^`]*)`/g, (_, css) => `css\`${minifyCssTemplate(css)}\``), loader: 'ts' };
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
  plugins: [cssTemplates],
};
