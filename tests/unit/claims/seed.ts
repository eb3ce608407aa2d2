import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { extractClaims, type Claim } from '../../../src/domain/claims';

const seedsFolder = path.resolve(import.meta.dirname, '../../..', '../shared/seeds');

/** The text of one real raw report from ../shared/seeds. */
export function readSeed(fileName: string): string {
  return readFileSync(path.join(seedsFolder, fileName), 'utf8');
}

/** Lap-time, gap and speed claims as [kind, text, value, qualifier, subject], in text order. */
export function timingClaims(claims: Claim[]): [string, string, number, string, string | null][] {
  return claims
    .filter((claim) => claim.kind !== 'position')
    .map((claim) => [claim.kind, claim.text, claim.value, claim.qualifier, claim.subject]);
}

/** Fails when any claim overlaps any occurrence of one of the phrases (dates, times of day) in the text. */
export function expectNoClaimOn(text: string, claims: Claim[], phrases: string[]): void {
  for (const phrase of phrases) {
    const start = text.indexOf(phrase);
    expect(start, `"${phrase}" is in the seed`).toBeGreaterThanOrEqual(0);
    for (let at = start; at >= 0; at = text.indexOf(phrase, at + 1)) {
      const overlapping = claims.filter((claim) => claim.start < at + phrase.length && claim.end > at);
      expect(overlapping.map((claim) => claim.text), `claims on "${phrase}"`).toEqual([]);
    }
  }
}

export { extractClaims };
