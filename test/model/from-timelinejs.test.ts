import { describe, it } from 'node:test';
import { expect } from 'chai';
import { fromTimelineJS, htmlToText } from '../../src/model/from-timelinejs.js';

describe('fromTimelineJS', () => {
  const timeline = {
    title: { text: { headline: 'Korea &amp; Russia', text: '<p>Intro</p>' } },
    events: [
      { unique_id: 'treaty', start_date: { year: '2024', month: '6', day: '19' }, text: { headline: '<b>Treaty</b>', text: '<p>Signed in <i>Pyongyang</i>.</p>' }, group: 'Russia' },
      { start_date: { year: 2024, month: 10 }, end_date: { year: 2024, month: 11 }, text: { headline: 'Autumn' } },
      { start_date: { year: -43 }, text: { headline: 'Old' } },
      { start_date: { year: 2024, month: 6, day: 19, hour: 2, minute: 22 }, text: { headline: 'Landing' } },
      { start_date: { year: 2024, month: 2, day: 30 }, text: { headline: 'Bad' } },
    ],
  };

  it('reads events, precision from the fields present, HTML as plain text', () => {
    const result = fromTimelineJS(timeline);
    expect(result.dataset).to.deep.equal({ title: 'Korea & Russia', description: 'Intro' });
    const byTitle = Object.fromEntries(result.events.map((event) => [event.title, event]));
    expect(byTitle['Treaty']).to.include({ id: 'treaty', summary: 'Signed in Pyongyang.', category: 'Russia', precision: 'day' });
    expect(byTitle['Autumn']).to.include({ precision: 'month', isRange: true });
    expect(byTitle['Autumn']!.end.toISOString()).to.equal('2024-12-01T00:00:00.000Z');
    expect(byTitle['Old']!.start.getUTCFullYear()).to.equal(-43);
    expect(byTitle['Landing']).to.include({ precision: 'minute' });
  });

  it('reports problems at the TimelineJS path', () => {
    const result = fromTimelineJS(timeline);
    expect(result.issues).to.have.length(1);
    expect(result.issues[0]).to.include({ path: '/events/4/start_date', severity: 'error' });
    expect(result.issues[0]!.message).to.match(/February 2024 has 29 days/);
  });

  it('reports input that is not TimelineJS JSON', () => {
    expect(fromTimelineJS(null).issues[0]!.message).to.match(/expected TimelineJS JSON/);
    expect(fromTimelineJS({ title: {} }).issues[0]!.path).to.equal('/events');
  });

  it('turns HTML into text without running or keeping markup', () => {
    expect(htmlToText('<script>alert(1)</script>Hi &lt;b&gt; &#8212; <img src=x onerror=alert(1)>there')).to.equal('Hi <b> — there');
  });
});
