import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Jean-Eric Vergne', 'Oliver Rowland', 'Carlos Sainz', 'Pierre Gasly'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const parties = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind !== 'position').map((claim) => [claim.text, claim.subject, claim.reference]);

describe('a time followed by "de" and a name', () => {
  it.each([
    ['Apesar de ter perdido tempo para Rowland, os 1m13.322s de Vergne foram suficientes.', '1m13.322s', 'Vergne'],
    ['Tras el trompo de Gasly, el 1:29.410 de Sainz aguantó hasta el final.', '1:29.410', 'Sainz'],
    ["Rowland n'a pas pu battre le 1'13.322 de Vergne.", "1'13.322", 'Vergne'],
  ])('gives the time in %j to the driver after "de"', (sentence, text, subject) => {
    expect(parties(sentence)).toEqual([[text, subject, null]]);
  });

  it('keeps a gap "de" someone measured from that one', () => {
    expect(parties('Rowland terminou a 0,3s de Vergne.')).toEqual([['0,3s', 'Rowland', 'Vergne']]);
  });
});

describe('a win by a margin over the one named after "a"', () => {
  it('puts the winner ahead of him', () => {
    const text = 'Vergne y Rowland se combinaron para vencer por un margen de 3.7 segundos a Carlos Sainz y Pierre Gasly. Sainz terminó a 2.3 segundos de Rowland en la carrera.';
    const [won, behind] = extractClaims(text, { roster });
    expect(won).toMatchObject({ text: '3.7 segundos', subject: 'Rowland', reference: 'Carlos Sainz', direction: 'ahead' });
    expect(behind).toMatchObject({ text: '2.3 segundos', subject: 'Carlos Sainz', reference: 'Rowland', direction: 'behind' });
  });
});
