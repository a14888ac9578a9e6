/**
 * A windowed source (src/model/archive-window.ts, src/model/window-template.ts): telling a window template from
 * a plain `src`, filling it into the URL the archive's server reads, the URL of one event, the window planned for
 * a view, whether an answer held serves a view, and reading the server's answers as README ("An archive on a
 * server") documents them.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  answerServes,
  countInView,
  eventUrl,
  MAX_REQUESTED_BINS,
  nearestInArchive,
  plannedWindow,
  readEventAnswer,
  readWindowAnswer,
  windowUrl,
  type ArchiveAnswer,
  type ArchiveSpan,
  type WindowRequest,
} from '../../src/model/archive-window.js';
import { isWindowTemplate } from '../../src/model/window-template.js';

const DAY = 86_400_000;
const TEMPLATE = 'https://archive.example/events?start={start}&end={end}&bins={bins}';
const TITLE = 'North Korea, Russia and the war in Ukraine, 2000–2024';
/** The archive of the README's answers: the seed story's span and size. */
const ARCHIVE = { total: 18, start: '2000-07-19T00:00:00.000Z', end: '2024-10-11T00:00:00.000Z' };
const ARCHIVE_START = Date.parse(ARCHIVE.start);
const ARCHIVE_END = Date.parse(ARCHIVE.end);

const iso = (time: number) => new Date(time).toISOString();
const utc = (year: number, month = 1, day = 1) => Date.UTC(year, month - 1, day);

/** What the server answers with the window's events, in the documented shape. */
function eventsAnswerJson(window: ArchiveSpan, events: Record<string, unknown>[]) {
  return { title: TITLE, archive: ARCHIVE, window: { start: iso(window.start), end: iso(window.end) }, total: events.length, events };
}

/** What the server answers with counts in bins, in the documented shape. */
function binsAnswerJson(window: ArchiveSpan, bins: { start: number; end: number; lane: string; count: number }[], lanes = 'category') {
  return {
    title: TITLE,
    archive: ARCHIVE,
    window: { start: iso(window.start), end: iso(window.end) },
    total: bins.reduce((sum, bin) => sum + bin.count, 0),
    unit: 'month',
    step: 1,
    lanes,
    bins: bins.map((bin) => ({ start: iso(bin.start), end: iso(bin.end), lane: bin.lane, count: bin.count })),
  };
}

function read(json: unknown): ArchiveAnswer {
  const answer = readWindowAnswer(json);
  if ('error' in answer) expect.fail(`the answer should read: ${answer.error}`);
  return answer;
}

const params = (url: string) => new URL(url).searchParams;

/** The edges of a planned window, which always has both. */
function edgesOf(planned: WindowRequest): ArchiveSpan {
  expect([typeof planned.start, typeof planned.end], 'the planned edges').to.deep.equal(['number', 'number']);
  return { start: planned.start!, end: planned.end! };
}

describe('isWindowTemplate', () => {
  it('is a window template when the src has a {start} or an {end} to fill in', () => {
    expect(isWindowTemplate(TEMPLATE)).to.equal(true);
    expect(isWindowTemplate('https://archive.example/events?start={start}')).to.equal(true);
    expect(isWindowTemplate('https://archive.example/events?end={end}&lanes=actor')).to.equal(true);
  });

  it('is a plain source otherwise, a {bins} or {lanes} alone and a fixed window included', () => {
    for (const src of [
      undefined,
      '',
      'data/story.json',
      'https://archive.example/events?bins={bins}',
      'https://archive.example/events?bins={bins}&lanes={lanes}',
      'http://127.0.0.1:8787/events?start=2020-03-01&end=2020-03-07',
      'https://archive.example/events?start=start&end=end',
    ]) {
      expect(isWindowTemplate(src), String(src)).to.equal(false);
    }
  });
});

describe('windowUrl', () => {
  it('fills {start} and {end} with the instants and {bins} with the number, encoded for the query', () => {
    const url = windowUrl(TEMPLATE, { start: utc(2024, 6, 19), end: utc(2024, 6, 20), bins: 120, lanes: 'none' });
    expect(url).to.equal('https://archive.example/events?start=2024-06-19T00%3A00%3A00.000Z&end=2024-06-20T00%3A00%3A00.000Z&bins=120');
    expect(params(url).get('start')).to.equal('2024-06-19T00:00:00.000Z');
    expect(params(url).get('end')).to.equal('2024-06-20T00:00:00.000Z');
  });

  it('writes years before 1 and after 9999 as six-digit signed years, the plus sign kept from reading as a space', () => {
    const url = windowUrl(TEMPLATE, { start: utc(-100), end: utc(10_000, 3, 1), bins: 10, lanes: 'none' });
    expect(params(url).get('start')).to.equal('-000100-01-01T00:00:00.000Z');
    expect(params(url).get('end')).to.equal('+010000-03-01T00:00:00.000Z');
    expect(url).to.include('end=%2B010000-03-01T');
    expect(Date.parse(params(url).get('start')!)).to.equal(utc(-100));
    expect(Date.parse(params(url).get('end')!)).to.equal(utc(10_000, 3, 1));
  });

  it('leaves an edge empty for the archive’s own when the request has none', () => {
    const url = windowUrl(TEMPLATE, { bins: 40, lanes: 'none' });
    expect(url).to.equal('https://archive.example/events?start=&end=&bins=40');
    const halfOpen = windowUrl(TEMPLATE, { start: utc(2020), bins: 40, lanes: 'none' });
    expect(params(halfOpen).get('start')).to.equal('2020-01-01T00:00:00.000Z');
    expect(params(halfOpen).get('end')).to.equal('');
  });

  it('asks for bins counted in the lanes drawn: a lanes parameter when the template sets none', () => {
    const url = windowUrl(TEMPLATE, { start: utc(2024), end: utc(2025), bins: 4, lanes: 'category' });
    expect(params(url).getAll('lanes')).to.deep.equal(['category']);
    const withoutQuery = windowUrl('https://archive.example/{start}/{end}', { start: utc(2024), end: utc(2025), bins: 4, lanes: 'actor' });
    expect(withoutQuery).to.equal('https://archive.example/2024-01-01T00%3A00%3A00.000Z/2025-01-01T00%3A00%3A00.000Z?lanes=actor');
  });

  it('adds no lanes parameter without lanes, nor when the template fills {lanes} or fixes lanes itself (the server refuses one given twice)', () => {
    const window = { start: utc(2024), end: utc(2025), bins: 4 };
    expect(params(windowUrl(TEMPLATE, { ...window, lanes: 'none' })).has('lanes')).to.equal(false);
    const filled = windowUrl(`${TEMPLATE}&lanes={lanes}`, { ...window, lanes: 'category' });
    expect(params(filled).getAll('lanes')).to.deep.equal(['category']);
    const fixed = windowUrl(`${TEMPLATE}&lanes=actor`, { ...window, lanes: 'category' });
    expect(params(fixed).getAll('lanes')).to.deep.equal(['actor']);
    const fixedFirst = windowUrl('https://archive.example/events?lanes=actor&start={start}&end={end}', { ...window, lanes: 'category' });
    expect(params(fixedFirst).getAll('lanes')).to.deep.equal(['actor']);
  });

  it('puts the lanes parameter in the query, before a fragment, where the server reads it', () => {
    const url = windowUrl(`${TEMPLATE}#archive`, { start: utc(2024), end: utc(2025), bins: 4, lanes: 'category' });
    expect(params(url).get('lanes')).to.equal('category');
    expect(new URL(url).hash).to.equal('#archive');
  });

  it('fills in any instant Date holds so that it reads back as the same millisecond', () => {
    const instant = fc.date({ noInvalidDate: true }).map((date) => date.getTime());
    fc.assert(
      fc.property(instant, instant, fc.integer({ min: 1, max: MAX_REQUESTED_BINS }), (start, end, bins) => {
        const url = params(windowUrl(TEMPLATE, { start, end, bins, lanes: 'none' }));
        expect(Date.parse(url.get('start')!)).to.equal(start);
        expect(Date.parse(url.get('end')!)).to.equal(end);
        expect(url.get('bins')).to.equal(String(bins));
      }),
    );
  });
});

describe('eventUrl', () => {
  it('asks the template’s address for one event by its id, encoded', () => {
    expect(eventUrl(TEMPLATE, 'putin-visit-2024')).to.equal('https://archive.example/events?id=putin-visit-2024');
    const odd = eventUrl(TEMPLATE, 'a b/&c=d#e');
    expect(params(odd).getAll('id')).to.deep.equal(['a b/&c=d#e']);
  });

  it('keeps the fixed parameters and drops the filled ones, any window or lanes parameter and a fragment', () => {
    const template = 'https://archive.example/events?key=abc&start={start}&end={end}&bins={bins}&lanes=category&format=json&from={start}#chart';
    expect(eventUrl(template, 'x1')).to.equal('https://archive.example/events?key=abc&format=json&id=x1');
    const fixedEdges = 'https://archive.example/events?start=2020&end={end}&bins=100&id=old';
    expect(eventUrl(fixedEdges, 'x1')).to.equal('https://archive.example/events?id=x1');
  });
});

describe('plannedWindow', () => {
  const view = { start: utc(2020, 1, 1), end: utc(2020, 2, 1) };
  const span = view.end - view.start;
  const archive = { start: utc(2000), end: utc(2024, 10, 11) };

  it('asks for the view and a view’s margin either side, in columns of the narrowest width', () => {
    // 968 px in columns of 24 px: 40 columns a view, 120 over the window.
    const planned = plannedWindow(view, archive, 968, 24, 'category');
    expect(planned).to.deep.equal({ start: view.start - span, end: view.end + span, bins: 120, lanes: 'category', binWidth: span / 40 });
  });

  it('keeps the margins inside the archive', () => {
    const nearStart = { start: archive.start + DAY, end: archive.start + 11 * DAY };
    const planned = plannedWindow(nearStart, archive, 968, 24, 'none');
    expect(planned.start).to.equal(archive.start);
    expect(planned.end).to.equal(nearStart.end + 10 * DAY);
    const { start, end } = edgesOf(planned);
    expect(planned.bins).to.equal(Math.ceil((end - start) / planned.binWidth));
    const nearEnd = { start: archive.end - 5 * DAY, end: archive.end + 5 * DAY };
    const atEnd = plannedWindow(nearEnd, archive, 968, 24, 'none');
    expect(atEnd.start).to.equal(nearEnd.start - 10 * DAY);
    expect(atEnd.end).to.equal(archive.end);
  });

  it('reaches a view either side when the archive’s span is not known', () => {
    const planned = plannedWindow(view, undefined, 968, 24, 'none');
    expect([planned.start, planned.end]).to.deep.equal([view.start - span, view.end + span]);
  });

  it('asks for at most MAX_REQUESTED_BINS bins and at least one column a view', () => {
    const wide = plannedWindow(view, archive, 10_000, 1, 'none');
    expect(wide.bins).to.equal(MAX_REQUESTED_BINS);
    expect(wide.binWidth).to.equal(span / 10_000);
    const hidden = plannedWindow(view, archive, 0, 24, 'none');
    expect(hidden.binWidth).to.equal(span);
    expect(hidden.bins).to.equal(3);
  });

  it('always holds the part of the view inside the archive, within the archive, in 1 to MAX_REQUESTED_BINS bins, and an answer for it serves the view', () => {
    const time = fc.integer({ min: -2_000_000, max: 2_000_000 }).map((hours) => hours * 3_600_000);
    const length = fc.integer({ min: 1, max: 1_000_000 }).map((hours) => hours * 3_600_000);
    fc.assert(
      fc.property(time, length, time, length, fc.integer({ min: 0, max: 4000 }), (viewStart, viewLength, archiveStart, archiveLength, plotWidth) => {
        const view = { start: viewStart, end: viewStart + viewLength };
        const archive = { start: archiveStart, end: archiveStart + archiveLength };
        const planned = plannedWindow(view, archive, plotWidth, 24, 'none');
        const { start, end } = edgesOf(planned);
        expect(end).to.be.greaterThan(start);
        expect(Number.isInteger(planned.bins) && planned.bins >= 1 && planned.bins <= MAX_REQUESTED_BINS, `${planned.bins} bins`).to.equal(true);
        const inside = { start: Math.max(view.start, archive.start), end: Math.min(view.end, archive.end) };
        if (inside.end <= inside.start) return;
        expect(start).to.be.within(archive.start, inside.start);
        expect(end).to.be.within(inside.end, archive.end);
        const answer = read(binsAnswerJson({ start, end }, [{ start, end, lane: '', count: 1 }], 'none'));
        const answerInArchive = { ...answer, archive };
        expect(answerServes(answerInArchive, planned.binWidth, view, planned.binWidth)).to.equal(true);
      }),
    );
  });
});

describe('answerServes', () => {
  const june = { start: utc(2024, 6, 1), end: utc(2024, 7, 1) };
  const events = read(eventsAnswerJson(june, [{ id: 'putin-visit-2024', title: 'Putin visits North Korea for first time in 24 years', start: '2024-06-19' }]));

  it('draws a window’s events at any zoom inside it', () => {
    for (const binWidth of [1, 3_600_000, DAY, 365 * DAY]) {
      expect(answerServes(events, DAY, { start: utc(2024, 6, 10), end: utc(2024, 6, 12) }, binWidth), `columns of ${binWidth} ms`).to.equal(true);
    }
    expect(answerServes(events, DAY, june, DAY)).to.equal(true);
  });

  it('does not serve a view that reaches past its window inside the archive', () => {
    expect(answerServes(events, DAY, { start: utc(2024, 6, 25), end: utc(2024, 7, 5) }, DAY)).to.equal(false);
    expect(answerServes(events, DAY, { start: utc(2024, 5, 31), end: utc(2024, 6, 5) }, DAY)).to.equal(false);
  });

  it('counts only the part of a view inside the archive: nothing is asked for beyond its first and last events', () => {
    const lastDays = read(eventsAnswerJson({ start: utc(2024, 10, 1), end: ARCHIVE_END }, []));
    expect(answerServes(lastDays, DAY, { start: utc(2024, 10, 5), end: utc(2024, 11, 5) }, DAY)).to.equal(true);
    const firstDays = read(eventsAnswerJson({ start: ARCHIVE_START, end: utc(2000, 8, 1) }, []));
    expect(answerServes(firstDays, DAY, { start: utc(2000, 6, 1), end: utc(2000, 7, 25) }, DAY)).to.equal(true);
    expect(answerServes(firstDays, DAY, { start: utc(2000, 6, 1), end: utc(2000, 8, 2) }, DAY)).to.equal(false);
  });

  it('draws bins while the view is zoomed at most twice in or out of the columns they were asked for', () => {
    const bins = read(binsAnswerJson(june, [{ start: june.start, end: june.end, lane: 'accusation', count: 3 }]));
    const view = { start: utc(2024, 6, 10), end: utc(2024, 6, 20) };
    const asked = DAY;
    for (const binWidth of [asked, asked * 2, asked / 2, asked * 1.5]) {
      expect(answerServes(bins, asked, view, binWidth), `columns of ${binWidth / DAY} days`).to.equal(true);
    }
    for (const binWidth of [asked * 2.01, asked / 2.01, asked * 10, asked / 24]) {
      expect(answerServes(bins, asked, view, binWidth), `columns of ${binWidth / DAY} days`).to.equal(false);
    }
    expect(answerServes(bins, asked, { start: utc(2024, 6, 20), end: utc(2024, 7, 2) }, asked)).to.equal(false);
  });
});

describe('countInView', () => {
  it('counts the events overlapping the view, an event ending at its start left out', () => {
    const answer = read(
      eventsAnswerJson({ start: utc(2024, 6, 1), end: utc(2024, 7, 1) }, [
        { id: 'a', title: 'A', start: '2024-06-18' },
        { id: 'b', title: 'B', start: '2024-06-19' },
        { id: 'c', title: 'C', start: '2024-06-10', end: '2024-06-25' },
        { id: 'd', title: 'D', start: '2024-06-26' },
      ]),
    );
    expect(countInView(answer, { start: utc(2024, 6, 19), end: utc(2024, 6, 21) })).to.equal(2);
    expect(countInView(answer, { start: utc(2024, 6, 1), end: utc(2024, 7, 1) })).to.equal(4);
    expect(countInView(answer, { start: utc(2024, 6, 27), end: utc(2024, 6, 30) })).to.equal(0);
  });

  it('counts the bins overlapping the view whole, in every lane', () => {
    const answer = read(
      binsAnswerJson({ start: utc(2024), end: utc(2024, 4) }, [
        { start: utc(2024, 1), end: utc(2024, 2), lane: 'accusation', count: 5 },
        { start: utc(2024, 2), end: utc(2024, 3), lane: 'accusation', count: 7 },
        { start: utc(2024, 2), end: utc(2024, 3), lane: 'diplomacy', count: 11 },
        { start: utc(2024, 3), end: utc(2024, 4), lane: 'diplomacy', count: 13 },
      ]),
    );
    expect(countInView(answer, { start: utc(2024, 2, 10), end: utc(2024, 2, 11) })).to.equal(18);
    expect(countInView(answer, { start: utc(2024, 2), end: utc(2024, 3, 2) })).to.equal(31);
    expect(countInView(answer, { start: utc(2024, 4), end: utc(2024, 5) })).to.equal(0);
  });
});

describe('readWindowAnswer', () => {
  it('reads an answer of events as a dataset, the protocol’s own fields not reported as unknown', () => {
    const json = {
      ...eventsAnswerJson({ start: utc(2024, 6, 19), end: utc(2024, 6, 20) }, [
        { id: 'putin-visit-2024', title: 'Putin visits North Korea for first time in 24 years', start: '2024-06-19', category: 'diplomacy' },
        { id: 'treaty-2024', title: 'Comprehensive strategic partnership treaty signed', start: '2024-06-19' },
      ]),
      total: 2,
    };
    const answer = read(json);
    expect(answer.kind).to.equal('events');
    if (answer.kind !== 'events') return;
    expect(answer.window).to.deep.equal({ start: utc(2024, 6, 19), end: utc(2024, 6, 20) });
    expect(answer.archive).to.deep.equal({ start: ARCHIVE_START, end: ARCHIVE_END });
    expect([answer.archiveTotal, answer.total, answer.title]).to.deep.equal([18, 2, TITLE]);
    expect(answer.result.dataset.title).to.equal(TITLE);
    expect(answer.result.events.map((event) => event.id)).to.deep.equal(['putin-visit-2024', 'treaty-2024']);
    expect(answer.result.issues).to.deep.equal([]);
  });

  it('reads an empty window with its nearest events without a warning, and still warns of a field neither the protocol nor a dataset has', () => {
    const empty = read({ ...eventsAnswerJson({ start: utc(2010), end: utc(2010, 2) }, []), nearest: { before: '2009-06-01T00:00:00.000Z', after: '2011-01-01T00:00:00.000Z' } });
    expect(empty.kind).to.equal('events');
    if (empty.kind !== 'events') return;
    expect(empty.result.events).to.deep.equal([]);
    expect(empty.result.issues.filter((issue) => /unknown field/.test(issue.message))).to.deep.equal([]);
    const extra = read({ ...eventsAnswerJson({ start: utc(2010), end: utc(2010, 2) }, []), colour: 'red' });
    if (extra.kind !== 'events') expect.fail('an answer of events');
    expect(extra.result.issues.map((issue) => issue.message)).to.deep.equal(['unknown field "colour" is ignored']);
  });

  it('reads an answer of bins: each bin’s span in ms, its lane and count, the lane mode and the lanes folded into "Other"', () => {
    const answer = read({
      title: TITLE,
      archive: ARCHIVE,
      window: { start: '2024-01-01T00:00:00.000Z', end: '2025-01-01T00:00:00.000Z' },
      total: 12,
      unit: 'month',
      step: 3,
      lanes: 'category',
      foldedLanes: 2,
      bins: [
        { start: '2024-01-01T00:00:00.000Z', end: '2024-04-01T00:00:00.000Z', lane: 'accusation', count: 1 },
        { start: '2024-04-01T00:00:00.000Z', end: '2024-07-01T00:00:00.000Z', lane: 'diplomacy', count: 4 },
        { start: '2024-07-01T00:00:00.000Z', end: '2024-10-01T00:00:00.000Z', lane: 'Other', count: 7 },
      ],
    });
    expect(answer.kind).to.equal('bins');
    if (answer.kind !== 'bins') return;
    expect(answer.window).to.deep.equal({ start: utc(2024), end: utc(2025) });
    expect([answer.total, answer.archiveTotal, answer.lanes, answer.foldedLanes]).to.deep.equal([12, 18, 'category', 2]);
    expect(answer.bins).to.deep.equal([
      { start: utc(2024, 1), end: utc(2024, 4), lane: 'accusation', count: 1 },
      { start: utc(2024, 4), end: utc(2024, 7), lane: 'diplomacy', count: 4 },
      { start: utc(2024, 7), end: utc(2024, 10), lane: 'Other', count: 7 },
    ]);
  });

  it('leaves out a bin that does not read, and gives a bin without a lane the lane of no lanes', () => {
    const good = { start: '2024-01-01T00:00:00.000Z', end: '2024-02-01T00:00:00.000Z', count: 3 };
    const answer = read({
      archive: ARCHIVE,
      window: { start: '2024-01-01T00:00:00.000Z', end: '2024-03-01T00:00:00.000Z' },
      total: 3,
      unit: 'month',
      step: 1,
      bins: [
        good,
        { ...good, count: 0 },
        { ...good, count: '3' },
        { ...good, count: -2 },
        { ...good, start: 'not a date' },
        { ...good, end: undefined },
        { ...good, start: '2024-03-01T00:00:00.000Z' },
        null,
        7,
        ['2024-01-01', '2024-02-01', 3],
      ],
    });
    if (answer.kind !== 'bins') expect.fail('an answer of bins');
    expect(answer.bins).to.deep.equal([{ start: utc(2024, 1), end: utc(2024, 2), lane: '', count: 3 }]);
    expect([answer.lanes, answer.foldedLanes]).to.deep.equal(['none', 0]);
  });

  it('reads an empty archive: no span, nothing in it', () => {
    const answer = read({ archive: { total: 0 }, window: { start: '2024-01-01T00:00:00.000Z', end: '2024-01-02T00:00:00.000Z' }, total: 0, events: [] });
    expect(answer.archive).to.equal(undefined);
    expect([answer.archiveTotal, answer.total]).to.deep.equal([0, 0]);
  });

  it('says what an answer lacks rather than throwing', () => {
    const window = { start: '2024-01-01T00:00:00.000Z', end: '2024-02-01T00:00:00.000Z' };
    for (const json of [null, undefined, 'events', 42, [], [{ window, events: [] }]]) {
      expect(readWindowAnswer(json), JSON.stringify(json)).to.deep.equal({ error: 'the answer is not a JSON object' });
    }
    for (const json of [{ events: [] }, { window: { start: window.start }, events: [] }, { window: { start: 'soon', end: window.end }, events: [] }, { window: { start: window.end, end: window.start }, bins: [] }]) {
      expect(readWindowAnswer(json), JSON.stringify(json)).to.deep.equal({ error: 'the answer has no window with a start and an end' });
    }
    for (const json of [{ window }, { window, events: 'none' }, { window, bins: {} }]) {
      expect(readWindowAnswer(json), JSON.stringify(json)).to.deep.equal({ error: 'the answer has neither events nor bins' });
    }
  });
});

describe('nearestInArchive', () => {
  const bins = (spans: [number, number][]): ArchiveAnswer => {
    const read = readWindowAnswer({
      title: TITLE,
      archive: ARCHIVE,
      window: { start: ARCHIVE.start, end: ARCHIVE.end },
      total: spans.length,
      unit: 'year',
      step: 1,
      bins: spans.map(([start, end]) => ({ start: iso(start), end: iso(end), count: 1 })),
    });
    return read as ArchiveAnswer;
  };

  it('points to the nearest bins either side of an empty view: the end of the one before, the start of the one after', () => {
    const answer = bins([
      [utc(2001), utc(2002)],
      [utc(2004), utc(2005)],
      [utc(2010), utc(2011)],
      [utc(2012), utc(2013)],
    ]);
    expect(nearestInArchive(answer, { start: utc(2006), end: utc(2008) })).to.deep.equal({ earlier: utc(2005), later: utc(2010) });
  });

  it('points past the archive’s own edges from a view beyond them, and to nothing on a side where nothing is', () => {
    const answer = bins([[utc(2001), utc(2002)]]);
    expect(nearestInArchive(answer, { start: utc(1990), end: utc(1991) })).to.deep.equal({ earlier: undefined, later: ARCHIVE_START });
    expect(nearestInArchive(answer, { start: utc(2030), end: utc(2031) })).to.deep.equal({ earlier: ARCHIVE_END, later: undefined });
  });

  it('takes an empty window’s nearest starts from the server', () => {
    const empty = readWindowAnswer({ ...eventsAnswerJson({ start: utc(2010), end: utc(2011) }, []), nearest: { before: iso(utc(2008, 3, 1)), after: iso(utc(2012, 5, 1)) } }) as ArchiveAnswer;
    const nearest = nearestInArchive(empty, { start: utc(2010, 3), end: utc(2010, 4) });
    expect(nearest.later).to.equal(utc(2012, 5, 1));
    expect(nearest.earlier).to.be.within(utc(2008, 3, 1), utc(2008, 3, 1) + DAY);
  });
});

describe('readEventAnswer', () => {
  it('reads the answer for one event as a one-event dataset', () => {
    const result = readEventAnswer({
      title: TITLE,
      archive: ARCHIVE,
      window: { start: '2024-06-19T00:00:00.000Z', end: '2024-06-20T00:00:00.000Z' },
      event: { id: 'putin-visit-2024', title: 'Putin visits North Korea for first time in 24 years', start: '2024-06-19', actors: ['Russia'] },
    });
    if ('error' in result) expect.fail(result.error);
    expect(result.dataset.title).to.equal(TITLE);
    expect(result.events.map((event) => [event.id, event.start.getTime(), event.actors])).to.deep.equal([['putin-visit-2024', utc(2024, 6, 19), ['Russia']]]);
    expect(result.issues).to.deep.equal([]);
  });

  it('says the answer has no event when it has none', () => {
    for (const json of [null, 'putin-visit-2024', [], { title: TITLE, archive: ARCHIVE }, { event: 'putin-visit-2024' }, { event: [] }]) {
      expect(readEventAnswer(json), JSON.stringify(json)).to.deep.equal({ error: 'the answer has no event' });
    }
  });
});
