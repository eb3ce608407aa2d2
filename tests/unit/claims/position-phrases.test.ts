import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { german } from '../../../src/domain/claims/languages/german';
import { italian } from '../../../src/domain/claims/languages/italian';
import type { LanguageWords } from '../../../src/domain/claims/languages/language-words';

const places = (text: string, language?: LanguageWords) =>
  extractClaims(text, { language }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.placeRange ?? null]);

describe('places the genre writes without an ordinal of their own', () => {
  it('reads a pole counted in a class, where the class name ends in digits', () => {
    expect(places('Ben Keating took his second LMP2 pole of the season.')).toEqual([['pole', 1, null]]);
    expect(places('Jordan Pepper put the Lamborghini on the GT3 pole.')).toEqual([['pole', 1, null]]);
    // A number before pole is still a count or a year, not a class.
    expect(places('He never matched his 2019 pole.')).toEqual([]);
  });

  it('reads "front-row" hyphenated as "front row" is read', () => {
    expect(places('Red Bull has a front-row start for tomorrow.')).toEqual([['front-row', 1, [1, 2]]]);
  });

  it('reads a one-two after a possessive and after a verb of leading and the make', () => {
    expect(places('It was McLaren’s first one-two since 2021.')).toEqual([['one-two', 1, [1, 2]]]);
    expect(places('Pier Guidi and Calado win at Spa to lead Ferrari 1-2.')).toEqual([['1-2', 1, [1, 2]]]);
    for (const text of ['Hamilton leads Rosberg 1-2 in the head-to-head.', 'Vettel led 1-2 laps more than Webber.']) expect(places(text), text).toEqual([]);
  });

  it('reads "the top two positions" as first and second, unless fought over or in the standings', () => {
    expect(places('The pair of Porsches snapped up the top two positions in class.')).toEqual([['top two positions', 1, [1, 2]]]);
    expect(places('Ferrari and Mercedes fought for the top two positions.')).toEqual([]);
    expect(places('They hold the top two spots in the championship.')).toEqual([]);
  });

  it('reads "set the best time" and "turned the best lap" as first place, not "set his best lap"', () => {
    expect(places('Vettel set the best time of the session.')).toEqual([['best', 1, null]]);
    expect(places('Later Bourdais turned the best lap in the final segment.')).toEqual([['best', 1, null]]);
    expect(places('Hamilton set his best lap on his final run.')).toEqual([]);
    expect(places('It was best to stay out.')).toEqual([]);
  });

  it('reads a classification line whose name opens with a lower-case particle', () => {
    const table = [
      'Classification after 58 laps:',
      ' 11 \t  Alguersuari    Toro Rosso   58\t+ 1:11.301',
      ' 12 \t  de la Rosa     Sauber       58\t+ 1:14.084',
      ' 13 \t  van der Garde  Caterham     56\t+ 2 Laps',
    ].join('\n');
    expect(places(table)).toEqual([['11', 11, null], ['12', 12, null], ['13', 13, null]]);
  });
  it('reads one numbered line under a "front row" heading as the grid’s first place, and not under any heading', () => {
    const under = (heading: string) => extractClaims(`Hamilton beat Rosberg by seven thousandths.\n\n${heading}\n\n1. Lewis Hamilton (Mercedes)`).filter((claim) => claim.kind === 'position');
    expect(under('FRONT ROW:').map((claim) => [claim.text, claim.value, claim.subject, claim.tableSession])).toEqual([['1', 1, 'Lewis Hamilton', 'qualifying']]);
    expect(under('PRIMERA FILA:').map((claim) => claim.value)).toEqual([1]);
    expect(under('What a day:')).toEqual([]);
  });
});

describe('first places ranked over more than one session', () => {
  const ranks = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.rank]);

  it('reads a lap of the weekend, of several days or ever as ranking nothing one session holds', () => {
    expect(ranks('Ricky Taylor set the fastest lap of the weekend so far.')).toEqual([['fastest', 1, 'other']]);
    expect(ranks('Colin Braun turned the best lap of the entire four days of testing.')).toEqual([['best', 1, 'other']]);
    expect(ranks('Lando Norris set the fastest race lap ever at Zandvoort.')).toEqual([['fastest', 1, 'other']]);
    expect(ranks('Oliver Jarvis set the third-fastest lap of the weekend.')).toEqual([['third', 3, 'other']]);
    expect(ranks('Ricky Taylor set the fastest lap of the session.')).toEqual([['fastest', 1, 'best-lap']]);
  });

  it('reads "the fastest lap" in apposition to a lap just given as that lap’s place', () => {
    expect(ranks('Jordan Taylor lapped at 131.447 mph, the fastest lap of the session.')).toEqual([['fastest', 1, 'best-lap']]);
    expect(ranks('Jordan Taylor lapped in 1:37.402s, the fastest lap of the weekend.')).toEqual([['fastest', 1, 'other']]);
    expect(ranks('In 2019, the fastest lap went to Hamilton.')).toEqual([]);
  });
});

describe('poles and places that are no one’s place in this session', () => {
  it('reads no first place in a table head "Time Fastest Laps"', () => {
    expect(extractClaims('QUALIFYING RESULTS Pos. No. Driver Team Time Fastest Laps')).toEqual([]);
  });

  it('reads no pole lost or missed in another language, nor "a pole" in general', () => {
    expect(places('Er ahnt, wie die Pole verloren ging.', german)).toEqual([]);
    expect(places('Der Weltmeister verpasst seine 41. Formel-1-Pole um ein paar Tausendstel.', german)).toEqual([]);
    expect(places('Am Ende hat wenig gefehlt für die Pole.', german)).toEqual([]);
    expect(places('I tifosi hanno potuto gioire per una pole.', italian)).toEqual([]);
    expect(places('Max Verstappen holt die Pole vor Norris.', german)).toEqual([['Pole', 1, null]]);
  });

  it('reads no pole where pole is what is at stake', () => {
    expect(places('Those behind are close, with pole looking like a shoot-out between three teams.')).toEqual([]);
    expect(places('But the pole appeared in jeopardy when Tandy spun.')).toEqual([]);
  });

  it('reads no place counted over races gone by', () => {
    expect(places('Hier kam der Sieger 28 Mal aus der ersten Startreihe, 21 Mal von Pole-Position, sechs Mal vom zweiten Startplatz.', german)).toEqual([]);
    expect(places('The winner has come from pole 23 times here, and eight times from second on the grid.')).toEqual([]);
    expect(places('Hamilton took pole for the third time this year, with Rosberg second.')).toEqual([['pole', 1, null], ['second', 2, null]]);
    expect(places('Behind him the four-times champion was second.')).toEqual([['second', 2, null]]);
  });
});
