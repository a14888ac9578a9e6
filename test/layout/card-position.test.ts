/**
 * Where the horizontal chart's panels go (src/layout/card-position.ts): the card docks beside the plot on a wide
 * element and under it otherwise; a cluster's list floats next to its cluster, under, over or beside it, inside
 * the plot and never over the cluster.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { cardDock, placeFloatingPanel } from '../../src/layout/card-position.js';
import { CARD, HORIZONTAL } from '../../src/layout/geometry.js';

const { rowHeight } = HORIZONTAL;
const { offset, preferredHeight } = CARD;

describe('cardDock', () => {
  const table: [number, 'beside' | 'below'][] = [
    [0, 'below'],
    [375, 'below'],
    [680, 'below'],
    [CARD.dockBesideFrom - 1, 'below'],
    [CARD.dockBesideFrom, 'beside'],
    [1000, 'beside'],
    [1600, 'beside'],
  ];
  for (const [width, dock] of table) {
    it(`docks the card ${dock} the plot in an element ${width} px wide`, () => {
      expect(cardDock(width)).to.equal(dock);
    });
  }
});

describe('placeFloatingPanel', () => {
  it('opens under a cluster near the top, just below it, as wide as a card, with the rest of the plot to scroll in', () => {
    const placement = placeFloatingPanel({ anchorStart: 200, anchorEnd: 240, rowTop: 52, plotWidth: 1000, plotHeight: 600 });
    const top = 52 + rowHeight + offset;
    expect(placement).to.deep.equal({ inlineStart: 200, width: CARD.width, top, maxHeight: 600 - top - offset });
  });

  it('opens over a cluster near the bottom, its bottom edge just above the cluster, its top inside the plot', () => {
    const placement = placeFloatingPanel({ anchorStart: 200, anchorEnd: 240, rowTop: 520, plotWidth: 1000, plotHeight: 600 });
    expect(placement).to.deep.equal({ inlineStart: 200, width: CARD.width, bottom: 600 - 520 + offset, maxHeight: 520 - 2 * offset });
  });

  it('opens under a count column, clear of the whole column', () => {
    const placement = placeFloatingPanel({ anchorStart: 200, anchorEnd: 240, rowTop: 0, anchorHeight: 5 * rowHeight, plotWidth: 1000, plotHeight: 600 });
    expect(placement.top).to.equal(5 * rowHeight + offset);
  });

  it('stays under the cluster while there is a preferred height under it, however much more there is over it', () => {
    const rowTop = 2000 - rowHeight - 2 * offset - preferredHeight;
    const at = (top: number) => placeFloatingPanel({ anchorStart: 0, anchorEnd: 40, rowTop: top, plotWidth: 1000, plotHeight: 2000 });
    expect(at(rowTop).top).to.equal(rowTop + rowHeight + offset);
    expect(at(rowTop + 1).bottom).to.equal(2000 - rowTop - 1 + offset);
  });

  it('in a plot too short to open under or over, stands beside the cluster (after it, else before it) with the plot\'s height', () => {
    // A plot of four rows, the cluster in the third.
    const plot = { rowTop: 3 * rowHeight, plotWidth: 968, plotHeight: 116 };
    expect(placeFloatingPanel({ ...plot, anchorStart: 100, anchorEnd: 140 })).to.deep.equal({ inlineStart: 140 + offset, width: CARD.width, top: offset, maxHeight: 116 - 2 * offset });
    expect(placeFloatingPanel({ ...plot, anchorStart: 910, anchorEnd: 950 })).to.deep.equal({ inlineStart: 910 - offset - CARD.width, width: CARD.width, top: offset, maxHeight: 116 - 2 * offset });
  });

  it('in a plot too short for it under or over, and too narrow for a card beside, stands beside it narrower, down to half a card', () => {
    const placement = placeFloatingPanel({ anchorStart: 150, anchorEnd: 190, rowTop: rowHeight, plotWidth: 500, plotHeight: 4 * rowHeight });
    expect(placement).to.deep.equal({ inlineStart: 190 + offset, width: 500 - 190 - offset, top: offset, maxHeight: 4 * rowHeight - 2 * offset });
  });

  it('in a narrow plot with room for a few rows under the cluster, opens under it and scrolls in that room', () => {
    const placement = placeFloatingPanel({ anchorStart: 150, anchorEnd: 190, rowTop: rowHeight, plotWidth: 500, plotHeight: 6 * rowHeight });
    expect(placement).to.deep.equal({ inlineStart: 150, width: CARD.width, top: 2 * rowHeight + offset, maxHeight: 4 * rowHeight - 2 * offset });
  });

  const inline: [string, number, number, number, number][] = [
    ['starts at its cluster when it fits', 300, 1000, 300, CARD.width],
    ['moves back from the plot\'s end', 900, 1000, 1000 - CARD.width, CARD.width],
    ['starts at the plot\'s start for a cluster before it', -80, 1000, 0, CARD.width],
    ['ends exactly at the plot\'s end for a cluster there', 1000 - CARD.width, 1000, 1000 - CARD.width, CARD.width],
    ['fills a plot narrower than a card', 150, 280, 0, 280],
    ['fills a plot exactly a card wide', 40, CARD.width, 0, CARD.width],
  ];
  for (const [what, anchorStart, plotWidth, inlineStart, width] of inline) {
    it(`under its cluster, ${what}`, () => {
      const placement = placeFloatingPanel({ anchorStart, anchorEnd: anchorStart + 40, rowTop: 0, plotWidth, plotHeight: 600 });
      expect([placement.inlineStart, placement.width, placement.top]).to.deep.equal([inlineStart, width, rowHeight + offset]);
    });
  }

  it('in a plot too small for it anywhere beside, under or over, covers its cluster from the plot\'s top rather than open out of sight', () => {
    const placement = placeFloatingPanel({ anchorStart: 150, anchorEnd: 190, rowTop: 0, anchorHeight: 4 * rowHeight, plotWidth: 343, plotHeight: 4 * rowHeight });
    expect(placement).to.deep.equal({ inlineStart: 3, width: CARD.width, top: offset, maxHeight: 4 * rowHeight - 2 * offset });
  });

  it('stays inside the plot, opens on exactly one side, and never covers its cluster where the plot has room for it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 40, max: 3000 }).chain((plotWidth) =>
          fc.tuple(fc.constant(plotWidth), fc.double({ min: -200, max: plotWidth - 20, noNaN: true }), fc.integer({ min: 20, max: 300 })),
        ),
        fc.integer({ min: rowHeight, max: 2000 }).chain((plotHeight) =>
          fc.tuple(fc.constant(plotHeight), fc.integer({ min: 0, max: Math.floor(plotHeight / rowHeight) - 1 }), fc.integer({ min: 1, max: 8 })),
        ),
        ([plotWidth, anchorStart, anchorWidth], [plotHeight, row, rows]) => {
          const rowTop = row * rowHeight;
          const anchorHeight = Math.min(rows * rowHeight, plotHeight - rowTop);
          const anchorEnd = anchorStart + anchorWidth;
          const placement = placeFloatingPanel({ anchorStart, anchorEnd, rowTop, anchorHeight, plotWidth, plotHeight });
          const { inlineStart, width, top, bottom, maxHeight } = placement;
          const where = JSON.stringify({ plotWidth, plotHeight, anchorStart, anchorEnd, rowTop, anchorHeight, placement });
          expect([top, bottom].filter((side) => side !== undefined), where).to.have.length(1);
          expect(width, where).to.be.at.most(Math.min(CARD.width, plotWidth));
          expect(width, where).to.be.at.least(Math.min(CARD.width, plotWidth) / 2);
          expect(maxHeight, where).to.be.at.least(0);
          const panelTop = top ?? plotHeight - bottom! - maxHeight;
          const panelBottom = panelTop + maxHeight;
          expect(panelTop, `inside the plot: ${where}`).to.be.at.least(-1e-9);
          expect(panelBottom, `inside the plot: ${where}`).to.be.at.most(plotHeight + 1e-9);
          expect(inlineStart, `inside the plot: ${where}`).to.be.at.least(-1e-9);
          expect(inlineStart + width, `inside the plot: ${where}`).to.be.at.most(plotWidth + 1e-9);
          const roomUnderOrOver = Math.max(plotHeight - rowTop - anchorHeight - 2 * offset, rowTop - 2 * offset);
          const roomBeside = Math.max(plotWidth - Math.max(anchorEnd + offset, 0), Math.min(anchorStart - offset, plotWidth));
          if (roomUnderOrOver < 2 * rowHeight && roomBeside < Math.min(CARD.width, plotWidth) / 2) return;
          const apartInline = inlineStart + width <= anchorStart + 1e-9 || inlineStart >= anchorEnd - 1e-9;
          const apartBlock = panelBottom <= rowTop + 1e-9 || panelTop >= rowTop + anchorHeight - 1e-9;
          expect(apartInline || apartBlock, `never over its cluster: ${where}`).to.equal(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
