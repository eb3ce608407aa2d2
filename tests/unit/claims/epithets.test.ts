import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { french } from '../../../src/domain/claims/languages/french';
import { german } from '../../../src/domain/claims/languages/german';
import type { Roster } from '../../../src/domain/names';

const driversOf = (...names: string[]): Roster => names.map((name) => ({ id: name, name, kind: 'driver' }));

describe('drivers called by their nationality', () => {
  it('reads "the Finn" as the driver the text introduced as a Finn, not the last one named', () => {
    const roster = driversOf('Valtteri Bottas', 'Lewis Hamilton');
    const text = 'The Finn Valtteri Bottas started third and Lewis Hamilton fourth. The Finn lapped in 1:32.656 on his final run.';
    expect(extractClaims(text, { roster }).find((claim) => claim.kind === 'lap_time')).toMatchObject({ subject: 'Valtteri Bottas', subjectSure: true });
  });

  it('pairs two nationalities with the pair the sentence before names, in order', () => {
    const roster = driversOf('Guanyu Zhou', 'Valtteri Bottas');
    const text = 'Die Sauber-Piloten Guanyu Zhou und Valtteri Bottas überraschen im Qualifying. Während der Chinese auf die 12. Startposition fährt, wird der Finne 13.';
    const places = extractClaims(text, { roster, language: german }).filter((claim) => claim.kind === 'position');
    expect(places.map((place) => [place.value, place.subject])).toEqual([
      [12, 'Guanyu Zhou'],
      [13, 'Valtteri Bottas'],
    ]);
  });

  it('does not take a nationality after a word that makes him the one beaten', () => {
    const roster = driversOf('Sebastian Vettel', 'Lewis Hamilton');
    const text = 'The German Sebastian Vettel was quick. Lewis Hamilton took pole, beating the German by 0.2s.';
    expect(extractClaims(text, { roster }).find((claim) => claim.kind === 'gap')?.subject).toBe('Lewis Hamilton');
  });

  it('gives a place in a quote to the one the tag after the quote calls by his nationality', () => {
    const roster = driversOf('Sebastian Vettel', 'Valtteri Bottas');
    const text = `La Ferrari de l'Allemand Sebastian Vettel et la Mercedes du Finlandais Valtteri Bottas sont derrière. "Pour nous, on n'a pas pu faire mieux que la quatrième place", a regretté l'Allemand, déçu.`;
    expect(extractClaims(text, { roster, language: french }).find((claim) => claim.value === 4)).toMatchObject({ kind: 'position', subject: 'Sebastian Vettel' });
  });
});

describe('a place the one named missed', () => {
  it('reads "Der 60-fache GP-Sieger" as the one named before, and gives him no pole he missed', () => {
    const roster = driversOf('Max Verstappen', 'Lando Norris');
    const text = 'Max Verstappen startet als Zweiter. Der 60-fache GP-Sieger verpasst seine 40. Formel-1-Pole um 20 Tausendstelsekunden gegen Lando Norris.';
    const claims = extractClaims(text, { roster, language: german });
    expect(claims.find((claim) => claim.kind === 'gap')).toMatchObject({ subject: 'Max Verstappen', reference: 'Lando Norris' });
    expect(claims.find((claim) => claim.text.endsWith('Pole'))?.subject ?? null).toBeNull();
  });

  it('reads the one "sich" yields to as the winner: "muss sich Norris um 20 Tausendstel geschlagen geben"', () => {
    const roster = driversOf('Max Verstappen', 'Lando Norris');
    const text = 'Zweiter Startplatz für Max Verstappen. Der Niederländer muss sich Lando Norris um nur 20 Tausendstel geschlagen geben und ahnt, wie die Pole verloren ging.';
    const claims = extractClaims(text, { roster, language: german });
    expect(claims.find((claim) => claim.kind === 'gap')).toMatchObject({ subject: 'Max Verstappen', reference: 'Lando Norris', direction: 'behind' });
    expect(claims.find((claim) => claim.text === 'Pole')?.subject ?? null).toBeNull();
  });
});
