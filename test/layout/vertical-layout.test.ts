import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { layoutVertical, layoutVerticalTimeline, wrappedLines } from '../../src/layout/vertical-layout.js';
import { EventIndex } from '../../src/layout/visible-events.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';

describe('layoutVertical', () => {
  it('keeps proportional positions where they fit', () => {
    const { blocks } = layoutVertical([
      { id: 'a', position: 0, time: 0, height: 20 },
      { id: 'b', position: 50, time: 1, height: 20 },
    ]);
    expect(blocks.map((block) => block.y)).to.deep.equal([0, 50]);
  });

  it('pushes a block down rather than overlap, and collapses long gaps into a marker', () => {
    const { blocks, gaps } = layoutVertical(
      [
        { id: 'a', position: 0, time: 0, height: 40 },
        { id: 'b', position: 10, time: 1, height: 40 },
        { id: 'c', position: 5000, time: 2, height: 40 },
      ],
      { gap: 10, maxGap: 100, gapMarkerHeight: 30 },
    );
    expect(blocks.map((block) => block.y)).to.deep.equal([0, 50, 130]);
    expect(gaps).to.deep.equal([{ y: 95, fromTime: 1, toTime: 2 }]);
  });

  it('never overlaps blocks and keeps time order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 10, max: 80 })), { maxLength: 50 }), (raw) => {
        const items = raw.map(([position, height], index) => ({ id: `e${index}`, position, height, time: position })).sort((a, b) => a.position - b.position);
        const { blocks } = layoutVertical(items, { gap: 8 });
        for (let index = 1; index < blocks.length; index++) {
          expect(blocks[index]!.y).to.be.at.least(blocks[index - 1]!.y + blocks[index - 1]!.height + 8);
        }
      }),
    );
  });
});

describe('layoutVerticalTimeline', () => {
  const index = new EventIndex(parseDataset(syntheticEvents(1000, { seed: 9 })).events);
  const window = { start: index.extent!.start, end: index.extent!.end };
  const measure = (text: string) => text.length * 7;

  it('lists a long window a page at a time: the page that holds the focused event', () => {
    for (const focusOrder of [0, 99, 100, 555, 999]) {
      const layout = layoutVerticalTimeline({ index, window, width: 360, laneMode: 'actor', locale: 'en', measure, focusOrder, maxBlocks: 100 });
      const orders = layout.blocks.map((block) => block.order);
      expect(orders, `page of ${focusOrder}`).to.include(focusOrder);
      expect(orders).to.have.length(100);
      expect(layout.earlier + orders.length + layout.later).to.equal(index.count(window));
      expect(layout.earlier).to.equal(Math.floor(focusOrder / 100) * 100);
      if (layout.earlier > 0) expect(layout.lastEarlier).to.equal(orders[0]! - 1);
      else expect(layout.lastEarlier).to.equal(undefined);
      if (layout.later > 0) expect(layout.firstLater).to.equal(orders[orders.length - 1]! + 1);
      else expect(layout.firstLater).to.equal(undefined);
      for (const block of layout.blocks) expect(block.lane).to.equal(index.lanes('actor').laneOf[block.order]);
    }
  });

  it('lists a short window whole', () => {
    const week = { start: Date.UTC(2023, 5, 1), end: Date.UTC(2023, 5, 8) };
    const layout = layoutVerticalTimeline({ index, window: week, width: 360, laneMode: 'none', locale: 'en', measure, focusOrder: 0 });
    expect(layout.blocks.map((block) => block.order)).to.deep.equal(index.visible(week));
    expect([layout.earlier, layout.later]).to.deep.equal([0, 0]);
  });
});

describe('wrappedLines', () => {
  const measure = (text: string) => text.length * 7;
  const cases: [string, number, number][] = [
    ['one line when the text fits', 200, 1],
    ['a new line for a word that does not fit the rest of the line', 150, 2],
    ['as many lines as the words need', 75, 3],
  ];
  for (const [what, width, lines] of cases) {
    it(what, () => {
      // "Seoul says deployment likely": words of 35, 28, 70 and 42 px, spaces of 7 px: 196 px in all.
      expect(wrappedLines('Seoul says deployment likely', width, measure)).to.equal(lines);
    });
  }

  it('breaks a word longer than a line over as many lines as it needs', () => {
    expect(wrappedLines('x'.repeat(30), 70, measure)).to.equal(3);
  });

  it('never says fewer lines than its words need side by side, nor more than one a word', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }).filter((word) => !/\s/.test(word)), { minLength: 1, maxLength: 12 }), fc.integer({ min: 90, max: 400 }), (words, width) => {
        const lines = wrappedLines(words.join(' '), width, measure);
        const wordsOnly = words.reduce((sum, word) => sum + measure(word), 0);
        expect(lines).to.be.at.least(Math.ceil(wordsOnly / width));
        expect(lines).to.be.at.most(words.length);
      }),
    );
  });
});
