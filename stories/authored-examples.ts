/**
 * What authors write beyond dates and titles, for the stories of all three elements: the seed with a header,
 * eras and media (test/fixtures/authored-story.ts), the same with a picture on more events (for thumbnails),
 * summaries in simple HTML (and a hostile one), and a short story in TimelineJS JSON. Pictures are served by
 * Storybook from this origin (test/fixtures/media/, see .storybook/main.ts); the one video is a YouTube page,
 * which nothing loads until the reader presses its button. No other host is ever asked for anything.
 */
import { authoredStory, pictureUrl, STORY_ERAS, thumbnailUrl, VIDEO_URL } from '../test/fixtures/authored-story.js';
import { koreaRussia2024 } from '../src/data/korea-russia-2024.js';
import type { TimelineDataset, TimelineEvent, TimelineMedia } from '../src/model/schema.js';

/** Where Storybook (and the story test's server) serves the repository's files, the pictures among them. */
const origin = location.origin;

/** The seed as authors write it: title, dek, "Updated", credit line, a title picture, eras and media. */
export const authoredDataset: TimelineDataset = authoredStory(origin);

/** An event of the authored story, by id. */
export function authoredEvent(id: string): TimelineEvent {
  const event = authoredDataset.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`The authored story has no event "${id}"`);
  return event;
}

/** The stand-in picture, as media of an event: its 48 px thumbnail given, or left for the picture itself to stand in. */
const standInPicture = (caption: string, withThumbnail: boolean): TimelineMedia => ({
  url: pictureUrl(origin),
  alt: 'A stone wall runs along a green ridge under a low sun.',
  caption,
  credit: 'Illustration: Dateline test fixtures',
  ...(withThumbnail ? { thumbnail: thumbnailUrl(origin) } : {}),
});

/** The events of 2024 that get a picture in `picturedDataset`: true when its media names a thumbnail of its own. */
const PICTURED: Record<string, boolean> = {
  'constitution-request': true,
  'putin-visit-2024': false,
  'donetsk-strike': true,
  'spa-session': false,
  'border-links-cut': true,
  'kremlin-denial': false,
};

/** The authored story with a picture on six more events of 2024, half with a thumbnail of their own. */
export const picturedDataset: TimelineDataset = {
  ...authoredDataset,
  events: authoredDataset.events.map((event) =>
    event.id in PICTURED ? { ...event, media: standInPicture(`A stand-in picture for “${event.title}”.`, PICTURED[event.id]!) } : event,
  ),
};

/** The seed's events under the authored story's eras (one that ended before the first event's decade was out, two that go on), without a header. */
export const seedWithEras: TimelineDataset = {
  title: koreaRussia2024.title,
  eras: STORY_ERAS,
  events: koreaRussia2024.events,
};

// --- Rich text -----------------------------------------------------------------------------------------

/**
 * What an attacker (or a careless paste) might put in a summary: a script, an image with a handler, a
 * `javascript:` link, a link with a handler and a style, a frame, a style sheet and a form. Parsed inertly by the
 * sanitiser, so nothing in it is ever fetched or run.
 */
export const HOSTILE_SUMMARY =
  '<p onmouseover="alert(\'paragraph\')">Only the text survives: this paragraph, the list, one http link, and the word on the form’s button.</p>' +
  '<script>alert("script")</script>' +
  '<img src="hostile.png" onerror="alert(\'image\')">' +
  '<ul><li><a href="javascript:alert(\'link\')">A javascript: link, shown as text</a></li>' +
  '<li><a href="https://example.com/" onclick="alert(\'click\')" style="font-size:40px;color:red">An http link, its handler and style dropped</a></li></ul>' +
  '<iframe src="https://example.com/"></iframe>' +
  '<style>:host { display: none }</style>' +
  '<form action="https://example.com/"><input name="password"><button>Send</button></form>';

/** Summaries in the simple HTML authors write: links, emphasis, lists, quotes; one hostile; one plain text with angle brackets. */
export const richTextEvents: TimelineEvent[] = [
  {
    id: 'treaty-text',
    title: 'North Korea publishes the treaty’s full text',
    start: '2024-06-20',
    status: 'confirmed',
    actors: ['North Korea', 'Russia'],
    category: 'diplomacy',
    summary:
      '<p><abbr title="Korean Central News Agency">KCNA</abbr> publishes the <strong>full text</strong> of the treaty a day after it is signed ' +
      '(<a href="https://example.com/treaty-text">read it</a>). Two articles draw the most attention:</p>' +
      '<ul><li>Article 4: <em>military and other assistance</em> if either side is at war after an armed invasion;</li>' +
      '<li>Article 8: mechanisms for joint measures to strengthen defence capabilities.</li></ul>' +
      '<blockquote>“… the other party shall provide military and other assistance with all means in its possession without delay …”</blockquote>',
    sources: [{ name: 'Example source', url: 'https://example.com/treaty-text' }],
  },
  {
    id: 'hostile-html',
    title: 'A summary pasted with hostile HTML',
    start: '2024-06-24',
    status: 'reported',
    actors: ['Example desk'],
    summary: HOSTILE_SUMMARY,
  },
  {
    id: 'entities',
    title: 'Character references & a credit line',
    start: '2024-06-27',
    actors: ['Example desk'],
    summary: 'Seoul &amp; Tokyo respond; written with <em>character references</em> (&ldquo;&amp;&rdquo;) and <q>an inline quotation</q>.',
  },
  {
    id: 'angle-brackets',
    title: 'Plain text with angle brackets',
    start: '2024-06-29',
    actors: ['Example desk'],
    summary: 'Shells of calibre < 152 mm and > 122 mm: no tag here, so the text is shown exactly as written, <Ctrl> included.',
  },
];

export function richTextEvent(id: string): TimelineEvent {
  const event = richTextEvents.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`The rich-text examples have no event "${id}"`);
  return event;
}

// --- TimelineJS ----------------------------------------------------------------------------------------

/** The parts of TimelineJS3 JSON the story uses (its slides' full shape is in src/model/from-timelinejs.ts). */
interface TimelineJSDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}
interface TimelineJSSlide {
  unique_id?: string;
  start_date: TimelineJSDate;
  end_date?: TimelineJSDate;
  display_date?: string;
  text?: { headline?: string; text?: string };
  media?: { url: string; caption?: string; credit?: string; alt?: string };
  group?: string;
}
export interface TimelineJSStory {
  title?: Omit<TimelineJSSlide, 'start_date'>;
  eras?: { start_date: TimelineJSDate; end_date?: TimelineJSDate; text: { headline: string } }[];
  events: TimelineJSSlide[];
  scale?: 'human' | 'cosmological';
}

/**
 * A short TimelineJS3 story (the divided peninsula, 1945–2018) as it would come from TimelineJS's editor: a
 * title slide with HTML in its headline and text and a picture, eras (one that goes on), groups, a display
 * date, a picture on a slide and a YouTube video on another.
 */
export const timelineJSStory: TimelineJSStory = {
  title: {
    text: {
      headline: 'Korea, divided &amp; <em>still at war</em>',
      text: '<p>From liberation to the summits, as a TimelineJS story read by Dateline. Written by <a href="https://example.com/desk">the history desk</a>.</p>',
    },
    media: {
      url: pictureUrl(origin),
      alt: 'A stone wall runs along a green ridge under a low sun.',
      caption: 'A stand-in picture from Dateline’s test fixtures.',
      credit: 'Illustration: <em>Dateline</em>',
    },
  },
  eras: [
    { start_date: { year: 1950, month: 6, day: 25 }, end_date: { year: 1953, month: 7, day: 27 }, text: { headline: 'Korean War' } },
    { start_date: { year: 1998 }, end_date: { year: 2008 }, text: { headline: 'Sunshine Policy' } },
    { start_date: { year: 2011, month: 12 }, text: { headline: 'Kim Jong Un in power' } },
  ],
  events: [
    {
      unique_id: 'liberation',
      start_date: { year: 1945, month: 8, day: 15 },
      display_date: 'Mid-August 1945',
      text: { headline: 'Japan surrenders; Korea is divided at the 38th parallel', text: 'Soviet troops in the north, American troops in the south.' },
      group: 'States',
    },
    {
      unique_id: 'two-states',
      start_date: { year: 1948, month: 8, day: 15 },
      end_date: { year: 1948, month: 9, day: 9 },
      text: { headline: 'Two Korean states are proclaimed', text: 'The Republic of Korea on <b>15 August</b>, the Democratic People’s Republic on <b>9 September</b>.' },
      group: 'States',
    },
    {
      unique_id: 'invasion',
      start_date: { year: 1950, month: 6, day: 25 },
      text: { headline: 'North Korean forces cross the 38th parallel' },
      group: 'War',
    },
    {
      unique_id: 'incheon',
      start_date: { year: 1950, month: 9, day: 15 },
      text: { headline: 'UN forces land at Incheon' },
      group: 'War',
    },
    {
      unique_id: 'talks-open',
      start_date: { year: 1951, month: 7, day: 10 },
      text: { headline: 'Armistice talks open at Kaesong' },
      group: 'Diplomacy',
    },
    {
      unique_id: 'armistice',
      start_date: { year: 1953, month: 7, day: 27 },
      text: {
        headline: 'The armistice is signed at Panmunjom',
        text: '<p>The fighting stops; <em>no peace treaty</em> follows.</p>',
      },
      media: {
        url: pictureUrl(origin),
        alt: 'A stone wall runs along a green ridge under a low sun.',
        caption: 'A stand-in picture: the slide’s <code>media</code>, with its caption and credit.',
        credit: 'Illustration: Dateline test fixtures',
      },
      group: 'Diplomacy',
    },
    {
      unique_id: 'first-summit',
      start_date: { year: 2000, month: 6, day: 13 },
      end_date: { year: 2000, month: 6, day: 15 },
      text: { headline: 'First inter-Korean summit, in Pyongyang' },
      group: 'Diplomacy',
    },
    {
      unique_id: 'panmunjom-summit',
      start_date: { year: 2018, month: 4, day: 27 },
      text: { headline: 'Moon Jae-in and Kim Jong Un meet at Panmunjom' },
      media: {
        url: VIDEO_URL,
        alt: 'Video of the two leaders shaking hands across the demarcation line',
        caption: 'A video slide: it loads only when the reader presses its button.',
        credit: 'Example News',
      },
      group: 'Diplomacy',
    },
  ],
};
