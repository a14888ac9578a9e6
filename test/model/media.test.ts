import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { detectMediaKind, iframeSource, mediaView } from '../../src/model/media.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { validEvent as valid } from '../helpers/dataset-inputs.js';

describe('detectMediaKind', () => {
  const kinds: [string, string | undefined][] = [
    ['https://example.com/photo.jpg', 'image'],
    ['https://example.com/photo.JPEG?w=800&h=600', 'image'],
    ['https://example.com/chart.svg#top', 'image'],
    ['https://example.com/a.webp', 'image'],
    ['https://example.com/a.png', 'image'],
    ['https://example.com/a.gif', 'image'],
    ['https://example.com/speech.mp3', 'audio'],
    ['https://example.com/speech.m4a', 'audio'],
    ['https://example.com/speech.wav', 'audio'],
    ['https://example.com/clip.mp4', 'video'],
    ['https://example.com/clip.webm', 'video'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'embed'],
    ['https://en.wikipedia.org/wiki/Treaty_of_Versailles', 'embed'],
    ['https://en.wikipedia.org/wiki/Beryllium#/media/File:Beryl.jpg', 'image'],
    ['https://commons.wikimedia.org/wiki/File:Bowie_2002.jpg', 'image'],
    ['https://example.com/story', 'link'],
    ['https://example.com/photo.jpg.html', 'link'],
    ['https://bsky.app/profile/someone.bsky.social/post/3kabc', 'link'],
    ['https://flic.kr/p/sv3VN6', 'link'],
    ['javascript:alert(1)', undefined],
    ['photo.jpg', undefined],
    ['ftp://example.com/a.jpg', undefined],
  ];
  for (const [url, kind] of kinds) {
    it(`tells ${url} is ${kind ?? 'nothing to load'}`, () => {
      expect(detectMediaKind(url)).to.equal(kind);
    });
  }
});

describe('mediaView', () => {
  // The pages of the services TimelineJS documents, and the frames the card may load for them once asked.
  const embeds: [string, string, string, string][] = [
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'youtube.com', 'video'],
    ['https://youtu.be/dQw4w9WgXcQ?t=1m30s', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90', 'youtube.com', 'video'],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=75', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=75', 'youtube.com', 'video'],
    ['https://www.youtube.com/shorts/abcDEF12345', 'https://www.youtube-nocookie.com/embed/abcDEF12345', 'youtube.com', 'video'],
    ['https://www.youtube.com/embed/abcDEF12345', 'https://www.youtube-nocookie.com/embed/abcDEF12345', 'youtube.com', 'video'],
    ['https://www.youtube.com/playlist?list=PL590L5WQmH8', 'https://www.youtube-nocookie.com/embed/videoseries?list=PL590L5WQmH8', 'youtube.com', 'video'],
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1', 'vimeo.com', 'video'],
    ['https://vimeo.com/channels/staffpicks/76979871', 'https://player.vimeo.com/video/76979871?dnt=1', 'vimeo.com', 'video'],
    ['https://vimeo.com/76979871/af3e7b2c9d', 'https://player.vimeo.com/video/76979871?dnt=1&h=af3e7b2c9d', 'vimeo.com', 'video'],
    ['https://www.dailymotion.com/video/x7tgad0_some-title', 'https://www.dailymotion.com/embed/video/x7tgad0', 'dailymotion.com', 'video'],
    ['https://dai.ly/x7tgad0', 'https://www.dailymotion.com/embed/video/x7tgad0', 'dailymotion.com', 'video'],
    ['https://home.wistia.com/medias/e4a27b971d', 'https://fast.wistia.net/embed/iframe/e4a27b971d', 'wistia.com', 'video'],
    ['https://www.tiktok.com/@someone/video/7106594312292453675', 'https://www.tiktok.com/embed/v2/7106594312292453675', 'tiktok.com', 'video'],
    ['https://soundcloud.com/artist/a-track', 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist%2Fa-track', 'soundcloud.com', 'audio'],
    ['https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC', 'https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC', 'spotify.com', 'audio'],
    ['https://open.spotify.com/intl-de/album/1DFixLWuPkv3KT3TnV35m3', 'https://open.spotify.com/embed/album/1DFixLWuPkv3KT3TnV35m3', 'spotify.com', 'audio'],
    ['https://twitter.com/someone/status/1800000000000000000', 'https://platform.twitter.com/embed/Tweet.html?id=1800000000000000000&dnt=true', 'twitter.com', 'post'],
    ['https://x.com/someone/status/1800000000000000000?s=20', 'https://platform.twitter.com/embed/Tweet.html?id=1800000000000000000&dnt=true', 'twitter.com', 'post'],
    ['https://www.instagram.com/p/C8abcDEF123/', 'https://www.instagram.com/p/C8abcDEF123/embed/', 'instagram.com', 'post'],
    ['https://www.google.com/maps/place/Pyongyang/@39.03,125.75,12z', 'https://www.google.com/maps?q=Pyongyang&z=12&output=embed', 'google.com', 'map'],
    ['https://www.google.com/maps/@39.03,125.75,15z', 'https://www.google.com/maps?q=39.03%2C125.75&z=15&output=embed', 'google.com', 'map'],
    ['https://www.google.com/maps/search/Vostochny+Cosmodrome', 'https://www.google.com/maps?q=Vostochny%20Cosmodrome&output=embed', 'google.com', 'map'],
    ['https://maps.google.com/maps?q=Kyiv', 'https://www.google.com/maps?q=Kyiv&output=embed', 'google.com', 'map'],
    ['https://www.documentcloud.org/documents/24123456-treaty-text', 'https://embed.documentcloud.org/documents/24123456-treaty-text/?embed=1&responsive=1', 'documentcloud.org', 'document'],
    ['https://www.documentcloud.org/documents/282753-lefler-thesis.html', 'https://embed.documentcloud.org/documents/282753-lefler-thesis/?embed=1&responsive=1', 'documentcloud.org', 'document'],
    ['https://www.flickr.com/photos/someone/51234567890/in/dateposted/', 'https://www.flickr.com/photos/someone/51234567890/player/', 'flickr.com', 'image'],
    ['https://imgur.com/gallery/a-good-title-AbC123x', 'https://imgur.com/a/AbC123x/embed?pub=true', 'imgur.com', 'image'],
    ['https://imgur.com/AbC123x', 'https://imgur.com/AbC123x/embed?pub=true', 'imgur.com', 'image'],
    ['https://en.wikipedia.org/wiki/Treaty_of_Versailles', 'https://en.m.wikipedia.org/wiki/Treaty_of_Versailles', 'wikipedia.org', 'article'],
  ];
  for (const [url, src, host, content] of embeds) {
    it(`frames ${url} as ${src}, from ${host}`, () => {
      const view = mediaView({ url, alt: 'A' })!;
      expect(view.kind).to.equal('embed');
      expect(view.src).to.equal(url);
      expect(view.embed).to.include({ src, host, content });
      const { aspectRatio, height } = view.embed!;
      expect(aspectRatio !== undefined || height !== undefined, 'room kept before it loads').to.equal(true);
    });
  }

  it('shows pictures on Wikipedia and Commons as the file itself', () => {
    expect(mediaView({ url: 'https://en.wikipedia.org/wiki/Beryllium#/media/File:Beryl-Quartz.jpg' })).to.deep.equal({
      kind: 'image',
      src: 'https://en.wikipedia.org/wiki/Special:FilePath/Beryl-Quartz.jpg?width=1280',
    });
    expect(mediaView({ url: 'https://commons.wikimedia.org/wiki/File:David-Bowie_Chicago_2002.jpg' })!.src).to.equal(
      'https://commons.wikimedia.org/wiki/Special:FilePath/David-Bowie_Chicago_2002.jpg?width=1280',
    );
  });

  it('gives what the card shows: kind, address, alt, caption, credit, link and thumbnail', () => {
    expect(
      mediaView({
        url: ' https://example.com/photos/treaty.jpg ',
        alt: 'Two leaders shake hands',
        caption: 'The signing, <em>Pyongyang</em>',
        credit: 'KCNA',
        link: 'https://example.com/photos',
        thumbnail: 'https://example.com/photos/treaty-small.jpg',
      }),
    ).to.deep.equal({
      kind: 'image',
      src: 'https://example.com/photos/treaty.jpg',
      alt: 'Two leaders shake hands',
      caption: 'The signing, <em>Pyongyang</em>',
      credit: 'KCNA',
      link: 'https://example.com/photos',
      thumbnail: 'https://example.com/photos/treaty-small.jpg',
    });
  });

  it('lets the author say the kind: an image served without an extension, a page made to be framed', () => {
    expect(mediaView({ url: 'https://images.example.com/render?id=42', kind: 'image' })).to.deep.equal({ kind: 'image', src: 'https://images.example.com/render?id=42' });
    expect(mediaView({ url: 'https://www.example.org/graphic/', kind: 'embed' })!.embed).to.deep.equal({
      src: 'https://www.example.org/graphic/',
      host: 'example.org',
      content: 'page',
      aspectRatio: 16 / 9,
    });
    expect(mediaView({ url: 'https://vimeo.com/76979871', kind: 'link' })).to.deep.equal({ kind: 'link', src: 'https://vimeo.com/76979871' });
  });

  it('loads and links nothing but http(s)', () => {
    for (const url of ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'photo.jpg', '//example.com/a.jpg', '']) {
      expect(mediaView({ url }), url).to.equal(undefined);
    }
    const view = mediaView({ url: 'https://example.com/a.jpg', link: 'javascript:alert(1)', thumbnail: 'data:image/png;base64,AAAA' });
    expect(view).to.deep.equal({ kind: 'image', src: 'https://example.com/a.jpg' });
  });

  it('reads anything without throwing, hand-built events included', () => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()), (anything, url) => {
        mediaView(anything);
        const view = mediaView({ url, kind: anything, alt: anything, link: url });
        if (view) {
          expect(view.src).to.match(/^https?:\/\//);
          if (view.embed) expect(view.embed.src).to.match(/^https:\/\//);
        }
      }),
    );
  });
});

describe('iframeSource', () => {
  it('takes the address out of iframe markup, which TimelineJS takes for a URL', () => {
    expect(iframeSource('<iframe width="560" src="https://www.example.org/embed/1?a=1&amp;b=2" frameborder="0"></iframe>')).to.equal('https://www.example.org/embed/1?a=1&b=2');
    expect(iframeSource("<iframe src='//player.example.com/v/2'></iframe>")).to.equal('https://player.example.com/v/2');
    expect(iframeSource('<blockquote>Words</blockquote>')).to.equal(undefined);
    expect(iframeSource('https://example.com/a.jpg')).to.equal(undefined);
  });
});

describe('media on an event', () => {
  const read = (media: unknown) => parseDataset([{ ...valid, media }]);

  it('keeps media with its fields, and the kind only when the author gave it', () => {
    const result = read({ url: 'https://example.com/a.jpg', alt: 'A map', caption: 'Caption', credit: 'AP', link: 'https://example.com', thumbnail: 'https://example.com/t.jpg' });
    expect(result.issues).to.deep.equal([]);
    expect(result.events[0]!.media).to.deep.equal({ url: 'https://example.com/a.jpg', alt: 'A map', caption: 'Caption', credit: 'AP', link: 'https://example.com', thumbnail: 'https://example.com/t.jpg' });
  });

  it('warns when something seen has no alt, at /events/N/media/alt, but not for sound or a link', () => {
    for (const url of ['https://example.com/a.jpg', 'https://example.com/a.mp4', 'https://vimeo.com/76979871']) {
      const result = read({ url });
      expect(result.issues, url).to.have.length(1);
      expect(result.issues[0]).to.include({ path: '/0/media/alt', severity: 'warning' });
      expect(result.issues[0]!.message).to.match(/media has no alt: describe what it shows/);
      expect(result.events[0]!.media).to.deep.equal({ url });
    }
    for (const url of ['https://example.com/a.mp3', 'https://example.com/story', 'https://soundcloud.com/artist/a-track']) expect(read({ url }).issues, url).to.deep.equal([]);
    expect(read({ url: 'https://example.com/a.jpg', alt: '' }).issues, 'a decorative image').to.deep.equal([]);
    expect(parseDataset({ title: 'T', events: [{ ...valid, media: { url: 'https://example.com/a.jpg' } }] }).issues[0]!.path).to.equal('/events/0/media/alt');
  });

  it('leaves out media whose url is no http(s) address, keeping the event', () => {
    const cases: [string, string, RegExp][] = [
      ['javascript:alert(1)', 'error', /media url uses javascript: which is never allowed, so the media is left out/],
      ['photo.jpg', 'warning', /media url "photo.jpg" is not an absolute http\(s\) address, so the media is left out/],
      ['ftp://example.com/a.jpg', 'warning', /media url uses ftp:, not http\(s\), so the media is left out/],
    ];
    for (const [url, severity, message] of cases) {
      const result = read({ url, alt: 'A' });
      expect(result.events, url).to.have.length(1);
      expect(result.events[0]).not.to.have.property('media');
      expect(result.issues).to.have.length(1);
      expect(result.issues[0]).to.include({ path: '/0/media/url', severity });
      expect(result.issues[0]!.message).to.match(message);
    }
  });

  it('leaves out a link or thumbnail that is no http(s) address alone', () => {
    const result = read({ url: 'https://example.com/a.jpg', alt: 'A', link: 'javascript:alert(1)', thumbnail: 'thumb.jpg' });
    expect(result.events[0]!.media).to.deep.equal({ url: 'https://example.com/a.jpg', alt: 'A' });
    expect(result.issues.map(({ path, severity }) => [path, severity])).to.deep.equal([
      ['/0/media/link', 'error'],
      ['/0/media/thumbnail', 'warning'],
    ]);
  });

  it('leaves out a bad field of the media alone, and all of it only without a url', () => {
    const result = read({ url: 'https://example.com/a.jpg', alt: 'A', caption: 42, kind: 'photo', src: 'x' });
    expect(result.events[0]!.media).to.deep.equal({ url: 'https://example.com/a.jpg', alt: 'A' });
    expect(result.issues.map(({ path, message }) => [path, message])).to.deep.equal([
      ['/0/media/src', 'unknown media field "src" is ignored (did you mean "url"?)'],
      ['/0/media/caption', 'media caption must be text, but is the number 42; the caption is left out'],
      ['/0/media/kind', 'media kind must be one of image, audio, video, embed, link, but is "photo"; the kind is left out'],
    ]);
    const noUrl = read({ alt: 'A' });
    expect(noUrl.events[0]).not.to.have.property('media');
    expect(noUrl.issues.map(({ path, message }) => [path, message])).to.deep.equal([['/0/media/url', 'media url is missing; the media is left out']]);
    const notAnObject = read('https://example.com/a.jpg');
    expect(notAnObject.issues[0]!.message).to.match(/^media must be an object like .*, but is "https:\/\/example.com\/a.jpg"; the media is left out$/);
  });
});
