import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { marksMustFold, packLabels, packLabelsUnlessClustered, type PackingItem, type PackingOptions, type PackingResult, type RowObstacle } from '../../src/layout/label-packing.js';
import { marksDeep } from './mark-depth.js';

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

  it('draws every event as a mark, labelled where there is room, when the labels do not fit but the marks do', () => {
    // Before: the last three folded into "+3". Five marks 5 px apart fit in three rows as marks alone.
    const items = ['a', 'b', 'c', 'd', 'e'].map((id, index) => point(id, index * 5, 60));
    const result = packLabels(items, { maxRows: 3, gap: 8 });
    expect(result.clusters).to.deep.equal([]);
    expect(result.labels.map((label) => label.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(result.labels.filter((label) => label.labelled).length, 'some labelled, not all').to.be.within(1, 4);
    for (const label of result.labels.filter((placed) => !placed.labelled)) {
      expect([label.start, label.end, label.labelWidth], `${label.id} claims its mark alone`).to.deep.equal([items.find((item) => item.id === label.id)!.markStart, items.find((item) => item.id === label.id)!.markEnd, 0]);
    }
    expect(result.rowCount).to.equal(3);
    expectNoOverlap(result, 8);
  });

  it('folds into a count cluster on the last row only the marks that do not fit in the others', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => point(id, 100, 60));
    const result = packLabels(items, { maxRows: 3, gap: 8 });
    expect(result.labels.map((label) => [label.id, label.row])).to.deep.equal([['a', 0], ['b', 1]]);
    expect(result.clusters.map((cluster) => [cluster.ids, cluster.row])).to.deep.equal([[['c', 'd', 'e', 'f'], 2]]);
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
});

const arbitraryItems = (keys: boolean) =>
  fc
    .array(
      fc.record({
        markStart: fc.integer({ min: -200, max: 1200 }),
        length: fc.oneof(fc.constant(12), fc.integer({ min: 0, max: 400 })),
        labelWidth: fc.integer({ min: 0, max: 500 }),
        labelOffset: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        flippedLabelEnd: fc.option(fc.integer({ min: -12, max: 0 }), { nil: undefined }),
        key: keys ? fc.boolean() : fc.constant(false),
      }),
      { maxLength: 60 },
    )
    .map((raw) =>
      raw
        .map(({ length, ...item }, index): PackingItem => {
          const packed: PackingItem = { id: `e${index}`, markStart: item.markStart, markEnd: item.markStart + length, labelWidth: item.labelWidth, key: item.key };
          if (item.labelOffset !== undefined) packed.labelOffset = item.labelOffset;
          if (item.flippedLabelEnd !== undefined) packed.flippedLabelEnd = item.flippedLabelEnd;
          return packed;
        })
        .sort((a, b) => a.markStart - b.markStart),
    );

/** A stretch taken at the start of a row or two, as a lane's name takes its first row's. */
const arbitraryObstacles = fc.uniqueArray(
  fc.record({ row: fc.integer({ min: 0, max: 3 }), width: fc.integer({ min: 1, max: 200 }) }).map(({ row, width }): RowObstacle => ({ row, start: 0, end: width })),
  { maxLength: 2, selector: (obstacle) => obstacle.row },
);

const arbitraryOptions = fc.record({
  maxRows: fc.integer({ min: 1, max: 6 }),
  gap: fc.integer({ min: 1, max: 12 }),
  viewEnd: fc.integer({ min: 300, max: 1400 }),
  maxLabelWidth: fc.integer({ min: 60, max: 440 }),
  labelOffset: fc.integer({ min: 0, max: 16 }),
  clusterWidth: fc.integer({ min: 20, max: 48 }),
});

/** Every claim, badge and obstacle, and the gap between them, on every row. */
function expectNothingTouches(result: PackingResult, obstacles: readonly RowObstacle[], gap: number, maxRows: number) {
  expectNoOverlap(result, gap);
  for (const obstacle of obstacles) {
    if (obstacle.row >= maxRows) continue;
    for (const box of boxes(result)) {
      if (box.row !== obstacle.row) continue;
      const apart = box.end + gap <= obstacle.start || obstacle.end + gap <= box.start;
      expect(apart, `${box.id} [${box.start}, ${box.end}] and the obstacle [${obstacle.start}, ${obstacle.end}] on row ${box.row}`).to.equal(true);
    }
  }
}

/** The label rule: after the mark, or ending before it when flipped; cut only at the view's edges or at the maximum. */
function expectOneLabelRule(result: PackingResult, items: readonly PackingItem[], options: PackingOptions) {
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const label of result.labels) {
    const item = byId.get(label.id)!;
    expect(label.start, `${label.id}: the claim covers the mark`).to.be.at.most(item.markStart);
    expect(label.end, `${label.id}: the claim covers the mark`).to.be.at.least(item.markEnd);
    if (!label.labelled) {
      expect([label.start, label.end, label.labelWidth, label.flipped], `${label.id} is its mark alone`).to.deep.equal([item.markStart, item.markEnd, 0, false]);
      continue;
    }
    const after = Math.max(item.markStart + (item.labelOffset ?? options.labelOffset), options.viewStart);
    const wanted = Math.min(item.labelWidth, options.maxLabelWidth);
    if (label.flipped) {
      expect(label.labelStart + label.labelWidth, `${label.id}: a flipped label ends just before its mark`).to.be.closeTo(item.markStart + (item.flippedLabelEnd ?? -options.gap), 1e-9);
      expect(options.viewEnd - after, `${label.id} flips only for lack of room after its mark`).to.be.below(wanted);
    } else {
      expect(label.labelStart, `${label.id}: the label starts after its mark`).to.equal(after);
    }
    expect(label.labelWidth, label.id).to.be.at.most(wanted);
    if (label.labelWidth < wanted) {
      const atAnEdge = label.flipped ? label.labelStart <= options.viewStart + 1e-9 : label.labelStart + label.labelWidth >= options.viewEnd - 1e-9;
      expect(atAnEdge, `${label.id} is cut to ${label.labelWidth} of ${wanted} only at the view's edge`).to.equal(true);
    }
    expect(label.start).to.equal(Math.min(item.markStart, label.labelStart));
    expect(label.end).to.equal(Math.max(item.markEnd, label.labelStart + label.labelWidth));
  }
}

const foldedIds = (result: PackingResult) => new Set(result.clusters.flatMap((cluster) => cluster.ids));

describe('packLabels: marks, labels and clusters', () => {
  it('keeps every claim, badge and obstacle apart, places or folds every event once, and follows one label rule, at any items', () => {
    fc.assert(
      fc.property(arbitraryItems(true), arbitraryObstacles, arbitraryOptions, (items, obstacles, settings) => {
        const options: PackingOptions = { ...settings, viewStart: 0, obstacles };
        const result = packLabels(items, options);
        expectNothingTouches(result, obstacles, options.gap, options.maxRows);
        const seen = [...result.labels.map((label) => label.id), ...result.clusters.flatMap((cluster) => cluster.ids)].sort();
        expect(seen, 'every event once').to.deep.equal(items.map((item) => item.id).sort());
        expect(result.rowCount).to.be.at.most(options.maxRows);
        for (const label of result.labels) expect(label.row).to.be.below(options.maxRows);
        expect(result.labels.map((label) => label.id), 'in the order of their marks').to.deep.equal(items.map((item) => item.id).filter((id) => !foldedIds(result).has(id)));
        expectOneLabelRule(result, items, options);
      }),
      { numRuns: 500 },
    );
  });

  it('labels every event when every label fits in the rows', () => {
    fc.assert(
      fc.property(arbitraryItems(true), arbitraryObstacles, arbitraryOptions, (items, obstacles, settings) => {
        const options = { ...settings, viewStart: 0, obstacles };
        const unlimited = packLabels(items, { ...options, maxRows: 40 });
        fc.pre(unlimited.labels.every((label) => label.labelled) && unlimited.clusters.length === 0);
        const result = packLabels(items, { ...options, maxRows: Math.max(unlimited.rowCount, 1) });
        expect(result.clusters).to.deep.equal([]);
        expect(result.labels.every((label) => label.labelled), 'every event labelled').to.equal(true);
        expect(result.labels).to.deep.equal(unlimited.labels);
      }),
      { numRuns: 300 },
    );
    expect(packLabels([point('a', 0, 900), point('b', 0, 900), point('c', 5, 900)]).labels.every((label) => label.labelled), 'with rows to spare').to.equal(true);
  });

  it('draws every event as a mark, folding none, when the labels do not fit but the marks do', () => {
    // Marks at least the gap apart fit on one row, however long their labels.
    const spaced = fc
      .record({ gap: fc.integer({ min: 1, max: 12 }), steps: fc.array(fc.record({ space: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 0, max: 30 }), labelWidth: fc.integer({ min: 0, max: 400 }), key: fc.boolean() }), { minLength: 1, maxLength: 200 }) })
      .map(({ gap, steps }) => {
        let x = 0;
        const items = steps.map(({ space, length, labelWidth, key }, index): PackingItem => {
          const item = { id: `e${index}`, markStart: x, markEnd: x + length, labelWidth, key };
          x += length + gap + space;
          return item;
        });
        return { gap, items };
      });
    fc.assert(
      fc.property(spaced, fc.integer({ min: 1, max: 4 }), ({ gap, items }, maxRows) => {
        const result = packLabels(items, { gap, maxRows, viewStart: 0, viewEnd: 1e6 });
        expect(result.clusters, 'nothing folded').to.deep.equal([]);
        expect(result.labels.map((label) => label.id)).to.deep.equal(items.map((item) => item.id));
        expectNoOverlap(result, gap);
      }),
      { numRuns: 300 },
    );
  });

  it('draws a thousand events over two years at 1,200 px as marks', () => {
    // Twelve-pixel dots, 12 px apart, in the rows of a 660 px plot.
    const items = Array.from({ length: 1000 }, (_, index): PackingItem => {
      const x = (((index * 7919) % 1000) / 1000) * 1200;
      return { id: `e${index}`, markStart: x - 6, markEnd: x + 6, labelWidth: 250 };
    }).sort((a, b) => a.markStart - b.markStart);
    const result = packLabels(items, { gap: 12, maxRows: 25, viewStart: 0, viewEnd: 1200 });
    expect(result.clusters).to.deep.equal([]);
    expect(result.labels).to.have.length(1000);
    expect(result.labels.some((label) => label.labelled)).to.equal(true);
  });

  it('folds no more than the rows cannot hold: no cluster while the marks alone would fit', () => {
    // Without key events, marks go first fit in time order, which fits every lane whose marks (with their gap)
    // never stand more than the rows deep; one row is kept for clusters only when they do not.
    fc.assert(
      fc.property(arbitraryItems(false), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 12 }), (items, maxRows, gap) => {
        const deepest = marksDeep(items, gap);
        const result = packLabels(items, { maxRows, gap, viewStart: 0 });
        if (deepest <= maxRows) expect(result.clusters, `marks ${deepest} deep in ${maxRows} rows`).to.deep.equal([]);
      }),
      { numRuns: 500 },
    );
  });

  it('never folds a key event while the key events alone fit as marks, in a lane of two rows or more', () => {
    // One row is the clusters' when anything folds: key events fold only when they stand deeper than the rest.
    fc.assert(
      fc.property(arbitraryItems(true), arbitraryOptions, (items, settings) => {
        fc.pre(settings.maxRows >= 2);
        const result = packLabels(items, { ...settings, viewStart: 0 });
        const keys = items.filter((item) => item.key);
        const folded = foldedIds(result);
        if (marksDeep(keys, settings.gap) <= settings.maxRows - 1) {
          expect(keys.filter((item) => folded.has(item.id)).map((item) => item.id), 'key events folded').to.deep.equal([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('labels a key event before an ordinary one that wants the same room', () => {
    // Three marks on a row; two rows; room for two labels. In time order the first takes the second row's room.
    const items = [point('first', 0, 200), { ...point('second', 20, 200), key: true }, point('third', 100, 200)];
    const keyed = packLabels(items, { maxRows: 2, gap: 8 });
    expect(keyed.clusters).to.deep.equal([]);
    expect(keyed.labels.map((label) => [label.id, label.labelled])).to.deep.equal([['first', false], ['second', true], ['third', true]]);
    const plain = packLabels(items.map((item) => ({ ...item, key: false })), { maxRows: 2, gap: 8 });
    expect(plain.labels.map((label) => [label.id, label.labelled])).to.deep.equal([['first', true], ['second', false], ['third', true]]);
  });

  it('keeps a key event out of the cluster of a crowd it stands in', () => {
    const crowd = Array.from({ length: 8 }, (_, index): PackingItem => ({ ...point(`e${index}`, 100, 60), key: index === 5 }));
    const result = packLabels(crowd, { maxRows: 3, gap: 8 });
    expect(foldedIds(result).has('e5')).to.equal(false);
    expect(result.labels.find((label) => label.id === 'e5')!.row, 'the key event takes the first row').to.equal(0);
  });

  it('flips a label only near the end of the view, to end the gap before its mark', () => {
    const result = packLabels([point('early', 100, 200), point('late', 900, 200)], { gap: 8, viewStart: 0, viewEnd: 1000 });
    const [early, late] = result.labels;
    expect([early!.flipped, early!.labelStart]).to.deep.equal([false, 100]);
    expect(late!.flipped).to.equal(true);
    expect(late!.labelStart + late!.labelWidth, 'ends 8 px before the mark starts').to.equal(892);
    expect(late!.labelWidth, 'whole').to.equal(200);
    const own = packLabels([{ ...point('late', 900, 200), flippedLabelEnd: -4 }], { gap: 8, viewEnd: 1000 }).labels[0]!;
    expect(own.labelStart + own.labelWidth, 'or where the item says').to.equal(896);
  });

  it('keeps an obstacle\'s stretch of its row clear, with the gap', () => {
    const result = packLabels([point('a', 10, 60), point('b', 200, 60)], { gap: 8, obstacles: [{ row: 0, start: 0, end: 100 }] });
    expect(result.labels.map((label) => [label.id, label.row])).to.deep.equal([['a', 1], ['b', 0]]);
    expect(result.rowCount, 'an obstacle alone does not count as a row used').to.equal(2);
    expect(packLabels([point('c', 300, 60)], { obstacles: [{ row: 0, start: 0, end: 100 }] }).rowCount).to.equal(1);
  });
});

describe('packLabelsUnlessClustered', () => {
  it('packs as packLabels does when nothing folds, and gives up when something must, with any fewer rows too', () => {
    fc.assert(
      fc.property(arbitraryItems(true), arbitraryObstacles, arbitraryOptions, (items, obstacles, settings) => {
        const options: PackingOptions = { ...settings, viewStart: 0, obstacles };
        const whole = packLabels(items, options);
        const unlessClustered = packLabelsUnlessClustered(items, options);
        if (whole.clusters.length === 0) expect(unlessClustered).to.deep.equal(whole);
        else {
          expect(unlessClustered).to.equal(undefined);
          // A lane planned as a crowd wants every row: what packLabels says it used.
          expect(whole.rowCount).to.equal(Math.floor(options.maxRows));
          for (let rows = 1; rows < options.maxRows; rows++) expect(packLabels(items, { ...options, maxRows: rows }).clusters, `${rows} rows`).to.not.deep.equal([]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('marksMustFold', () => {
  it('says so only when packing would fold events into clusters, at any items without key events', () => {
    fc.assert(
      fc.property(arbitraryItems(false), arbitraryObstacles, arbitraryOptions, (items, obstacles, settings) => {
        const options: PackingOptions = { ...settings, viewStart: 0, obstacles };
        if (marksMustFold(items, options.maxRows, options.gap)) {
          expect(packLabelsUnlessClustered(items, options), 'gives up').to.equal(undefined);
          expect(packLabels(items, options).clusters, 'clusters').to.not.deep.equal([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('counts the marks that overlap, keeping the gap, and leaves a lane with a key event to the packing', () => {
    const three = [point('a', 0), point('b', 4), point('c', 8)];
    expect(marksMustFold(three, 2, 8), 'three overlapping marks on two rows').to.equal(true);
    expect(marksMustFold(three, 3, 8), 'on three rows').to.equal(false);
    const spaced = [point('a', 0), point('b', 14), point('c', 28)];
    expect(marksMustFold(spaced, 1, 8), '6 px marks 14 px apart, 8 px gap: one row').to.equal(false);
    expect(marksMustFold(spaced, 1, 9), 'a 9 px gap: they touch').to.equal(true);
    expect(marksMustFold([point('a', 0), { ...point('b', 4), key: true }, point('c', 8)], 2, 8), 'a key event among them').to.equal(false);
  });
});
