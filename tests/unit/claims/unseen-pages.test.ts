import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

// Readings that gave false contradictions on real F1 pages outside the corpus (a hunt over 56 reports of sessions the
// corpus holds, from sites it does not use), each checked against the corpus too.
const places = (text: string) => extractClaims(text, {}).filter((claim) => claim.kind === 'position').map((claim) => claim.text);

describe('a count of results with a series named before its noun', () => {
  it('reads no place in "fifth Formula 1 triumph", as in "sixth British Grand Prix win"', () => {
    expect(places('It was Hamilton’s fourth victory of the season, his fourth consecutive British Grand Prix win and fifth Formula 1 triumph at Silverstone.')).toEqual([]);
    expect(places('Hamilton was fifth in Formula 1 qualifying.')).toEqual(['fifth']);
  });
});

describe('two places as the ends of a gap', () => {
  it('reads no place in "between first and second", "between second and third place"', () => {
    expect(places('Hamilton claimed his sixth pole of the season, and those few yards of advantage between first and second on the grid could prove crucial.')).toEqual(['pole']);
    expect(places('The difference between second and third place was bigger.')).toEqual([]);
    expect(places('He was sandwiched between Hamilton in second and Bottas in fourth.')).toEqual(['second', 'fourth']);
  });
});

describe('a pair of times after the one beaten ("edged out Nasr …, with 1m 24.843s to 1m 24.997s")', () => {
  const roster: Roster = ['Marcus Ericsson', 'Felipe Nasr', 'Roberto Merhi', 'Will Stevens'].map((name) => ({ id: name, name, kind: 'driver' }));
  const times = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'lap_time').map((claim) => [claim.text, claim.subject]);

  it('gives the second time to the one beaten, the first to the subject', () => {
    expect(times('Marcus Ericsson just edged out Sauber team mate Felipe Nasr for 16th, with 1m 24.843s to 1m 24.997s, while Roberto Merhi beat Will Stevens with 1m 27.731s to 1m 28.634s.')).toEqual([
      ['1m 24.843s', 'Marcus Ericsson'],
      ['1m 24.997s', 'Felipe Nasr'],
      ['1m 27.731s', 'Roberto Merhi'],
      // "Will" before a name reads as a verb as readily as a first name; the surname is enough for the checker.
      ['1m 28.634s', expect.stringMatching(/Stevens$/)],
    ]);
  });

  it('leaves both times to the subject when no one is beaten', () => {
    expect(times('Marcus Ericsson improved from 1m 24.997s to 1m 24.843s.').map(([, subject]) => subject)).toEqual(['Marcus Ericsson', 'Marcus Ericsson']);
  });
});

describe('a driver’s own quickest lap ("setting his fastest lap of Q2")', () => {
  it('is no place, as "his best lap" is none; "the fastest lap of Q2" is one', () => {
    expect(places('Ricciardo was even setting his fastest lap of Q2 on the supersoft tyre.')).toEqual([]);
    expect(places('Ricciardo was setting the fastest lap of Q2 on the supersoft tyre.')).toEqual(['fastest']);
  });
});

// From a hunt over 48 IMSA and WEC pages outside the corpus.
describe('an ordinal that counts wins with its noun left out', () => {
  it('reads no place in "his fourth … victory and Robinson’s eleventh" or "the third overall for team owner Roger Penske"', () => {
    expect(places('Burdon took the lead in the closing stages and earned him his fourth SportsCar Championship victory and Robinson’s eleventh.')).toEqual([]);
    expect(places('It was the third overall for team owner Roger Penske.')).toEqual([]);
  });

  it('still reads places after someone’s with no count before them', () => {
    expect(places('Verstappen won, with Norris second and Leclerc’s Ferrari third.')).toEqual(['second', 'third']);
  });
});
