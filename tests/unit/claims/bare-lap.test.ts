import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

const lapTimes = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'lap_time').map((claim) => [claim.text, claim.value]);

describe('a lap time written with no unit', () => {
  it.each([
    ['Herta delivered a 70.5512 in the first group.', '70.5512', 70.5512],
    ['VeeKay climbed to the top with a 71.0041 on used reds.', '71.0041', 71.0041],
    ["Sainz's best of 92.656 was not enough.", '92.656', 92.656],
    ['Rahal landed a 68.1234 on his last flyer.', '68.1234', 68.1234],
  ])('reads %j as the lap %s', (sentence, text, seconds) => {
    expect(lapTimes(sentence)).toEqual([[text, seconds]]);
  });

  it.each([
    ['Palou won with a 23.456 lead over Dixon.'],
    ['Dixon led the practice with a 233.383 average.'],
    ['Herta finished the 85 laps with a 70.5 on the board.'],
  ])('reads no lap in %j', (sentence) => {
    expect(lapTimes(sentence)).toEqual([]);
  });
});

describe('"to go" after seconds', () => {
  it('reads a lap set "to go top" as a lap, where "30 seconds to go" is the time left', () => {
    expect(lapTimes('Herta landed a 67.0171s to go top.')).toEqual([['67.0171s', 67.0171]]);
    expect(extractClaims('With 30 seconds to go, Herta was still on his out lap.')).toEqual([]);
  });
});
