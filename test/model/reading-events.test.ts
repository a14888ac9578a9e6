import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { READ_STEP, finishReading, normalizingEvents } from '../../src/model/reading-events.js';
import { pointer } from '../../src/model/dataset-issues.js';
import { syntheticEvents } from '../fixtures/synthetic-events.js';
import { stepThrough } from '../helpers/step-through.js';
import type { DatasetIssue } from '../../src/model/types.js';
import { datasetOf as dataset, onlyIssue as only, validEvent as valid } from '../helpers/dataset-inputs.js';

describe('reading events', () => {
  it('reports a duplicate id, naming the first use, and keeps the first', () => {
    const result = parseDataset(dataset(valid, { ...valid, title: 'Again' }));
    const issue = only(result.issues);
    expect(issue.path).to.equal('/events/1/id');
    expect(issue.message).to.equal('id "treaty" is already used by the event at /events/0; ids must be unique');
    expect(result.events.map((event) => event.title)).to.deep.equal(['Treaty signed']);
  });

  it('sorts chronologically and keeps the authored order for ties', () => {
    const dayArb = fc.constantFrom('2024-01', '2024-01-01', '2024-01-02', '2023', '2024-01-01T12:00Z', '-0043');
    fc.assert(
      fc.property(fc.array(dayArb, { maxLength: 30 }), (starts) => {
        const events = starts.map((start, index) => ({ id: `e${index}`, title: `E${index}`, start }));
        const result = parseDataset(events);
        expect(result.events).to.have.length(starts.length);
        result.events.forEach((event, index) => {
          if (index === 0) return;
          const previous = result.events[index - 1]!;
          expect(previous.start.getTime()).to.be.at.most(event.start.getTime());
          if (previous.start.getTime() === event.start.getTime()) {
            expect(Number(previous.id.slice(1))).to.be.lessThan(Number(event.id.slice(1)));
          }
        });
      }),
    );
  });

  it('yields after every READ_STEP events, then once more before the sort, and names each issue with the given locator', () => {
    const events: unknown[] = syntheticEvents(1_234, { seed: 6 });
    events[3] = 'not an event';
    const issues: DatasetIssue[] = [];
    const { steps, result } = stepThrough(normalizingEvents(events, (index, field) => pointer('rows', index + 2, ...field), issues));
    expect(steps).to.deep.equal([
      { read: READ_STEP, total: 1_234 },
      { read: 2 * READ_STEP, total: 1_234 },
      { read: 1_234, total: 1_234 },
    ]);
    expect(result).to.have.length(1_233);
    expect(issues.map((issue) => issue.path)).to.deep.equal(['/rows/5']);
    expect(finishReading(normalizingEvents(events, (index) => pointer(index), []))).to.deep.equal(result);
  });

  it('yields while it sorts a long list, every 50,000 numbers sorted or events moved, and places nothing for a list in order', () => {
    const inOrder = syntheticEvents(100_001, { seed: 8 }).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const done = { read: 100_001, total: 100_001 };
    const stepsAfterReading = (events: unknown[]) => {
      const { steps, result } = stepThrough(normalizingEvents(events, (index) => pointer(index), []));
      return { after: steps.filter((step) => step.read === step.total), result: result as { start: Date }[] };
    };
    // Sorting 100,001 numbers in steps of 50,000 yields 7 times: 3 runs sorted, then 2 passes of merging, each
    // moving them all (2 yields each). In order: the one yield before the sort, then the ends' sort.
    expect(stepsAfterReading(inOrder).after).to.deep.equal(Array(1 + 7).fill(done));
    // Out of order: the starts' sort, 2 yields placing the events, 2 moving them, 2 moving their columns, the ends' sort.
    const { after, result } = stepsAfterReading([...inOrder].reverse());
    expect(after).to.deep.equal(Array(1 + 7 + 2 + 2 + 2 + 7).fill(done));
    expect(result.every((event, index) => index === 0 || result[index - 1]!.start.getTime() <= event.start.getTime())).to.equal(true);
  });
});
