import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckContext } from '../../../src/domain/check';
import { checkClaim } from '../../../src/domain/check/check-claim';
import { claimOf } from './claim-of';
import { f1QualifyingContext } from './timing-data';
import { NO_HINT } from './hints';

// A gap refuted against the car read as its reference, but exactly the subject's gap to another car its sentence
// names, may have been measured from that one: the reader, not the writer, may be wrong.
// Singapore 2014 qualifying: Hamilton 1:45.681, Rosberg 1:45.688, Ricciardo 1:45.854, Vettel 1:45.902.
let qualifying: CheckContext;

beforeAll(async () => {
  qualifying = await f1QualifyingContext('2014 Singapore');
}, 60_000);

const gap = (value: number, sentence: string, reference: string, decimals = 3) =>
  claimOf({ kind: 'gap', text: `${value}s`, value, subject: 'Sebastian Vettel', reference, direction: 'behind', sentence, notation: 'decimal', decimals });

describe('a gap the reader measured from the wrong car', () => {
  it('is no contradiction when it is exactly the gap to another car its sentence names', () => {
    // The reference read as Rosberg (0.214 s), where the writer meant Ricciardo's Red Bull (0.048 s).
    const checked = checkClaim(gap(0.048, 'Vettel ended up 0.048s behind the Red Bull of Ricciardo and ahead of Rosberg.', 'Nico Rosberg'), NO_HINT, qualifying);
    expect(checked.verdict).toBe('unverifiable');
    expect(checked.reason).toMatch(/^it is exactly #1's gap to #3 \(/);
  });

  it('is contradicted when the car it fits is not named: the writer slipped', () => {
    const checked = checkClaim(gap(0.048, 'Vettel ended up 0.048s behind Rosberg.', 'Nico Rosberg'), NO_HINT, qualifying);
    expect(checked.verdict).toBe('contradicted');
    expect(checked.expected).toBe(0.214);
    // 0.221 s is Vettel's gap to the pole-sitter, whom the sentence does not name.
    expect(checkClaim(gap(0.221, 'Vettel ended up 0.221s behind Rosberg.', 'Nico Rosberg'), NO_HINT, qualifying).verdict).toBe('contradicted');
  });

  it('is contradicted when it is in tenths, which fit some car of a close field by chance', () => {
    // Räikkönen (1:46.170) was 0.482 s off Rosberg, 0.17 s off the Massa the sentence names, and 0.072 s off
    // Hamilton in Q2: "0.1s" would fit the leader's Q2 gap, "0.17s" fits Massa to the hundredth.
    const raikkonen = (value: number, decimals: number) =>
      claimOf({ kind: 'gap', text: `${value}s`, value, subject: 'Kimi Räikkönen', reference: 'Nico Rosberg', direction: 'behind', sentence: `Raikkonen was ${value}s behind Rosberg, with Massa sixth.`, notation: 'decimal', decimals });
    expect(checkClaim(raikkonen(0.1, 1), NO_HINT, qualifying).verdict).toBe('contradicted');
    expect(checkClaim(raikkonen(0.17, 2), NO_HINT, qualifying).reason).toMatch(/^it is exactly #7's gap to #19 /);
  });
});
