import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { onlyClaim } from './only-claim';

// Half M's "the only other sub-66-second lap", half J's "the first to set a time in the 1m08s" and "The 104.883-mph
// lap": a lap limit, a lap bracket and a speed written as adjectives, which the readers of "sub-1m44s", "the 1:17s" and
// "104.883 mph" did not take.
describe('lap limits and speeds written as adjectives', () => {
  it('reads "sub-66-second lap" and "under the 80-second mark" as laps under those seconds', () => {
    const text = 'Blomqvist will start on the outside of the front row with the only other sub-66-second lap in the 15-minute qualifying session.';
    expect(extractClaims(text).find((claim) => claim.kind === 'lap_time')).toMatchObject({ kind: 'lap_time', text: '66-second', value: 66, qualifier: 'under', decimals: 0 });
    expect(onlyClaim('Nobody got under the 80-second mark all day.')).toMatchObject({ kind: 'lap_time', text: '80-second', value: 80, qualifier: 'under' });
    // A bare count of seconds is as often a gap: no lap limit unless a lap, time or mark follows.
    expect(extractClaims('He finished under 40 seconds behind.').filter((claim) => claim.kind === 'lap_time')).toEqual([]);
    expect(extractClaims('It was a sub-40-second pit stop.').filter((claim) => claim.kind === 'lap_time')).toEqual([]);
  });

  it('reads "in the 1m08s" as a lap in that second, but not "the 1m30s bracket"', () => {
    const claims = extractClaims('Felipe Nasr was the first to set a time in the 1m08s with a lap of 1m08.816s.');
    expect(claims[0]).toMatchObject({ kind: 'lap_time', text: '1m08s', value: 68, qualifier: 'exact', decimals: 0 });
    const bracket = extractClaims('Verstappen dived straight into the 1m30s bracket, with a 1m30.757s that was six tenths clear of Leclerc.');
    expect(bracket.map((claim) => claim.text)).not.toContain('1m30s');
  });

  it('reads "The 104.883-mph lap" as a speed, as "104.883 mph" is', () => {
    const text = 'The 104.883-mph lap around the seven-turn road course smashed the existing track record.';
    expect(onlyClaim(text)).toMatchObject({ kind: 'speed', text: '104.883-mph', value: 104.883, unit: 'mph' });
    expect(onlyClaim('He took the kink at a 290-km/h clip.')).toMatchObject({ kind: 'speed', value: 290, unit: 'km/h' });
    expect(extractClaims('The 104.883-mile-long drive was easy.').filter((claim) => claim.kind === 'speed')).toEqual([]);
  });
});
