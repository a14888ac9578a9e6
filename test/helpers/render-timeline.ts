import { fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/components/timeline/define.js';
import type { DatelineTimeline } from '../../src/components/timeline/timeline.js';
import { settle } from './elements.js';

/** How a test draws a timeline: its attributes, its data, and the box it sits in. */
export interface TimelineSetup {
  /** Set as the `events` property: any value, valid or not. */
  events?: unknown;
  lanes?: 'none' | 'actor' | 'category';
  orientation?: 'auto' | 'horizontal' | 'vertical';
  /** Default `en-GB`. */
  locale?: string;
  label?: string;
  theme?: 'light' | 'dark';
  selected?: string;
  /** Width of the containing block, in pixels (default 1000). */
  width?: number;
  /** `none` for a plain linear axis (default: the element's, `auto`). */
  breaks?: 'auto' | 'none';
  /** Height of the timeline, in pixels; unset leaves it to the element (`--dateline-height`, or its events when vertical). */
  height?: number;
}

/** A timeline drawn in a box of the given width, laid out, with its card (if open) drawn too. */
export async function renderTimeline(setup: TimelineSetup = {}): Promise<DatelineTimeline> {
  const parent = await fixture<HTMLDivElement>(html`
    <div style=${`width:${setup.width ?? 1000}px`}>
      <dateline-timeline
        lanes=${setup.lanes ?? 'none'}
        orientation=${setup.orientation ?? 'auto'}
        locale=${setup.locale ?? 'en-GB'}
        label=${setup.label ?? nothing}
        theme=${setup.theme ?? nothing}
        selected=${setup.selected ?? nothing}
        breaks=${setup.breaks ?? nothing}
        style=${setup.height === undefined ? nothing : `height:${setup.height}px`}
        .events=${setup.events}
      ></dateline-timeline>
    </div>
  `);
  const el = parent.querySelector('dateline-timeline')!;
  await settle(el);
  return el;
}
