import { describe, expect, it } from 'vitest';
import { onlyClaim } from './only-claim';

describe('qualifiers', () => {
  it.each([
    ['Nasr was 0.3s faster than Dixon.', 'exact'],
    ['Hawksworth was trailing by just 80 thousandths.', 'exact'],
    ['Boulle was trailing by around 1 tenth.', 'approx'],
    ['Boulle was about 0.3s slower.', 'approx'],
    ['Boulle was roughly 0.3s slower.', 'approx'],
    ['Boulle was some 0.3s slower.', 'approx'],
    ['Boulle was approximately 0.3s slower.', 'approx'],
    ['Boulle was ~0.3s slower.', 'approx'],
    ['Boulle let the lead grow to a margin of up to 2.5s.', 'approx'],
    ['Lazare won by more than four-tenths of a second.', 'over'],
    ['Derani lowered the record by over a second.', 'over'],
    ['Derani won by in excess of 0.5s over Nasr.', 'over'],
    ['Derani won by upwards of 0.5s over Nasr.', 'over'],
    ['It is the only lap completed in under 130 seconds.', 'under'],
    ['The gap was less than 0.2s at the flag.', 'under'],
    ['Every lap was below 95.5 seconds.', 'under'],
    ['His lap was nearly four-tenths of a second faster.', 'nearly'],
    ['His lap was almost 0.4s faster.', 'nearly'],
    ['His lap was just shy of 0.4s faster.', 'nearly'],
    ['His lap was just under 0.4s faster.', 'nearly'],
  ])('reads %j as %s', (sentence, qualifier) => {
    expect(onlyClaim(sentence).qualifier).toBe(qualifier);
  });
});
