import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Marco Rossi', 'Tom Jones', 'Ben Smith', 'Ricky Taylor', 'Jan Weber', 'Paul Kraus'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const places = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.subject]);

describe('an endurance results line flattened into one paragraph', () => {
  it('reads each place before a car number as the place of that car’s crew', () => {
    const line = 'Final results\n1. #7 Toyota Gazoo Racing (Rossi/Jones) – 210 laps 2. #51 AF Corse (Smith/Taylor) +12.004s 3. #12 Hertz Team Jota +30.551s\nMore to follow.';
    expect(places(line)).toEqual([
      ['1', 1, 'Rossi'],
      ['2', 2, 'Smith'],
      ['3', 3, '#12'],
    ]);
  });

  it('reads no rundown in car numbers that do not count up from a place', () => {
    expect(places('The #7 and #51 cars pitted together on lap 40, 2 #12 behind them.')).toEqual([]);
  });
});
