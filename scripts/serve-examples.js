// `npm run examples`: serves the example pages, with dist/dateline.js built fresh from src/, until stopped.
import { serveBundle } from './serve-bundle.js';

const port = Number(process.env.PORT ?? 8080);
const server = await serveBundle({ port, redirects: { '/': '/examples/' } });
console.log(`Dateline examples: ${server.origin}/ (the pages in examples/; Ctrl+C to stop)`);
