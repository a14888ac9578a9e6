// Builds the npm consumers' modules (lib/: ES modules + .d.ts, dependencies external), the standalone
// bundle (dist/dateline.js: one minified ES module, everything inlined) and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { rmSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { bundleSize, standaloneBuildOptions } from './standalone-build-options.js';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('lib', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });

run('npx', ['tsc', '-p', 'tsconfig.build.json']);

await build({ ...standaloneBuildOptions, outfile: 'dist/dateline.js', sourcemap: true });

run('npx', ['custom-elements-manifest', 'analyze']);

console.log(`dist/dateline.js: ${bundleSize(readFileSync('dist/dateline.js'))}`);
