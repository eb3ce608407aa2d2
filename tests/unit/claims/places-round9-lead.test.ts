import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Marco Rossi', 'Tom Jones'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const places = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value]);

// "the quickest Acura" is first of one make, which is no place in the session's order: reading it as first could
// hold a driver who was fifth overall to a place the writer never gave him.
describe('a superlative of one make', () => {
  it.each([
    ['Marco Rossi was the quickest Acura, fifth overall.', [['fifth', 5]]],
    ['Marco Rossi was the fastest of the Porsches in third.', [['third', 3]]],
    ['Marco Rossi was the fastest of the two Ferraris.', []],
  ])('is no first place: %j', (sentence, expected) => {
    expect(places(sentence)).toEqual(expected);
  });

  it.each([
    ['Marco Rossi was fastest Saturday morning.'],
    ['Marco Rossi was quickest GTD Pro runner.'],
    ['Marco Rossi was quickest in GTD Pro.'],
  ])('leaves a day or a class after it a first place: %j', (sentence) => {
    expect(places(sentence)).toEqual([[expect.stringMatching(/fastest|quickest/), 1]]);
  });
});

describe('a place written before "placed" and a name', () => {
  it('is that one’s, hyphenated or not', () => {
    const claims = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.subject]);
    expect(claims('Tom Jones is third, just seven thousandths off second placed Marco Rossi.')).toEqual([['third', 3, 'Tom Jones'], ['second placed', 2, 'Marco Rossi']]);
    expect(claims('Tom Jones is third, just seven thousandths off second-placed Marco Rossi.')).toEqual([['third', 3, 'Tom Jones'], ['second-placed', 2, 'Marco Rossi']]);
  });
});

describe('a place in a participle clause after a comma', () => {
  it('is the clause-opening driver’s, not the one he held off', () => {
    const claims = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject]);
    expect(claims('Marco Rossi held off Tom Jones, securing second place.')).toEqual([['second', 'Marco Rossi']]);
  });
});
