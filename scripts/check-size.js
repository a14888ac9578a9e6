// Fails when the standalone bundle (everything inlined, minified, as dist/dateline.js) is over budget gzipped.
// `npm run size`. Builds in memory, so it needs no prior build.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { standaloneBuildOptions } from './standalone-build-options.js';

const BUDGET_BYTES = 44 * 1024;

const result = await build({ ...standaloneBuildOptions, write: false, sourcemap: false, outfile: 'dateline.js' });
const code = result.outputFiles.find((file) => file.path.endsWith('.js')).contents;
const gzipped = gzipSync(code, { level: 9 }).length;
const line = `dist/dateline.js: ${(code.length / 1024).toFixed(1)} KB minified, ${(gzipped / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_BYTES / 1024} KB)`;
if (gzipped > BUDGET_BYTES) {
  console.error(`size check failed: ${line}`);
  process.exit(1);
}
console.log(`size check passed: ${line}`);
