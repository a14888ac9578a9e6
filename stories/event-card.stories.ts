import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { koreaRussia2024 } from '../src/data/korea-russia-2024.js';
import type { TimelineEvent } from '../src/model/schema.js';
import type { NormalizedEvent } from '../src/model/types.js';
import type { DatelineCloseEvent } from '../src/events.js';
import { fromTimelineJS } from '../src/model/from-timelinejs.js';
import { authoredEvent, richTextEvent, timelineJSStory } from './authored-examples.js';

/** The element's attributes and `event` property, the story's page colour, and the close spy. */
export interface EventCardArgs {
  event?: TimelineEvent | NormalizedEvent;
  locale?: string;
  closable?: boolean;
  headingLevel?: number;
  theme?: 'light' | 'dark';
  /** Frame: page background behind the card. */
  background?: string;
  /** Spy, filled in by Storybook from the custom elements manifest's events. */
  onDatelineClose?: (event: DatelineCloseEvent) => void;
}

const seedEvent = (id: string): TimelineEvent => {
  const event = koreaRussia2024.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`The seed dataset has no event "${id}"`);
  return event;
};

function renderCard(args: EventCardArgs): TemplateResult {
  const style = { background: args.background, padding: args.background ? '16px' : undefined };
  return html`<div style=${styleMap(style)}>
    <dateline-event-card
      .event=${args.event}
      locale=${ifDefined(args.locale || undefined)}
      ?closable=${args.closable}
      heading-level=${ifDefined(args.headingLevel)}
      theme=${ifDefined(args.theme)}
      @dateline-close=${args.onDatelineClose}
    ></dateline-event-card>
  </div>`;
}

const meta = {
  title: 'Components/Event card',
  component: 'dateline-event-card',
  tags: ['autodocs'],
  render: renderCard,
  args: {
    event: seedEvent('treaty-signed'),
    closable: false,
    headingLevel: 3,
  },
  argTypes: {
    event: {
      control: 'object',
      description: 'The event: the authoring form (`TimelineEvent`) or a `NormalizedEvent`.',
      table: { category: 'data' },
    },
    locale: {
      control: 'select',
      options: ['en-GB', 'en-US', 'ko', 'uk', 'ar', 'ja', 'de', 'fr'],
      description: 'Locale for dates; the nearest `lang`, then the reader’s, when unset.',
    },
    closable: { control: 'boolean', description: 'Shows a close button that fires `dateline-close`.' },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 }, description: 'The title’s heading level (`heading-level`).' },
    theme: { control: 'inline-radio', options: ['light', 'dark'], description: 'Forces a look; otherwise `prefers-color-scheme`.' },
    background: { control: 'color', table: { category: 'story frame' } },
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: 'The panel that tells one event in full. The timeline opens it for the selected event; it also works on its own.',
      },
    },
  },
} satisfies Meta<EventCardArgs>;

export default meta;
type Story = StoryObj<EventCardArgs>;

const about = (story: string) => ({ docs: { description: { story } } });

// --- Each status ---------------------------------------------------------------------------------------

export const Confirmed: Story = {
  args: { event: seedEvent('treaty-signed') },
  parameters: about('`status: "confirmed"`: it happened, on the record. Three sources, one with a quote.'),
};

export const Reported: Story = {
  args: { event: seedEvent('donetsk-strike') },
  parameters: about(
    '`status: "reported"`, `claimedBy: ["the Kyiv Post"]`: published but not independently verified; the badge says who ' +
      'reported it, and its `history` shows what was known when (reported on 4 October, still reported on 8 October).',
  ),
};

export const Alleged: Story = {
  args: { event: seedEvent('arms-supply-claim') },
  parameters: about(
    '`status: "alleged"` with `claimedBy` and `responses`: an accusation that the accused deny, said in the badge ' +
      '(“Alleged by the United States; denied by Russia and North Korea”); the denial’s source is under “What was known when”.',
  ),
};

export const Disputed: Story = {
  args: {
    event: {
      id: 'casualty-figures',
      title: 'Casualty figures for the Kursk fighting are contested',
      start: '2024-12',
      status: 'disputed',
      actors: ['Ukraine', 'Russia'],
      category: 'military',
      summary: 'A made-up example: the seed dataset has no disputed event. Month precision, so the date reads “December 2024”.',
      sources: [{ name: 'Example source', url: 'https://example.com/disputed' }],
    },
  },
  parameters: about('`status: "disputed"`: contested on the record (an illustrative event; the seed has none).'),
};

export const Expected: Story = {
  args: { event: seedEvent('deployment-forecast') },
  parameters: about('`status: "expected"`: a forecast, which has not happened yet.'),
};

export const NoStatus: Story = {
  name: 'No status',
  args: { event: { id: 'plain', title: 'An event without a status', start: '2024-10-07', end: '2024-10-08' } },
  parameters: about('No `status`: no badge. A two-day range with nothing else.'),
};

// --- Content -------------------------------------------------------------------------------------------

export const WhatWasKnownWhen: Story = {
  name: 'What was known when',
  args: { event: seedEvent('putin-visit-2024'), closable: true },
  parameters: about(
    'An event with a `history`: the Kremlin scheduled the visit for 18–19 June (expected, 17 June, TASS), and it was ' +
      'held on the 19th only (confirmed, 19 June, KBS World). Each step gives its date, note and source; the badge ' +
      'shows the latest status.',
  ),
};

export const WithSources: Story = {
  name: 'With sources',
  args: { event: seedEvent('deployment-forecast'), closable: true },
  parameters: about('Five sources, quotes in quotation marks, outlet names, dates; closable.'),
};

export const WithoutSources: Story = {
  name: 'Without sources',
  args: {
    event: (({ sources: _sources, ...rest }) => rest)(seedEvent('spa-session')),
    closable: true,
  },
  parameters: about('The same layout with no `sources`: the sources section is left out, not shown empty.'),
};

export const LongTitle: Story = {
  name: 'Long title',
  args: {
    event: {
      ...seedEvent('kremlin-denial'),
      title:
        'Kremlin spokesman Dmitry Peskov dismisses as fake a report that North Korean soldiers are fighting alongside ' +
        'Russian forces in Ukraine, while Seoul’s defence minister says such a deployment is highly likely and Kyiv ' +
        'says it is already under way in the occupied Donetsk region',
    },
    closable: true,
  },
  parameters: about('A title of about 250 characters beside the close button: it wraps, it is not cut.'),
};

// --- Media, rich text, authored dates --------------------------------------------------------------------

export const WithAPicture: Story = {
  name: 'With a picture',
  args: { event: authoredEvent('treaty-signed'), closable: true },
  parameters: about(
    '`media: { url, alt, caption, credit, thumbnail }`: the picture in a 3:2 box kept before it loads (nothing ' +
      'moves when it arrives), its `alt` for readers who cannot see it, then the caption and credit, both rich ' +
      'text (emphasis, a link that opens in a new tab). The card is drawn when the reader opens the event, so the ' +
      'picture loads then.',
  ),
};

export const WithAVideo: Story = {
  name: 'With a video (loads on the reader’s word)',
  args: { event: authoredEvent('putin-arrives'), closable: true },
  parameters: about(
    'A YouTube page as `media.url`: the card shows a 16:9 box with a “Load video from youtube.com” button and a ' +
      'link to the page, and asks YouTube for nothing until the reader presses the button. Then a sandboxed ' +
      'frame from youtube-nocookie.com takes the button’s place and the focus (which needs a network).',
  ),
};

export const WithASound: Story = {
  name: 'With a sound',
  args: { event: authoredEvent('kyiv-post-report') },
  parameters: about('An audio file as `media.url`: a player with `preload="none"`, which fetches nothing until played.'),
};

export const ApproximateDate: Story = {
  name: 'Approximate date',
  args: { event: authoredEvent('putin-visit-2000') },
  parameters: about('`approximate: true`: the date reads “c.” before it.'),
};

export const DisplayDate: Story = {
  name: 'Date written by hand',
  args: { event: authoredEvent('spa-session') },
  parameters: about('`displayDate: "Early October 2024"`: shown as written instead of the formatted date; the event is still placed by `start` and `end`.'),
};

export const RichText: Story = {
  name: 'Rich text',
  args: { event: richTextEvent('treaty-text') },
  parameters: about(
    'A summary in simple HTML: paragraphs, strong and emphasised text, an abbreviation, a link (http(s) only, ' +
      'opening in a new tab with `rel="noopener noreferrer"`), a list and a block quote, shown through DOMPurify.',
  ),
};

export const HostileHtml: Story = {
  name: 'Hostile HTML, shown harmless',
  args: { event: richTextEvent('hostile-html') },
  parameters: about(
    'A summary with a script, an image with `onerror`, a `javascript:` link, a link with `onclick` and a style, a ' +
      'frame, a style sheet and a form: only the text, the list and the http link are left, without its handler ' +
      'or style. Nothing runs and nothing is fetched.',
  ),
};

/** A slide of the TimelineJS story, as Dateline reads it (a `NormalizedEvent`). */
const convertedSlide = (id: string) => {
  const event = fromTimelineJS(timelineJSStory).events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`The TimelineJS story has no slide "${id}"`);
  return event;
};

export const ConvertedSlide: Story = {
  name: 'Converted TimelineJS slide',
  args: { event: convertedSlide('armistice') },
  parameters: about(
    'A slide of a TimelineJS3 story read by `fromTimelineJS`: its `start_date` object, `text.headline` and ' +
      '`text.text` (HTML kept for the sanitiser), `media` with caption and credit, and `group` as the category.',
  ),
};

export const BcDate: Story = {
  name: 'BC date',
  args: {
    event: {
      id: 'caesar',
      title: 'Julius Caesar is assassinated in Rome',
      start: '-0043-03-15',
      status: 'confirmed',
      actors: ['Rome'],
      summary: 'Written -0043-03-15 (astronomical year numbering): 15 March 44 BC.',
    },
  },
  parameters: about('`start: "-0043-03-15"`: the date line carries the era (“44 BC”).'),
};

export const Korean: Story = {
  name: 'Locale: ko',
  args: { event: seedEvent('treaty-signed'), locale: 'ko' },
  parameters: about('`locale="ko"`: the date in Korean; the text stays as written.'),
};

export const Dark: Story = {
  args: { event: seedEvent('donetsk-strike'), theme: 'dark', background: '#161616', closable: true },
  parameters: about('`theme="dark"` on a near-black page.'),
};

export const InvalidEvent: Story = {
  name: 'Invalid event',
  args: { event: { id: 'bad', title: 'An event on 30 February', start: '2024-02-30' } },
  parameters: about('An event the card cannot show: it says what is wrong instead of throwing.'),
};
