import { describe, it } from 'node:test';
import { expect } from 'chai';
import { fromCSV } from '../../src/model/from-csv.js';

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
