import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { datasetJsonSchema } from '../../scripts/dataset-json-schema.js';

describe('data/dataset.schema.json', () => {
  it('is what the valibot schema generates (run `npm run schema` after changing the schema)', async () => {
    const committed: unknown = JSON.parse(await readFile(new URL('../../data/dataset.schema.json', import.meta.url), 'utf8'));
    expect(committed).to.deep.equal(datasetJsonSchema());
  });

  it('flags unreadable dates and missing fields for editors', async () => {
    const schema = datasetJsonSchema() as { properties: { events: { items: { required: string[]; properties: { start: { pattern: string } } } } } };
    const event = schema.properties.events.items;
    expect(event.required).to.include.members(['id', 'title', 'start']);
    const pattern = new RegExp(event.properties.start.pattern);
    expect(['2024', '2024-06', '2024-06-19', '-0043', '2024-06-19T02:22+09:00'].every((date) => pattern.test(date))).to.equal(true);
    expect(['yesterday', '03/10/2024', '2024-6-1', '2024-06-19T02:22'].some((date) => pattern.test(date))).to.equal(false);
  });
});
