/**
 * Where the card, or an open cluster's list, floats over the horizontal chart (src/layout/card-position.ts):
 * beside its event, under the event's row or over it when the row is low, never past the plot's edges.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { placeFloatingPanel } from '../../src/layout/card-position.js';
import { CARD, HORIZONTAL } from '../../src/layout/geometry.js';

const { rowHeight } = HORIZONTAL;

describe('placeFloatingPanel', () => {
  it('opens under a row near the top, just below it, as wide as a card, with the rest of the plot to scroll in', () => {
    const placement = placeFloatingPanel({ anchorStart: 200, rowTop: 52, plotWidth: 1000, plotHeight: 600 });
    expect(placement).to.deep.equal({ inlineStart: 200, width: CARD.width, top: 52 + rowHeight + CARD.offset, maxHeight: 600 - (52 + rowHeight + CARD.offset) - CARD.offset });
  });

  it('opens over a row near the bottom, its bottom edge just above the row', () => {
    const placement = placeFloatingPanel({ anchorStart: 200, rowTop: 520, plotWidth: 1000, plotHeight: 600 });
    expect(placement.top).to.equal(undefined);
    expect(placement.bottom).to.equal(600 - 520 + CARD.offset);
    expect(placement.maxHeight).to.equal(520 - 2 * CARD.offset);
  });

  it('stays under the row while there is a card\'s preferred height under it, however much more there is over it', () => {
    const rowTop = 2000 - rowHeight - 2 * CARD.offset - CARD.preferredHeight;
    expect(placeFloatingPanel({ anchorStart: 0, rowTop, plotWidth: 1000, plotHeight: 2000 }).top).to.equal(rowTop + rowHeight + CARD.offset);
    expect(placeFloatingPanel({ anchorStart: 0, rowTop: rowTop + 1, plotWidth: 1000, plotHeight: 2000 }).bottom).to.equal(2000 - rowTop - 1 + CARD.offset);
  });

  it('opens under the row of a short plot with equal room over and under', () => {
    const plotHeight = 2 * rowHeight + 4 * CARD.offset;
    const placement = placeFloatingPanel({ anchorStart: 0, rowTop: rowHeight / 2 + 2 * CARD.offset, plotWidth: 500, plotHeight });
    expect(placement.top).to.not.equal(undefined);
    expect(placement.maxHeight, 'a card is never squeezed below its least height').to.equal(CARD.minHeight);
  });

  const inline: [string, number, number, number, number][] = [
    ['starts at its anchor when it fits', 300, 1000, 300, CARD.width],
    ['moves back from the plot\'s end', 900, 1000, 1000 - CARD.width, CARD.width],
    ['starts at the plot\'s start for an anchor before it', -80, 1000, 0, CARD.width],
    ['ends exactly at the plot\'s end for an anchor there', 1000 - CARD.width, 1000, 1000 - CARD.width, CARD.width],
    ['fills a plot narrower than a card', 150, 280, 0, 280],
    ['fills a plot exactly a card wide', 40, CARD.width, 0, CARD.width],
  ];
  for (const [what, anchorStart, plotWidth, inlineStart, width] of inline) {
    it(`${what}`, () => {
      const placement = placeFloatingPanel({ anchorStart, rowTop: 0, plotWidth, plotHeight: 600 });
      expect([placement.inlineStart, placement.width]).to.deep.equal([inlineStart, width]);
    });
  }

  it('never runs past the plot\'s inline edges, opens on exactly one side and is never shorter than a card\'s least height', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }).chain((plotWidth) => fc.tuple(fc.constant(plotWidth), fc.double({ min: -500, max: plotWidth + 500, noNaN: true }))),
        fc.integer({ min: rowHeight, max: 2000 }).chain((plotHeight) => fc.tuple(fc.constant(plotHeight), fc.double({ min: 0, max: plotHeight - rowHeight, noNaN: true }))),
        ([plotWidth, anchorStart], [plotHeight, rowTop]) => {
          const placement = placeFloatingPanel({ anchorStart, rowTop, plotWidth, plotHeight });
          const { inlineStart, width, top, bottom, maxHeight } = placement;
          expect(width).to.equal(Math.min(CARD.width, plotWidth));
          expect(inlineStart).to.be.at.least(0);
          if (plotWidth >= width) expect(inlineStart + width).to.be.at.most(plotWidth);
          if (anchorStart >= 0 && anchorStart + width <= plotWidth) expect(inlineStart, 'beside its anchor').to.be.closeTo(anchorStart, 1e-9);
          expect([top, bottom].filter((side) => side !== undefined), JSON.stringify(placement)).to.have.length(1);
          expect(maxHeight).to.be.at.least(CARD.minHeight);
          const roomUnder = plotHeight - (rowTop + rowHeight + CARD.offset) - CARD.offset;
          const roomOver = rowTop - 2 * CARD.offset;
          if (top !== undefined) {
            expect(top, 'under the row, clear of it').to.equal(rowTop + rowHeight + CARD.offset);
            if (roomUnder >= CARD.minHeight) expect(top + maxHeight, 'inside the plot').to.be.at.most(plotHeight - CARD.offset + 1e-9);
          } else {
            expect(plotHeight - bottom!, 'over the row, clear of it').to.be.closeTo(rowTop - CARD.offset, 1e-9);
            expect(roomOver, 'opens over only where there is more room there').to.be.above(roomUnder);
            expect(roomUnder, 'opens over only where a card would be cut under').to.be.below(CARD.preferredHeight);
            if (roomOver >= CARD.minHeight) expect(plotHeight - bottom! - maxHeight, 'inside the plot').to.be.at.least(CARD.offset - 1e-9);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
