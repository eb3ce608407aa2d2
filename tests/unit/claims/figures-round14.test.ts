import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

// Read from half O's misses once its first blind score was taken.
const gaps = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'gap').map((claim) => [claim.text, claim.value]);
const speeds = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'speed').map((claim) => [claim.text, claim.value, claim.unit]);

describe('a gap of whole minutes in words', () => {
  it('is read where the words make it the distance to another car', () => {
    expect(gaps('A bad start and an off track excursion left him to come home nearly a minute behind the winner.')).toEqual([['a minute', 60]]);
    expect(gaps('Hamilton won by over two minutes from Rosberg.')).toEqual([['two minutes', 120]]);
    expect(gaps('The Porsche finished a minute clear of the Cadillac.')).toEqual([['a minute', 60]]);
  });

  it('is no gap as a time in the race or a lap by the clock', () => {
    expect(gaps('With a minute left, Vettel was second.')).toEqual([]);
    expect(gaps('Two minutes later the safety car came in.')).toEqual([]);
    expect(extractClaims('Vautier turned a lap of 1 minute, 34.034 seconds.').map((claim) => [claim.kind, claim.value])).toEqual([['lap_time', 94.034]]);
  });
});

describe('a speed repeated in the other unit in brackets', () => {
  it('is read even with its unit cut to a distance’s ("172.524 km")', () => {
    expect(speeds('He averaged 107.201 mph (172.524 km) to complete the 77-lap race.')).toEqual([['107.201 mph', 107.201, 'mph'], ['172.524 km', 172.524, 'km/h']]);
    expect(speeds('Button lapped at 222.6 km/h (138.3 mi) in practice.')).toEqual([['222.6 km/h', 222.6, 'km/h'], ['138.3 mi', 138.3, 'mph']]);
  });

  it('is no speed after a distance', () => {
    expect(speeds('the 77-lap 190.090-mile (305.921-km) race')).toEqual([]);
    expect(speeds('the 4.381 km (2.722 mi) circuit')).toEqual([]);
  });
});

describe('a gap grown or cut to a whole number of seconds', () => {
  it('is read after "its lead to", "the gap to", "his advantage to"', () => {
    expect(gaps('The #51 Ferrari looked dominant early on, at one point stretching its lead to nearly 30 seconds.')).toEqual([['30 seconds', 30]]);
    expect(gaps('Verstappen extended his advantage to 12 seconds by lap 20.')).toEqual([['12 seconds', 12]]);
  });

  it('is no gap after the verb "lead to"', () => {
    expect(gaps('That could lead to 10 seconds being added to his time.')).toEqual([]);
  });
});
