import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const names = ['Valtteri Bottas', 'Sebastian Vettel', 'Lewis Hamilton', 'Lando Norris', 'Pierre Gasly', 'Carlos Sainz', 'Kimi Raikkonen', 'Antonio Giovinazzi', 'Charles Leclerc', 'Max Verstappen'];
const roster: Roster = names.map((name) => ({ id: name, name, kind: 'driver' as const }));
const places = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject]);

describe('a place after a relative clause on its driver', () => {
  it('is that driver\'s, not the sentence subject\'s', () => {
    expect(places('Bottas came home third, ahead of Vettel in fourth and Lewis Hamilton, who lost time with a new nose, in fifth.')).toEqual([
      ['third', 'Bottas'],
      ['fourth', 'Vettel'],
      ['fifth', 'Lewis Hamilton'],
    ]);
  });

  it('is read in a rundown where it stands bare after the clause', () => {
    expect(places('Norris was sixth, with Gasly seventh and Carlos Sainz, who started from the back, eighth.')).toEqual([
      ['sixth', 'Norris'],
      ['seventh', 'Gasly'],
      ['eighth', 'Carlos Sainz'],
    ]);
  });
});

describe('the one held off, passed or kept at bay', () => {
  it.each([
    ['Kimi Raikkonen held off Antonio Giovinazzi for ninth.', 'ninth', 'Kimi Raikkonen'],
    ['Verstappen passed Bottas for second on lap 56.', 'second', 'Verstappen'],
    ['Norris got past Sainz to take fifth.', 'fifth', 'Norris'],
    ['Hamilton kept Leclerc at bay to take fourth.', 'fourth', 'Hamilton'],
    ['Gasly fended off Norris to claim seventh.', 'seventh', 'Gasly'],
  ])('is not the subject of %j', (sentence, text, subject) => {
    expect(places(sentence)).toEqual([[text, subject]]);
  });
});

describe('a place told with what it is', () => {
  it.each([
    ['Lewis Hamilton, fifth at the flag, lost time with a new nose.', 'fifth', 'Lewis Hamilton'],
    ['Gasly was seventh a lap down.', 'seventh', 'Gasly'],
    ['Sainz finished ninth two laps down.', 'ninth', 'Sainz'],
  ])('reads %j', (sentence, text, subject) => {
    expect(places(sentence)).toEqual([[text, subject]]);
  });
});

describe('places that are no one\'s', () => {
  it('reads no place in an ordinal counting a team\'s cars, nor in a place not reached', () => {
    expect(places('Raikkonen would put the second Alfa Romeo car in ninth.')).toEqual([['ninth', 'Raikkonen']]);
    expect(places('Vettel said: "It was disappointing not to get onto the front row."')).toEqual([]);
  });
});

describe('figures of a race told beside other things', () => {
  it('reads a margin of victory written "a 24-second victory" as a gap, not a lap', () => {
    const [claim] = extractClaims('Verstappen led every lap on his way to a commanding 24-second victory.', { roster });
    expect(claim).toMatchObject({ kind: 'gap', value: 24, direction: 'ahead' });
  });

  it('reads no place in standings told with points, nor in a count before "second"', () => {
    expect(places('Hamilton is in third with 98 points, and Bottas is in fourth with 87 points.')).toEqual([]);
    expect(places('But the two Ferraris departed some five second')).toEqual([]);
  });
});

describe('the one nipped or preceded', () => {
  it('is the gap\'s reference, not its subject', () => {
    const [gap] = extractClaims('Norris nipped McLaren teammate Carlos Sainz by 0.003 seconds.', { roster });
    expect(gap).toMatchObject({ subject: 'Norris', reference: 'Carlos Sainz' });
  });
});
