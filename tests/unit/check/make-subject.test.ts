import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { extractClaims } from '../../../src/domain/claims';
import { f1QualifyingContext } from './timing-data';

// The 2004 Australian Grand Prix qualifying: Montoya (Williams) third and Button (BAR) fourth, both on 1:24.998; the
// Ergast table keeps one time per car, the lap that decided the grid.
let melbourne: CheckContext;

beforeAll(async () => {
  melbourne = await f1QualifyingContext('2004 Australian');
}, 60_000);

const TIED = 'Montoya and Button had exactly the same time of 1:24.998 but the Williams driver was listed third after setting the fastest time in the first part of the new back-to-back qualifying format.';
const checked = (text: string, figure: string) => new Checker(melbourne).checkText(text).claims.find((claim) => claim.text === figure);
const roster = [
  ...['Juan Pablo Montoya', 'Jenson Button', 'Max Verstappen', 'Charles Leclerc', 'Sergio Pérez'].map((name) => ({ id: name, name, kind: 'driver' as const })),
  ...['Williams', 'BAR', 'Red Bull', 'Ferrari'].map((name) => ({ id: name, name, kind: 'team' as const })),
];
const claimOf = (text: string, figure: string) => extractClaims(text, { roster }).find((claim) => claim.text === figure);

describe('a driver called by his team as the subject of his clause', () => {
  it('is marked with the team and the ones named before, nearest first', () => {
    expect(claimOf(TIED, 'third')?.subjectMake).toEqual({ make: 'Williams', candidates: ['Button', 'Montoya'] });
  });

  it('is not marked where the team is beaten, nor where the figure is another’s named after it', () => {
    expect(claimOf('At the start of Q2, Verstappen took P1 with his opening flying lap of 1:35.294 but Leclerc soon deposed the Red Bull driver, crossing the line 0.048s quicker than the Dutchman.', '0.048s')?.subjectMake).toBeUndefined();
    expect(claimOf('Verstappen was out early in Q1 and the Red Bull driver jumped to the top of the order with a lap of 1:35.864, three tenths of a second ahead of second-placed team-mate Sergio Pérez.', 'second-placed')?.subjectMake).toBeUndefined();
  });

  it('names the one named before whose car the timing gives that team, not the last one named', () => {
    expect(checked(TIED, 'third')).toMatchObject({ subject: 'Juan Pablo Montoya', verdict: 'confirmed' });
  });

  it('leaves a place in a part of qualifying the timing does not keep unverifiable', () => {
    expect(checked(TIED, 'fastest')).toMatchObject({ subject: 'Juan Pablo Montoya', verdict: 'unverifiable' });
  });
});
