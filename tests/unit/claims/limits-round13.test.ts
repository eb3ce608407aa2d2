import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { onlyClaim } from './only-claim';

// Half M's "the only other sub-66-second lap" and half J's "the first to set a time in the 1m08s": a lap limit and a lap
// bracket written as adjectives, which the readers of "sub-1m44s" and "the 1:17s" did not take.
describe('lap limits written as adjectives', () => {
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
});
