// `npm run screenshots`: renders the pages in screenshot-pages.js in the system Chromium (CHROME_PATH or the
// usual places, through puppeteer-core) and writes one PNG per shot to screenshots/, at device scale 1, the
// whole page where the element grows past the viewport. `npm run screenshots -- phone` renders only the shots
// whose name contains "phone"; `--serve` renders nothing and serves the pages until Ctrl+C, to look at a state
// by hand (`--port N` picks the port). Exits 1, naming the shot, when a page logs an error or its timeline
// never loads.
import { execFileSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from './find-chrome.js';
import { serveBundle } from './serve-bundle.js';
import { screenshotShots, shotIndexPage } from './screenshot-pages.js';

/** How long a page may take to fire dateline-load; 10,000 events on two busy cores need a few seconds. */
const LOAD_TIMEOUT_MS = 60_000;

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { serve: { type: 'boolean', default: false }, port: { type: 'string', default: '0' } },
});
const filter = positionals.join(' ');
const allShots = await screenshotShots();
const shots = allShots.filter((shot) => shot.name.includes(filter));
if (shots.length === 0) {
  console.error(`No shot's name contains "${filter}". The shots are:\n  ${allShots.map((shot) => shot.name).join('\n  ')}`);
  process.exit(1);
}

const pages = Object.fromEntries(shots.map((shot) => [`/${shot.name}.html`, shot.html]));
pages['/index.html'] = shotIndexPage(shots);
const server = await serveBundle({ pages, port: Number(flags.port) });

if (flags.serve) {
  console.log(`Serving the screenshot pages (Ctrl+C to stop): ${server.origin}/`);
  for (const shot of shots) console.log(`  ${server.origin}/${shot.name}.html  (${shot.width}×${shot.height}${shot.mobile ? ', touch' : ''})`);
} else {
  let failures;
  try {
    failures = await renderShots(shots);
  } catch (error) {
    console.error(`Screenshots failed: ${error.message}`);
    process.exit(1);
  } finally {
    await server.close();
  }
  if (failures.length > 0) {
    console.error(`\n${failures.length} of ${shots.length} shots failed:`);
    for (const failure of failures) console.error(`  ${failure}`);
    process.exit(1);
  }
}

/**
 * Whether some installed font covers the language, by fontconfig (Linux); undefined where fontconfig is not
 * there to ask. Without one, Chromium draws the shot's text as empty boxes.
 */
function hasFontFor(lang) {
  try {
    return execFileSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    return undefined;
  }
}

/** Renders each shot in turn; returns a message for each that failed (its old PNG, if any, is removed). */
async function renderShots(shots) {
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
  const failures = [];
  await mkdir('screenshots', { recursive: true });
  try {
    for (const shot of shots) {
      const path = `screenshots/${shot.name}.png`;
      try {
        await renderShot(browser, shot, path);
        const missingFont = hasFontFor(shot.lang) === false;
        console.log(missingFont ? `${path} (no installed font covers "${shot.lang}", so its text is drawn as boxes; on Debian, fonts-noto-cjk covers Korean)` : path);
      } catch (error) {
        await rm(path, { force: true });
        failures.push(`${shot.name}: ${error.message}`);
        console.error(`[${shot.name}] failed: ${error.message}`);
      }
    }
  } finally {
    await browser.close();
  }
  return failures;
}

/**
 * Opens the shot's page, waits for its timeline's (or list's) data (dateline-load, then updateComplete), two
 * animation frames and the pictures drawn by then, and writes the PNG. Throws on the first error the page logs or throws, on dateline-error, and when
 * the timeline never loads.
 */
async function renderShot(browser, shot, path) {
  const tab = await browser.newPage();
  try {
    let firstProblem;
    let reportProblem;
    const problem = new Promise((_, reject) => (reportProblem = reject));
    problem.catch(() => {});
    const report = (message) => {
      firstProblem ??= new Error(message);
      reportProblem(firstProblem);
    };
    tab.on('pageerror', (error) => report(`the page threw: ${error.message}`));
    tab.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location()?.url ? ` (${message.location().url})` : '';
      report(`the page logged an error: ${message.text()}${where}`);
    });
    // A shot whose data has problems on purpose shows them; any other problem fails the shot.
    await tab.exposeFunction('datelineScreenshotError', (message) => shot.problems || report(`the timeline fired dateline-error: ${message}`));
    await tab.evaluateOnNewDocument(() => {
      document.addEventListener('dateline-load', () => (window.datelineScreenshotLoaded = true), { once: true });
      document.addEventListener('dateline-error', (event) => window.datelineScreenshotError(String(event.detail?.message)));
    });
    await tab.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: 1, isMobile: shot.mobile, hasTouch: shot.mobile });

    const ready = (async () => {
      await tab.goto(`${server.origin}/${shot.name}.html`);
      try {
        await tab.waitForFunction(() => window.datelineScreenshotLoaded === true, { timeout: LOAD_TIMEOUT_MS });
      } catch (error) {
        if (error.name !== 'TimeoutError') throw error;
        throw new Error(`the timeline never loaded (no dateline-load within ${LOAD_TIMEOUT_MS / 1000} s)`, { cause: error });
      }
      await tab.evaluate(async () => {
        await document.querySelector('dateline-timeline, dateline-event-list').updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        // Pictures in the elements (a card's, thumbnails), whose chunk and files arrive after the data.
        const pictures = (root) => [...root.querySelectorAll('img'), ...[...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? pictures(element.shadowRoot) : []))];
        // Only those in view: a lazy picture below the fold never loads, and its decode() would never settle.
        const inView = (img) => {
          const box = img.getBoundingClientRect();
          return box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
        };
        await Promise.all(pictures(document).filter(inView).map((img) => img.decode().catch(() => {})));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
    })();
    ready.catch(() => {});
    await Promise.race([ready, problem]);
    if (firstProblem) throw firstProblem;
    await tab.screenshot({ path, fullPage: true });
  } finally {
    await tab.close();
  }
}
