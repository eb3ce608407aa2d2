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

describe('places of no session: a hold over many races, a class spelt apart, a count of wins', () => {
  it('reads no place in a grip on the standings or on pole', () => {
    expect(places('Tom Jones consolidated his grip on second place overall with the result.')).toEqual([]);
    expect(places('Ricky Taylor broke Ben Smith’s grip on pole position.')).toEqual([]);
  });

  it('reads "LM P2" as the class, not second place', () => {
    expect(places('With no DPi or LM P2 cars entered, Ricky Taylor had the track to himself.')).toEqual([]);
  });

  it('reads a win counted "overall" past two describing words as no place', () => {
    expect(places('The victory marks Ferrari’s first overall endurance racing win on home soil.')).toEqual([]);
  });

  it('reads a one-two-three as the first three places', () => {
    const [sweep] = extractClaims('Ferrari took a dominant one-two-three finish at the weekend.');
    expect([sweep.text, sweep.value, sweep.placeRange]).toEqual(['one-two-three', 1, [1, 3]]);
  });
});

describe('a place before the result it names', () => {
  it('reads "a fifth-place start" and "a third-place finish" as places, the one pipped to them not their holder', () => {
    expect(places('Tom Jones pipped Ben Smith to a fifth-place start.')).toEqual([['fifth', 5, 'Tom Jones']]);
    expect(places('Ricky Taylor came home with a third-place finish.')).toEqual([['third', 3, 'Ricky Taylor']]);
  });

  it('reads no place in a finish in the championship, nor in a place trophy', () => {
    expect(places('It was Tom Jones’s fourth-place finish in the championship.')).toEqual([]);
    expect(places('Ben Smith lifted the second-place trophy.')).toEqual([]);
  });
});

describe('a row two drivers share', () => {
  it('opens on the first of the pair named', () => {
    expect(places('Ricky Taylor (Acura) and Tom Jones (Porsche) will start from the fourth row.')).toEqual([['fourth row', 7, 'Ricky Taylor']]);
  });

  it('opens on the first of two cars named with their teams', () => {
    const [row] = extractClaims('The No. 31 Whelen Cadillac and the No. 5 JDC Cadillac will make up the third row.');
    expect([row.text, row.value, row.subject]).toEqual(['third row', 5, '#31']);
  });

  it('stays the one who beat a pair to it', () => {
    expect(places('Ricky Taylor beat Tom Jones and Ben Smith to the front row.')).toEqual([['front row', 1, 'Ricky Taylor']]);
  });
});
