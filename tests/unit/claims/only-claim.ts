import { expect } from 'vitest';
import { extractClaims, type Claim } from '../../../src/domain/claims';

/** The one claim a short text holds; fails the test when it holds none or several. */
export function onlyClaim(text: string): Claim {
  const claims = extractClaims(text);
  expect(claims.map((claim) => claim.text)).toHaveLength(1);
  return claims[0];
}
