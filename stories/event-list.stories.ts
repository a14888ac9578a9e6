import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { koreaRussia2024 } from '../src/data/korea-russia-2024.js';
import type { TimelineDataset, TimelineEvent } from '../src/model/schema.js';
import type { DatelineDeselectEvent, DatelineSelectEvent } from '../src/events.js';
import { authoredDataset, seedWithEras } from './authored-examples.js';

/** The list's attributes and `events` property, and the select spy. */
export interface EventListArgs {
  /** A list of events, or a whole dataset (with its header and eras). */
  events?: TimelineEvent[] | TimelineDataset;
  src?: string;
  locale?: string;
  selected?: string;
  theme?: 'light' | 'dark';
  headingLevel?: number;
  /** Lists the events as they stood on this date (a partial date, such as `2024-10-05`). */
  asOf?: string;
  /** `asOf` under its attribute's name, as the manifest also lists it: either control sets it. */
  'as-of'?: string;
  /** Shows the dataset's header (title, dek, "Updated", credit, media) above the list (`auto`), or not (`none`). */
  header?: 'auto' | 'none';
  /** Spies, filled in by Storybook from the custom elements manifest's events. */
  onDatelineSelect?: (event: DatelineSelectEvent) => void;
  onDatelineDeselect?: (event: DatelineDeselectEvent) => void;
}

function renderList(args: EventListArgs): TemplateResult {
  return html`<dateline-event-list
    .events=${args.events}
    src=${ifDefined(args.src || undefined)}
    locale=${ifDefined(args.locale || undefined)}
    selected=${ifDefined(args.selected || undefined)}
    theme=${ifDefined(args.theme)}
    heading-level=${ifDefined(args.headingLevel)}
    as-of=${ifDefined(args.asOf || args['as-of'] || undefined)}
    header=${ifDefined(args.header)}
    @dateline-select=${args.onDatelineSelect}
    @dateline-deselect=${args.onDatelineDeselect}
  ></dateline-event-list>`;
}

const meta = {
  title: 'Components/Event list',
  component: 'dateline-event-list',
  tags: ['autodocs'],
  render: renderList,
  args: { events: koreaRussia2024.events, headingLevel: 3 },
  argTypes: {
    events: { control: 'object', table: { category: 'data' } },
    locale: { control: 'select', options: [undefined, 'en-GB', 'en-US', 'ko', 'uk', 'ar'] },
    selected: { control: 'select', options: [undefined, ...koreaRussia2024.events.map((event) => event.id)] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    asOf: { control: 'text', description: 'Lists the events as they stood on a date (`2024-10-05`), each with its status then.' },
    header: {
      control: 'inline-radio',
      options: ['auto', 'none'],
      description: '`auto` shows the dataset’s header (title, dek, “Updated …”, credit, media) when it has one; `none` hides it.',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The same data as a semantic list, grouped by year (and month in busy years): for phones, print, and readers who prefer a list. `for="<timeline id>"` links it to a timeline, so selecting in either selects in the other.',
      },
    },
  },
} satisfies Meta<EventListArgs>;

export default meta;
type Story = StoryObj<EventListArgs>;

const about = (story: string) => ({ docs: { description: { story } } });

export const Seed: Story = {};

export const Selected: Story = {
  args: { selected: 'treaty-signed' },
  parameters: about('An open event shows its actors and sources under it.'),
};

export const WhoSaysSo: Story = {
  name: 'Who says so',
  args: { selected: 'donetsk-strike' },
  parameters: about('Under each accusation’s status, who makes it and who denies it; the open event (the Donetsk strike) shows what was known when: reported by the Kyiv Post on 4 October, and still reported on 8 October.'),
};

export const AsOf: Story = {
  name: 'As of a date',
  args: { asOf: '2024-06-18', selected: 'putin-visit-2024' },
  parameters: about('`as-of="2024-06-18"`: the 2024 visit is still expected, and the treaty is not listed yet.'),
};

export const ErasAsSectionHeadings: Story = {
  name: 'Eras as section headings',
  args: { events: seedWithEras, header: 'none' },
  parameters: about(
    'The dataset’s `eras` name the stretches of the list: each era’s heading (“Full-scale war in Ukraine · since ' +
      '24 February 2022”) stands, at the years’ level, before the section of the year its first listed event falls ' +
      'in. An era that holds no listed event is not named.',
  ),
};

export const HeaderAndMedia: Story = {
  name: 'Header and media',
  args: { events: authoredDataset, selected: 'treaty-signed' },
  parameters: about(
    'The dataset’s title (a heading one level above the years’), dek, “Updated …” and credit line above the list, ' +
      'and its picture behind a “Load image” button. The open event shows its own picture, caption and credit in ' +
      'its details; open “Putin lands in Pyongyang” for a video that loads only on its button.',
  ),
};

export const Korean: Story = { args: { locale: 'ko' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div style="background:#161616;padding:16px">${renderList(args)}</div>`,
};

export const LinkedToATimeline: Story = {
  render: (args) => html`
    <dateline-timeline id="linked-timeline" lanes="actor" .events=${args.events} style="height:520px"></dateline-timeline>
    <dateline-event-list for="linked-timeline" .events=${args.events} style="--dateline-list-max-height:400px"></dateline-event-list>
  `,
  parameters: about('Selecting an event in the timeline opens it in the list, and the other way round; closing the card folds the event in the list.'),
};
