import type { IssueReport, ReportField } from './dataset-issues.js';
import type { MediaView } from './media.js';
import type { TimelineEra, TimelineEvent, TimelineMedia } from './schema.js';

// Code that a reading needs only for some data, and loads when it meets it, waiting meanwhile: the schema's
// field-by-field validation (validate-event.ts, the schema, valibot), for data the fast path (common-event.ts)
// leaves to it; and the media services (media.ts), for data with media. The model's synchronous functions
// (`parseDataset`, `fromCSV`, `fromTimelineJS`) import both and provide them before they read, so they never wait;
// the standalone script loads each as a chunk of its own, and a story of the common shape without media never.

/** One piece of code that readings load on demand, once, and that the synchronous readers provide. */
export class CodeOnDemand<Code> {
  private code?: Code;
  private loading?: Promise<Code>;

  /**
   * `importCode` loads it; `unavailable` stands in for it when it cannot load (a chunk lost to the network),
   * leaving out what needed it with an issue saying so.
   */
  constructor(
    private readonly importCode: () => Promise<Code>,
    private readonly unavailable: (reason: string) => Code,
  ) {}

  /** The code, when it has been provided or has loaded. */
  get provided(): Code | undefined {
    return this.code;
  }

  /** Makes the code available to every reading from now on (the synchronous readers call this). */
  provide(code: Code): void {
    this.code = code;
  }

  /** Loads the code, once, and provides it. Never rejects. */
  load(): Promise<Code> {
    this.loading ??= this.importCode().then(
      (code) => (this.code = code),
      (error: unknown) => (this.code ??= this.unavailable(error instanceof Error ? error.message : String(error))),
    );
    return this.loading;
  }
}

const couldNotLoad = (what: string, reason: string) => `the code that reads this ${what} could not be loaded (${reason}); it is left out`;

/** What the schema's validation offers a reading: validate-event.ts's three checks. */
export interface SchemaValidation {
  validateEvent(raw: Record<string, unknown>, report: IssueReport): TimelineEvent | undefined;
  validateMedia(raw: unknown, report: IssueReport, at: (string | number)[]): TimelineMedia | undefined;
  validateEra(raw: unknown, report: IssueReport): TimelineEra | undefined;
}

/** What stands in for the schema's validation when it cannot load: what needed it is left out, with an issue. */
export const validationUnavailable = (reason: string): SchemaValidation => ({
  validateEvent: (_, report) => void report.error([], couldNotLoad('event', reason)),
  validateMedia: (_, report, at) => void report.warn(at, couldNotLoad('media', reason)),
  validateEra: (_, report) => void report.error([], couldNotLoad('era', reason)),
});

/** The schema's validation, for data not of the common shape. */
export const schemaValidation = new CodeOnDemand<SchemaValidation>(() => import('./parse-dataset.js').then((module) => module.SCHEMA_VALIDATION), validationUnavailable);

/** What the media services offer: media cleaned as a reading keeps it, and what the header and thumbnails draw of it. */
export interface MediaCode {
  cleanMedia(media: TimelineMedia, report: { warn: ReportField; error: ReportField }, at: (string | number)[]): TimelineMedia | undefined;
  mediaView(media: unknown): MediaView | undefined;
}

/** What stands in for the media services when they cannot load: the media is left out, with a warning. */
export const mediaUnavailable = (reason: string): MediaCode => ({
  cleanMedia: (_, report, at) => void report.warn(at, couldNotLoad('media', reason)),
  mediaView: () => undefined,
});

/** The media services, for data with media. */
export const mediaCode = new CodeOnDemand<MediaCode>(() => import('./media.js'), mediaUnavailable);
