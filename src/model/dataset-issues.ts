import type { DatasetIssue } from './types.js';

// What the readers say about a dataset: JSON Pointers to the problem, short descriptions and quotes of the
// values they found (and whether a value is a plain object), and the report that collects one event's issues
// after another.

/** Maps an event's index and a field path inside it to a JSON Pointer into the input. */
export type LocateField = (index: number, field: readonly (string | number)[]) => string;

const pointerEscape = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');
/** A JSON Pointer (RFC 6901) from its keys: `pointer('events', 3, 'start')` is `/events/3/start`. */
export const pointer = (...keys: (string | number)[]) => keys.map((key) => '/' + pointerEscape(key)).join('');

/** A short description of a value for messages: long strings are cut, types are named. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${String(value)}`;
}

/** True for a `Date` that holds a time: an invalid one can be neither written nor compared. */
export const isValidDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

/** True for a JSON object: not null, not a list. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Authored text (a date, an id, a field name) as a message quotes it: cut after 40 characters. */
export function quoteText(text: string): string {
  return text.length > 40 ? text.slice(0, 40) + '…' : text;
}

/** Reports a problem with a field of the event being read. */
export type ReportField = (field: (string | number)[], message: string) => void;

/** Collects the issues of one event after another, each located in the event being read. */
export class IssueReport {
  index = 0;

  constructor(
    private readonly issues: DatasetIssue[],
    private readonly locate: LocateField,
  ) {}

  startEvent(index: number): void {
    this.index = index;
  }

  readonly error: ReportField = (field, message) => {
    this.issues.push({ path: this.locate(this.index, field), message, severity: 'error' });
  };

  readonly warn: ReportField = (field, message) => {
    this.issues.push({ path: this.locate(this.index, field), message, severity: 'warning' });
  };
}
