import { describe, expect, it } from 'vitest';
import { lengthKmFromSpeed, milesFromKilometres, speedKph, speedMph } from '../../../src/domain/timing';
import { builtInTracks } from '../../../src/services/timing/track-catalog';
import { ROAR_QUALIFYING_RESULTS, fileRow } from './shared-data';

describe('speeds from track lengths', () => {
  it('finds Daytona is 3.56 miles from the pole lap the 2024 Roar qualifying file publishes (KPH 222.6 for 1:32.656)', async () => {
    const pole = await fileRow(ROAR_QUALIFYING_RESULTS, '1');
    expect(pole.TIME).toBe('1:32.656');
    const impliedKm = lengthKmFromSpeed(Number(pole.KPH), 92.656);
    expect(milesFromKilometres(impliedKm)).toBeCloseTo(3.56, 2);
    const daytona = builtInTracks().find((track) => track.id === 'daytona');
    expect(daytona?.lengthMiles).toBe(3.56);
    expect(speedKph(daytona!.lengthKm, 92.656)).toBe(Number(pole.KPH));
  });

  it('gives 138.318 mph for the 1:32.656 Daytona pole', () => expect(speedMph(3.56, 92.656)).toBe(138.318));

  it('truncates mph to three decimals as IMSA does: 137.990 for 1:32.876 at Daytona (137.99043…), and 129.975 for 1:38.603 (129.97576…), not 129.976', () => {
    expect(speedMph(3.56, 92.876)).toBe(137.99);
    expect(speedMph(3.56, 98.603)).toBe(129.975);
  });

  it('ships a length with a source for every track, km and miles agreeing', () => {
    for (const track of builtInTracks()) {
      expect(track.source).not.toBe('');
      expect(track.lengthKm / track.lengthMiles).toBeCloseTo(1.609344, 3);
    }
  });
});
