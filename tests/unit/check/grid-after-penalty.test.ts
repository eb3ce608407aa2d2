import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { F1, eventContext } from './timing-data';

// A 2017 British Grand Prix qualifying report (a corpus report): Bottas qualified fourth but a five-place grid penalty
// puts him ninth on the grid, so everyone from Verstappen to Vandoorne starts a place higher than they qualified.
// Its "Qualifying Standings" table, a paragraph of its own after the penalty is told, gives that grid.
const report = readFileSync(new URL('../../corpus/reports/f1-2017-britain-qualifying-f1madness.txt', import.meta.url), 'utf8').split('\n---\n')[1];
let britain: CheckContext;

beforeAll(async () => {
  britain = await eventContext([F1], { race: '2017 British' });
}, 60_000);

const place = (text: string, words: string, subject?: string) =>
  new Checker(britain).checkText(text).claims.find((claim) => claim.kind === 'position' && text.slice(claim.start, claim.end) === words && (subject === undefined || claim.subject === subject));

describe('places after a grid penalty', () => {
  it('refutes a starting place the stored grid, drawn up after the penalties, does not bear out', () => {
    // "…his five place grid penalty … means that he will start ninth. … McLaren's Stoffel Vandoorne. The Belgian driver
    // will start ninth": Vandoorne qualified ninth and started eighth.
    expect(place(report, 'ninth', 'Stoffel Vandoorne')).toMatchObject({ verdict: 'contradicted', expected: 8 });
  });

  it('reads a table of places after the penalty is told in a paragraph before as the grid', () => {
    const verstappen = place(report, '4', 'Max Verstappen');
    expect(verstappen).toMatchObject({ verdict: 'confirmed', expected: 4 });
    expect(verstappen?.evidence).toContain('on the grid');
    expect(place(report, '6', 'Sergio Perez')).toMatchObject({ verdict: 'confirmed' });
  });

  it('does not read the same table as the grid when no penalty is told before it', () => {
    const table = report.slice(report.indexOf('Qualifying Standings'));
    expect(place(table, '4', 'Max Verstappen')?.verdict).not.toBe('confirmed');
  });
});
