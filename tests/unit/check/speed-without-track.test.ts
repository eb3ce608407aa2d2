import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { loadSessions, ROAR_2024 } from './timing-data';

// Roar 2024 qualifying: Derani's best lap, 1:32.656, is 222.6 km/h in the data (anything from 222.55 to 222.65
// rounded), which is 138.29 to 138.35 mph. Without the track's length, mph can only be worked out from that.
let noTrack: CheckContext;
let withTrack: CheckContext;

beforeAll(async () => {
  const { sessions, tracks } = await loadSessions([ROAR_2024]);
  withTrack = { sessions, mainSessionId: sessions[0].id, tracks, roster: [] };
  noTrack = { ...withTrack, tracks: [] };
}, 60_000);

const speedOf = (context: CheckContext, text: string) => new Checker(context).checkText(text).claims.find((claim) => claim.kind === 'speed');

describe('a speed checked where the track length is not known', () => {
  it('is borne out in mph by the data’s km/h, within what its rounding allows', () => {
    expect(speedOf(noTrack, 'Pipo Derani took pole at 138.32 mph.')).toMatchObject({ verdict: 'confirmed' });
    expect(speedOf(noTrack, 'Pipo Derani took pole at 138.3 mph.')).toMatchObject({ verdict: 'confirmed' });
  });

  it('is contradicted in mph when it is further off than rounding allows, with the km/h it was worked out from', () => {
    const speed = speedOf(noTrack, 'Pipo Derani took pole at 138.62 mph.');
    expect(speed).toMatchObject({ verdict: 'contradicted', suggestion: '138.32 mph' });
    expect(speed?.evidence).toContain('222.6 km/h');
  });

  it('takes a km/h written to two decimals as the data’s tenth, and one a tenth away as wrong', () => {
    expect(speedOf(noTrack, 'Pipo Derani took pole at 222.63 km/h.')).toMatchObject({ verdict: 'confirmed' });
    expect(speedOf(noTrack, 'Pipo Derani took pole at 222.7 km/h.')).toMatchObject({ verdict: 'contradicted' });
  });

  it('is worked out from the length where the track is known, as IMSA publishes it', () => {
    expect(speedOf(withTrack, 'Pipo Derani took pole at 138.318 mph.')).toMatchObject({ verdict: 'confirmed' });
    expect(speedOf(withTrack, 'Pipo Derani took pole at 138.42 mph.')).toMatchObject({ verdict: 'contradicted' });
  });
});
