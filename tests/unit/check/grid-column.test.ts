import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { extractClaims } from '../../../src/domain/claims';
import { F1, eventContext } from './timing-data';

// A fan's page on the 1992 Japanese Grand Prix (a corpus report) ends with the race's results as a bordered table
// whose columns are "Pos | Driver | Team | Grid | Laps": each row gives the finishing place and the starting one.
const report = readFileSync(new URL('../../corpus/reports/f1-1992-japan-race-digilander.txt', import.meta.url), 'utf8').split('\n---\n')[1];
const table = report.slice(report.indexOf('Pos | Driver'));
let japan: CheckContext;

beforeAll(async () => {
  japan = await eventContext([F1], { race: '1992 Japanese' });
}, 60_000);

const cells = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject, claim.tableColumn]);

describe('a results table with a grid column', () => {
  it('reads the grid column’s number as the row’s starting place', () => {
    expect(cells(table).slice(0, 4)).toEqual([
      ['1', 'Riccardo Patrese', 'place'],
      ['2', 'Riccardo Patrese', 'grid'],
      ['2', 'Gerhard Berger', 'place'],
      ['4', 'Gerhard Berger', 'grid'],
    ]);
  });

  it('checks the finishing place against the race and the grid column against its grid, not the column name', () => {
    const claims = new Checker(japan).checkText(table).claims.filter((claim) => claim.kind === 'position');
    const row = (name: string) => claims.filter((claim) => claim.subject === name).map((claim) => [claim.value, claim.verdict]);
    expect(row('Martin Brundle')).toEqual([[3, 'confirmed'], [13, 'confirmed']]);
    // "16 | Mika Hakkinen (R)" and "17 | Nigel Mansell (R)": the data classifies the two retirements the other way round.
    expect(row('Mika Hakkinen')).toEqual([[16, 'contradicted'], [7, 'confirmed']]);
    expect(claims.find((claim) => claim.subject === 'Nigel Mansell' && claim.value === 17)).toMatchObject({ verdict: 'contradicted', expected: 16 });
  });

  it('leaves a table without a grid column as it was', () => {
    const withoutGrid = table.split('\n').map((line) => line.split(' | ').filter((_, at) => at !== 3).join(' | ')).join('\n');
    expect(cells(withoutGrid).slice(0, 2)).toEqual([['1', 'Riccardo Patrese', undefined], ['2', 'Gerhard Berger', undefined]]);
  });
});
