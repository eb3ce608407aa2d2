import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

// Half N's misses, read after its blind score (docs/accuracy/half-n-first-score-12829c9.txt), each checked against
// prose from other pages too.
const places = (text: string, roster?: Roster) => extractClaims(text, roster ? { roster } : {}).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.subject]);

describe('"the Pole": a Polish driver, no place', () => {
  it('reads no place in "with the Pole just ahead", "said the Pole", "as the Pole grabbed …"', () => {
    expect(places('It left Robert Kubica (Renault) and Fernando Alonso (Ferrari) on the second row of the grid, with the Pole just ahead.')).toEqual([['second row', 3, 'Robert Kubica']]);
    expect(places('“It was quite a good lap,” said the Pole.')).toEqual([]);
    expect(places('Massa had to play second fiddle to Robert Kubica as the Pole grabbed the first pole position of his career.').map(([text]) => text)).toEqual(['pole position']);
  });

  it('still reads pole lower-case, before "position", and in a headline’s title case', () => {
    expect(places('Lewis Hamilton took the pole.')).toEqual([['pole', 1, 'Lewis Hamilton']]);
    expect(places('Kubica took The Pole position.').map(([text]) => text)).toEqual(['Pole position']);
    expect(places('Alonso Takes the Pole.').map(([text]) => text)).toEqual(['Pole']);
  });
});

describe('"of-a-second" written with hyphens', () => {
  it('is the unit of the gap before it, not a gap of its own', () => {
    const claims = extractClaims('Mark Webber found himself only 0.07 of-a-second shy of the German once the final ten minute session ran its course.');
    expect(claims.map((claim) => [claim.kind, claim.text, claim.value])).toEqual([['gap', '0.07 of-a-second', 0.07]]);
    expect(extractClaims('He was a tenth-of-a-second slower than Vettel.').map((claim) => [claim.text, claim.value])).toEqual([['a tenth-of-a-second', 0.1]]);
  });
});

describe('"rounded out the top five" after another verb of the same car', () => {
  it('is fifth where "and" joins two verbs, and no one place where it joins two teams', () => {
    expect(places('The #93 car did fare better and rounded out the top five.')).toEqual([['top five', 5, '#93']]);
    expect(places('Carlos Sainz qualified well and completed the top six.')).toEqual([['top six', 6, 'Carlos Sainz']]);
    expect(places('Force India and Williams rounded out the top ten.')).toEqual([]);
  });
});

describe('a clause opened by "while" on a subject of its own', () => {
  const roster: Roster = [
    { id: 'aitken', name: 'Jack Aitken', kind: 'driver' },
    { id: 'rtaylor', name: 'Ricky Taylor', kind: 'driver' },
    { id: 'jtaylor', name: 'Jordan Taylor', kind: 'driver' },
    { id: 'wtr', name: 'Wayne Taylor Racing with Andretti', kind: 'team' },
  ];

  it('gives its places to that subject, a team written by its founder’s name, not to the driver before', () => {
    const text = 'Cadillac missed out on a podium, as Jack Aitken took sixth at Laguna while the Wayne Taylor pairing’s woeful season continued in seventh and eighth.';
    expect(places(text, roster)).toEqual([['sixth', 6, 'Jack Aitken'], ['seventh', 7, 'Wayne Taylor'], ['eighth', 8, 'Wayne Taylor']]);
  });

  it('leaves a "while" with no subject of its own (a participle) to the driver before it', () => {
    expect(places('Jack Aitken took sixth while setting the race’s fastest lap in the closing stages.', roster).map(([text, , subject]) => [text, subject])).toContainEqual(['sixth', 'Jack Aitken']);
    expect(places('Jack Aitken finished sixth while struggling with his brakes.', roster)).toEqual([['sixth', 6, 'Jack Aitken']]);
  });
});

describe('numbers and ordinals that are history or a title, no place', () => {
  it('reads no place in "the first for a Ferrari … since 1973"', () => {
    expect(places('The victory was the first for a Ferrari on home turf in sportscar racing since 1973, when Brian Redman won.')).toEqual([]);
    expect(places('Max Verstappen was first, ahead of Lando Norris.').map(([text, value]) => [text, value])).toEqual([['first', 1]]);
  });

  it('reads no place in a count of hours opening an event’s name after a place noun ("Posiciones 6 Horas de São Paulo")', () => {
    const text = 'Posiciones 6 Horas de São Paulo - Hypercar:\n\nEl piloto del Porsche terminó la carrera en la posición 6 tras una remontada desde el fondo de la parrilla de salida, y el equipo estaba contento.';
    expect(extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.value, claim.start])).toEqual([[6, text.indexOf('posición 6') + 9]]);
  });
});

describe('a place followed by an adverb of distance ("fourth just behind")', () => {
  it('is the place, as "fourth behind" is', () => {
    expect(places('The #25 sister car was fourth just behind.')).toEqual([['fourth', 4, '#25']]);
    expect(places('Nick Tandy was fourth just ahead of Dries Vanthoor.').map(([text, value]) => [text, value])).toEqual([['fourth', 4]]);
    expect(places('Matt Campbell was third some 2.5 seconds back.').map(([text, value]) => [text, value])).toEqual([['third', 3]]);
    expect(places('It was his fourth just two weeks after the crash.')).toEqual([]);
  });
});

describe('the one-two in Spanish, Italian, Portuguese and German ("doblete", "doppietta", "dobradinha", "Doppelsieg")', () => {
  it('is the team’s first and second places, as "one-two" is', () => {
    const claims = extractClaims('Cadillac brilla al lograr victoria y doblete en las 6 Horas de São Paulo 2025 del FIA WEC, con el equipo JOTA delante.');
    expect(claims.filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject, claim.placeRange])).toEqual([['doblete', 'Cadillac', [1, 2]]]);
    expect(extractClaims('Ferrari conquista una doppietta storica a Monza, con Leclerc davanti a Sainz al traguardo.').some((claim) => claim.text === 'doppietta' && claim.value === 1)).toBe(true);
  });

  it('is no place when hoped for or missed', () => {
    expect(extractClaims('Porsche se quedó sin doblete en la carrera anterior por un error en boxes.').filter((claim) => claim.kind === 'position')).toEqual([]);
    expect(extractClaims('Mercedes hatte keinen Doppelsieg, weil Russell im Rennen ausfiel und Hamilton Zweiter wurde.').some((claim) => claim.text === 'Doppelsieg')).toBe(false);
  });
});
