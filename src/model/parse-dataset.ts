import { finishReading, type Reading } from './reading-events.js';
import { parsingDataset } from './parsing-dataset.js';
import { mediaCode, schemaValidation, type SchemaValidation } from './code-on-demand.js';
import { validateEra, validateEvent, validateMedia } from './validate-event.js';
import { cleanMedia, mediaView } from './media.js';
import type { ParseResult } from './types.js';

// The model's synchronous reading: `parseDataset`, and `readAtOnce` for the other readers' synchronous functions,
// with the code a reading may need at hand (this module imports the schema's validation and the media services),
// so that no reading waits. It also re-exports the reading and issue helpers that other modules have always
// imported from here.

export { describeValue, pointer, type LocateField } from './dataset-issues.js';
export { READ_STEP, finishReading, normalizingEvents, type ReadProgress, type Reading } from './reading-events.js';
export { parsingDataset, type LocateDatasetPath } from './parsing-dataset.js';

/** The schema's validation, which code-on-demand.ts loads from here (one chunk with this module in the standalone script). */
export const SCHEMA_VALIDATION: SchemaValidation = { validateEvent, validateMedia, validateEra };

/** Runs a reading to its end at once, with the code it may need at hand. */
export function readAtOnce<T>(reading: Reading<T>): T {
  schemaValidation.provide(SCHEMA_VALIDATION);
  mediaCode.provide({ cleanMedia, mediaView });
  return finishReading(reading);
}

/**
 * Reads a dataset (`{ title, events: [...] }`) or a bare array of events. Never throws on data:
 * each problem is an issue with a JSON Pointer and a message; valid events are kept.
 */
export function parseDataset(input: unknown): ParseResult {
  return readAtOnce(parsingDataset(input));
}
