import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

const gapIn = (text: string, figure?: string) => extractClaims(text).find((claim) => claim.kind === 'gap' && (!figure || claim.text === figure));

describe('a gap in a relative clause on one beaten', () => {
  it('is the gap of the one beaten, not of the one who beat him ("ahead of Verdi in second place who was …")', () => {
    const text = 'After Q3, Marco Rossi claims his maiden pole with a lap time of 1.13.622 ahead of Paolo Verdi in second place who was 0.169 seconds behind Rossi.';
    expect(gapIn(text)).toMatchObject({ subject: 'Paolo Verdi', reference: 'Marco Rossi', direction: 'behind' });
  });

  it('ends where another driver opens a clause of his own ("who was beaten and Bianchi moved …")', () => {
    const text = 'Rossi was beaten by Paolo Verdi who went quicker and Luca Bianchi moved to within 0.2 seconds.';
    expect(gapIn(text)?.subject).toBe('Luca Bianchi');
  });
});
