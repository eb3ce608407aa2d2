import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { detectLanguage } from '../../../src/domain/claims/languages/detect-language';

const figuresOf = (text: string) => extractClaims(text).map(({ kind, text: written, value, direction }) => ({ kind, text: written, value, direction }));

describe('reports in other languages', () => {
  it('are told apart by their function words, and a short English text stays English', () => {
    expect(detectLanguage('Der Weltmeister sichert sich vor George Russell im Mercedes die beste Startposition für das Rennen.').name).toBe('German');
    expect(detectLanguage('Verstappen was een tiende sneller dan Leclerc en het verschil met de rest was groot.').name).toBe('Dutch');
    expect(detectLanguage('Hamilton fue tercero y Alonso salió desde la segunda fila con una vuelta que no le sirvió para la pole.').name).toBe('Spanish');
    expect(detectLanguage('Derani took pole in 1:32.656.').name).toBe('English');
  });

  it('read gaps with a decimal comma and the language’s own seconds and fraction words', () => {
    const german = 'Der Niederländer war im Qualifying 0,070 Sekunden schneller als Russell und zwei Zehntel vor Norris.';
    expect(figuresOf(german)).toEqual([
      { kind: 'gap', text: '0,070 Sekunden', value: 0.07, direction: 'ahead' },
      { kind: 'gap', text: 'zwei Zehntel', value: 0.2, direction: 'ahead' },
    ]);
    const spanish = 'Sainz fue el más rápido con un tiempo de 1:29,949, con tres décimas de ventaja sobre Leclerc y medio segundo sobre Pérez.';
    expect(figuresOf(spanish)).toEqual([
      { kind: 'position', text: 'el más rápido', value: 1, direction: null },
      { kind: 'lap_time', text: '1:29,949', value: 89.949, direction: null },
      { kind: 'gap', text: 'tres décimas', value: 0.3, direction: 'ahead' },
      { kind: 'gap', text: 'medio segundo', value: 0.5, direction: 'ahead' },
    ]);
  });

  it('read French tenths with a slash, each measured against the driver its own words name', () => {
    const french = "Lewis Hamilton a terminé 3/10 devant Max Verstappen et 6/10 devant l'autre quadruple champion du monde, soit deux secondes de mieux que le record.";
    expect(extractClaims(french).map((claim) => [claim.text, claim.value, claim.reference])).toEqual([
      ['3/10', 0.3, 'Max Verstappen'],
      ['6/10', 0.6, null],
      ['deux secondes', 2, null],
    ]);
  });

  it('read the best time said as a phrase as first place, and leave a ranked one to its ordinal', () => {
    const dutch = 'Het is Max Verstappen gelukt om vooraan te starten. Max Verstappen noteerde de snelste tijd in de kwalificatie en het werd een feest.';
    expect(extractClaims(dutch).map((claim) => [claim.text, claim.value, claim.subject])).toEqual([['snelste tijd', 1, 'Max Verstappen']]);
    const portuguese = 'O campeão do mundo Lewis Hamilton só conseguiu o sétimo melhor tempo da derradeira fase da qualificação, com o carro da equipa.';
    expect(extractClaims(portuguese).map((claim) => [claim.text, claim.value])).toEqual([['sétimo', 7]]);
  });

  it('read "die beste Startposition" as pole, held by the one who beat the drivers named with their cars', () => {
    const text = 'Pole-Position für Max Verstappen beim Grand Prix von Katar! Der Weltmeister sichert sich vor George Russell im Mercedes (+0,055) und Lando Norris im McLaren (+0,252) zum neunten Mal in dieser Saison die beste Startposition für das Rennen.';
    const roster = ['Max Verstappen', 'George Russell', 'Lando Norris'].map((name) => ({ id: name, name, kind: 'driver' as const }));
    const place = extractClaims(text, { roster }).find((claim) => claim.text === 'beste Startposition');
    expect(place).toMatchObject({ value: 1, subject: 'Max Verstappen' });
  });

  it('read "the fastest" said of a driver as first place, but not the fastest of a team’s cars or in a sector', () => {
    const placesOf = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.subject]);
    expect(placesOf('Charles Leclerc a été le plus rapide des essais libres, devant Carlos Sainz et Lando Norris.')).toEqual([['le plus rapide', 1, 'Charles Leclerc']]);
    expect(placesOf('Essais libres à Monza : Lando Norris le plus rapide, et Verstappen est en difficulté avec sa boîte de vitesses.')).toEqual([['le plus rapide', 1, 'Lando Norris']]);
    expect(placesOf('Charles Leclerc è stato il più veloce nelle libere del venerdì, davanti alla Red Bull.')).toEqual([['il più veloce', 1, 'Charles Leclerc']]);
    expect(placesOf('La Ferrari la plus rapide était celle de Sainz, et Norris était le plus rapide dans le premier secteur.')).toEqual([]);
  });

  it('read "quatrième sur la grille" as a place, and a place named right after a gap as the gap’s yardstick', () => {
    const placesOf = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value]);
    expect(placesOf('Pierre Gasly sera donc cinquième sur la grille de départ, devant Fernando Alonso et les deux Alpine.')).toEqual([['cinquième', 5]]);
    expect(placesOf('Dans la dernière session, Lando Norris était à 0’’412s de la première place en P4, et Alonso est à trois dixièmes de la pole avec le moteur du jour.')).toEqual([['P4', 4]]);
    expect(placesOf('Carlos Sainz se quedó a dos décimas de la pole y saldrá desde la quinta posición con el neumático blando.')).toEqual([['quinta', 5]]);
  });

  it('keep an English thousands comma a thousands comma', () => {
    expect(extractClaims('A crowd of 12,500 saw him lap in 1:32.656 and win by 1,2 seconds.').map((claim) => claim.value)).toEqual([92.656, 1.2]);
  });
});
