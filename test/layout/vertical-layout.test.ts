import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { layoutVertical } from '../../src/layout/vertical-layout.js';

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
