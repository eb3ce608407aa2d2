import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { F1, loadSessions } from './timing-data';

let qualifying: CheckContext;

beforeAll(async () => {
  const f1 = await loadSessions([F1], { race: '2021 Turkish' });
  qualifying = { ...f1, mainSessionId: f1.sessions.find((session) => session.kind === 'qualifying')!.id, roster: [] };
}, 60_000);

const placeIn = (text: string, figure: string) => new Checker(qualifying).checkText(text).claims.find((claim) => claim.text === figure);

// 2021 Turkey: Hamilton was fastest, Bottas second, Leclerc fourth; Hamilton's 10-place grid penalty put Bottas on
// pole and Leclerc third on the grid.
describe('a place in a paragraph that tells a grid penalty', () => {
  it('is the grid’s when qualifying does not give it and the grid does', () => {
    const text = 'Hamilton was quickest of all but serves a 10-place grid penalty for a new engine, which hands Bottas pole.';
    expect(placeIn(text, 'pole')).toMatchObject({ verdict: 'confirmed', evidence: expect.stringContaining('P1 on the grid') });
    expect(placeIn('Bottas took pole, with Verstappen alongside.', 'pole')?.verdict).not.toBe('confirmed');
  });

  it('reads "sur la grille" after a place as a starting place', () => {
    expect(placeIn('Après la qualification, Charles Leclerc est donc troisième sur la grille de départ, devant les deux pilotes de la Scuderia AlphaTauri.', 'troisième')).toMatchObject({ verdict: 'confirmed' });
    expect(placeIn('Après la qualification, Charles Leclerc est donc quatrième sur la grille de départ, devant les deux pilotes de la Scuderia AlphaTauri.', 'quatrième')).toMatchObject({ verdict: 'contradicted' });
  });
});
