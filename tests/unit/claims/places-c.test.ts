import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { german } from '../../../src/domain/claims/languages/german';
import type { LanguageWords } from '../../../src/domain/claims/languages/language-words';
import { spanish } from '../../../src/domain/claims/languages/spanish';

const places = (text: string, language?: LanguageWords) =>
  extractClaims(text, { language }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.rank ?? null]);

describe('first place said as the head of the timesheets or the best lap of a session', () => {
  it('reads the top of the timesheets taken or held, not watched or held for a while', () => {
    expect(places('Kevin Estre claimed the top of the timesheets on his final lap.')).toEqual([['top', 1, null]]);
    expect(places('Jack Aitken was at the top of the GTP order when the flag fell.')).toEqual([['top', 1, null]]);
    expect(places('The closing minutes saw the top of the leaderboard change hands four times.')).toEqual([]);
    expect(places('The Acura had a brief spell at the top of the timing screens.')).toEqual([]);
    expect(places('Norris moved to the top of the standings.')).toEqual([]);
    expect(places('Felipe Nasr went to the top of the chart with ten minutes left.')).toEqual([['top', 1, null]]);
    expect(places('Sebastian Vettel stayed at the top of the times through the session.')).toEqual([['top', 1, null]]);
  });

  it('reads the fastest time laid down, and the fastest lap of the session named, but not one measured from', () => {
    expect(places('Mikkel Jensen laid down the fastest time in the morning session.')).toEqual([['fastest', 1, 'best-lap']]);
    expect(places('The fastest lap of the session fell to Tom Blomqvist.')).toEqual([['fastest', 1, 'best-lap']]);
    expect(places('Blomqvist ended 0.2s away from the fastest lap of the session.')).toEqual([]);
    expect(places('His 1:33.402 on Friday was the fastest lap of the whole weekend.')).toEqual([['fastest', 1, 'other']]);
    expect(places('The fastest lap of the weekend is worth a point.')).toEqual([]);
  });
});

describe('places not taken or not of this session', () => {
  it('ranks a place on the road that a penalty then changed as the road’s order, not the classification', () => {
    expect(places('Lando Norris took the chequered flag in fifth, only to be demoted by a five-second penalty.')).toEqual([['fifth', 5, 'road']]);
    expect(places('Lando Norris crossed the line in fifth and stayed there.')).toEqual([['fifth', 5, null]]);
  });

  it('leaves a place missed out on', () => {
    expect(places('The #7 Toyota missed out on third place by half a second.')).toEqual([]);
  });

  it('leaves a pole counted over races gone by', () => {
    expect(places('The #6 Porsche had started from pole in each of the two previous rounds.')).toEqual([]);
    expect(places('The #6 Porsche started from pole in the wet.')).toEqual([['pole', 1, null]]);
  });

  it('leaves an ordinal counting over a stretch of a career', () => {
    expect(places('It was his 40th pole and the fifth in his three seasons at McLaren.')).toEqual([['pole', 1, null]]);
  });
});

describe('places in the run of a line', () => {
  it('reads a place before a word for the day it was taken', () => {
    expect(places('The sister car, which finished sixth yesterday, struggled.')).toEqual([['sixth', 6, null]]);
  });

  it('reads a one-two after a preposition and the make', () => {
    expect(places('Nasr beats Estre to the win in Porsche 1-2.')).toEqual([['1-2', 1, null]]);
    expect(places('Leclerc lost the lead in Turn 1-2 complex.')).toEqual([]);
  });

  it('reads a gap labelled as one, however long', () => {
    expect(extractClaims('Fourth: Lando Norris, gap 21.306').map((claim) => [claim.kind, claim.value])).toEqual([['position', 4], ['gap', 21.306]]);
    expect(extractClaims('His best was a 21.306 in the first sector.')).toEqual([]);
  });
});

describe('places in German and Spanish', () => {
  it('reads "Platz eins" and an ordinal opening a sentence before its verb', () => {
    expect(places('Am Ende stand der Mercedes auf Platz eins.', german)).toEqual([['Platz eins', 1, null]]);
    expect(places('Zweiter wurde Charles Leclerc im Ferrari.', german)).toEqual([['Zweiter', 2, null]]);
    expect(places('Die zweite Runde war schneller.', german)).toEqual([]);
  });

  it('reads "fastest" glued into a noun, with an ordinal in front ranking lower', () => {
    expect(places('Norris, der im Training Tagesschnellster war, startet vorne.', german)).toEqual([['Tagesschnellster', 1, null]]);
    expect(places('Piastri wurde Drittschnellster.', german)).toEqual([['Drittschnellster', 3, null]]);
    expect(places('Er gehört zu den Schnellsten im Feld.', german)).toEqual([]);
  });

  it('leaves a best time chased and a pole that might have been', () => {
    expect(places('Der Finne lief der Bestzeit hinterher.', german)).toEqual([]);
    expect(places('Rang acht statt der möglichen Pole Position.', german)).toEqual([['Rang acht', 8, null]]);
  });

  it('reads a place after an infinitive of being', () => {
    expect(places('Carlos Sainz solo pudo ser quinto (1:31.402).', spanish)).toEqual([['quinto', 5, null]]);
  });
});
