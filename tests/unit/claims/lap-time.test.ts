import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { readClockTime } from '../../../src/domain/claims/lap-time';
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
    ['He turned a lap of 1 minute, 32.656 seconds (138.318 mph).', '1 minute, 32.656 seconds', 92.656, 'minutes-words'],
    ['Sainz went round in one minute and 31.442 seconds.', 'one minute and 31.442 seconds', 91.442, 'minutes-words'],
    ['He turned a lap of 1 minute, 32.656(138.318 mph).', '1 minute, 32.656', 92.656, 'minutes-words'],
    ['Verstappen went round in 1m29.179secs.', '1m29.179secs', 89.179, 'minutes-letters'],
    ['Albuquerque went round in 1´48.601.', '1´48.601', 108.601, 'prime'],
    ['Verstappen reed een 1.05.390 op de klok.', '1.05.390', 65.39, 'dotted'],
    ['Leclerc fuhr eine 1:11,383 min.', '1:11,383 min', 71.383, 'colon'],
  ])('reads %j as %s = %d seconds', (sentence, text, seconds, notation) => {
    const claim = extractClaims(sentence)[0];
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

  it.each([
    ['He could not repeat his sub-1m44s lap from the morning.', '1m44s', 104],
    ['Nobody went under the 1min19sec barrier.', '1min19sec', 79],
    ['The first lap below 1:50 came late.', '1:50', 110],
    ['Rossi was the only one to go below 1:50.', '1:50', 110],
    ['Rossi was the only one to go under 1m12s.', '1m12s', 72],
    ['Rossi was the only one to break the 1m12s barrier all weekend.', '1m12s', 72],
  ])('reads a whole-second limit in %j as a lap time under it', (sentence, text, seconds) => {
    expect(onlyClaim(sentence)).toMatchObject({ kind: 'lap_time', text, value: seconds, qualifier: 'under', decimals: 0 });
  });

  it('reads seconds alone after another language\'s "under" as a lap under them ("unter 50″")', () => {
    const text = 'Jordan Taylor hat sich die Pole-Position in Lime Rock gesichert, vor Antonio Garcia. Taylor blieb als einziger unter 50″, die anderen Fahrer waren langsamer. Die Fahrer waren mit dem Auto unter den Bedingungen des Tages sehr zufrieden.';
    expect(extractClaims(text).find((claim) => claim.kind === 'lap_time')).toMatchObject({ text: '50″', value: 50, qualifier: 'under', decimals: 0 });
    expect(extractClaims('Er fuhr 5″ vor dem Ende los.').filter((claim) => claim.kind === 'lap_time')).toEqual([]);
  });

  it('reads a plural clock ("into the 1:17s") as a lap in that second, and no clock of the day so', () => {
    expect(onlyClaim('Marco Rossi was the only driver into the 1:17s.')).toMatchObject({ kind: 'lap_time', text: '1:17s', value: 77, qualifier: 'exact', decimals: 0 });
    expect(extractClaims('The fans arrived in the 12:20s.')).toEqual([]);
  });

  it('reads a whole-second clock as a time of day, not a lap, unless a limit word comes before it', () => {
    expect(extractClaims('The session started at 12:20 local time.')).toEqual([]);
    expect(extractClaims('He went under 1:50 pm traffic.')).toEqual([]);
  });

  it('reads 1:02:03.456 as a clock of hours, and a clock that long as a race time, not a lap', () => {
    expect(readClockTime('The race took 1:02:03.456 in all.', 14)).toMatchObject({ value: 3723.456, notation: 'hours-colon' });
    expect(extractClaims('The race took 1:02:03.456 in all.')).toEqual([]);
    expect(extractClaims('1 Button McLaren 58 1h 33:36.531 / 2 Kubica Renault 58 + 0:12.034').map((claim) => claim.text)).toEqual(['+ 0:12.034']);
    expect(extractClaims('Räikkönen lapped the Nordschleife in 8:34.200.')).toHaveLength(1);
  });

  it('does not take a date written with dots for a lap time', () => {
    expect(extractClaims('Am 21.01.2024 fuhr er schnell.')).toEqual([]);
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
