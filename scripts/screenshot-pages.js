// The pages `npm run screenshots` takes its pictures of: one self-contained HTML page per shot (the seed story
// in the looks a graphics desk would check, an article column, phones, dark, Korean, Arabic, synthetic crowds),
// with the viewport each is meant to be seen at. Each page draws its timeline by itself, so the same pages can
// be served for a person to look at (`npm run screenshots -- --serve`).
import { build } from 'esbuild';

const SEED = '/data/korea-russia-2024.json';

/** A page as a news site would serve it: a doctype, a viewport meta for phones, the bundle as a module. */
const htmlPage = ({ title, body, lang = 'en-GB', dir = 'ltr', style = '', dark = false, scripts = '' }) => `<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,">
<style>
body { margin: 0; font-family: system-ui, sans-serif; ${dark ? 'background: #161616; color: #ececec; color-scheme: dark;' : 'background: #ffffff; color: #1f1f1f;'} }
${style}
</style></head>
<body>
${body}
<script type="module" src="/dateline.js"></script>
${scripts}
</body></html>`;

/** The seed story in a bare page, the element at the width of the viewport and the height it chooses. */
const seedPage = ({ title, attributes, ...page }) =>
  htmlPage({ title, body: `<dateline-timeline src="${SEED}" ${attributes}></dateline-timeline>`, ...page });

/** The seed story as a news page embeds it: in a 680 px column of article text, a paragraph above and below. */
const articlePage = ({ title, attributes }) =>
  htmlPage({
    title,
    style: `article { max-width: 680px; margin: 0 auto; font: 17px/1.5 Georgia, 'DejaVu Serif', serif; }
article p { margin: 16px 0; }`,
    body: `<article>
<p>North Korea’s leader has signed a mutual defence treaty with Russia, the latest step in a relationship that
Western governments say now includes artillery shells, ballistic missiles and, by October 2024, troops.</p>
<dateline-timeline src="${SEED}" ${attributes}></dateline-timeline>
<p>Seoul says thousands of North Korean soldiers were moved to Russia’s far east for training before being sent
towards the front. Moscow and Pyongyang have not confirmed the deployment.</p>
</article>`,
  });

/**
 * Synthetic events made in the page by the test fixture's generator (bundled as `scripts/bench.js` bundles it),
 * set as the element's `events`.
 */
const syntheticPage = ({ title, count, generator }) =>
  htmlPage({
    title,
    body: `<dateline-timeline theme="light"></dateline-timeline>`,
    scripts: `<script>${generator}</script>
<script type="module">
await customElements.whenDefined('dateline-timeline');
document.querySelector('dateline-timeline').events =
  window.datelineFixtures.syntheticEvents(${count}, { seed: 1, years: 2, rangeShare: 0.2 });
</script>`,
  });

/** A test fixture as a classic script that defines `window[globalName]`. */
async function bundleFixture(entryPoint, globalName) {
  const fixture = await build({ entryPoints: [entryPoint], bundle: true, write: false, format: 'iife', globalName, target: 'es2021', minify: true });
  return fixture.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
}

/** The test fixture's generator as a classic script that defines `window.datelineFixtures`. */
const bundleGenerator = () => bundleFixture('test/fixtures/synthetic-events.ts', 'datelineFixtures');

/**
 * The seed as authors coming from TimelineJS write it (test/fixtures/authored-story.ts: a header with a credit
 * and a title image, eras, media on three events), its pictures served from this origin, set as the `events` of
 * each Dateline element in the page (`body` holds them, with their attributes).
 */
const authoredPage = ({ title, body, story, ...page }) =>
  htmlPage({
    title,
    body,
    ...page,
    scripts: `<script>${story}</script>
<script type="module">
const dataset = window.datelineStory.authoredStory(location.origin);
for (const element of document.querySelectorAll('dateline-timeline, dateline-event-list')) element.events = dataset;
</script>`,
  });

/**
 * Every shot: its file name (without .png), what it shows, its viewport (`mobile` emulates a phone's touch
 * screen), the language of its page, whether its data has problems on purpose (`problems`: the panel that lists
 * them is part of the picture, and dateline-error is expected), and the page.
 */
export async function screenshotShots() {
  const generator = await bundleGenerator();
  const story = await bundleFixture('test/fixtures/authored-story.ts', 'datelineStory');
  const authored = (body, extra = {}) => (page) => authoredPage({ ...page, body, story, ...extra });
  const shot = (name, about, width, height, page, { mobile = false, lang = 'en-GB', problems = false } = {}) => ({
    name,
    about,
    problems,
    width,
    height,
    mobile,
    lang,
    html: page({ title: `Dateline: ${about} (${width}×${height})` }),
  });
  const seed = (attributes, extra = {}) => (page) => seedPage({ ...page, attributes, ...extra });
  return [
    shot('seed-lanes-1000x600', 'the seed, lanes by actor', 1000, 600, seed('lanes="actor" theme="light"')),
    shot('seed-1000x600', 'the seed without lanes', 1000, 600, seed('theme="light"')),
    shot('seed-selected-1000x600', "the treaty's card open", 1000, 600, seed('lanes="actor" selected="treaty-signed" theme="light"')),
    shot('seed-october-1000x600', 'October 2024 only', 1000, 600, seed('lanes="actor" start="2024-10-01" end="2024-10-31" theme="light"')),
    shot('article-680x420', 'in a 680 px article column', 680, 420, (page) => articlePage({ ...page, attributes: 'lanes="actor" theme="light"' })),
    shot('seed-phone-375x800', 'a phone, vertical layout', 375, 800, seed('lanes="actor" theme="light"'), { mobile: true }),
    shot(
      'seed-phone-fixed-selected-375x600',
      "a phone, fixed 600 px height, the treaty's card open",
      375,
      600,
      seed('lanes="actor" selected="treaty-signed" theme="light" style="height:600px"'),
      { mobile: true },
    ),
    shot('seed-dark-1000x600', 'dark, on a dark page', 1000, 600, seed('lanes="actor" theme="dark"', { dark: true })),
    shot('seed-ko-1000x600', 'Korean', 1000, 600, seed('lanes="actor" theme="light"', { lang: 'ko' }), { lang: 'ko' }),
    shot('seed-ar-rtl-1000x600', 'Arabic, right to left', 1000, 600, seed('lanes="actor" theme="light"', { lang: 'ar', dir: 'rtl' }), {
      lang: 'ar',
    }),
    shot('seed-pseudo-selected-1000x600', 'the pseudo-locale (every interface phrase 40% longer), a card open', 1000, 600, seed('lanes="actor" selected="donetsk-strike" theme="light" locale="en-XA"')),
    shot('seed-he-rtl-phone-375x800', 'Hebrew, right to left, on a phone', 375, 800, seed('lanes="actor" theme="light"', { lang: 'he', dir: 'rtl' }), { mobile: true, lang: 'he' }),
    shot(
      'authored-media-card-1000x700',
      "what authors write: the header, eras, and the treaty's card with its picture",
      1000,
      700,
      authored('<dateline-timeline lanes="actor" selected="treaty-signed" theme="light"></dateline-timeline>'),
    ),
    shot(
      'authored-video-card-1000x700',
      "the arrival's card: a YouTube video behind its button, thumbnails beside labels",
      1000,
      700,
      authored('<dateline-timeline lanes="actor" selected="putin-arrives" thumbnails start="2024-06-17" end="2024-06-21" theme="light"></dateline-timeline>'),
    ),
    shot('authored-eras-dark-1000x600', 'eras and the header, dark', 1000, 600, authored('<dateline-timeline theme="dark" header="none"></dateline-timeline>', { dark: true })),
    shot(
      'authored-phone-375x800',
      'a phone: the header, eras beside the spine',
      375,
      800,
      authored('<dateline-timeline lanes="actor" theme="light"></dateline-timeline>'),
      { mobile: true },
    ),
    shot(
      'authored-list-800x900',
      "the list: the header, eras as headings, the treaty's details with its picture",
      800,
      900,
      authored('<dateline-event-list selected="treaty-signed" theme="light"></dateline-event-list>'),
    ),
    shot('timelinejs-1000x600', 'a TimelineJS story as its author wrote it (BC years, eras, groups, a title slide)', 1000, 600, (page) =>
      htmlPage({ ...page, body: '<dateline-timeline src="/test/fixtures/timelinejs/full-story.json" theme="light"></dateline-timeline>' }),
      { problems: true },
    ),
    shot('synthetic-1000-1200x700', '1,000 synthetic events', 1200, 700, (page) => syntheticPage({ ...page, count: 1000, generator })),
    shot('synthetic-10000-1200x700', '10,000 synthetic events', 1200, 700, (page) => syntheticPage({ ...page, count: 10000, generator })),
  ];
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The page at / while serving: a link to each shot with the viewport to look at it in. */
export const shotIndexPage = (shots) =>
  htmlPage({
    title: 'Dateline screenshots',
    style: 'body { padding: 16px 24px; } li { margin: 4px 0; }',
    body: `<h1>Dateline screenshots</h1>
<p>Each page as <code>npm run screenshots</code> renders it. Set the browser's window (or its device toolbar) to the size given.</p>
<ul>
${shots.map((shot) => `<li><a href="/${shot.name}.html">${shot.name}</a>: ${escapeHtml(shot.about)}, ${shot.width}×${shot.height}${shot.mobile ? ', touch' : ''}</li>`).join('\n')}
</ul>`,
  });
