import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { formatEventDate } from '../../src/model/format-date.js';
import { fromTimelineJS, htmlToText } from '../../src/model/from-timelinejs.js';
import { mediaView } from '../../src/model/media.js';
import type { NormalizedEvent } from '../../src/model/types.js';
import { readableText as plain } from '../helpers/readable-text.js';

// TimelineJS stories as a drop-in, read from fixtures written after TimelineJS's documented JSON format
// (test/fixtures/timelinejs): every slide kept, BC years as TimelineJS means them, display dates, media, eras,
// groups, the title slide, links in text, wall-clock times, and a warning for what cannot be used.

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/timelinejs/${name}`, import.meta.url), 'utf8'));
const story = fromTimelineJS(fixture('full-story.json'));
const byId = (id: string): NormalizedEvent => {
  const event = story.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
};
const dateOf = (event: NormalizedEvent) => plain(formatEventDate(event, 'en-GB'));
const issuesAt = (path: string) => story.issues.filter((issue) => issue.path === path);

describe('fromTimelineJS: a whole story', () => {
  it('makes the title slide the header: title as text, description and media as written', () => {
    const { title, description, media } = story.dataset;
    expect(title).to.equal('Walls & Roads: a short history');
    expect(description).to.equal('<p>From the first ramparts to the last caravan, as told by <a href="https://example.org/desk">the history desk</a>.</p>');
    expect(media).to.deep.equal({
      url: 'https://example.org/images/wall-at-dawn.jpg',
      alt: 'A stone wall climbing a ridge at sunrise',
      caption: 'The wall at dawn.',
      credit: 'Photo: <a href="https://example.org/photographers/li">Li Wen</a>',
    });
  });

  it('keeps every slide that can be placed, and only the impossible date is an error', () => {
    expect(story.events).to.have.length(11);
    const errors = story.issues.filter((issue) => issue.severity === 'error');
    expect(errors.map(({ path }) => path)).to.deep.equal(['/events/11/start_date']);
    expect(errors[0]!.message).to.match(/February 2024 has 29 days/);
  });

  it('reads BC years as TimelineJS writes them: -300 is 300 BC', () => {
    expect(dateOf(byId('event-3'))).to.equal('300 BC');
    expect(byId('event-3').start.getUTCFullYear()).to.equal(-299);
    expect(byId('deep-past').startText).to.equal('-9999');
    expect(dateOf(byId('deep-past'))).to.equal('10000 BC');
    expect(story.dataset.eras!.map((era) => [era.title, era.startText, era.endText])).to.deep.equal([
      ['Qin dynasty', '-0220', '-0205'],
      ['Han dynasty', '-0201', '0220'],
      ['Untitled era', '1368', '1644'],
    ]);
  });

  it('shows display dates: the slide\'s, a start\'s alone, both ends\' together', () => {
    expect(dateOf(byId('first-ramparts'))).to.equal('7th to 4th century BCE');
    expect(dateOf(byId('qin-unifies'))).to.equal('221 BCE');
    expect(byId('ming-rebuild')).not.to.have.property('displayDate');
    expect(issuesAt('/events/6/end_date/display_date')[0]!.message).to.match(/display_date on only one end of a range is not used/);
    const both = fromTimelineJS({
      events: [{ start_date: { year: 1449, display_date: 'Late summer' }, end_date: { year: 1450, display_date: 'spring 1450' }, text: { headline: 'Both ends' } }],
    });
    expect(both.events[0]!.displayDate).to.equal('Late summer – spring 1450');
  });

  it('gives a blank headline a title from the text, the media caption, or "Untitled", with a warning each', () => {
    const fromText = byId('event-4');
    expect(fromText.title).to.equal('Envoys of the Han court return from the western regions with word of horses…');
    expect(fromText.title.length).to.be.at.most(81);
    expect(byId('event-5').title).to.equal('A Han watchtower near Dunhuang');
    expect(byId('event-6').title).to.equal('Untitled');
    expect(issuesAt('/events/3/text/headline')[0]!.message).to.match(/^headline is blank: the title ".*" is taken from the text$/);
    expect(issuesAt('/events/4/text/headline')[0]!.message).to.match(/taken from the media caption$/);
    expect(issuesAt('/events/5/text/headline')[0]!.message).to.match(/the event is titled "Untitled"$/);
  });

  it('keeps groups as categories, and asks for lanes by group', () => {
    expect(byId('qin-unifies').category).to.equal('Building');
    expect(byId('last-caravan').category).to.equal('Trade');
    expect(story.dataset.lanes).to.equal('category');
    expect(fromTimelineJS({ events: [{ start_date: { year: 2024 }, text: { headline: 'Alone' } }] }).dataset).not.to.have.property('lanes');
  });

  it('keeps text as the HTML the author wrote, links and emphasis in it, for the sanitiser', () => {
    expect(byId('first-ramparts').summary).to.equal('<p>States of the north build walls of <i>rammed earth</i>.</p>');
    expect(byId('ming-rebuild').summary).to.equal('A defeat that turns the Ming to <strong>stone walls</strong>.');
  });

  it('keeps media of every kind, iframe markup as its address, and shows no quote as media', () => {
    expect(mediaView(byId('qin-unifies').media)!.embed).to.include({ src: 'https://www.youtube-nocookie.com/embed/abcDEF12345?start=65', host: 'youtube.com' });
    expect(mediaView(byId('event-5').media)).to.include({ kind: 'image', src: 'https://commons.wikimedia.org/wiki/Special:FilePath/Han_watchtower.jpg?width=1280' });
    expect(mediaView(byId('event-6').media)).to.include({ kind: 'image', src: 'https://example.org/images/untitled-sketch.png' });
    expect(mediaView(byId('ming-rebuild').media)!.embed).to.include({ host: 'google.com', content: 'map' });
    expect(mediaView(byId('last-caravan').media)!.embed).to.include({ host: 'soundcloud.com', content: 'audio' });
    expect(byId('survey-day').media).to.deep.equal({ url: 'https://player.example.org/embed/survey-2009', alt: 'Surveyors on the wall', caption: 'The survey\'s own video', kind: 'embed' });
    expect(byId('quote')).not.to.have.property('media');
    expect(issuesAt('/events/9/media/url')[0]!.message).to.match(/a quote given as media is not shown/);
    // TimelineJS media rarely has alt text: a warning for each image, video or frame without it, none for sound.
    expect(story.issues.filter((issue) => issue.path.endsWith('/media/alt')).map((issue) => issue.path)).to.deep.equal(['/events/1/media/alt', '/events/4/media/alt', '/events/5/media/alt']);
  });

  it('shows times without a zone as written, seconds included', () => {
    expect(byId('last-caravan')).to.deep.include({ floatingTime: true, secondsWritten: true });
    expect(dateOf(byId('last-caravan'))).to.equal('12 March 1907 at 06:45:30');
    expect(dateOf(byId('survey-day'))).to.equal('18 April 2009, 09:00–17:30');
  });

  it('warns once for each field it cannot use, where it is first met', () => {
    const unused = story.issues.filter((issue) => /is not used:/.test(issue.message) && !/display_date/.test(issue.message));
    expect(unused.map(({ path, severity }) => [path, severity])).to.deep.equal([
      ['/title/background', 'warning'],
      ['/events/9/autolink', 'warning'],
    ]);
    expect(unused[0]!.message).to.equal('background is not used: backgrounds (colours and images) are not drawn (said once for the whole story)');
  });
});

describe('fromTimelineJS: the cosmological scale', () => {
  it('says the scale is not supported, and each year beyond a Date\'s range is left out with a clear issue', () => {
    const result = fromTimelineJS(fixture('cosmological.json'));
    expect(result.events.map((event) => [event.title, plain(formatEventDate(event, 'en-GB'))])).to.deep.equal([
      ['Our species appears', '200000 BC'],
      ['Farming begins', '10000 BC'],
    ]);
    expect(result.issues.map(({ path, severity }) => [path, severity])).to.deep.equal([
      ['/scale', 'warning'],
      ['/events/0/start_date', 'error'],
      ['/events/1/start_date', 'error'],
    ]);
    expect(result.issues[0]!.message).to.match(/scale "cosmological" is not supported/);
    expect(result.issues[1]!.message).to.match(/beyond the range of dates this timeline can draw .*cosmological scale is not supported/);
  });
});

describe('fromTimelineJS: dates', () => {
  const cases: [Record<string, unknown>, string, string][] = [
    [{ year: '2024', month: '6', day: '19' }, '2024-06-19', '19 June 2024'],
    [{ year: 2024, month: 10 }, '2024-10', 'October 2024'],
    [{ year: -1 }, '0000', '1 BC'],
    [{ year: -44, month: 3, day: 15 }, '-0043-03-15', '15 March 44 BC'],
    [{ year: 2024, month: 6, day: 19, hour: 2, minute: 22 }, '2024-06-19T02:22', '19 June 2024 at 02:22'],
    [{ year: 2024, month: 6, day: 19, hour: 14 }, '2024-06-19T14:00', '19 June 2024 at 14:00'],
    [{ year: 2024, month: 6, day: 19, hour: 2, minute: 22, second: 5, millisecond: 250 }, '2024-06-19T02:22:05.250', '19 June 2024 at 02:22:05'],
    [{ year: 12000 }, '+012000', '12000'],
  ];
  for (const [date, startText, shown] of cases) {
    it(`reads ${JSON.stringify(date)} as ${startText}, shown "${shown}"`, () => {
      const result = fromTimelineJS({ events: [{ start_date: date, text: { headline: 'x' } }] });
      expect(result.issues).to.deep.equal([]);
      expect(result.events[0]!.startText).to.equal(startText);
      expect(plain(formatEventDate(result.events[0]!, 'en-GB'))).to.equal(shown);
    });
  }

  it('reads year 0, which TimelineJS does not count, as 1 BC with a warning', () => {
    const result = fromTimelineJS({ events: [{ start_date: { year: 0 }, text: { headline: 'x' } }] });
    expect(result.events[0]!.startText).to.equal('0000');
    expect(result.issues.map(({ path, severity }) => [path, severity])).to.deep.equal([['/events/0/start_date/year', 'warning']]);
  });

  it('reports a slide without a start date, or a year that is no number, at the slide\'s start_date', () => {
    const result = fromTimelineJS({ events: [{ text: { headline: 'No date' } }, { start_date: { year: '300 BC' }, text: { headline: 'Letters' } }] });
    expect(result.events).to.deep.equal([]);
    expect(result.issues.map(({ path, severity }) => [path, severity])).to.deep.equal([
      ['/events/0/start_date', 'error'],
      ['/events/1/start_date', 'error'],
    ]);
  });
});

describe('fromTimelineJS: what is not a story', () => {
  it('reports input that is not TimelineJS JSON', () => {
    expect(fromTimelineJS(null).issues[0]!.message).to.match(/expected TimelineJS JSON/);
    expect(fromTimelineJS({ title: {} }).issues[0]!.path).to.equal('/events');
  });

  it('reports a slide that is no object at its place, and reads the others', () => {
    const result = fromTimelineJS({ events: ['a slide', { start_date: { year: 2024 }, text: { headline: 'Kept' } }] });
    expect(result.events.map((event) => event.title)).to.deep.equal(['Kept']);
    expect(result.issues.map(({ path, severity }) => [path, severity])).to.deep.equal([['/events/0', 'error']]);
  });

  it('turns HTML headlines into text without running or keeping markup', () => {
    expect(htmlToText('<script>alert(1)</script>Hi &lt;b&gt; &#8212; <img src=x onerror=alert(1)>there')).to.equal('Hi <b> — there');
  });
});
