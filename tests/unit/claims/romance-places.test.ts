import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { italian } from '../../../src/domain/claims/languages/italian';
import { spanish } from '../../../src/domain/claims/languages/spanish';
import type { LanguageWords } from '../../../src/domain/claims/languages/language-words';

const places = (text: string, language: LanguageWords) => extractClaims(text, { language }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value]);

describe('places in Italian and Spanish', () => {
  it('reads "crono" as a time that ranks, as "tempo" does', () => {
    expect(places('Quinto crono per la Porsche di Rossi, davanti alla BMW.', italian)).toEqual([['Quinto', 5]]);
    expect(places('Leclerc ha firmato il miglior crono della sessione.', italian)).toEqual([['miglior crono', 1]]);
  });

  it('reads no place in the first to do something', () => {
    expect(places('Verstappen fue el primero en salir a pista y el segundo en marcar tiempo.', spanish)).toEqual([]);
    expect(places('Il primo a uscire è stato Leclerc.', italian)).toEqual([]);
  });

  it('reads an ordinal before a make after an article as a count of a team’s cars', () => {
    expect(places('Sesto crono per Rossi, sulla seconda Cadillac del team americano.', italian)).toEqual([['Sesto', 6]]);
  });

  it('still reads a place after a verb, and a place before "en" and a name', () => {
    expect(places('Leclerc ha chiuso secondo davanti a Sainz.', italian)).toEqual([['secondo', 2]]);
    expect(places('Hamilton terminó segundo en Mónaco.', spanish)).toEqual([['segundo', 2]]);
  });
});

describe('a pole come close to', () => {
  it('reads no place in a pole grazed, only the gap', () => {
    expect(extractClaims('Il pilota della Porsche ha sfiorato la pole per appena cinque millesimi.', { language: italian }).map((claim) => claim.kind)).toEqual(['gap']);
    expect(places('Rossi ha conquistato la pole con un giro perfetto.', italian)).toEqual([['pole', 1]]);
  });
});
