import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { packLabels, type PackingItem, type PackingResult } from '../../src/layout/label-packing.js';

const point = (id: string, x: number, labelWidth = 50): PackingItem => ({ id, markStart: x, markEnd: x + 6, labelWidth });

/** Every claimed stretch (labels and cluster badges), as boxes on rows. */
function boxes(result: PackingResult) {
  return [
    ...result.labels.map((label) => ({ id: label.id, row: label.row, start: label.start, end: label.end })),
    ...result.clusters.map((cluster) => ({ id: `cluster:${cluster.ids.join(',')}`, row: cluster.row, start: cluster.start, end: cluster.end })),
  ];
}

function expectNoOverlap(result: PackingResult, gap: number) {
  const all = boxes(result);
  for (const a of all) {
    for (const b of all) {
      if (a === b || a.row !== b.row) continue;
      const apart = a.end + gap <= b.start || b.end + gap <= a.start;
      expect(apart, `${a.id} [${a.start}, ${a.end}] and ${b.id} [${b.start}, ${b.end}] on row ${a.row}`).to.equal(true);
    }
  }
}

describe('packLabels', () => {
  it('keeps labels on one row when they fit side by side', () => {
    const result = packLabels([point('a', 0), point('b', 100), point('c', 200)], { gap: 8 });
    expect(result.labels.map((label) => label.row)).to.deep.equal([0, 0, 0]);
    expect(result.clusters).to.deep.equal([]);
    expect(result.rowCount).to.equal(1);
  });

  it('stacks a label into the next row when it would touch its neighbour', () => {
    const result = packLabels([point('a', 0, 80), point('b', 40), point('c', 100)], { gap: 8 });
    expect(result.labels.map((label) => [label.id, label.row])).to.deep.equal([['a', 0], ['b', 1], ['c', 0]]);
  });

  it('folds neighbours into one count cluster on the last row when rows run out', () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((id, index) => point(id, index * 5, 60));
    const result = packLabels(items, { maxRows: 3, gap: 8 });
    expect(result.labels.map((label) => label.id)).to.deep.equal(['a', 'b']);
    expect(result.clusters).to.have.length(1);
    expect(result.clusters[0]!.ids).to.deep.equal(['c', 'd', 'e']);
    expect(result.clusters[0]!.row).to.equal(2);
    expect(result.rowCount).to.equal(3);
  });

  it('shares a single row between labels and clusters without overlap', () => {
    const items = [point('a', 0, 60), point('b', 10, 60), point('c', 300, 40)];
    const result = packLabels(items, { maxRows: 1, gap: 8, clusterWidth: 30 });
    expect(result.clusters.map((cluster) => cluster.ids)).to.deep.equal([['a', 'b']]);
    expect(result.labels.map((label) => label.id)).to.deep.equal(['c']);
    expectNoOverlap(result, 8);
  });

  it('moves the label of a mark that starts before the view to the view start', () => {
    const [label] = packLabels([{ id: 'range', markStart: -500, markEnd: 300, labelWidth: 80 }], { viewStart: 0 }).labels;
    expect(label!.labelStart).to.equal(0);
    expect(label!.end).to.equal(300);
  });

  it('cuts labels longer than the maximum width', () => {
    const [label] = packLabels([point('long', 0, 900)], { maxLabelWidth: 200 }).labels;
    expect(label!.labelWidth).to.equal(200);
  });

  it('never overlaps two placed labels or badges, and places or folds every event exactly once', () => {
    const itemArb = fc.record({
      markStart: fc.integer({ min: -200, max: 1200 }),
      length: fc.oneof(fc.constant(6), fc.integer({ min: 0, max: 400 })),
      labelWidth: fc.integer({ min: 0, max: 300 }),
    });
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 12 }), (raw, maxRows, gap) => {
        const items = raw
          .map((item, index) => ({ id: `e${index}`, markStart: item.markStart, markEnd: item.markStart + item.length, labelWidth: item.labelWidth }))
          .sort((a, b) => a.markStart - b.markStart);
        const result = packLabels(items, { maxRows, gap, viewStart: 0 });
        expectNoOverlap(result, gap);
        const seen = [...result.labels.map((label) => label.id), ...result.clusters.flatMap((cluster) => cluster.ids)].sort();
        expect(seen).to.deep.equal(items.map((item) => item.id).sort());
        expect(result.rowCount).to.be.at.most(maxRows);
        for (const label of result.labels) expect(label.row).to.be.below(maxRows);
      }),
      { numRuns: 300 },
    );
  });
});
