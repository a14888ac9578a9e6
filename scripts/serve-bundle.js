// A local server for examples, screenshots and benchmarks: serves the repo's files and, under /dist/ (and at the
// root, so /dateline.js works too), the standalone bundle built from src/ in memory: dist/dateline.js and its
// chunks, so nothing needs building first. `pages` adds pages by path; `redirects` sends a path elsewhere (npm run
// examples sends / to /examples/); `build` overrides esbuild options of the bundle (a test builds it without
// its CSS minifier). Listens on 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { buildStandalone } from './standalone-bundle.js';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.csv': 'text/csv', '.css': 'text/css' };

export async function serveBundle({ pages = {}, redirects = {}, root = process.cwd(), port = 0, build = {} } = {}) {
  const { files } = await buildStandalone({ root, ...build });
  const bundle = new Map(files.flatMap((file) => [[`/dist/${file.path}`, file.contents], [`/${file.path}`, file.contents]]));
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
    if (bundle.has(path)) return send(200, TYPES['.js'], bundle.get(path));
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
