import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

const claimOf = (text: string, figure: string) => extractClaims(text).find((claim) => claim.text === figure);

// IMSA Indianapolis 2023 (Yahoo): "short of putting the car on pole" is short of first place, as "short of taking pole" is.
describe('a gap short of putting a car on pole', () => {
  it('is measured against first place', () => {
    const gap = claimOf('Mathieu Jaminet fell 0.152s short of putting the No. 6 963 on pole, and will instead start on the outside of the front row.', '0.152s');
    expect(gap?.subject).toBe('Mathieu Jaminet');
    expect(gap?.referencePlace).toBe(1);
    expect(claimOf('Lando Norris was 0.1s short of putting his McLaren on pole.', '0.1s')?.referencePlace).toBe(1);
  });

  it('is not measured against first place when the car is put anywhere else', () => {
    expect(claimOf('Lando Norris was 0.1s short of putting his McLaren on the front row.', '0.1s')?.referencePlace).toBeUndefined();
  });
});
