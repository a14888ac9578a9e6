// Renders the seed timeline in the looks a graphics desk would check and writes PNGs to screenshots/:
// `npm run screenshots`. Uses the system Chromium (CHROME_PATH or the usual places) through puppeteer-core.
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from './find-chrome.js';
import { serveBundle } from './serve-bundle.js';

const page = ({ attributes = '', background = '#ffffff', lang = 'en-GB', dir = 'ltr' }) => `<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>Dateline</title><link rel="icon" href="data:,">
<style>body { margin: 0; padding: 0; background: ${background}; font-family: system-ui, sans-serif; }
dateline-timeline { height: 100vh; }</style></head>
<body><dateline-timeline src="/data/korea-russia-2024.json" ${attributes}></dateline-timeline>
<script type="module" src="/dateline.js"></script></body></html>`;

const shots = [
  { name: 'seed-lanes-1000x600', width: 1000, height: 600, html: page({ attributes: 'lanes="actor" theme="light"' }) },
  { name: 'seed-1000x600', width: 1000, height: 600, html: page({ attributes: 'theme="light"' }) },
  { name: 'seed-october-1000x600', width: 1000, height: 600, html: page({ attributes: 'lanes="actor" start="2024-10-01" end="2024-10-12" theme="light"' }) },
  { name: 'seed-selected-1000x600', width: 1000, height: 600, html: page({ attributes: 'lanes="actor" selected="treaty-signed" theme="light"' }) },
  { name: 'seed-dark-1000x600', width: 1000, height: 600, html: page({ attributes: 'lanes="actor" theme="dark"', background: '#161616' }) },
  { name: 'seed-ko-1000x600', width: 1000, height: 600, html: page({ attributes: 'lanes="actor" theme="light"', lang: 'ko' }) },
  { name: 'seed-ar-rtl-1000x600', width: 1000, height: 600, html: page({ attributes: 'lanes="actor" theme="light"', lang: 'ar', dir: 'rtl' }) },
  { name: 'seed-phone-375x800', width: 375, height: 800, html: page({ attributes: 'lanes="actor" theme="light"' }) },
];

const pages = Object.fromEntries(shots.map((shot) => [`/${shot.name}.html`, shot.html]));
const server = await serveBundle({ pages });
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
await mkdir('screenshots', { recursive: true });
try {
  for (const shot of shots) {
    const tab = await browser.newPage();
    tab.on('console', (message) => message.type() === 'error' && console.error(`[${shot.name}] ${message.text()}`));
    tab.on('pageerror', (error) => console.error(`[${shot.name}] ${error.message}`));
    await tab.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: 1 });
    const loaded = tab.evaluateOnNewDocument(() =>
      document.addEventListener('dateline-load', () => (window.__datelineLoaded = true), { once: true }),
    );
    await loaded;
    await tab.goto(`${server.origin}/${shot.name}.html`);
    await tab.waitForFunction(() => window.__datelineLoaded === true);
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await tab.screenshot({ path: `screenshots/${shot.name}.png`, fullPage: true });
    console.log(`screenshots/${shot.name}.png`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
