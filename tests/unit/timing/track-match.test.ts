import { describe, expect, it } from 'vitest';
import { matchTrack } from '../../../src/domain/timing';
import { builtInTracks } from '../../../src/services/timing/track-catalog';

const tracks = builtInTracks();
const idOf = (text: string) => matchTrack(text, tracks)?.id ?? null;

describe('finding the track from a file or event name', () => {
  it('knows the Roar Before the 24 is at Daytona', () => expect(idOf('01-roar-before-the-24')).toBe('daytona'));
  it('knows Daytona International Speedway and Daytona', () => {
    expect(idOf('Daytona International Speedway')).toBe('daytona');
    expect(idOf('Daytona')).toBe('daytona');
  });
  it('reads the scraped IMSA folders', () => {
    expect(idOf('05-sebring-international-raceway')).toBe('sebring');
    expect(idOf('09-detroit-street-course')).toBe('detroit');
    expect(idOf('14-road-america')).toBe('road-america');
    expect(idOf('19-road-atlanta')).toBe('road-atlanta');
  });
  it('reads the WEC lap analysis file names', () => {
    expect(idOf('le_mans_24h')).toBe('le-mans');
    expect(idOf('fuji_6h')).toBe('fuji');
  });
  it('puts Petit Le Mans at Road Atlanta, not at Le Mans', () => expect(idOf('Motul Petit Le Mans')).toBe('road-atlanta'));
  it('finds nothing in a name that holds no track', () => expect(idOf('Session 1')).toBeNull());
});
