import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Ricky Taylor', 'Tom Jones'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const places = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.subject]);

describe('the top of the order', () => {
  it('reads "the top step of the podium" as the win it pictures, no place figure', () => {
    expect(places('Ricky Taylor returned to the top step of the podium for the first time since Fuji.')).toEqual([]);
  });

  it('still reads top spot as first place', () => {
    expect(places('Ricky Taylor claimed top spot in the session.')).toEqual([['top spot', 1, 'Ricky Taylor']]);
  });

  it('reads the top a driver moved or surged to as first place, with or without the order named', () => {
    expect(places('Tom Jones then jumped to the top on his second push lap.')).toEqual([['top', 1, 'Tom Jones']]);
    expect(places('Ricky Taylor surged to the top of the charts with ten minutes left.')).toEqual([['top', 1, 'Ricky Taylor']]);
  });

  it('reads no place in a top five returned to or a top of the standings', () => {
    expect(places('Tom Jones returned to the top 5 after his crash.')).toEqual([]);
    expect(places('The win lifts Ricky Taylor to the top of the standings.')).toEqual([]);
  });

  it('reads a headline\'s verbless "top in GTD" after a name as first in that class or session', () => {
    expect(places('Pipo Derani pips BMW to Long Beach IMSA pole, Ricky Taylor top in GTD').at(-1)).toEqual(['top', 1, 'Ricky Taylor']);
    expect(places('Tom Jones top in FP2 as the rain holds off')).toEqual([['top', 1, 'Tom Jones']]);
  });

  it('reads no headline top without a class or session after it, or with an article before it', () => {
    expect(places('Ferrari top in the standings after Monza')).toEqual([]);
    expect(places('The top in practice was Tom Jones, by a whisker.')).toEqual([]);
  });
});
