// `npm run archive`: a ten-year synthetic wire archive (a million items, by desk and country) written by
// DuckDB into Parquet (once, in the system's temporary folder; --fresh writes it again), served by the
// package's own server (`dateline serve`) on 127.0.0.1:8787, and examples/archive.html served on
// 127.0.0.1:8080 with the bundle built from src/. Prints the page's URL; runs until Ctrl+C.
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '../server/serve-command.js';
import { serveBundle } from './serve-bundle.js';
import { writeSyntheticArchive } from './synthetic-archive.js';

const ARCHIVE_PORT = 8787; // examples/archive.html asks this port
const PAGE_PORT = Number(process.env.PORT ?? 8080);

const { values } = parseArgs({ options: { fresh: { type: 'boolean', default: false }, events: { type: 'string', default: '1000000' } } });
const folder = join(tmpdir(), 'dateline-archive');
const file = join(folder, `wire-2015-2024-${values.events}.parquet`);
mkdirSync(folder, { recursive: true });
if (values.fresh || !existsSync(file)) {
  console.log(`Writing ${Number(values.events).toLocaleString('en')} wire items over ten years with DuckDB into ${file} …`);
  const { ms, bytes } = await writeSyntheticArchive(file, { count: Number(values.events), years: 10, from: '2015-01-01' });
  console.log(`  ${(ms / 1000).toFixed(1)} s, ${(bytes / 1e6).toFixed(1)} MB`);
}
const page = await serveBundle({ port: PAGE_PORT });
const origins = [`http://127.0.0.1:${PAGE_PORT}`, `http://localhost:${PAGE_PORT}`].join(',');
const archive = await serve([file, '--port', String(ARCHIVE_PORT), '--allow-origin', origins, '--title', 'Wire archive, 2015 to 2024']);
console.log(`\nOpen ${page.origin}/examples/archive.html (Ctrl+C stops both servers)`);
process.once('SIGINT', () => {
  archive.server.close();
  page.close().then(() => process.exit(0));
});
