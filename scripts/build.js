// Builds the npm consumers' modules (lib/: ES modules + .d.ts, dependencies external), the standalone bundle
// (dist/dateline.js, minified with everything inlined, and the chunks it loads from dist/chunks/) and
// custom-elements.json. Prints the bundle's sizes as `npm run size` does.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { buildStandalone, sizeReport } from './standalone-bundle.js';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('lib', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });

run('npx', ['tsc', '-p', 'tsconfig.build.json']);

const bundle = await buildStandalone({ write: true, sourcemap: true });

run('npx', ['custom-elements-manifest', 'analyze']);

console.log(sizeReport(bundle).lines.join('\n'));
