import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readClockTime } from '../../../src/domain/claims/lap-time';
import { formatLapTime, parseLapTime } from '../../../src/domain/timing';
import { endsWellNow } from './ends-well';
import { anyText, pathologicalText } from './racing-text';
import { runs } from '../fuzz';

/** Cells a timing file could hold: digits, colons, dots and commas in any order and length, and anything else. */
const timeLikeCell = fc.oneof(
  fc.string({ unit: fc.constantFrom('0', '1', '5', '9', ':', '.', ',', '+', ' ', '-'), maxLength: 40 }),
  // Runs of digits long enough to overflow a double, before and after the point.
  fc.tuple(fc.nat({ max: 99 }), fc.string({ unit: fc.constantFrom('0', '9'), minLength: 300, maxLength: 700 })).map(([whole, digits]) => `${whole}.${digits}`),
  fc.string({ unit: fc.constantFrom('1', '9'), minLength: 300, maxLength: 700 }).map((digits) => `${digits}:00.000`),
  anyText,
);

describe('lap-time cells of timing files', () => {
  it('read as a finite, non-negative number of seconds or as null, whatever the cell holds', () => {
    fc.assert(
      fc.property(timeLikeCell, (cell) => {
        const { result } = endsWellNow(() => parseLapTime(cell));
        if (result !== null && result !== undefined) {
          expect(Number.isFinite(result)).toBe(true);
          expect(result).toBeGreaterThanOrEqual(0);
        }
      }),
      runs(2000),
    );
  });

  it('read back what formatLapTime printed, to the thousandth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 * 3600 * 1000 }), (thousandths) => {
        const seconds = thousandths / 1000;
        expect(parseLapTime(formatLapTime(seconds))).toBe(seconds);
      }),
      runs(2000),
    );
  });
});

describe('clock times in report prose', () => {
  it('are read from any position of any text as a figure inside the text, or not at all', () => {
    fc.assert(
      fc.property(fc.oneof(timeLikeCell, pathologicalText), fc.nat(), (text, position) => {
        const start = text.length === 0 ? 0 : position % text.length;
        const { result } = endsWellNow(() => readClockTime(text, start));
        if (result) {
          expect(result.start).toBe(start);
          expect(result.end).toBeLessThanOrEqual(text.length);
          expect(Number.isFinite(result.value)).toBe(true);
        }
      }),
      runs(1000),
    );
  });
});
