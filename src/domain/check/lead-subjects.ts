import { extractClaims, type Claim } from '../claims';
import type { Roster } from '../names';
import { rosterFor } from './roster-match';

/**
 * A paragraph's claims with the subjects its first sentences leave unnamed ("He lapped in 1:32.656.") read
 * from the paragraph before it, as `racedesk claims` reads them over the whole text. Only claims without a
 * subject change; a figure whose own paragraph names its driver or car is never re-attributed.
 */
export function withLeadSubjects(claims: Claim[], text: string, lead: string, roster: Roster): Claim[] {
  if (lead.trim() === '' || claims.every((claim) => claim.subject !== null)) return claims;
  const joined = `${lead}\n\n${text}`;
  const offset = lead.length + 2;
  const inContext = new Map<number, Claim>();
  for (const claim of extractClaims(joined, { roster: rosterFor(joined, roster) })) {
    if (claim.start >= offset) inContext.set(claim.start - offset, claim);
  }
  return claims.map((claim) => {
    const read = claim.subject === null ? inContext.get(claim.start) : undefined;
    return read?.subject && read.kind === claim.kind ? { ...claim, subject: read.subject, subjectSure: read.subjectSure } : claim;
  });
}
