// Fails when the standalone bundle is over budget gzipped: what every page loads (dist/dateline.js and the chunks
// it imports statically) over 48 KB, or all of dist/'s JavaScript together over 75 KB (scripts/standalone-build-
// options.js holds the budgets). `npm run size`. Builds in memory exactly what `npm run build` writes, so it needs
// no prior build, and prints each file's size as the build does.
import { buildStandalone, sizeReport } from './standalone-build-options.js';

const report = sizeReport(await buildStandalone({ sourcemap: true }));
if (report.overBudget) {
  console.error(['size check failed:', ...report.lines].join('\n'));
  process.exit(1);
}
console.log(['size check passed:', ...report.lines].join('\n'));
