import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLapTime, parseLapTime } from '../../../src/domain/timing';

describe('lap times in the notation of timing files', () => {
  it('reads 1:32.656 as 92.656 seconds', () => expect(parseLapTime('1:32.656')).toBe(92.656));
  it('reads 1:02:03.456 as 3723.456 seconds', () => expect(parseLapTime('1:02:03.456')).toBe(3723.456));
  it('reads a sector of 59.145 as 59.145 seconds', () => expect(parseLapTime('59.145')).toBe(59.145));
  it('reads a gap of +0.071 as 0.071 seconds', () => expect(parseLapTime('+0.071')).toBe(0.071));
  it('reads 12:00:54.520, a twelve-hour race time', () => expect(parseLapTime('12:00:54.520')).toBe(43254.52));
  it('refuses words, empty cells and "1 Lap"', () => {
    for (const text of ['', 'DNF', '1 Lap', 'Pipo Derani', '1:32:', '1::32.6']) expect(parseLapTime(text)).toBeNull();
  });
  it('prints 92.656 as 1:32.656 and 3723.456 as 1:02:03.456', () => {
    expect(formatLapTime(92.656)).toBe('1:32.656');
    expect(formatLapTime(3723.456)).toBe('1:02:03.456');
    expect(formatLapTime(59.1)).toBe('59.100');
  });
  it('reads back every time it prints, to the thousandth', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 90_000_000 }), (thousandths) => parseLapTime(formatLapTime(thousandths / 1000)) === thousandths / 1000));
  });
});
