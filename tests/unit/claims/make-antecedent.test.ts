import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

const placeOf = (text: string) => extractClaims(text).find((claim) => claim.kind === 'position');

describe('a make standing for the team named with it', () => {
  it('reads "the BMW" as the one team the text named with a BMW', () => {
    const text = 'Early on the Turner Motorsport BMW M4 GT3 spun into the tyres. Taking minutes to recover, the BMW fell to last in class and finished 16th.';
    expect(placeOf(text)?.subject).toBe('Turner Motorsport');
  });

  it('leaves "the BMW" as written when the text named two teams with one', () => {
    const text = 'The Turner Motorsport BMW and the Paul Miller Racing BMW collided. Taking minutes to recover, the BMW fell to last in class and finished 16th.';
    expect(placeOf(text)?.subject).toBe('BMW');
  });
});
