// Fails when the standalone bundle is over its ceiling gzipped: what every page loads (dist/dateline.js and any chunk
// it imports statically), or all of dist/'s JavaScript together (the ceilings and issue 13's goals live in
// scripts/standalone-bundle.js). `npm run size`. Builds in memory exactly what `npm run build` writes, so it needs
// no prior build, and prints each file's size as the build does.
import { buildStandalone, sizeReport } from './standalone-bundle.js';

const report = sizeReport(await buildStandalone({ sourcemap: true }));
if (report.overBudget) {
  console.error(['size check failed:', ...report.lines].join('\n'));
  process.exit(1);
}
console.log(['size check passed:', ...report.lines].join('\n'));
