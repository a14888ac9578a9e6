// The reader's display preferences, emulated in the system Chromium over the DevTools protocol:
// `prefers-reduced-motion: reduce` (nothing moves) and `forced-colors: active` (Windows high contrast: marks,
// selection and focus stay visible in system colours, and each status keeps its shape and fill, in a light and a
// dark system palette). Run with `node --test test/node/` (part of `npm test`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.js';
import { serveBundle } from '../../scripts/serve-bundle.js';

let server;
let browser;

const page = (dataset) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Display preferences</title></head>
  <body>
    <dateline-timeline lanes="actor" locale="en-GB" selected="donetsk-strike" style="width: 1000px; height: 600px"></dateline-timeline>
    <dateline-event-list locale="en-GB" selected="treaty-signed"></dateline-event-list>
    <script type="module" src="/dateline.js"></script>
    <script type="module">
      const dataset = ${JSON.stringify(dataset)};
      document.querySelector('dateline-timeline').events = dataset;
      document.querySelector('dateline-event-list').events = dataset;
    </script>
  </body>
</html>`;

const STATUSES = ['confirmed', 'reported', 'alleged', 'disputed', 'expected'];

/** One point event per status (the seed has no disputed one), the timeline with its legend, a card for each, the list. */
const statusesPage = () => {
  const events = STATUSES.map((status, index) => ({ id: `point-${status}`, title: `A ${status} claim`, start: `2024-0${2 + index}-10`, status }));
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Statuses</title></head>
  <body>
    <dateline-timeline locale="en-GB" orientation="horizontal" selected="point-alleged" style="width: 1000px; height: 300px"></dateline-timeline>
    ${STATUSES.map((status) => `<dateline-event-card locale="en-GB" data-status="${status}"></dateline-event-card>`).join('')}
    <dateline-event-list locale="en-GB"></dateline-event-list>
    <script type="module" src="/dateline.js"></script>
    <script type="module">
      const events = ${JSON.stringify(events)};
      document.querySelector('dateline-timeline').events = events;
      document.querySelector('dateline-event-list').events = events;
      for (const card of document.querySelectorAll('dateline-event-card')) card.event = events.find((event) => event.status === card.dataset.status);
    </script>
  </body>
</html>`;
};

/**
 * 1,000 point events over two years in five lanes, every status among them: a crowd of small marks on the
 * timeline's canvas. The list (empty) is there for openPage's wait.
 */
const crowdPage = () => {
  const events = Array.from({ length: 1000 }, (_, index) => {
    const day = new Date(Date.UTC(2023, 0, 1) + ((index * 7919) % 730) * 86_400_000).toISOString().slice(0, 10);
    return { id: `e${index}`, title: `Event ${index}`, start: day, status: STATUSES[index % STATUSES.length], actors: [`Actor ${Math.floor(index / 200)}`] };
  });
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>A crowd</title></head>
  <body>
    <dateline-timeline lanes="actor" locale="en-GB" selected="e0" style="width: 1200px; height: 700px"></dateline-timeline>
    <dateline-event-list locale="en-GB" selected="e0"></dateline-event-list>
    <script type="module" src="/dateline.js"></script>
    <script type="module">
      const events = ${JSON.stringify(events)};
      document.querySelector('dateline-timeline').events = events;
      document.querySelector('dateline-event-list').events = events.slice(0, 1);
    </script>
  </body>
</html>`;
};

before(async () => {
  const seed = JSON.parse(await readFile(new URL('../../data/korea-russia-2024.json', import.meta.url), 'utf8'));
  server = await serveBundle({ pages: { '/seed.html': page(seed), '/statuses.html': statusesPage(), '/crowd.html': crowdPage() } });
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The page with the given media features emulated, its timeline, card and list drawn. */
async function openPage(features, path = '/seed.html') {
  const tab = await browser.newPage();
  await tab.emulateMediaFeatures(features);
  await tab.setViewport({ width: 1200, height: 900 });
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await tab.waitForFunction(
    () =>
      document.querySelector('dateline-timeline')?.shadowRoot?.querySelector('dateline-event-card')?.shadowRoot?.querySelector('[part="title"]') &&
      document.querySelector('dateline-event-list')?.shadowRoot?.querySelector('.glyph'),
    { timeout: 15000 },
  );
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return tab;
}

/** In the page: every element of the three elements' shadow roots (timeline, its card, the list). */
const everyShadowElement = () => {
  const collect = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? collect(element.shadowRoot) : [])]);
  return [...document.querySelectorAll('dateline-timeline, dateline-event-list')].flatMap((host) => collect(host.shadowRoot));
};

/** In the page: what moves, as "<tag.class>: transition … / animation …" lines. */
async function movingParts(tab) {
  return tab.evaluate((collectSource) => {
    const everyElement = new Function(`return (${collectSource})()`);
    const seconds = (list) => list.split(',').some((value) => parseFloat(value) > 0);
    return everyElement()
      .filter((element) => {
        const style = getComputedStyle(element);
        return seconds(style.transitionDuration) || (style.animationName !== 'none' && seconds(style.animationDuration));
      })
      .map((element) => `${element.localName}.${[...element.classList].join('.')}: transition ${getComputedStyle(element).transitionDuration}`);
  }, everyShadowElement.toString());
}

describe('prefers-reduced-motion', () => {
  it('with no preference, the marks fade their colour (so the check below can fail)', async () => {
    const tab = await openPage([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    assert.ok((await movingParts(tab)).length > 0, 'some transition exists when motion is welcome');
    await tab.close();
  });

  it('with reduce, nothing in the timeline, the card or the list has a transition or an animation', async () => {
    const tab = await openPage([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    assert.deepEqual(await movingParts(tab), []);
    await tab.close();
  });
});

describe('forced-colors: active', () => {
  it('marks, the selection, focus and status glyphs are drawn in system colours, visible on the system background', async () => {
    const tab = await openPage([{ name: 'forced-colors', value: 'active' }]);
    const found = await tab.evaluate(() => {
      // The system colours as this browser resolves them.
      const probe = document.createElement('div');
      probe.style.cssText = 'color: CanvasText; background-color: Canvas; outline: 1px solid Highlight; border: 1px solid HighlightText';
      document.body.append(probe);
      const probeStyle = getComputedStyle(probe);
      const system = { CanvasText: probeStyle.color, Canvas: probeStyle.backgroundColor, Highlight: probeStyle.outlineColor, HighlightText: probeStyle.borderTopColor };
      probe.remove();

      const timeline = document.querySelector('dateline-timeline').shadowRoot;
      const marks = [...timeline.querySelectorAll('button.event .mark')].map((mark) => {
        const style = getComputedStyle(mark);
        const status = [...mark.closest('button.event').classList].find((name) => name.startsWith('status-')) ?? 'status-none';
        return { status, border: style.borderTopColor, borderStyle: style.borderTopStyle, background: style.backgroundColor, image: style.backgroundImage };
      });
      const selectedLabelStyle = getComputedStyle(timeline.querySelector('button.event[aria-current="true"] .label'));
      const selectedLabel = { color: selectedLabelStyle.color, background: selectedLabelStyle.backgroundColor, decoration: selectedLabelStyle.textDecorationLine };
      const ringStyle = getComputedStyle(timeline.querySelector('button.event[aria-current="true"] .mark'));
      const selectedRing = { color: ringStyle.outlineColor, style: ringStyle.outlineStyle, width: ringStyle.outlineWidth };
      const focusable = timeline.querySelector('button.event[tabindex="0"]');
      focusable.focus({ focusVisible: true });
      const focus = getComputedStyle(focusable);
      const card = timeline.querySelector('dateline-event-card').shadowRoot;
      const list = document.querySelector('dateline-event-list').shadowRoot;
      const glyphs = [...card.querySelectorAll('.glyph'), ...list.querySelectorAll('.glyph')].map((glyph) => getComputedStyle(glyph).borderTopColor);
      return { system, marks, selectedLabel, selectedRing, focus: { color: focus.outlineColor, style: focus.outlineStyle, width: focus.outlineWidth }, glyphs };
    });

    const { system } = found;
    assert.notEqual(system.CanvasText, system.Canvas, 'the system text and background colours differ');
    assert.ok(found.marks.length >= 10, `event marks drawn (${found.marks.length})`);
    for (const mark of found.marks) {
      // Every mark keeps an outline in the system text colour; confirmed ones are filled with it too.
      assert.equal(mark.border, system.CanvasText, `a ${mark.status} mark's outline is CanvasText: ${JSON.stringify(mark)}`);
      assert.notEqual(mark.borderStyle, 'none', `a ${mark.status} mark has an outline`);
      if (mark.status === 'status-confirmed') assert.equal(mark.background, system.CanvasText, 'a confirmed mark is filled with CanvasText');
    }
    // The selected event is drawn as the system draws a selected item: its label on Highlight, its mark ringed in it.
    assert.deepEqual(found.selectedLabel, { color: system.HighlightText, background: system.Highlight, decoration: 'none' }, 'the selected label is HighlightText on Highlight');
    assert.equal(found.selectedRing.color, system.Highlight, 'the selected mark is ringed in Highlight');
    assert.notEqual(found.selectedRing.style, 'none');
    assert.ok(parseFloat(found.selectedRing.width) >= 2, `the selection ring is at least 2 px (${found.selectedRing.width})`);
    assert.equal(found.focus.color, system.Highlight, 'focus is a Highlight outline');
    assert.notEqual(found.focus.style, 'none');
    assert.ok(parseFloat(found.focus.width) >= 2, `the focus outline is at least 2 px (${found.focus.width})`);
    assert.ok(found.glyphs.length >= 2, 'the card and the list draw status glyphs');
    for (const color of found.glyphs) assert.equal(color, system.CanvasText, 'status glyphs are outlined in CanvasText');
    await tab.close();
  });
});

/** In the page: a status mark's shape and fill without its colour, and the colours it is drawn in. */
const encodingOf = (mark) => {
  const style = getComputedStyle(mark);
  const ink = style.borderTopColor;
  const image = style.backgroundImage;
  const fill = image !== 'none' ? (/^linear-gradient\(/.test(image) && image.includes(ink) && (image.match(/ 50%/g) ?? []).length === 2 ? 'half' : `pattern ${image}`) : style.backgroundColor === ink ? 'solid' : 'hollow';
  return { fill, ring: style.borderTopStyle, ink, hollow: style.backgroundColor };
};

const DESIGN = {
  confirmed: { fill: 'solid', ring: 'solid' },
  reported: { fill: 'hollow', ring: 'solid' },
  alleged: { fill: 'half', ring: 'solid' },
  disputed: { fill: 'half', ring: 'dashed' },
  expected: { fill: 'hollow', ring: 'dashed' },
};

describe('forced-colors: active, every status', () => {
  for (const scheme of ['light', 'dark']) {
    it(`in a ${scheme} system palette, the point, the legend, the card and the list draw each status in its own shape and fill, in CanvasText on Canvas`, async () => {
      const tab = await openPage(
        [
          { name: 'forced-colors', value: 'active' },
          { name: 'prefers-color-scheme', value: scheme },
        ],
        '/statuses.html',
      );
      await tab.waitForFunction(() => [...document.querySelectorAll('dateline-event-card')].every((card) => card.shadowRoot?.querySelector('.glyph')), { timeout: 15000 });
      const found = await tab.evaluate(
        (statuses, encodingSource) => {
          const encodingOf = new Function(`return (${encodingSource})`)();
          const probe = document.createElement('div');
          probe.style.cssText = 'color: CanvasText; background-color: Canvas';
          document.body.append(probe);
          const system = { CanvasText: getComputedStyle(probe).color, Canvas: getComputedStyle(probe).backgroundColor };
          probe.remove();
          const timeline = document.querySelector('dateline-timeline').shadowRoot;
          const list = document.querySelector('dateline-event-list').shadowRoot;
          const marks = statuses.map((status) => {
            const card = document.querySelector(`dateline-event-card[data-status="${status}"]`).shadowRoot;
            const places = {
              point: timeline.querySelector(`.event.status-${status} .mark.point`),
              legend: timeline.querySelector(`.legend .status-${status} .mark`),
              card: card.querySelector(`.glyph-${status}`),
              list: list.querySelector(`.glyph-${status}`),
            };
            return { status, places: Object.fromEntries(Object.entries(places).map(([where, mark]) => [where, mark ? encodingOf(mark) : null])) };
          });
          return { system, marks };
        },
        STATUSES,
        encodingOf.toString(),
      );
      const { system } = found;
      assert.notEqual(system.CanvasText, system.Canvas);
      const looks = new Set();
      for (const { status, places } of found.marks) {
        for (const [where, encoding] of Object.entries(places)) {
          assert.ok(encoding, `the ${where} draws a ${status} mark`);
          assert.deepEqual({ fill: encoding.fill, ring: encoding.ring }, DESIGN[status], `the ${status} mark of the ${where}`);
          assert.equal(encoding.ink, system.CanvasText, `the ${status} mark of the ${where} is drawn in CanvasText`);
          // A hollow part shows the system background, never the page's own (a white dot on a black system canvas reads as filled).
          if (encoding.fill !== 'solid') assert.equal(encoding.hollow, system.Canvas, `the hollow of the ${status} mark of the ${where} is Canvas`);
        }
        looks.add(JSON.stringify(DESIGN[status]));
      }
      assert.equal(looks.size, STATUSES.length, 'the five statuses look different');
      await tab.close();
    });
  }
});

describe('forced-colors: active, a crowd', () => {
  it('the canvas of a crowd\'s small marks paints in CanvasText and Canvas only', async () => {
    const tab = await openPage([{ name: 'forced-colors', value: 'active' }], '/crowd.html');
    const found = await tab.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.cssText = 'color: CanvasText; background-color: Canvas';
      document.body.append(probe);
      const rgb = (value) => value.match(/\d+/g).slice(0, 3).join(',');
      const system = { CanvasText: rgb(getComputedStyle(probe).color), Canvas: rgb(getComputedStyle(probe).backgroundColor) };
      probe.remove();
      const canvas = document.querySelector('dateline-timeline').shadowRoot.querySelector('canvas.crowd');
      if (!canvas) return { system, marks: 0, colours: [] };
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Map();
      // Every fully opaque pixel (edges that blend with the transparent canvas are not opaque).
      for (let index = 0; index < data.length; index += 4) {
        if (data[index + 3] !== 255) continue;
        const colour = `${data[index]},${data[index + 1]},${data[index + 2]}`;
        colours.set(colour, (colours.get(colour) ?? 0) + 1);
      }
      return { system, marks: Number(canvas.dataset.marks), colours: [...colours] };
    });
    assert.ok(found.marks >= 100, `a crowd of small marks is painted (${found.marks})`);
    assert.notEqual(found.system.CanvasText, found.system.Canvas);
    const painted = new Map(found.colours);
    assert.ok((painted.get(found.system.CanvasText) ?? 0) > 0, `the marks are painted in CanvasText (${found.system.CanvasText})`);
    // Where a ring's edge covers part of a pixel, the pixel blends CanvasText into Canvas: every painted colour is
    // one of the two or lies between them, channel by channel in the same proportion.
    const [ink, ground] = [found.system.CanvasText, found.system.Canvas].map((colour) => colour.split(',').map(Number));
    const isBlend = (colour) => {
      const channels = colour.split(',').map(Number);
      const shares = channels.map((value, channel) => (ink[channel] === ground[channel] ? undefined : (value - ground[channel]) / (ink[channel] - ground[channel])));
      const known = shares.filter((share) => share !== undefined);
      return channels.every((value, channel) => shares[channel] !== undefined || Math.abs(value - ink[channel]) <= 1) && known.every((share) => share >= -0.01 && share <= 1.01 && Math.abs(share - known[0]) <= 0.02);
    };
    const others = found.colours.filter(([colour]) => !isBlend(colour));
    assert.deepEqual(others, [], 'no colour but CanvasText, Canvas and blends of the two is painted');
    await tab.close();
  });
});
