import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { koreaRussia2024 } from '../src/data/korea-russia-2024.js';
import type { TimelineEvent } from '../src/model/schema.js';
import type { DatelineDeselectEvent, DatelineSelectEvent } from '../src/events.js';

/** The list's attributes and `events` property, and the select spy. */
export interface EventListArgs {
  events?: TimelineEvent[];
  src?: string;
  locale?: string;
  selected?: string;
  theme?: 'light' | 'dark';
  headingLevel?: number;
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

export const Seed: Story = {};

export const Selected: Story = {
  args: { selected: 'treaty-signed' },
  parameters: { docs: { description: { story: 'An open event shows its actors and sources under it.' } } },
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
  parameters: { docs: { description: { story: 'Selecting an event in the timeline opens it in the list, and the other way round; closing the card folds the event in the list.' } } },
};
