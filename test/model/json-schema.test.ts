import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { datasetJsonSchema } from '../../scripts/dataset-json-schema.js';
import { STANCES, STATUSES } from '../../src/model/schema.js';

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
    expect(['2024', '2024-06', '2024-06-19', '-0043', '2024-06-19T02:22+09:00', '2024-06-19T02:22:30', '-010000', '+012000-06'].every((date) => pattern.test(date))).to.equal(true);
    expect(['yesterday', '03/10/2024', '2024-6-1', '2024-06-19 02:22', '10000', '+2024', '-0001000000'].some((date) => pattern.test(date))).to.equal(false);
  });

  it('describes who says so and what was known when, for editors', () => {
    type Node = { type?: string; enum?: string[]; required?: string[]; description?: string; pattern?: string; items: Node; properties: Record<string, Node> };
    const { properties } = (datasetJsonSchema() as { properties: { events: { items: Node } } }).properties.events.items;
    expect(properties.claimedBy!.items.type).to.equal('string');
    const response = properties.responses!.items;
    expect(response.required).to.deep.equal(['actor', 'stance']);
    expect(response.properties.stance!.enum).to.deep.equal([...STANCES]);
    expect(response.properties.source!.required).to.deep.equal(['name']);
    const entry = properties.history!.items;
    expect(entry.required).to.deep.equal(['date', 'status']);
    expect(entry.properties.status!.enum).to.deep.equal([...STATUSES]);
    expect(new RegExp(entry.properties.date!.pattern!).test('2024-10')).to.equal(true);
    for (const field of ['claimedBy', 'responses', 'history']) expect(properties[field]!.description, field).to.be.a('string').and.not.be.empty;
  });
});
