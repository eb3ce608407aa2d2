import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { italian } from '../../../src/domain/claims/languages/italian';
import { spanish } from '../../../src/domain/claims/languages/spanish';
import type { LanguageWords } from '../../../src/domain/claims/languages/language-words';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Fernando Alonso', 'Lando Norris', 'Charles Leclerc', 'Esteban Ocon'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const gapOf = (text: string, figure: string, language: LanguageWords = spanish) => extractClaims(text, { roster, language }).find((claim) => claim.text === figure);

// Romance languages deal a margin to the one beaten: "sacar/rifilare X a Y" puts the subject ahead of Y.
describe('a margin dealt to another ("sacó medio segundo a …")', () => {
  it('puts its subject ahead of the one after "a"', () => {
    const gap = gapOf('Fernando Alonso, que le sacó tres décimas a Lando Norris en la Q3, saldrá primero.', 'tres décimas');
    expect(gap?.subject).toBe('Fernando Alonso');
    expect(gap?.reference).toBe('Lando Norris');
    expect(gap?.direction).toBe('ahead');
  });

  it('reaches the one dealt to past a few words, in Italian', () => {
    const gap = gapOf('Leclerc è riuscito a rifilare due decimi al compagno di squadra Esteban Ocon.', 'due decimi', italian);
    expect(gap?.reference).toBe('Esteban Ocon');
    expect(gap?.direction).toBe('ahead');
  });

  it('leaves a gap "a X de" someone behind', () => {
    const gap = gapOf('Lando Norris terminó a tres décimas de Fernando Alonso.', 'tres décimas');
    expect(gap?.direction).toBe('behind');
  });
});
