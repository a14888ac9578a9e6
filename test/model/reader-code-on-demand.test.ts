import { describe, it } from 'node:test';
import { expect } from 'chai';
// A process of its own (node --test): nothing is loaded on demand yet, as in a page.
import { readingInput } from '../../src/model/read-dataset-text.js';
import { finishReading } from '../../src/model/reading-events.js';
import { mediaCode, schemaValidation } from '../../src/model/code-on-demand.js';

// The TimelineJS and CSV readers import the schema's validation and the media services; a page asks for them
// alongside the reader, not once it has come (a second round trip before the story is drawn).

describe('a reader loaded on demand', () => {
  it('comes with the code it imports already asked for and provided, so that its reading need not wait', async () => {
    const story = {
      title: { text: { headline: 'The treaty' }, media: { url: 'https://example.com/a.jpg' } },
      events: [{ start_date: { year: '2024', month: '6', day: '19' }, text: { headline: 'Signed' }, media: { url: 'https://www.youtube.com/watch?v=abcdefghijk' } }],
    };
    expect(schemaValidation.provided).to.equal(undefined);
    expect(mediaCode.provided).to.equal(undefined);
    const reading = readingInput(story);
    expect(reading).to.be.instanceOf(Promise);
    const ready = await reading;
    expect(schemaValidation.provided, 'the schema’s validation').to.not.equal(undefined);
    expect(mediaCode.provided, 'the media services').to.not.equal(undefined);
    const result = finishReading(ready);
    expect(result.events.map((event) => event.title)).to.deep.equal(['Signed']);
    expect(result.dataset.media?.url).to.equal('https://example.com/a.jpg');
  });
});
