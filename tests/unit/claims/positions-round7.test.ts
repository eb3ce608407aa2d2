import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Marco Rossi', 'Tom Jones', 'Ben Smith', 'Ricky Taylor'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const places = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.subject]);

describe('a pole time named by its holder', () => {
  it('reads "X’s pole time" as X’s pole, not the pole of the one who beat or chased it', () => {
    expect(places('In LMP3, Marco Rossi’s pole time of 1:57.930 was a second clear of the field.')).toEqual([['pole', 1, 'Marco Rossi']]);
    expect(places('Ben Smith then beat Tom Jones’s pole time by 0.027s.')).toEqual([['pole', 1, 'Tom Jones']]);
  });

  it('leaves a pole time of nobody named no place', () => {
    expect(places('Ricky Taylor reset the track record with a pole time.')).toEqual([]);
  });
});

describe('a pole said of no place', () => {
  it('reads no place in the name of a pole prize', () => {
    expect(places('Both GT classes were decided when Ricky Taylor and Tom Jones took the Motul Pole Awards for Sunday’s race.')).toEqual([]);
  });
});

describe('places taken, said with a comma or "settle for"', () => {
  it('reads a place settled for as taken, though a challenge was lacking before it', () => {
    expect(places('Ben Smith lacked the speed to challenge and had to settle for second, so his lead shrank.')).toEqual([['second', 2, 'Ben Smith']]);
  });

  it('reads a place set off by commas after a name as that one’s', () => {
    expect(places('Tom Jones, fourth, had started on the softer tyre.')).toEqual([['fourth', 4, 'Tom Jones']]);
    expect(places('Ricky Taylor was third, Tom Jones, fifth, and Ben Smith, sixth.')).toEqual([['third', 3, 'Ricky Taylor'], ['fifth', 5, 'Tom Jones'], ['sixth', 6, 'Ben Smith']]);
  });

  it('still reads no place fought for, nor an ordinal opening a clause before a noun', () => {
    expect(places('Ben Smith was battling for second.')).toEqual([]);
    expect(places('On Sunday, second practice starts at noon.')).toEqual([]);
  });
});
