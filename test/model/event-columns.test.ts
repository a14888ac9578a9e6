import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { isContested } from '../../src/model/claims.js';
import { eventColumnsOf, type LaneColumn } from '../../src/model/event-columns.js';
import { laneKeyOf } from '../../src/model/lane-key.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { NormalizedEvent } from '../../src/model/types.js';
import { EventIndex } from '../../src/layout/visible-events.js';
import { TimelineData } from '../../src/layout/timeline-data.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';

/** The columns as a pass over the events would make them. */
const columnsFromEvents = (events: readonly NormalizedEvent[]) => ({
  starts: events.map((event) => event.start.getTime()),
  ends: events.map((event) => event.end.getTime()),
  sortedEnds: events.map((event) => event.end.getTime()).sort((a, b) => a - b),
  keyOrders: events.flatMap((event, order) => (event.importance === 'key' ? [order] : [])),
  statuses: new Set(events.map((event) => event.status)),
  hasContested: events.some(isContested),
  laneKeys: { actor: events.map((event) => laneKeyOf(event, 'actor')), category: events.map((event) => laneKeyOf(event, 'category')) },
});

const columnsKept = (events: readonly NormalizedEvent[]) => {
  const { lanes, ...columns } = eventColumnsOf(events)!;
  const laneKeys = (column: LaneColumn) => [...column.codes].map((code) => column.keys[code]);
  return { ...columns, starts: [...columns.starts], ends: [...columns.ends], sortedEnds: [...columns.sortedEnds], keyOrders: [...columns.keyOrders], laneKeys: { actor: laneKeys(lanes.actor), category: laneKeys(lanes.category) } };
};

describe('the columns a reading keeps beside its events', () => {
  it('hold each event’s start, end, key orders, statuses and contested claims in the sorted list’s order, for any input', () => {
    const event = fc.record(
      {
        start: fc.constantFrom('2024-01', '2024-01-01', '2024-01-02', '2023', '2024-01-01T12:00Z', '-0043', 'not a date'),
        end: fc.constantFrom('2024-03', '2025', '2024-01-01'),
        importance: fc.constantFrom('key', 'minor', 'normal'),
        status: fc.constantFrom('confirmed', 'alleged', 'disputed', 'nonsense'),
        responses: fc.constant([{ actor: 'Russia', stance: 'denies' }]),
        actors: fc.array(fc.constantFrom('Russia', ' Russia ', 'North Korea', '', '  '), { maxLength: 2 }),
        category: fc.constantFrom('Diplomacy', 'Diplomacy ', 'War', ''),
      },
      { requiredKeys: ['start'] },
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (drafts) => {
        const { events } = parseDataset(drafts.map((draft, index) => ({ id: `e${index % 30}`, title: `E${index}`, ...draft })));
        expect(columnsKept(events)).to.deep.equal(columnsFromEvents(events));
      }),
    );
  });

  it('are kept for 20,000 synthetic events read out of order, and the index and the timeline’s data give what they gave from the events', () => {
    const raw = syntheticEvents(20_000, { seed: 5 })
      .map((event, index) => (index % 97 === 0 ? { ...event, importance: 'key' as const } : event))
      .reverse();
    const result = parseDataset(raw);
    expect(result.events).to.have.length(20_000);
    expect(columnsKept(result.events)).to.deep.equal(columnsFromEvents(result.events));

    // The same events in a list of their own: no columns kept, so the index reads the events.
    const copy = [...result.events];
    expect(eventColumnsOf(copy)).to.equal(undefined);
    const [fromColumns, fromEvents] = [new EventIndex(result.events), new EventIndex(copy)];
    expect([...fromColumns.starts]).to.deep.equal([...fromEvents.starts]);
    expect([...fromColumns.ends]).to.deep.equal([...fromEvents.ends]);
    expect([...fromColumns.sortedEnds]).to.deep.equal([...fromEvents.sortedEnds]);
    expect(fromColumns.keyOrders).to.deep.equal(fromEvents.keyOrders);
    expect(fromColumns.keyOrders).to.have.length(Math.ceil(20_000 / 97));
    expect(fromColumns.extent).to.deep.equal(fromEvents.extent);
    for (const mode of ['actor', 'category', 'none'] as const) {
      const [lanes, lanesFromEvents] = [fromColumns.lanes(mode), fromEvents.lanes(mode)];
      expect(lanes.lanes, `${mode}: the lanes`).to.deep.equal(lanesFromEvents.lanes);
      expect([...lanes.laneOf], `${mode}: each event's lane`).to.deep.equal([...lanesFromEvents.laneOf]);
      expect(lanes.spans.map((spans) => [...(spans.orders ?? [])]), `${mode}: the events of each lane`).to.deep.equal(lanesFromEvents.spans.map((spans) => [...(spans.orders ?? [])]));
    }
    expect(fromColumns.lanes('actor').lanes.length, 'the synthetic events have several actors').to.be.greaterThan(2);

    const [data, dataFromEvents] = [new TimelineData(result), new TimelineData({ ...result, events: copy })];
    expect(data.statuses).to.deep.equal(dataFromEvents.statuses);
    expect(data.hasContested).to.equal(dataFromEvents.hasContested);
  });

  it('are none for an `asOf` copy, whose statuses are those of its own day', () => {
    const result = parseDataset({
      title: 'History',
      events: [
        { id: 'a', title: 'A', start: '2024-01-01', status: 'confirmed', history: [{ date: '2024-01-01', status: 'reported' }, { date: '2024-02-01', status: 'confirmed' }] },
        { id: 'b', title: 'B', start: '2024-01-05', status: 'alleged' },
      ],
    });
    expect(result.issues).to.deep.equal([]);
    const data = new TimelineData(result, 'auto', undefined, new Date('2024-01-10T00:00:00Z'));
    expect(eventColumnsOf(data.events)).to.equal(undefined);
    expect(data.statuses).to.deep.equal(['reported', 'alleged']);
    expect(new TimelineData(result).statuses).to.deep.equal(['confirmed', 'alleged']);
  });
});
