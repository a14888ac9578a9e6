// What an npm consumer's bundler gets from the package entry points. Run with `node --test test/node/`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url).pathname;

async function bundle(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    conditions: ['production'],
  });
  return result.outputFiles[0].text;
}

describe('importing the model only', () => {
  it('registers no elements and pulls in no Lit, from the model entry or the package entry', async () => {
    const fromModel = await bundle(`import { parseDataset } from './src/model/index.ts'; console.log(parseDataset([]));`);
    const fromPackage = await bundle(`import { parseDataset } from './src/index.ts'; console.log(parseDataset([]));`);
    for (const code of [fromModel, fromPackage]) {
      assert.equal(code.includes('customElements'), false, 'no element is registered');
      assert.equal(/attachShadow|adoptedStyleSheets|lit-html/.test(code), false, 'no Lit');
    }
    assert.equal(fromPackage.length, fromModel.length, 'the package entry tree-shakes down to the model');
  });

  it('registers both elements from the define entry', async () => {
    const code = await bundle(`import './src/dateline.ts';`);
    assert.ok(code.includes('dateline-timeline') && code.includes('dateline-event-card'));
    assert.ok(code.includes('customElements'));
  });
});
