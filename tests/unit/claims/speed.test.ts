import { describe, expect, it } from 'vitest';
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
});
