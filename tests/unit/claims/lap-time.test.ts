import { describe, expect, it } from 'vitest';
import { onlyClaim } from './only-claim';

describe('lap-time notations', () => {
  it.each([
    ['Derani set 1:32.656 in qualifying.', '1:32.656', 92.656, 'colon'],
    ['Derani set 1m32.656s in qualifying.', '1m32.656s', 92.656, 'minutes-letters'],
    ['Derani set 1min 32.656s in qualifying.', '1min 32.656s', 92.656, 'minutes-letters'],
    ["Derani set 1'32.656 in qualifying.", "1'32.656", 92.656, 'prime'],
    ['Derani set 1\'32"656 in qualifying.', '1\'32"656', 92.656, 'prime-quote'],
    ["Derani turned in 1'32''656''', a record.", "1'32''656'''", 92.656, 'prime-quote'],
    ["The record of 1'33''655'' stood.", "1'33''655''", 93.655, 'prime-quote'],
    ['A pole time of 2:06.544 seconds.', '2:06.544 seconds', 126.544, 'colon'],
    ['He lapped in 92.656s.', '92.656s', 92.656, 'decimal'],
    ['His best was 129.9 seconds.', '129.9 seconds', 129.9, 'decimal'],
    ['The race took 1:02:03.456 in all.', '1:02:03.456', 3723.456, 'hours-colon'],
  ])('reads %j as %s = %d seconds', (sentence, text, seconds, notation) => {
    const claim = onlyClaim(sentence);
    expect(claim).toMatchObject({ kind: 'lap_time', text, value: seconds, unit: 's', notation });
  });

  it('reads "under 130 seconds" as a lap time under 130 seconds', () => {
    expect(onlyClaim('It is the only lap completed in under 130 seconds.')).toMatchObject({
      kind: 'lap_time',
      value: 130,
      qualifier: 'under',
      decimals: 0,
    });
  });

  it('keeps the stated precision of each notation', () => {
    expect(onlyClaim('He did 1:32.6 early on.').decimals).toBe(1);
    expect(onlyClaim("He did 1'32''656''' early on.").decimals).toBe(3);
  });

  it('gives offsets that point at the figure in the text', () => {
    const text = 'Dirani turned in 1\'32\'\'656\'\'\', lowering the record.';
    const claim = onlyClaim(text);
    expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  });
});
