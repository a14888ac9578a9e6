import type { IssueReport } from './dataset-issues.js';
import type { TimelineEra, TimelineEvent, TimelineMedia } from './schema.js';

// The schema's field-by-field validation (validate-event.ts, the schema, valibot), which only data that misses
// the fast path needs (common-event.ts): a reading asks for it when it meets such data, and waits while it loads.
// The model's synchronous functions (`parseDataset`, `fromCSV`, `fromTimelineJS`) import it and provide it before
// they read, so they never wait; the standalone script loads it as a chunk of its own, and a typical story never.

/** What the schema's validation offers a reading: validate-event.ts's three checks. */
export interface SchemaValidation {
  validateEvent(raw: Record<string, unknown>, report: IssueReport): TimelineEvent | undefined;
  validateMedia(raw: unknown, report: IssueReport, at: (string | number)[]): TimelineMedia | undefined;
  validateEra(raw: unknown, report: IssueReport): TimelineEra | undefined;
}

let provided: SchemaValidation | undefined;
let loading: Promise<SchemaValidation> | undefined;

/** Makes the schema's validation available to every reading from now on (the synchronous readers call this). */
export function provideValidation(validation: SchemaValidation): void {
  provided = validation;
}

/** The schema's validation, when it has been provided or has loaded. */
export const providedValidation = (): SchemaValidation | undefined => provided;

/**
 * Loads the schema's validation, once, and provides it. Never rejects: when its code cannot load (a chunk lost to
 * the network), what needs it is left out with an error saying so, as data that could not be checked.
 */
export function loadValidation(): Promise<SchemaValidation> {
  loading ??= import('./parse-dataset.js').then(
    (module) => (provided = module.SCHEMA_VALIDATION),
    (error: unknown) => (provided ??= validationThatCouldNotLoad(error instanceof Error ? error.message : String(error))),
  );
  return loading;
}

function validationThatCouldNotLoad(reason: string): SchemaValidation {
  const message = (what: string) => `this ${what} is not of the common shape, and the code that checks it could not be loaded (${reason}); it is left out`;
  return {
    validateEvent: (_, report) => void report.error([], message('event')),
    validateMedia: (_, report, at) => void report.warn(at, message('media')),
    validateEra: (_, report) => void report.error([], message('era')),
  };
}
