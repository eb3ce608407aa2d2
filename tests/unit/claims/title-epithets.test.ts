import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { french } from '../../../src/domain/claims/languages/french';
import { german } from '../../../src/domain/claims/languages/german';
import type { LanguageWords } from '../../../src/domain/claims/languages/language-words';
import { worldTitles, type Roster } from '../../../src/domain/names';

// A 2018 grid: Hamilton and Vettel four titles each before the season, Räikkönen one, Alonso two.
const roster: Roster = [
  ['Lewis Hamilton', 2018],
  ['Sebastian Vettel', 2018],
  ['Kimi Räikkönen', 2018],
  ['Fernando Alonso', 2018],
  ['Valtteri Bottas', 2018],
  ['Max Verstappen', 2018],
].map(([name, season]) => {
  const titles = worldTitles(name as string, season as number);
  return { id: name as string, name: name as string, kind: 'driver' as const, ...(titles ? { titles } : {}) };
});
const gapOf = (text: string, figure: string, language?: LanguageWords) => extractClaims(text, { roster, ...(language ? { language } : {}) }).find((claim) => claim.text === figure);

describe('the world titles of a driver as of a season', () => {
  it('counts those won before it, and says whether the season’s own is his', () => {
    expect(worldTitles('Lewis Hamilton', 2018)).toEqual({ before: 4, inSeason: true, reigning: true });
    expect(worldTitles('Kimi Raikkonen', 2010)).toEqual({ before: 1, inSeason: false });
    expect(worldTitles('Max Verstappen', 2020)).toBeNull();
    expect(worldTitles('Valtteri Bottas', 2018)).toBeNull();
  });
});

describe('a driver called by his count of world titles', () => {
  it('is the one driver of the session with that many', () => {
    expect(gapOf('Verstappen beat the double world champion by 0.084s.', '0.084s')?.reference).toBe('Fernando Alonso');
    expect(gapOf('Bottas war 0,2 Sekunden langsamer als der zweifache Weltmeister.', '0,2 Sekunden', german)?.reference).toBe('Fernando Alonso');
  });

  it('is no one where two drivers share the count, unless "the other" leaves one out', () => {
    expect(gapOf('Bottas was 0.3s behind the four-time champion.', '0.3s')?.reference).not.toBe('Lewis Hamilton');
    expect(gapOf('Hamilton a terminé 2/10 devant Bottas et 5/10 devant l’autre quadruple champion du monde.', '5/10', french)?.reference).toBe('Sebastian Vettel');
  });

  it('leaves a title written before a name to that name', () => {
    expect(gapOf('Bottas was 0.3s behind the four-time champion Sebastian Vettel.', '0.3s')?.reference).toBe('Sebastian Vettel');
  });
});
