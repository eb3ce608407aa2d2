import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { spanish } from '../../../src/domain/claims/languages/spanish';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Fernando Alonso', 'Lando Norris', 'Charles Leclerc', 'Esteban Ocon', 'Oscar Piastri'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const claimOf = (text: string, figure: string) => extractClaims(text, { roster, language: spanish }).find((claim) => claim.text === figure);

// A timing sheet writes each driver's deficit to the top signed, right after his name.
describe('a signed gap right after a name', () => {
  it('is that driver’s, even where a cue before makes him the one beaten', () => {
    const text = 'Piastri dominó la Q2 y sacaba ventaja sobre Lando Norris +0.311, Alonso +0.402 y Leclerc +0.520.';
    expect(claimOf(text, '+0.311')).toMatchObject({ subject: 'Lando Norris', subjectSure: true, direction: 'behind' });
    expect(claimOf(text, '+0.402')?.subject).toBe('Alonso');
  });

  it('leaves an unsigned margin after "sobre" to the one who dealt it', () => {
    expect(claimOf('Piastri sacaba ventaja sobre Lando Norris 0.311.', '0.311')?.subject).not.toBe('Lando Norris');
  });
});
