// `npm run examples`: serves the example pages, with dist/dateline.js built fresh from src/, until stopped.
import { serveBundle } from './serve-bundle.js';

const port = Number(process.env.PORT ?? 8080);
const server = await serveBundle({ port });
console.log(`Dateline examples: ${server.origin}/examples/  (Ctrl+C to stop)`);
