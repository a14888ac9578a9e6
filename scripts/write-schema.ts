// Writes data/dataset.schema.json from the valibot schema, so data authors get checking in their editor.
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from './dataset-json-schema.js';

writeFileSync('data/dataset.schema.json', JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
console.log('wrote data/dataset.schema.json');
