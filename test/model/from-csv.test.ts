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

  it('names the spreadsheet row and column of each problem; only a bad date leaves a row out', () => {
    const csv = 'id,title,start,end,status,source_url\na,A,2024-01-01,,,\nb,B,2024-02-30,,,\n\nc,C,2024,,maybe,\nd,D,2024,,,javascript:alert(1)\n';
    const result = fromCSV(csv);
    expect(result.events.map((event) => event.id)).to.deep.equal(['a', 'c', 'd']);
    expect(result.issues.map(({ path, severity }) => [path, severity])).to.deep.equal([
      ['/rows/3/start', 'error'],
      ['/rows/5/status', 'warning'],
      ['/rows/6/source_url', 'error'],
    ]);
    const [, maybe, scripted] = result.events;
    expect(maybe!.status).to.equal(undefined);
    expect(scripted!.sources).to.deep.equal([{ name: 'javascript:alert(1)' }]);
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

describe('fromCSV: who claims and who denies', () => {
  it('reads claimed_by as the claimants and each name in denied_by as a denial, names separated by ";"', () => {
    const csv = [
      'id,title,start,status,claimed_by,denied_by',
      'arms,North Korea supplies shells,2022-11-02,alleged,the United States; ,Russia;North Korea ',
      'treaty,Treaty signed,2024-06-19,confirmed,;;, ; ',
    ].join('\n');
    const result = fromCSV(csv);
    expect(result.issues).to.deep.equal([]);
    const [arms, treaty] = result.events;
    expect(arms!.claimedBy).to.deep.equal(['the United States']);
    expect(arms!.responses).to.deep.equal([
      { actor: 'Russia', stance: 'denies' },
      { actor: 'North Korea', stance: 'denies' },
    ]);
    expect(treaty).not.to.have.property('claimedBy');
    expect(treaty).not.to.have.property('responses');
  });

  it('does not warn about the claimed_by and denied_by columns', () => {
    expect(fromCSV('title,start,claimed_by,denied_by\nA,2024,AP,').issues).to.deep.equal([]);
  });
});
