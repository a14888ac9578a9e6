import { expect } from 'chai';
import type { DatasetIssue } from '../../src/model/types.js';

// Inputs and checks shared by the model's parsing tests.

/** A valid event to vary one field of. */
export const validEvent = { id: 'treaty', title: 'Treaty signed', start: '2024-06-19' };

/** A dataset holding these events. */
export const datasetOf = (...events: unknown[]) => ({ title: 'Test', events });

/** The one issue in the list; fails (showing them all) when there are none or more. */
export const onlyIssue = (issues: DatasetIssue[]): DatasetIssue => {
  expect(issues, JSON.stringify(issues)).to.have.length(1);
  return issues[0]!;
};
