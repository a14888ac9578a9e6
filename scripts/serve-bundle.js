// A throwaway local server for screenshots and benchmarks: serves the repo's files and, at /dateline.js,
// the standalone bundle built from src/ in memory. Listens on 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.csv': 'text/csv', '.css': 'text/css' };

export async function serveBundle({ pages = {}, root = process.cwd() } = {}) {
  const bundle = await build({
    entryPoints: [join(root, 'src/dateline.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2021',
    conditions: ['production'],
  });
  const bundleText = bundle.outputFiles[0].text;
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const send = (status, type, body) => {
      response.writeHead(status, { 'content-type': `${type}; charset=utf-8` });
      response.end(body);
    };
    if (path === '/dateline.js') return send(200, TYPES['.js'], bundleText);
    if (pages[path] !== undefined) return send(200, TYPES['.html'], pages[path]);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return send(403, 'text/plain', 'forbidden');
    try {
      send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
