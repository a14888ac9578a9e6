export { parseDataset } from './parse-dataset.js';
export { fromCSV } from './from-csv.js';
export { fromTimelineJS } from './from-timelinejs.js';
export { formatEventDate, formatUtcOffset } from './format-date.js';
export { parsePartialDate, formatPartialDate } from './partial-date.js';
export { TimelineDatasetSchema, TimelineEventSchema, STATUSES } from './schema.js';
export type { TimelineDataset, TimelineEvent, TimelineSource, EventStatus } from './schema.js';
export type { NormalizedEvent, DatasetIssue, DatasetInfo, ParseResult, Precision } from './types.js';
export type { DateSpan } from './partial-date.js';
