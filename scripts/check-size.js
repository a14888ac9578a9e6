// Fails when the standalone bundle (everything inlined, minified, as dist/dateline.js) is over budget gzipped.
// `npm run size`. Builds in memory exactly what `npm run build` writes, so it needs no prior build.
import { build } from 'esbuild';
import { bundleSize, gzippedBytes, standaloneBuildOptions } from './standalone-build-options.js';

const BUDGET_BYTES = 44 * 1024;

const result = await build({ ...standaloneBuildOptions, write: false, sourcemap: true, outfile: 'dist/dateline.js' });
const code = result.outputFiles.find((file) => file.path.endsWith('.js')).contents;
const line = `dist/dateline.js: ${bundleSize(code)} (budget ${BUDGET_BYTES / 1024} KB)`;
if (gzippedBytes(code) > BUDGET_BYTES) {
  console.error(`size check failed: ${line}`);
  process.exit(1);
}
console.log(`size check passed: ${line}`);
