/**
 * The geometry's custom properties (src/layout/geometry.ts): the stylesheets read the layout's own numbers,
 * so each property must be a CSS value equal to its constant, and private to the element (`--_`).
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { AXIS, CARD, GUTTER, HORIZONTAL, VERTICAL, geometryCustomProperties } from '../../src/layout/geometry.js';
import { layoutHorizontal } from '../../src/layout/horizontal-layout.js';
import { EventIndex } from '../../src/layout/visible-events.js';
import { parseDataset } from '../../src/model/parse-dataset.js';

const properties = geometryCustomProperties();
/** The number of pixels a `px` length names, or NaN for anything else. */
const pixels = (value: string | undefined) => (value !== undefined && /^\d+(\.\d+)?px$/.test(value) ? Number(value.slice(0, -2)) : Number.NaN);

describe('geometryCustomProperties', () => {
  const expected: [string, string][] = [
    ['--_gutter', `${GUTTER}px`],
    ['--_axis-height', `${AXIS.height}px`],
    ['--_tick-length', `${AXIS.tickLength}px`],
    ['--_card-width', `${CARD.width}px`],
    ['--_row-height', `${HORIZONTAL.rowHeight}px`],
    ['--_label-padding', `${HORIZONTAL.labelPadding}px`],
    ['--_lane-letter-spacing', `${HORIZONTAL.laneLetterSpacing}em`],
    ['--_point-size', `${2 * HORIZONTAL.pointRadius}px`],
    ['--_era-strip', `${HORIZONTAL.eraStrip}px`],
    ['--_thumbnail', `${HORIZONTAL.thumbnail}px`],
    ['--_thumbnail-gap', `${HORIZONTAL.thumbnailGap}px`],
    ['--_vertical-era-room', `${VERTICAL.eraRoom}px`],
    ['--_vertical-date-column', `${VERTICAL.dateColumn}px`],
    ['--_vertical-mark-column', `${VERTICAL.markColumn}px`],
    ['--_vertical-line-height', `${VERTICAL.lineHeight}px`],
    ['--_vertical-date-line-height', `${VERTICAL.dateLineHeight}px`],
    ['--_vertical-block-padding', `${VERTICAL.blockPadding}px`],
    ['--_vertical-title-lines', String(VERTICAL.maxTitleLines)],
    ['--_spine-width', `${VERTICAL.spineWidth}px`],
  ];

  it('gives each property the value of its constant, and no other properties', () => {
    expect(Object.entries(properties)).to.have.deep.members(expected);
    expect(Object.keys(properties)).to.have.length(expected.length);
  });

  for (const [name, value] of expected) {
    it(`sets ${name} to ${value}`, () => {
      expect(properties[name]).to.equal(value);
    });
  }

  it('names every property privately, --_ and lower-case words', () => {
    for (const name of Object.keys(properties)) expect(name).to.match(/^--_[a-z]+(-[a-z]+)*$/);
  });

  it('writes every value as a length in pixels or ems or a plain number, both of them finite and not negative', () => {
    for (const [name, value] of Object.entries(properties)) {
      expect(value, name).to.match(/^\d+(\.\d+)?(px|em)?$/);
      expect(Number.parseFloat(value), name).to.be.at.least(0);
    }
    expect(properties['--_vertical-title-lines'], 'a count of lines has no unit').to.match(/^\d+$/);
  });

  it('sizes a point as twice its radius, the mark the layout places', () => {
    expect(pixels(properties['--_point-size'])).to.equal(2 * HORIZONTAL.pointRadius);
  });

  it('gives the rows the height the layout stacks them by', () => {
    const { events } = parseDataset(['2024-06-03', '2024-06-03', '2024-06-03'].map((start, number) => ({ id: `e${number}`, title: `Event ${number}`, start })));
    const layout = layoutHorizontal({ index: new EventIndex(events), window: { start: Date.UTC(2024, 5, 1), end: Date.UTC(2024, 5, 6) }, width: 800, height: 400, laneMode: 'none', locale: 'en-GB', measure: (text) => text.length * 7 });
    expect(layout.events.map((placed) => placed.y)).to.deep.equal([0, 1, 2].map((row) => row * pixels(properties['--_row-height'])));
  });

  it('gives a label\'s box its text and the padding the stylesheet sets on both sides, so no label is cut by its own padding', () => {
    const { events } = parseDataset([
      { id: 'day', title: 'Putin lands in Pyongyang', start: '2024-06-19' },
      { id: 'month', title: 'Troops said to be training', start: '2024-09' },
    ]);
    const measure = (text: string) => text.length * 7;
    const layout = layoutHorizontal({ index: new EventIndex(events), window: { start: Date.UTC(2024, 4, 1), end: Date.UTC(2024, 11, 1) }, width: 1000, height: 400, laneMode: 'none', locale: 'en-GB', measure });
    const padding = pixels(properties['--_label-padding']);
    expect(padding).to.be.above(0);
    const [day, month] = layout.events;
    expect(day!.labelWidth).to.equal(Math.ceil(measure('Putin lands in Pyongyang')) + 2 * padding);
    expect(month!.datePrefix).to.equal('September 2024');
    expect(month!.labelWidth, 'a band\'s label with its date').to.equal(Math.ceil(measure('September 2024 · Troops said to be training')) + 2 * padding);
  });
});
