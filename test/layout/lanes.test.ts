import { describe, it } from 'node:test';
import { expect } from 'chai';
import { assignLanes, laneKeyOf } from '../../src/layout/lanes.js';
import { parseDataset } from '../../src/model/parse-dataset.js';

describe('assignLanes', () => {
  const { events } = parseDataset([
    { id: 'a', title: 'A', start: '2024', actors: ['Russia', 'North Korea'] },
    { id: 'b', title: 'B', start: '2024', actors: ['North Korea'] },
    { id: 'c', title: 'C', start: '2024', actors: ['North Korea'], category: 'military' },
    { id: 'd', title: 'D', start: '2024' },
  ]);

  it('puts each event in the lane of its first actor, busiest lane first, "Other" last', () => {
    expect(assignLanes(events, 'actor').map((lane) => lane.label)).to.deep.equal(['North Korea', 'Russia', 'Other']);
    expect(events.map((event) => laneKeyOf(event, 'actor'))).to.deep.equal(['Russia', 'North Korea', 'North Korea', 'Other']);
  });

  it('uses categories for lanes="category" and one unlabelled lane for "none"', () => {
    expect(assignLanes(events, 'category').map((lane) => lane.label)).to.deep.equal(['military', 'Other']);
    expect(assignLanes(events, 'none')).to.deep.equal([{ key: '', label: '', colorIndex: -1 }]);
  });
});
