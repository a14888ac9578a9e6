// Status is drawn as shape and fill, never by colour alone, and selection is a ring, not red underlined text.
// For each status, the timeline's point, the legend's glyph and the card's and the list's badge glyphs carry the
// same encoding in computed style (a solid, hollow or half fill; a solid or dashed ring), and the five statuses
// differ, in the light and the dark look. Forced colours are checked in test/node/media-preferences.test.js,
// where the DevTools protocol can emulate them.
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/dateline.js';
import { onDemandElementsDefined } from '../on-demand-elements.js';
import type { DatelineEventCard } from '../../src/components/event-card/event-card.js';
import type { DatelineEventList } from '../../src/components/event-list/event-list.js';
import { koreaRussia2024 } from '../../src/data/korea-russia-2024.js';
import { STATUSES, type EventStatus, type TimelineEvent } from '../../src/model/schema.js';
import { center, rect } from '../helpers/elements.js';
import { renderTimeline } from '../helpers/render-timeline.js';

before(onDemandElementsDefined);

type Look = 'light' | 'dark';

/** What a status mark shows without its colour: how it is filled, and its ring's line style. */
interface Encoding {
  fill: 'solid' | 'hollow' | 'half';
  ring: string;
}

/**
 * Reads a mark's encoding from its computed style. Solid: filled with its own ink (the ring's colour), no
 * pattern. Half: a two-stop gradient, transparent then the ink, that splits the mark in the middle. Hollow: no
 * pattern and a fill that is not the ink.
 */
function encodingOf(mark: Element): Encoding {
  const style = getComputedStyle(mark);
  const ink = style.borderTopColor;
  const ring = style.borderTopStyle;
  const image = style.backgroundImage;
  if (image !== 'none') {
    const half = /^linear-gradient\(/.test(image) && image.includes(ink) && (image.match(/ 50%/g) ?? []).length === 2;
    expect(half, `the pattern of ${nameOf(mark)} is a half in its ink (${ink}): ${image}`).to.equal(true);
    return { fill: 'half', ring };
  }
  return { fill: style.backgroundColor === ink ? 'solid' : 'hollow', ring };
}

/** The encoding each status must have: the design in one table. */
const DESIGN: Record<EventStatus, Encoding> = {
  confirmed: { fill: 'solid', ring: 'solid' },
  reported: { fill: 'hollow', ring: 'solid' },
  alleged: { fill: 'half', ring: 'solid' },
  disputed: { fill: 'half', ring: 'dashed' },
  expected: { fill: 'hollow', ring: 'dashed' },
};

/** A mark's name for failure messages: `<tag.classes> in <host>`. */
const nameOf = (mark: Element) => `<${mark.localName}.${[...mark.classList].join('.')}> in <${(mark.getRootNode() as ShadowRoot).host?.localName}>`;

/** One point event per status, a month apart, so that every point is drawn and labelled, and the legend lists all five. */
const oneOfEach: TimelineEvent[] = STATUSES.map((status, index) => ({
  id: `point-${status}`,
  title: `A ${status} claim`,
  start: `2024-${String(2 + index * 2).padStart(2, '0')}-10`,
  status,
}));

/** A colour as this browser computes it (hex tokens become rgb()). */
function computedColor(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
}

/** The element's accent token, resolved. */
const accentOf = (host: Element) => computedColor(getComputedStyle(host).getPropertyValue('--_accent').trim());

function expectAccentRing(mark: Element, host: Element): void {
  const style = getComputedStyle(mark);
  expect(style.outlineStyle, `${nameOf(mark)} has a ring`).to.equal('solid');
  expect(parseFloat(style.outlineWidth), `the ring of ${nameOf(mark)} is at least 2 px`).to.be.at.least(2);
  expect(style.outlineColor, `the ring of ${nameOf(mark)} is the accent`).to.equal(accentOf(host));
}

function expectPlainText(text: Element, host: Element, what: string): void {
  const style = getComputedStyle(text);
  expect(style.textDecorationLine, `${what} is not underlined`).to.equal('none');
  expect(style.color, `${what} is in the text colour`).to.equal(getComputedStyle(host).color);
  expect(style.color, `${what} is not in the accent colour`).not.to.equal(accentOf(host));
}

for (const look of ['light', 'dark'] as const satisfies readonly Look[]) {
  describe(`status glyphs and selection, ${look} look`, () => {
    it('each status has one encoding on the point, in the legend, on the card and in the list; the five differ', async () => {
      const timeline = await renderTimeline({ events: oneOfEach, theme: look, orientation: 'horizontal', width: 1000, height: 300 });
      const list = await fixture<DatelineEventList>(html`<dateline-event-list theme=${look} locale="en-GB" .events=${oneOfEach}></dateline-event-list>`);
      await list.updateComplete;
      const seen = new Map<string, EventStatus>();
      for (const status of STATUSES) {
        const card = await fixture<DatelineEventCard>(html`<dateline-event-card theme=${look} locale="en-GB" .event=${oneOfEach.find((event) => event.status === status)}></dateline-event-card>`);
        await card.updateComplete;
        const marks = {
          point: timeline.shadowRoot!.querySelector(`.event.status-${status} .mark.point`),
          legend: timeline.shadowRoot!.querySelector(`.legend .status-${status} .mark`),
          card: card.shadowRoot!.querySelector(`.glyph-${status}`),
          list: list.shadowRoot!.querySelector(`.glyph-${status}`),
        };
        for (const [where, mark] of Object.entries(marks)) {
          expect(mark, `the ${where} draws a ${status} mark`).to.exist;
          expect(encodingOf(mark!), `the ${status} mark of the ${where}`).to.deep.equal(DESIGN[status]);
          const box = rect(mark!);
          expect([box.width, box.height], `the ${status} mark of the ${where} is a 10–12 px disc`).to.satisfy(([width, height]: number[]) => width >= 10 && width <= 12 && width === height);
          expect(getComputedStyle(mark!).borderTopLeftRadius, `the ${where}'s mark is round`).to.equal('50%');
          expect(parseFloat(getComputedStyle(mark!).borderTopWidth), `the ring of the ${where}'s ${status} mark is at least 2 px`).to.be.at.least(2);
        }
        const key = JSON.stringify(DESIGN[status]);
        expect(seen.get(key), `${status} looks like ${seen.get(key)}`).to.equal(undefined);
        seen.set(key, status);
      }
    });

    it('a half fill keeps off the ring and shows the chart behind a dashed ring\'s gaps, not its own ink', async () => {
      const timeline = await renderTimeline({ events: oneOfEach, theme: look, orientation: 'horizontal', width: 1000, height: 300 });
      for (const status of ['alleged', 'disputed'] as const) {
        const style = getComputedStyle(timeline.shadowRoot!.querySelector(`.event.status-${status} .mark.point`)!);
        expect(style.backgroundClip, `a ${status} point's fill stops inside its ring`).to.equal('padding-box');
        expect(style.boxShadow, `a ${status} point's half is kept off its ring by a hairline`).to.match(/inset/);
      }
    });

    it('the selected event: an accent ring at least 2 px wide around its mark, its label in the text colour, not underlined', async () => {
      const timeline = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', theme: look, orientation: 'horizontal', width: 1000, height: 600, selected: 'donetsk-strike' });
      const selected = timeline.shadowRoot!.querySelector('.event[aria-current="true"]')!;
      expectAccentRing(selected.querySelector('.mark')!, timeline);
      const label = selected.querySelector('.label')!;
      expectPlainText(label, timeline, 'the selected label');
      const other = timeline.shadowRoot!.querySelector('.event[aria-current="false"] .label')!;
      expect(getComputedStyle(label).backgroundColor, 'the selected label stands on a tint').not.to.equal(getComputedStyle(other).backgroundColor);
      expect(getComputedStyle(other.parentElement!.querySelector('.mark')!).outlineStyle, 'other marks have no ring').to.equal('none');
    });

    it('hover is quiet: the label is underlined in its own colour, and the mark gets no ring', async () => {
      const timeline = await renderTimeline({ events: oneOfEach, theme: look, orientation: 'horizontal', width: 1000, height: 300 });
      const event = timeline.shadowRoot!.querySelector('.event.status-reported')!;
      const label = event.querySelector('.label')!;
      expect(getComputedStyle(label).textDecorationLine, 'not underlined before hover').to.equal('none');
      const { x, y } = center(rect(label));
      await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
      try {
        const style = getComputedStyle(label);
        expect(style.textDecorationLine).to.equal('underline');
        expect(style.textDecorationColor, 'the underline is the text colour').to.equal(style.color);
        expect(style.color).to.equal(getComputedStyle(timeline).color);
        expect(getComputedStyle(event.querySelector('.mark')!).outlineStyle).to.equal('none');
      } finally {
        await sendMouse({ type: 'move', position: [0, 0] });
      }
    });

    it('the vertical layout: the selected mark has the accent ring, its title in the text colour, not underlined', async () => {
      const timeline = await renderTimeline({ events: koreaRussia2024, theme: look, orientation: 'vertical', width: 375, selected: 'treaty-signed' });
      const selected = timeline.shadowRoot!.querySelector('.vertical .event[aria-current="true"]')!;
      expectAccentRing(selected.querySelector('.mark')!, timeline);
      expectPlainText(selected.querySelector('.title')!, timeline, 'the selected title');
    });

    it('the list: the selected item has an accent bar at least 2 px wide and its title in the text colour, not underlined', async () => {
      const list = await fixture<DatelineEventList>(html`<dateline-event-list theme=${look} locale="en-GB" selected="treaty-signed" .events=${koreaRussia2024}></dateline-event-list>`);
      await list.updateComplete;
      const item = list.shadowRoot!.querySelector('.item.selected')!;
      const style = getComputedStyle(item);
      expect(parseFloat(style.borderInlineStartWidth), 'the selection bar is at least 2 px').to.be.at.least(2);
      expect(style.borderInlineStartStyle).to.equal('solid');
      expect(style.borderInlineStartColor, 'the selection bar is the accent').to.equal(accentOf(list));
      expectPlainText(item.querySelector('.item-button')!, list, 'the selected title');
    });
  });
}
