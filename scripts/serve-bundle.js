// A local server for examples, screenshots and benchmarks: serves the repo's files and, at /dateline.js and
// /dist/dateline.js, the standalone bundle built from src/ in memory (so nothing needs building first).
// `pages` adds pages by path; `redirects` sends a path elsewhere (npm run examples sends / to /examples/).
// Listens on 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { standaloneBuildOptions } from './standalone-build-options.js';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.csv': 'text/csv', '.css': 'text/css' };

export async function serveBundle({ pages = {}, redirects = {}, root = process.cwd(), port = 0 } = {}) {
  const bundle = await build({ ...standaloneBuildOptions, entryPoints: [join(root, 'src/dateline.ts')], write: false, outfile: 'dateline.js' });
  const bundleText = bundle.outputFiles.find((file) => file.path.endsWith('.js')).text;
  const server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (redirects[path] !== undefined) {
      response.writeHead(302, { location: redirects[path] });
      return response.end();
    }
    if (path.endsWith('/')) path += 'index.html';
    const send = (status, type, body) => {
      response.writeHead(status, { 'content-type': `${type}; charset=utf-8` });
      response.end(body);
    };
    if (path === '/dateline.js' || path === '/dist/dateline.js') return send(200, TYPES['.js'], bundleText);
    if (pages[path] !== undefined) return send(200, TYPES['.html'], pages[path]);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return send(403, 'text/plain', 'forbidden');
    try {
      send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
