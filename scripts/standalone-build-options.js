/** esbuild options for dist/dateline.js: one minified ES module, every dependency inlined, Lit in production mode. */
export const standaloneBuildOptions = {
  entryPoints: ['src/dateline.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2021',
  conditions: ['production'],
  legalComments: 'eof',
};
