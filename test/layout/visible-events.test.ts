import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { EventIndex } from '../../src/layout/visible-events.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';
import { arbitrarySpans, arbitraryWindow, overlapping, spansOf } from './span-arbitraries.js';

describe('SortedSpans', () => {
  it('finds the first span still running at a time, and the spans overlapping a window, as a scan would', () => {
    fc.assert(
      fc.property(arbitrarySpans, arbitraryWindow, (days, window) => {
        const spans = spansOf(days);
        let firstRunning = 0;
        while (firstRunning < spans.size && !(spans.ends[firstRunning]! > window.start)) firstRunning++;
        expect(spans.firstRunningAfter(window.start), 'first running').to.equal(firstRunning);
        expect(spans.visible(window), 'visible').to.deep.equal(overlapping(spans, window));
        expect(spans.count(window), 'count').to.equal(overlapping(spans, window).length);
      }),
    );
  });
});

describe('EventIndex', () => {
  it('finds events by id, counts those in a window, and keeps its lanes per mode', () => {
    const index = new EventIndex(parseDataset(syntheticEvents(500, { seed: 3 })).events);
    expect(index.indexOf(index.events[123]!.id)).to.equal(123);
    expect(index.indexOf('no such id')).to.equal(-1);
    const window = { start: Date.UTC(2023, 3, 1), end: Date.UTC(2023, 6, 1) };
    expect(index.count(window)).to.equal(index.visible(window).length);
    expect(index.lanes('actor')).to.equal(index.lanes('actor'));
    const { spans, laneOf } = index.lanes('actor');
    expect(spans.reduce((sum, lane) => sum + lane.count(window), 0)).to.equal(index.count(window));
    spans.forEach((lane, number) => {
      for (const order of lane.visible(window)) expect(laneOf[order]).to.equal(number);
    });
  });
});
