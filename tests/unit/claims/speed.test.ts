import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { onlyClaim } from './only-claim';

describe('speed notations', () => {
  it.each([
    ['Lazare’s lap was at 103.637 mph.', '103.637 mph', 103.637, 'mph'],
    ['The trap showed 222.6 km/h.', '222.6 km/h', 222.6, 'km/h'],
    ['The trap showed 222.6 kph.', '222.6 kph', 222.6, 'km/h'],
    ['He averaged 130.2 miles per hour.', '130.2 miles per hour', 130.2, 'mph'],
    ['He averaged 210.5 kilometres per hour.', '210.5 kilometres per hour', 210.5, 'km/h'],
  ])('reads %j as %s', (sentence, text, speed, unit) => {
    expect(onlyClaim(sentence)).toMatchObject({ kind: 'speed', text, value: speed, unit });
  });

  // Only a speed after a time in hours is a race's average ("1hr 32m 36.300s (198.202 km/h)"); one after a lap is the lap's.
  it('reads a speed in brackets after a lap time', () => {
    const claims = extractClaims('Derani broke the track record with a lap time of 1:14.400 (108.290 mph).');
    expect(claims.map((claim) => [claim.kind, claim.text])).toEqual([['lap_time', '1:14.400'], ['speed', '108.290 mph']]);
  });
});
