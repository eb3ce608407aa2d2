import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { extractClaims } from '../../../src/domain/claims';
import { F1, eventContext } from './timing-data';

// The 2014 Singapore Grand Prix qualifying: Rosberg second on 1:45.688, Ricciardo's Red Bull third on 1:45.854.
let singapore: CheckContext;

beforeAll(async () => {
  singapore = await eventContext([F1], { race: '2014 Singapore' });
}, 60_000);

const gapIn = (text: string) => new Checker(singapore).checkText(text).claims.find((claim) => claim.kind === 'gap');

describe('a gap measured against a car called by its team or make', () => {
  it('is marked with the make and the ones named before, nearest first', () => {
    const gap = extractClaims('Fernando Alonso beat Sebastian Vettel and Esteban Ocon, with Lando Norris 0.2s ahead of the Aston Martin driver.').find((claim) => claim.kind === 'gap');
    expect(gap?.referenceMake).toEqual({ make: 'Aston Martin', candidates: ['Lando Norris', 'Esteban Ocon', 'Sebastian Vettel', 'Fernando Alonso'] });
    expect(extractClaims('Lando Norris was 0.2s ahead of the Briton.').find((claim) => claim.kind === 'gap')?.referenceMake).toBeUndefined();
  });

  it('names the one named before whose car the timing gives that team', () => {
    expect(gapIn('In qualifying Daniel Ricciardo was third. Nico Rosberg ended up 0.166s ahead of the Red Bull driver.')).toMatchObject({ reference: 'Daniel Ricciardo', verdict: 'confirmed' });
  });

  it('names no one when the team ran two cars and neither was named', () => {
    expect(gapIn('In qualifying Nico Rosberg ended up 0.166s ahead of the Williams driver.')).toMatchObject({ reference: null });
  });
});
