// The geometry the layout computes with (src/layout/geometry.ts) is the geometry the stylesheets draw: the
// axis, the plot's gutters, rows, marks, lane names, the card, and the vertical layout's columns and blocks.
import { expect } from '@open-wc/testing';
import { koreaRussia2024 } from '../../src/data/korea-russia-2024.js';
import { AXIS, CARD, GUTTER, HORIZONTAL, VERTICAL } from '../../src/layout/geometry.js';
import { renderTimeline } from '../helpers/render-timeline.js';
import { rect } from '../helpers/elements.js';

const shadow = (el: HTMLElement) => el.shadowRoot!;

describe('the timeline draws the geometry it lays out', () => {
  it('horizontal: the axis, the plot, rows, points, bands and lane names', async () => {
    const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', width: 1000, height: 600 });
    const root = shadow(el);
    const chart = rect(root.querySelector('.chart.horizontal')!);
    const axis = rect(root.querySelector('[part="axis"]')!);
    const plot = rect(root.querySelector('.plot')!);
    expect(axis.height, 'axis height').to.be.closeTo(AXIS.height, 0.5);
    expect(plot.top - chart.top, 'the plot starts under the axis').to.be.closeTo(AXIS.height, 0.5);
    expect(plot.left - chart.left, 'inline gutter at the start').to.be.closeTo(GUTTER, 0.5);
    expect(chart.right - plot.right, 'inline gutter at the end').to.be.closeTo(GUTTER, 0.5);
    const tick = root.querySelector('.tick')!;
    expect(rect(tick).height, 'tick box').to.be.closeTo(AXIS.height, 0.5);

    const events = [...root.querySelectorAll<HTMLElement>('.event')];
    expect(events.length).to.be.greaterThan(3);
    for (const event of events) {
      const row = rect(event);
      expect(row.height, `row of ${event.dataset.id}`).to.be.closeTo(HORIZONTAL.rowHeight, 0.5);
      // Rows sit at whole multiples of the row height under their lane's name.
      const mark = rect(event.querySelector('.mark')!);
      if (event.classList.contains('kind-point')) {
        expect(mark.width, `point of ${event.dataset.id}`).to.be.closeTo(2 * HORIZONTAL.pointRadius, 0.5);
        expect(mark.top + mark.height / 2, `point centred in its row`).to.be.closeTo(row.top + HORIZONTAL.rowHeight / 2, 0.5);
      }
      if (event.classList.contains('kind-band')) expect(mark.height, `band of ${event.dataset.id}`).to.be.closeTo(HORIZONTAL.rowHeight, 0.5);
    }
    const laneLabels = [...root.querySelectorAll('.lane-label')];
    expect(laneLabels.length).to.be.greaterThan(1);
    // A lane's name stands in its first row, costing no row of its own: as tall as a row, level with the lane's top.
    const plotTop = plot.top;
    const laneTops = [...root.querySelectorAll<HTMLElement>('.lane-rule')].map((rule) => rect(rule).top + HORIZONTAL.laneGap / 2);
    for (const [number, label] of laneLabels.entries()) {
      expect(rect(label).height, 'lane name').to.be.closeTo(HORIZONTAL.rowHeight, 0.5);
      expect(rect(label).top, 'lane name at the lane\'s top').to.be.closeTo(number === 0 ? plotTop : laneTops[number - 1]!, 1);
    }
  });

  it('horizontal: the card is as wide as the layout placed it', async () => {
    const el = await renderTimeline({ events: koreaRussia2024, lanes: 'actor', width: 1000, height: 600, selected: 'treaty-signed' });
    const card = shadow(el).querySelector<HTMLElement>('[part="card"]')!;
    const plot = rect(shadow(el).querySelector('.plot')!);
    expect(rect(card).width).to.be.closeTo(Math.min(CARD.width, plot.width), 0.5);
  });

  it('vertical: the date and mark columns, the spine, and blocks that hold their titles', async () => {
    const el = await renderTimeline({ events: koreaRussia2024, orientation: 'vertical', width: 375 });
    const root = shadow(el);
    const list = rect(root.querySelector('.vertical')!);
    const spine = rect(root.querySelector('.spine')!);
    expect(spine.width, 'spine').to.be.closeTo(VERTICAL.spineWidth, 0.5);
    expect(spine.left + spine.width / 2 - list.left, 'the spine runs down the middle of the mark column').to.be.closeTo(VERTICAL.dateColumn + VERTICAL.markColumn / 2, 0.5);
    const events = [...root.querySelectorAll<HTMLElement>('.vertical .event')];
    expect(events.length).to.equal(koreaRussia2024.events.length);
    for (const event of events) {
      const when = rect(event.querySelector('.when')!);
      const title = event.querySelector<HTMLElement>('.title')!;
      const block = rect(event);
      expect(when.width, `date column of ${event.dataset.id}`).to.be.closeTo(VERTICAL.dateColumn, 0.5);
      expect(rect(title).left - block.left, `title column of ${event.dataset.id}`).to.be.closeTo(VERTICAL.dateColumn + VERTICAL.markColumn, 0.5);
      expect(parseFloat(getComputedStyle(title).lineHeight), 'title line height').to.equal(VERTICAL.lineHeight);
      // The layout sized the block for its title's lines: the drawn title fits in it, uncut.
      expect(title.scrollHeight, `title of ${event.dataset.id} fits its block`).to.be.at.most(block.height - 2 * VERTICAL.blockPadding + 0.5);
      expect(title.scrollHeight, `title of ${event.dataset.id} is not clamped`).to.be.at.most(title.clientHeight + 0.5);
    }
  });
});
