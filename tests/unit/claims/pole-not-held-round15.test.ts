import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { italian } from '../../../src/domain/claims/languages/italian';

const read = (text: string, language?: Parameters<typeof extractClaims>[1]) => extractClaims(text, language).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value]);

describe('pole as a page’s label or legend ("Tag: pole position", "- Pole / Position Fastest / Lap")', () => {
  it('is no one’s place', () => {
    expect(read('Tag: pole position\nF1, qualifiche Gp Cina: prima fila Red Bull.', { language: italian }).map(([text]) => text)).not.toContain('pole position');
    expect(read("- Pole\nPosition Fastest\nLap\nOnly the Friday's qualifying results were valid for the grid.")).toEqual([]);
  });

  it('is still a place where a line names its holder', () => {
    expect(read('Pole: Lewis Hamilton, 1:23.456')).toEqual([['Pole', 1]]);
  });
});

describe('pole as what a session hands out ("in quella decisiva che assegnava la pole")', () => {
  it('is at stake, no one’s place', () => {
    expect(read('Hamilton è stato il più veloce nella Q1 e Q2 ma in quella decisiva che assegnava la pole non ha sfruttato al meglio la sua vettura.', { language: italian }).map(([text]) => text)).not.toContain('pole');
    expect(read('He was quickest in the session that decided pole, but the lap was deleted.').map(([text]) => text)).not.toContain('pole');
  });
});
