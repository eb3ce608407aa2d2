import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { dutch } from '../../../src/domain/claims/languages/dutch';
import { worldTitles, type Roster } from '../../../src/domain/names';

const gapOf = (text: string) => extractClaims(text).find((claim) => claim.kind === 'gap');

describe('references, round 10', () => {
  it('measures a Romance winner’s margin to second place, ahead, whatever word came before it', () => {
    const gap = gapOf('Depois da última paragem, Miguel Molina segurou a liderança e venceu com uma margem de 4s105 sobre o pelotão.');
    expect(gap).toMatchObject({ subject: 'Miguel Molina', referencePlace: 2, direction: 'ahead' });
    expect(gapOf('Tras la última parada, Miguel Molina mantuvo el liderato y ganó por apenas 1,204 segundos.')).toMatchObject({ referencePlace: 2, direction: 'ahead' });
  });

  it('reads the one "venceu" beats as the reference, not the subject', () => {
    const gap = gapOf('Sébastien Buemi venceu Kamui Kobayashi por apenas 0s271 na última volta.');
    expect(gap).toMatchObject({ subject: 'Sébastien Buemi', reference: 'Kamui Kobayashi' });
  });

  it('measures a bare "by" after an aside on the one beaten against him', () => {
    expect(gapOf('Oscar Piastri beat George Russell, who had led the opening stint, by just 0.802s.')).toMatchObject({ subject: 'Oscar Piastri', reference: 'George Russell' });
    expect(gapOf('Sébastien Buemi, no Toyota #8, venceu Kamui Kobayashi, da Toyota #7, por apenas 0s271.')).toMatchObject({ subject: 'Sébastien Buemi', reference: 'Kamui Kobayashi' });
  });

  it('leaves a margin after a comma that is not a bare "by" to its own clause', () => {
    expect(gapOf('Oscar Piastri beat George Russell, and Lando Norris was 0.802s further back.')?.reference).not.toBe('George Russell');
  });

  it('measures a bare deficit in a participle clause against the one the clause before chased', () => {
    expect(gapOf('Nick Tandy could not close the gap to Kevin Estre, taking the flag 1.8 seconds adrift.')).toMatchObject({ subject: 'Nick Tandy', reference: 'Kevin Estre', direction: 'behind' });
    expect(gapOf('Kevin Estre overtook Nick Tandy before the last stops, pulling away to win by 12.4 seconds.')?.reference).not.toBe('Nick Tandy');
  });

  it('reads "the reigning world champion" as the one who won the season before, by the roster’s titles', () => {
    const roster: Roster = ['Lewis Hamilton', 'Max Verstappen', 'Sergio Pérez'].map((name) => {
      const titles = worldTitles(name, 2022);
      return { id: name, name, kind: 'driver' as const, ...(titles ? { titles } : {}) };
    });
    const english = extractClaims('Sergio Pérez was third, 0.412s behind the reigning world champion.', { roster }).find((claim) => claim.kind === 'gap');
    expect(english).toMatchObject({ subject: 'Sergio Pérez', reference: 'Max Verstappen' });
    const nl = extractClaims('Sergio Pérez werd derde, met vier tienden achterstand op de huidige wereldkampioen.', { roster, language: dutch }).find((claim) => claim.kind === 'gap');
    expect(nl?.reference).toBe('Max Verstappen');
  });
});
