import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { german } from '../../../src/domain/claims/languages/german';
import type { LanguageWords } from '../../../src/domain/claims/languages/language-words';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Lewis Hamilton', 'Max Verstappen', 'Charles Leclerc', 'Carlos Sainz'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const gapOf = (text: string, figure: string, language?: LanguageWords) => extractClaims(text, { roster, language }).find((claim) => claim.text === figure);

describe('a gap that separates two drivers named after it', () => {
  it('is the first one’s, measured against the second', () => {
    // F1 Insider (2021 United States Grand Prix).
    const german1 = gapOf('Was für ein Finish beim Western-Duell der großen WM-Rivalen: Nur 1,333 Sekunden trennen Verstappen und Verfolger Hamilton am Sonntag nach 56 schweißtreibenden Runden.', '1,333 Sekunden', german);
    expect(german1).toMatchObject({ subject: 'Verstappen', reference: 'Hamilton' });
    expect(gapOf('Just 0.1s separated Hamilton and Verstappen at the end of the session.', '0.1s')).toMatchObject({ subject: 'Hamilton', reference: 'Verstappen' });
    expect(gapOf('Only 0.2s split Leclerc from Sainz.', '0.2s')).toMatchObject({ subject: 'Leclerc', reference: 'Sainz' });
  });

  it('is not read so when the verb separates something else first', () => {
    const gap = gapOf('The win was Leclerc’s after 0.3s separated the leaders, with Sainz and Hamilton behind.', '0.3s');
    expect(gap?.reference ?? null).toBeNull();
  });
});
