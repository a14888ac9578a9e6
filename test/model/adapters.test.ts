import { expect } from '@open-wc/testing';
import { fromCSV } from '../../src/model/from-csv.js';
import { fromTimelineJS, htmlToText } from '../../src/model/from-timelinejs.js';

describe('fromCSV', () => {
  it('reads the documented columns, actors split on ";"', () => {
    const csv = [
      'id,title,start,end,summary,actors,category,status,source,source_url',
      'spa,"Assembly meets, amends law",2024-10-07,2024-10-08,"Said ""nothing""",North Korea; Russia,politics,confirmed,KCNA,https://kcna.kp/x',
    ].join('\n');
    const result = fromCSV(csv);
    expect(result.issues).to.deep.equal([]);
    const [event] = result.events;
    expect(event).to.include({ id: 'spa', title: 'Assembly meets, amends law', summary: 'Said "nothing"', category: 'politics', status: 'confirmed' });
    expect(event!.actors).to.deep.equal(['North Korea', 'Russia']);
    expect(event!.sources).to.deep.equal([{ name: 'KCNA', url: 'https://kcna.kp/x' }]);
    expect(event!.end.toISOString()).to.equal('2024-10-09T00:00:00.000Z');
  });

  it('names the spreadsheet row and column of each problem', () => {
    const csv = 'id,title,start,end,status,source_url\na,A,2024-01-01,,,\nb,B,2024-02-30,,,\n\nc,C,2024,,maybe,\nd,D,2024,,,javascript:alert(1)\n';
    const result = fromCSV(csv);
    expect(result.events.map((event) => event.id)).to.deep.equal(['a']);
    expect(result.issues.map((issue) => issue.path)).to.deep.equal(['/rows/3/start', '/rows/5/status', '/rows/6/source_url']);
  });

  it('gives rows without an id one from their row number', () => {
    expect(fromCSV('title,start\nA,2024').events[0]!.id).to.equal('row-2');
  });

  it('reports a header without the needed columns', () => {
    const result = fromCSV('name,date\nA,2024');
    expect(result.issues[0]).to.include({ path: '/rows/1', severity: 'error' });
    expect(result.issues[0]!.message).to.match(/no "title" or "start" column/);
  });

  it('warns about unknown columns', () => {
    const result = fromCSV('title,start,colour\nA,2024,red');
    expect(result.events).to.have.length(1);
    expect(result.issues).to.deep.equal([{ path: '/rows/1/2', message: 'unknown column "colour" is ignored', severity: 'warning' }]);
  });
});

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
