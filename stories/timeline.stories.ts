import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { koreaRussia2024 } from '../src/data/korea-russia-2024.js';
import { STATUSES, type TimelineDataset, type TimelineEvent } from '../src/model/schema.js';
import { STATUS_LABELS, STATUS_MEANINGS } from '../src/model/status.js';
import type { DatelineDeselectEvent, DatelineErrorEvent, DatelineLoadEvent, DatelineRangeChangeEvent, DatelineSelectEvent } from '../src/events.js';
import { syntheticEvents } from '../test/fixtures/synthetic-events.js';
import { authoredDataset, picturedDataset, richTextEvents, seedWithEras, timelineJSStory, type TimelineJSStory } from './authored-examples.js';

/** The element's attributes and `events` property, the frame the story draws it in, and the event spies. */
export interface TimelineArgs {
  /** A list of events, a whole dataset (with its header and eras), or TimelineJS JSON. */
  events?: TimelineEvent[] | TimelineDataset | TimelineJSStory;
  src?: string;
  lanes?: 'none' | 'actor' | 'category';
  orientation?: 'auto' | 'horizontal' | 'vertical';
  locale?: string;
  selected?: string;
  start?: string;
  end?: string;
  theme?: 'light' | 'dark';
  /** The chart's accessible name (default: the dataset's title). */
  label?: string;
  /** Writes the selection into the page URL as `?<id>=<event>` (needs an `id`; the stories have none, so off). */
  deepLink?: boolean;
  /** `deepLink` under its attribute's name, as the manifest also lists it: either control turns it on. */
  'deep-link'?: boolean;
  /** Shows the timeline as it stood on this date (a partial date, such as `2024-10-05`). */
  asOf?: string;
  /** `asOf` under its attribute's name, as the manifest also lists it: either control sets it. */
  'as-of'?: string;
  /** Shows the dataset's header (title, dek, "Updated", credit, media) above the chart (`auto`), or not (`none`). */
  header?: 'auto' | 'none';
  /** Loads pictures up front: a thumbnail beside each labelled event with an image, and the header's image. */
  thumbnails?: boolean;
  /** The heading level of the header's title and of the card's title (2 to 6). */
  headingLevel?: number;
  /** `headingLevel` under its attribute's name, as the manifest also lists it: either control sets it. */
  'heading-level'?: number;
  /** Frame: width in px (the container's full width when unset). */
  width?: number;
  /** Frame: height in px of the horizontal layout (sets `--dateline-height`). */
  height?: number;
  /** A newsroom's own words for interface strings, by phrase id (the `strings` attribute, as JSON). */
  strings?: Record<string, string>;
  /** Frame: writing direction of the container. */
  dir?: 'ltr' | 'rtl';
  /** Frame: page background behind the element. */
  background?: string;
  /** Spies, filled in by Storybook from the custom elements manifest's events. */
  onDatelineSelect?: (event: DatelineSelectEvent) => void;
  onDatelineDeselect?: (event: DatelineDeselectEvent) => void;
  onDatelineRangeChange?: (event: DatelineRangeChangeEvent) => void;
  onDatelineLoad?: (event: DatelineLoadEvent) => void;
  onDatelineError?: (event: DatelineErrorEvent) => void;
}

const seedEvents = koreaRussia2024.events;
const px = (value: number | undefined) => (value === undefined ? undefined : `${value}px`);

/**
 * The page around the timeline: its width, direction and colour. The height goes to the element through its
 * public `--dateline-height` (horizontal layout only; the vertical layout is as tall as its events).
 */
function frame(args: TimelineArgs, content: TemplateResult): TemplateResult {
  const style = {
    '--dateline-height': px(args.height),
    width: px(args.width),
    background: args.background,
    padding: args.background ? '16px' : undefined,
    boxSizing: 'border-box',
  };
  return html`<div dir=${ifDefined(args.dir)} style=${styleMap(style)}>${content}</div>`;
}

/**
 * A timeline with inline events, or one that reads `src` when the story gives a URL: a `src` story never sets
 * `events` at all (an unset property is left alone).
 */
function renderTimeline(args: TimelineArgs): TemplateResult {
  return frame(
    args,
    html`<dateline-timeline
      .events=${args.src === undefined ? (args.events ?? []) : undefined}
      src=${ifDefined(args.src)}
      lanes=${ifDefined(args.lanes)}
      orientation=${ifDefined(args.orientation)}
      locale=${ifDefined(args.locale || undefined)}
      selected=${ifDefined(args.selected || undefined)}
      start=${ifDefined(args.start || undefined)}
      end=${ifDefined(args.end || undefined)}
      theme=${ifDefined(args.theme)}
      label=${ifDefined(args.label || undefined)}
      ?deep-link=${Boolean(args.deepLink || args['deep-link'])}
      as-of=${ifDefined(args.asOf || args['as-of'] || undefined)}
      header=${ifDefined(args.header)}
      ?thumbnails=${Boolean(args.thumbnails)}
      heading-level=${ifDefined(args.headingLevel ?? args['heading-level'])}
      strings=${ifDefined(args.strings ? JSON.stringify(args.strings) : undefined)}
      @dateline-select=${args.onDatelineSelect}
      @dateline-deselect=${args.onDatelineDeselect}
      @dateline-range-change=${args.onDatelineRangeChange}
      @dateline-load=${args.onDatelineLoad}
      @dateline-error=${args.onDatelineError}
    ></dateline-timeline>`,
  );
}

const meta = {
  title: 'Components/Timeline',
  component: 'dateline-timeline',
  tags: ['autodocs'],
  render: renderTimeline,
  args: {
    events: seedEvents,
    lanes: 'none',
    orientation: 'auto',
    height: 600,
  },
  argTypes: {
    events: {
      control: 'object',
      description:
        'The events to draw, in the authoring form (`TimelineEvent[]`), a whole dataset (`{ title, description, updated, ' +
        'credit, media, eras, events }`) or TimelineJS JSON. Invalid ones are left out and reported.',
      table: { category: 'data' },
    },
    src: {
      control: 'text',
      description: 'URL of a dataset: Dateline JSON, CSV, or TimelineJS JSON. Used instead of `events`.',
      table: { category: 'data' },
    },
    lanes: {
      control: 'inline-radio',
      options: ['none', 'actor', 'category'],
      description: 'One lane per first actor or per category, or a single lane.',
    },
    orientation: {
      control: 'inline-radio',
      options: ['auto', 'horizontal', 'vertical'],
      description: '`auto` turns vertical when the element is narrow.',
    },
    locale: {
      control: 'select',
      options: ['en-GB', 'en-US', 'ko', 'uk', 'ar', 'ja', 'de', 'fr'],
      description: 'Locale for dates and axis labels; the reader’s own when unset.',
    },
    selected: { control: 'text', description: 'The id of the selected event (its card is open).' },
    start: { control: 'text', description: 'Start of the initial window, a partial date such as `2024-10-01`.' },
    end: { control: 'text', description: 'End of the initial window (inclusive), such as `2024-10-31`.' },
    theme: {
      control: 'inline-radio',
      options: ['light', 'dark'],
      description: 'Forces a look; otherwise the element follows `prefers-color-scheme`.',
    },
    label: { control: 'text', description: 'The chart’s accessible name; the dataset’s title when unset.' },
    deepLink: {
      control: 'boolean',
      description: 'Writes the selection into the page URL as `?<id>=<event>` and reads it back on load (needs an `id`).',
    },
    asOf: {
      control: 'text',
      description:
        'Shows the timeline as it stood on a date (`2024-10-05`): events not yet reported then are hidden, each other ' +
        'with the status its `history` gives for then. Text that is not a date is ignored.',
    },
    header: {
      control: 'inline-radio',
      options: ['auto', 'none'],
      description: '`auto` shows the dataset’s header (title, dek, “Updated …”, credit, media) when it has one; `none` hides it.',
    },
    thumbnails: {
      control: 'boolean',
      description:
        'Loads pictures up front: a thumbnail beside each labelled event whose media is an image, and the header’s ' +
        'image without its button. Off, no media host is asked for anything until the reader opens an event.',
    },
    headingLevel: {
      control: { type: 'number', min: 2, max: 6, step: 1 },
      description: 'The heading level of the header’s title and of the card’s title (`heading-level`, 2 to 6).',
    },
    width: { control: { type: 'number', min: 240, step: 10 }, table: { category: 'story frame' } },
    height: { control: { type: 'range', min: 200, max: 1200, step: 10 }, table: { category: 'story frame' } },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'], table: { category: 'story frame' } },
    background: { control: 'color', table: { category: 'story frame' } },
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Draws dated events on a zoomable time axis. The controls under “story frame” change the page around ' +
          'the element: its width, direction and colour, and the height it gives the horizontal layout ' +
          '(through `--dateline-height`).',
      },
    },
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

const about = (story: string) => ({ docs: { description: { story } } });

// --- The seed dataset --------------------------------------------------------------------------------

export const Seed: Story = {
  parameters: about('The seed dataset (North Korea, Russia and the war in Ukraine, 2000–2024) in a single lane.'),
};

export const SeedLanesByActor: Story = {
  name: 'Seed, lanes by actor',
  args: { lanes: 'actor' },
  parameters: about('The seed dataset with one lane per main actor: the look to check at 1000×600 first.'),
};

export const SeedSelected: Story = {
  name: 'Seed, event selected',
  args: { lanes: 'actor', selected: 'treaty-signed' },
  parameters: about('`selected="treaty-signed"` from the start: the event is highlighted and its card open.'),
};

export const Mobile: Story = {
  name: 'Vertical (375 px, mobile)',
  args: { orientation: 'vertical', width: 375 },
  parameters: about(
    'The vertical layout in a 375 px wide container: a spine with dates beside it and titles to the other side, ' +
      'long gaps collapsed into “…later…” markers.',
  ),
};

export const ZoomedToOctober2024: Story = {
  name: 'Zoomed to October 2024',
  args: { lanes: 'actor', start: '2024-10-01', end: '2024-10-31' },
  parameters: about('`start="2024-10-01"` and `end="2024-10-31"`: the initial window is October 2024 only.'),
};

// --- Scale ---------------------------------------------------------------------------------------------

const dense1000 = syntheticEvents(1_000, { seed: 1 });
const dense10000 = syntheticEvents(10_000, { seed: 2 });

export const Dense1000: Story = {
  name: 'Dense: 1,000 events',
  // The events stay out of args so that Storybook does not serialize them for the controls panel.
  render: (args) => renderTimeline({ ...args, events: dense1000 }),
  args: { lanes: 'category' },
  argTypes: { events: { control: false } },
  parameters: about(
    '1,000 synthetic events over 2023–2024 (a fifth of them ranges) from `test/fixtures/synthetic-events.ts`: ' +
      'labels must not overlap, marks cluster where they crowd.',
  ),
};

export const Dense10000: Story = {
  name: 'Dense: 10,000 events',
  render: (args) => renderTimeline({ ...args, events: dense10000 }),
  args: { lanes: 'actor' },
  argTypes: { events: { control: false } },
  parameters: about('10,000 synthetic events: zoom and pan should still follow the hand.'),
};

// --- Dates and claims ----------------------------------------------------------------------------------

const mixedPrecisionEvents: TimelineEvent[] = [
  {
    id: 'darius-heralds',
    title: 'Darius I sends heralds to demand earth and water from the Greek cities',
    start: '-0490',
    status: 'confirmed',
    category: 'diplomacy',
    summary: 'Year precision, 491 BC: astronomical year -0490.',
  },
  { id: 'marathon', title: 'Athenians defeat the Persians at Marathon', start: '-0489', status: 'confirmed', category: 'military', summary: '490 BC.' },
  {
    id: 'caesar',
    title: 'Julius Caesar is assassinated in Rome',
    start: '-0043-03-15',
    status: 'confirmed',
    category: 'politics',
    summary: 'Day precision, 44 BC: astronomical year -0043, read as a proleptic Gregorian date.',
  },
  { id: 'armistice-talks', title: 'Korean armistice talks', start: '1951', end: '1953', category: 'diplomacy', summary: 'A range of whole years.' },
  { id: 'korean-war', title: 'Korean War', start: '1950-06-25', end: '1953-07-27', category: 'military', summary: 'A range of days.' },
  { id: 'ussr-dissolves', title: 'The Soviet Union is dissolved', start: '1991-12-26', category: 'politics' },
  { id: 'putin-visit-2000', title: 'Putin visits Pyongyang', start: '2000-07', category: 'diplomacy', summary: 'Month precision: a band across July 2000.' },
  { id: 'invasion-months', title: 'Russia’s full-scale invasion of Ukraine begins', start: '2022-02', end: '2022-03', category: 'military', summary: 'A range of months.' },
  { id: 'year-2023', title: 'Arms transfers from North Korea to Russia', start: '2023', status: 'alleged', category: 'accusation', summary: 'Year precision.' },
  {
    id: 'putin-arrives',
    title: 'Putin lands in Pyongyang',
    start: '2024-06-19T02:22+09:00',
    status: 'confirmed',
    category: 'diplomacy',
    summary: 'Minute precision, written with the local offset (+09:00).',
  },
  { id: 'troops-far-east', title: 'North Korean troops reported in Russia’s far east', start: '2024-10', status: 'reported', category: 'military' },
  { id: 'spa-session', title: 'Supreme People’s Assembly meets', start: '2024-10-07', end: '2024-10-08', status: 'confirmed', category: 'politics' },
];

export const MixedPrecisions: Story = {
  name: 'Mixed precisions, BC dates',
  args: { events: mixedPrecisionEvents, lanes: 'category' },
  parameters: about(
    'Years, months, days, minutes and ranges of each, from 491 BC (`-0490`) and 44 BC (`-0043-03-15`) to 2024. ' +
      'Month-precision events are bands, not dots; BC years carry an era.',
  ),
};

/** A point and a range for each status, and one event without a status, all in October 2024. */
const statusEvents: TimelineEvent[] = [
  ...STATUSES.flatMap((status, index): TimelineEvent[] => [
    {
      id: `${status}-point`,
      title: `${STATUS_LABELS[status]}: ${STATUS_MEANINGS[status]}`,
      start: `2024-10-${String(2 + index * 5).padStart(2, '0')}`,
      status,
      actors: [STATUS_LABELS[status]],
    },
    {
      id: `${status}-range`,
      title: `${STATUS_LABELS[status]}, over several days`,
      start: `2024-10-${String(3 + index * 5).padStart(2, '0')}`,
      end: `2024-10-${String(5 + index * 5).padStart(2, '0')}`,
      status,
      actors: [STATUS_LABELS[status]],
    },
  ]),
  { id: 'no-status', title: 'No status given: no badge, a plain mark', start: '2024-10-29', actors: ['No status'] },
];

export const EveryStatus: Story = {
  name: 'Every status',
  args: { events: statusEvents, lanes: 'actor' },
  parameters: about(
    'Confirmed (solid), reported (outlined), alleged and disputed (hatched or dashed), expected (hollow, dashed), ' +
      'and no status, as points and as ranges. Status must read without colour.',
  ),
};

// --- Who says so, and what was known when --------------------------------------------------------------

/** The seed's events that name who claims them, how others answered, or how their status changed. */
const attributedEvents = seedEvents.filter((event) => event.claimedBy?.length || event.responses?.length || event.history?.length);

export const ContestedClaims: Story = {
  name: 'Contested claims and their history',
  args: { events: attributedEvents, lanes: 'actor', selected: 'donetsk-strike' },
  parameters: about(
    'The seed’s events that carry `claimedBy`, `responses` or `history`: the six US accusations (claimed by the ' +
      'United States, denied by Russia and North Korea), the Donetsk strike reported by the Kyiv Post on 4 October ' +
      'and again on 8 October, Seoul’s forecast denied by Russia on 10 October, and the 2024 visit, expected on 17 ' +
      'June and held on the 19th. A contested claim’s mark carries a short diagonal stroke, explained in the legend; ' +
      'the card says who claims and who denies in its badge, and what was known when under its own heading. Select ' +
      'another event to read its trail.',
  ),
};

/** The dates on which what the seed says changed, for the as-of control. */
const AS_OF_DATES: Record<string, string> = {
  '2022-09-06': '6 Sep 2022: the first US accusation',
  '2024-06-17': '17 Jun 2024: the visit announced',
  '2024-06-18': '18 Jun 2024: the visit expected, no treaty yet',
  '2024-06-19': '19 Jun 2024: the visit and the treaty',
  '2024-10-05': '5 Oct 2024: the strike reported',
  '2024-10-08': '8 Oct 2024: the forecast',
  '2024-10-10': '10 Oct 2024: the Kremlin denies',
};

export const AsOf: Story = {
  name: 'As of a date',
  args: { lanes: 'actor', asOf: '2024-10-05', selected: 'donetsk-strike' },
  argTypes: {
    asOf: {
      control: { type: 'select', labels: AS_OF_DATES },
      options: Object.keys(AS_OF_DATES),
      description: 'The date the timeline is shown as of (`as-of`): pick one to see what was known then.',
    },
  },
  parameters: about(
    '`as-of="2024-10-05"`: the seed as it stood on 5 October 2024. The forecast (8 October) and the Kremlin’s ' +
      'denial (10 October) are not there yet, and the Donetsk strike is reported, with one step in its trail. ' +
      'Pick another date: on 18 June 2024 the visit is still expected and the treaty not yet signed.',
  ),
};

// --- What authors write: header, eras, media, rich text ---------------------------------------------------

export const HeaderErasAndMedia: Story = {
  name: 'Header, eras and media',
  args: { events: authoredDataset, lanes: 'actor', header: 'auto', thumbnails: false, headingLevel: 2, height: undefined },
  parameters: about(
    'The seed as authors write it (`test/fixtures/authored-story.ts`): the dataset’s `title`, `description` (the ' +
      'dek), `updated`, `credit` and `media` make the header above the chart; its `eras` are pale bands behind the ' +
      'events, named in a strip at the top (the Sunshine Policy began before the first event; the last two go on, ' +
      'with an arrow at the view’s end). Three events carry `media`: open “Putin and Kim sign mutual-defence ' +
      'treaty” for its picture with a rich caption and credit, “Putin lands in Pyongyang” for a YouTube video that ' +
      'loads only when you press its button, and the Kyiv Post report for a sound that fetches nothing until ' +
      'played. The 2000 visit is `approximate` (“c.”, a soft-edged mark); the assembly session has a `displayDate`. ' +
      'Nothing here asks a media host for anything until you press a button or open an event; turn `thumbnails` on ' +
      'to load the pictures up front, `header` to `none` to hide the header, and `heading-level` to fit a page’s outline.',
  ),
};

export const Thumbnails: Story = {
  args: { events: picturedDataset, lanes: 'actor', thumbnails: true, start: '2024-01-01', end: '2024-10-31', height: undefined },
  parameters: about(
    '`thumbnails`: a 24 px picture at the start of each labelled event’s label whose media is an image (its ' +
      '`thumbnail`, or the image itself), and the header’s picture shown without its “Load image” button. Seven ' +
      'events of 2024 carry a picture (a stand-in from the test fixtures); the video and the sound have no thumbnail. ' +
      'Zoom out: a label that no longer fits drops its thumbnail with it.',
  ),
};

export const Eras: Story = {
  args: { events: seedWithEras, lanes: 'actor', header: 'none' },
  parameters: about(
    'The dataset’s `eras: [{ title, start, end? }]` behind the seed: the Sunshine Policy (1998–2008), Kim Jong Un in ' +
      'power (since December 2011) and the full-scale war in Ukraine (since 24 February 2022); the last two have no ' +
      '`end`, so they go on to the view’s end, marked with an arrow. Eras are context, not events: they take no ' +
      'focus, and a screen reader hears them once, in words, before the events. Zoom in to October 2024: the ' +
      'ongoing eras’ names stay at the view’s start.',
  ),
};

export const ErasVertical: Story = {
  name: 'Eras, vertical',
  args: { events: seedWithEras, orientation: 'vertical', width: 375, header: 'none' },
  parameters: about('The same eras in the vertical layout: bands behind their events’ blocks, each named above its first block.'),
};

export const RichText: Story = {
  name: 'Rich text',
  args: { events: richTextEvents, lanes: 'none', selected: 'hostile-html', start: '2024-06-15', end: '2024-07-05' },
  parameters: about(
    'Summaries may hold simple HTML, shown through DOMPurify under an allow-list: links (http(s) only, opening in ' +
      'a new tab), emphasis, paragraphs, lists, quotes. The open card holds a hostile paste — a script, an image ' +
      'with `onerror`, a `javascript:` link, a link with `onclick` and a style, a frame, a style sheet, a form — ' +
      'and shows only its text, the list and one harmless link: no alert, no request, no change of style. Open the ' +
      'other events: the treaty’s text (paragraph, list, quote, abbreviation), character references, and plain ' +
      'text with angle brackets, which is not markup and shows as written.',
  ),
};

export const ConvertedFromTimelineJS: Story = {
  name: 'Converted from TimelineJS',
  args: { events: timelineJSStory, lanes: 'category', height: undefined },
  parameters: about(
    'TimelineJS3 JSON set as `.events` as it is, no conversion needed: the title slide becomes the header (its HTML ' +
      'headline read as text, its text as the dek, its media the header’s picture), `eras` the bands, `group` the ' +
      'lanes (`lanes="category"`), `display_date` the date shown (“Mid-August 1945”), each slide’s `media` its ' +
      'picture or, for a YouTube page, a video behind a button. `src` accepts the same JSON from a file ' +
      '(see “src: TimelineJS JSON”).',
  ),
};

// --- Locales and looks ---------------------------------------------------------------------------------

export const LocaleKorean: Story = {
  name: 'Locale: ko',
  args: { lanes: 'actor', locale: 'ko' },
  parameters: about('`locale="ko"`: the interface in Korean (legend, buttons, card, announcements), dates and axis labels through `Intl` (titles stay as written).'),
};

export const LocaleUkrainian: Story = {
  name: 'Locale: uk',
  args: { lanes: 'actor', locale: 'uk' },
  parameters: about('`locale="uk"`: the interface in Ukrainian, and Ukrainian month names, which are longer; labels must still fit.'),
};

export const LocaleArabicRtl: Story = {
  name: 'Locale: ar, right to left',
  args: { lanes: 'actor', locale: 'ar', dir: 'rtl' },
  parameters: about('`locale="ar"` inside `dir="rtl"`: the interface in Arabic, time running from right to left, lane labels on the right, the toolbar on the left, Arabic dates and digits as `Intl` gives them.'),
};

export const LocaleHebrewRtl: Story = {
  name: 'Locale: he, right to left',
  args: { lanes: 'actor', locale: 'he', dir: 'rtl', selected: 'treaty-signed' },
  parameters: about('`locale="he"` inside `dir="rtl"`: the interface in Hebrew, time from right to left, the card docked on the left.'),
};

export const PseudoLocale: Story = {
  name: 'Locale: pseudo (en-XA), 40% longer',
  args: { lanes: 'actor', locale: 'en-XA', selected: 'donetsk-strike' },
  parameters: about('`locale="en-XA"`: every interface phrase accented, bracketed and 40% longer, to see what a longer language would cut and what was left untranslated.'),
};

export const HouseStyle: Story = {
  name: 'House style: your own words',
  args: { lanes: 'actor', strings: { statusReported: 'Unverified', statusAlleged: 'Claimed', fit: 'Show all' } },
  parameters: about('`strings=\'{"statusReported": "Unverified", "statusAlleged": "Claimed", "fit": "Show all"}\'`: a newsroom renames interface strings by id, without a build (`setInterfaceStrings` does it for the whole page).'),
};

export const LocaleEnglishUS: Story = {
  name: 'Locale: en-US',
  args: { lanes: 'actor', locale: 'en-US' },
  parameters: about('`locale="en-US"`: month-first dates (“October 3, 2024”).'),
};

export const Dark: Story = {
  args: { lanes: 'actor', theme: 'dark', background: '#161616' },
  parameters: about('`theme="dark"` on a near-black page: greys lifted, the accent brighter, hatching still visible.'),
};

export const NewspaperTheme: Story = {
  name: 'Custom properties: newspaper',
  render: (args) => html`<div
    style="--dateline-font: Georgia, 'Times New Roman', serif; --dateline-background: #fbf7ee; --dateline-surface: #f3ecdc;
      --dateline-color: #231f1a; --dateline-muted: #5f574c; --dateline-accent: #9e1b32; --dateline-grid: #e2d7c3;
      --dateline-axis: #6f6657; --dateline-mark: #231f1a; --dateline-lane-1: #1f4e79; --dateline-lane-2: #8c510a;
      --dateline-lane-3: #01665e; --dateline-lane-4: #762a83; background: #fbf7ee;"
  >
    ${renderTimeline(args)}
  </div>`,
  args: { lanes: 'actor' },
  parameters: about(
    'Only public `--dateline-*` custom properties, set on a wrapper: a serif face, paper background, a claret ' +
      'accent and four lane colours.',
  ),
};

// --- States --------------------------------------------------------------------------------------------

export const Loading: Story = {
  args: { events: undefined, src: '/data/korea-russia-2024.json', lanes: 'actor' },
  parameters: about(
    'The loading look shows from the moment `src` is set until `dateline-load` fires. A local file arrives at ' +
      'once, so to watch it, throttle the network in the browser’s developer tools (e.g. “Slow 3G”) and reload ' +
      'the story. The story deliberately does not point at a URL that never answers: a request left hanging ' +
      'would also hang the docs page and the story test.',
  ),
};

export const LoadingManyEvents: Story = {
  name: 'Loading 50,000 events',
  render: (args) => renderTimeline({ ...args, events: syntheticEvents(50_000, { seed: 50, years: 4 }) }),
  args: { lanes: 'actor' },
  parameters: about(
    'A large dataset is read a slice at a time (12 ms each), so the page stays responsive; meanwhile the ' +
      'loading look shows a progress bar and the count of events read. Reload the story to watch it.',
  ),
};

export const Empty: Story = {
  args: { events: [] },
  parameters: about('`events = []`: the empty state.'),
};

const eventsWithErrors: TimelineEvent[] = [
  ...seedEvents.filter((event) => ['treaty-signed', 'donetsk-strike', 'spa-session', 'kremlin-denial'].includes(event.id)),
  { id: 'impossible-date', title: 'An event on 30 February', start: '2024-02-30', status: 'reported' },
  { id: 'ends-before-start', title: 'An event that ends before it starts', start: '2024-10-09', end: '2024-10-01' },
  {
    id: 'script-link',
    title: 'An event whose source link is a script',
    start: '2024-10-05',
    sources: [{ name: 'Not a link', url: 'javascript:alert(1)' }],
  },
  { id: 'ambiguous-date', title: 'An event with a slashed date', start: '03/10/2024' },
  { id: 'treaty-signed', title: 'A second event with a used id', start: '2024-06-20' },
];

export const DataErrors: Story = {
  name: 'Errors in the data',
  args: { events: eventsWithErrors, lanes: 'actor' },
  parameters: about(
    'Four good events and five bad ones: 2024-02-30 does not exist, an end before its start, a `javascript:` ' +
      'source URL, an ambiguous 03/10/2024, a duplicate id. The good events are drawn; the issues are reported ' +
      '(`dateline-error`, see the Actions panel) with their JSON Pointers.',
  ),
};

// --- Data from `src` -----------------------------------------------------------------------------------

export const FromJsonFile: Story = {
  name: 'src: Dateline JSON',
  args: { events: undefined, src: '/data/korea-russia-2024.json', lanes: 'actor' },
  parameters: about('`src="/data/korea-russia-2024.json"`: the seed file, served from `data/` by Storybook.'),
};

export const FromCsvFile: Story = {
  name: 'src: CSV',
  args: { events: undefined, src: '/data/korea-russia-2024.csv', lanes: 'actor' },
  parameters: about('`src="/data/korea-russia-2024.csv"`: the same events as a spreadsheet export.'),
};

export const FromTimelineJSFile: Story = {
  name: 'src: TimelineJS JSON',
  args: { events: undefined, src: '/data/korea-russia-2024.timelinejs.json', lanes: 'category' },
  parameters: about(
    '`src="/data/korea-russia-2024.timelinejs.json"`: TimelineJS3 JSON, recognised by its shape. TimelineJS ' +
      'has no actors, so lanes are by category (its `group`).',
  ),
};
