import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { italian } from '../../../src/domain/claims/languages/italian';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Michael Schumacher', 'Ralf Schumacher', 'Rubens Barrichello', 'Juan Pablo Montoya', 'David Coulthard'].map((name) => ({
  id: name.toLowerCase(),
  name,
  kind: 'driver' as const,
}));
const places = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.subject]);

describe('a results line in the old wire style, surnames in capitals ("RACE RESULT: 1 M.SCHUMACHER Ferrari …")', () => {
  it('reads each place, held by the driver the capitals name', () => {
    expect(places('RACE RESULT: 1 M.SCHUMACHER  Ferrari  1h21m20.634s, 2 BARRICHELLO  Ferrari  +1.977s, 3 MONTOYA  Williams BMW  ')).toEqual([
      ['1', 1, 'Michael Schumacher'],
      ['2', 2, 'Rubens Barrichello'],
      ['3', 3, 'Juan Pablo Montoya'],
    ]);
  });

  it('reads no row from capitals in running prose', () => {
    expect(places('The FIA fined 2 BAR drivers and 3 FIA officials.')).toEqual([]);
  });
});

const read = (text: string, language?: Parameters<typeof extractClaims>[1]) => extractClaims(text, language).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value]);

describe('places counted in the plural ("secured two third-place finishes")', () => {
  it('are places, as "a third-place finish" is', () => {
    expect(read('The No.35 car finally has its first taste of the podium this season, after sister car the No.36 secured two third-place finishes consecutively in Imola and Spa.')).toEqual([['third', 3]]);
    expect(read('Ricciardo has three fourth-place starts this year.')).toEqual([['fourth', 4]]);
  });
});

describe('a place after crossing the line ("crossing the finish line first")', () => {
  it('is the place finished in, "first" included', () => {
    expect(read('That allowed Charles Milesi to inherit the lead, crossing the finish line first with nearly eight seconds ahead of Mikkel Jensen in the No.93 Peugeot.')).toEqual([['first', 1]]);
    expect(read('Lewis Hamilton crossed the line in third.')).toEqual([['third', 3]]);
  });
});

describe('a margin held by a place in the championship ("his second place advantage in the drivers championship")', () => {
  it('is a place in the standings, no place in the session', () => {
    expect(read('Second place for team mate Rubens Barrichello extended his second place advantage in the drivers championship race.')).toEqual([['Second', 2]]);
  });
});

describe('a place set off after a name with what brought it about ("Leclerc, sesto dopo due svarioni, …")', () => {
  it('is that one’s place, in Italian and English', () => {
    expect(read("E' andata peggio a Leclerc, sesto dopo due svarioni, alla curva 4 e nelle ultime due pieghe.", { language: italian })).toEqual([['sesto', 6]]);
    expect(read('Lewis Hamilton, fifth after a late spin, was unhappy with the balance.')).toEqual([['fifth', 5]]);
  });
});

describe('the Italian grid slot, "piazzola" ("sulla prima piazzola di uno schieramento di partenza")', () => {
  it('is a place noun', () => {
    expect(read('La prima volta di Verstappen sulla prima piazzola di uno schieramento di partenza risale a Budapest 2019.', { language: italian })).toEqual([['prima', 1]]);
  });
});

describe('"poleman" after a plural article ("la graduatoria speciale dei poleman")', () => {
  it('is pole-sitters as a class, no one’s place', () => {
    expect(read('Verstappen si porta a quota 40 nella graduatoria speciale dei poleman nella storia della F1.', { language: italian })).toEqual([]);
  });

  it('is still pole for the one named', () => {
    expect(read('Nella qualifica Sprint di venerdì, con Verstappen poleman davanti al solito Norris, il divario era stato di soli 93 millesimi.', { language: italian })).toContainEqual(['poleman', 1]);
  });
});

describe('starting from pole said to help "you" ("“Starting from pole will help you through the first few corners”")', () => {
  it('is what pole is worth to anyone, no one’s place', () => {
    expect(read('“Starting from pole will help you through the first few corners with the spray and fewer incidents.”')).toEqual([]);
  });

  it('is still a place where the one who starts there is told', () => {
    expect(read('Starting from the pole, Hakkinen led the entire race.')).toEqual([['pole', 1]]);
    expect(read('“Starting from pole means we can control the race,” said Hamilton.')).toEqual([['pole', 1]]);
  });
});

describe('a first counted with an event or series name that carries digits or runs long ("Porsche’s first Rolex 24 triumph")', () => {
  it('is a count of results or races, no place', () => {
    expect(read('Last year’s race was won by Porsche Penske Motorsport, which was Porsche’s first Rolex 24 triumph in 21 years.')).toEqual([]);
    expect(read('It was the first IMSA WeatherTech SportsCar Championship race on these hallowed grounds in nine years.')).toEqual([]);
  });

  it('leaves a place before a name alone', () => {
    expect(read('Lewis Hamilton finished second in the Mercedes, ahead of Max Verstappen.')).toEqual([['second', 2]]);
  });
});
