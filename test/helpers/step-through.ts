import type { ReadProgress, Reading } from '../../src/model/reading-events.js';

/** Runs a reading by hand, collecting what each step says. */
export function stepThrough<T>(reading: Reading<T>): { steps: ReadProgress[]; result: T } {
  const steps: ReadProgress[] = [];
  for (;;) {
    const next = reading.next();
    if (next.done) return { steps, result: next.value };
    steps.push(next.value);
  }
}
