import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';
import { hintOf } from '../check/hints';

// IMSA's pole prize, the "Motul Pole Award", read in halves A, B, H, I, J and L: taking it is taking pole.
const roster: Roster = ['Tom Blomqvist', 'Kyle Kirkwood', 'Jordan Taylor'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const poles = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position' && claim.value === 1).map((claim) => [claim.text, claim.subject]);

describe('the Motul Pole Award', () => {
  it('is pole when claimed, earned or counted as his', () => {
    expect(poles('Tom Blomqvist broke it by the most to claim the Motul Pole Award for Sunday’s Chevrolet Grand Prix.')).toEqual([['Pole Award', 'Tom Blomqvist']]);
    expect(poles('“It will be crucial,” Kyle Kirkwood said after earning his first Motul Pole Award with a lap of 1:45.2.')).toEqual([['Pole Award', 'Kyle Kirkwood']]);
    expect(poles('“I was glad to win that one,” Tom Blomqvist said of his fourth career Motul Pole Award and first for the Rolex 24.')).toEqual([['Pole Award', 'Tom Blomqvist']]);
  });

  it('puts the car it was won by on pole', () => {
    expect(poles('Jordan Taylor claimed fourth place in the Motul Pole Award-winning No. 40 Acura.')).toEqual([['Pole Award-winning', 'Jordan Taylor']]);
  });

  it('is no place where it names a session, a race, two classes’ prizes or awards over several races', () => {
    expect(poles('The first marks of the season were set Sunday in Motul Pole Award qualifying.')).toEqual([]);
    expect(poles('Tom Blomqvist hopes to start the Motul Pole Award 100 well.')).toEqual([]);
    expect(poles('The points leaders in both classes showed why by taking the Motul Pole Awards for Sunday’s race.')).toEqual([]);
    expect(poles('Tom Blomqvist took his third Motul Pole Award in the last four races.')).toEqual([]);
  });

  it('is the session’s final order, though a first for the Rolex 24 is counted after it', () => {
    expect(hintOf('Tom Blomqvist said of his fourth career Motul Pole Award and first for the Rolex 24.', 'Pole Award').moment).toBe(false);
    expect(hintOf('Tom Blomqvist took pole on his first run.', 'pole').moment).toBe(true);
  });
});
