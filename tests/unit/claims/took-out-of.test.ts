import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { detectLanguage } from '../../../src/domain/claims/languages/detect-language';

const gapOf = (text: string) => extractClaims(text, { language: detectLanguage(text) }).find((claim) => claim.kind === 'gap');

describe('a gap one takes out of another, in the Romance languages', () => {
  it('puts its subject ahead, though the "a" after the figure elsewhere marks one behind', () => {
    const spanish = gapOf('En la Q2 Charles Leclerc le sacó casi tres décimas a Sergio Pérez y se quedó con el mejor tiempo de la sesión.');
    expect(spanish).toMatchObject({ subject: 'Charles Leclerc', reference: 'Sergio Pérez', direction: 'ahead' });
    expect(gapOf('Nel Q3 Carlos Sainz è riuscito a rifilare quattro decimi a George Russell e ha preso la pole della gara di domani.')?.direction).toBe('ahead');
    expect(gapOf('Dans la Q3, Pierre Gasly a infligé trois dixièmes à Esteban Ocon, qui est le plus rapide des autres et partira sur la première ligne avec les pneus tendres.')?.direction).toBe('ahead');
  });

  it('leaves a gap one was at behind', () => {
    expect(gapOf('En la Q2 Sergio Pérez se quedó a tres décimas de Charles Leclerc, que fue el más rápido de la clasificación.')?.direction).toBe('behind');
  });
});
