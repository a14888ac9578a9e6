import { toJsonSchema } from '@valibot/to-json-schema';
import { TimelineDatasetSchema, PARTIAL_DATE_PATTERN, PARTIAL_DATE_DESCRIPTION } from '../src/model/schema.js';

/**
 * The JSON Schema for `TimelineDataset`. Checks that valibot cannot express in JSON Schema (calendar
 * validity such as 2024-02-30, http(s)-only links) are left to `parseDataset`; the date pattern is added
 * so that editors flag "yesterday" or "03/10/2024".
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(TimelineDatasetSchema, { errorMode: 'ignore' });
  const datePattern = PARTIAL_DATE_PATTERN.source;
  const addPattern = (node: unknown): void => {
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'string' && typeof record.description === 'string' && record.description.startsWith(PARTIAL_DATE_DESCRIPTION)) {
        record.pattern = datePattern;
      }
      Object.values(node).forEach(addPattern);
    }
  };
  addPattern(schema);
  return {
    ...schema,
    title: 'Dateline dataset',
  };
}
