/** The picture beside an event's label when the embedder asks for thumbnails (src/layout/event-thumbnail.ts). */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { eventThumbnail } from '../../src/layout/event-thumbnail.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { TimelineMedia } from '../../src/model/schema.js';

const eventWith = (media?: TimelineMedia) => parseDataset({ title: 'T', events: [{ id: 'a', title: 'A', start: '2024-06-19', ...(media ? { media } : {}) }] }).events[0]!;

describe('eventThumbnail', () => {
  it('is the media\'s own thumbnail, else the image itself', () => {
    expect(eventThumbnail(eventWith({ url: 'https://example.com/big.jpg', alt: 'A wall', thumbnail: 'https://example.com/small.jpg' }))).to.equal('https://example.com/small.jpg');
    expect(eventThumbnail(eventWith({ url: 'https://example.com/big.jpg', alt: 'A wall' }))).to.equal('https://example.com/big.jpg');
  });

  it('is nothing for a frame, a sound, no media, or an address that is not http(s)', () => {
    expect(eventThumbnail(eventWith({ url: 'https://www.youtube.com/watch?v=abcDEF12345', alt: 'A video' }))).to.equal(undefined);
    expect(eventThumbnail(eventWith({ url: 'https://example.com/report.mp3', alt: 'A report' }))).to.equal(undefined);
    expect(eventThumbnail(eventWith())).to.equal(undefined);
    expect(eventThumbnail(eventWith({ url: 'javascript:alert(1)', alt: 'x', kind: 'image' }))).to.equal(undefined);
  });
});
