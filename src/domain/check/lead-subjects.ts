import { extractClaims, type Claim, type LanguageWords } from '../claims';
import type { Roster } from '../names';
import { rosterFor } from './roster-match';

/**
 * A paragraph's claims with the subjects its first sentences leave unnamed ("He lapped in 1:32.656.") read
 * from the paragraph before it, as `racedesk claims` reads them over the whole text. Only claims without a
 * subject, or only a guessed one, change ("The Ferrari driver … took provisional pole, but lost the place to
 * Hamilton" is about the driver the paragraph before names, not Hamilton); a subject the paragraph itself reads
 * for sure is never re-attributed.
 */
export function withLeadSubjects(claims: Claim[], text: string, lead: string, roster: Roster, language?: LanguageWords): Claim[] {
  if (lead.trim() === '' || claims.every((claim) => claim.subjectSure && !unmeasured(claim))) return claims;
  const joined = `${lead}\n\n${text}`;
  const offset = lead.length + 2;
  const inContext = new Map<number, Claim>();
  for (const claim of extractClaims(joined, { roster: rosterFor(joined, roster), language })) {
    if (claim.start >= offset) inContext.set(claim.start - offset, claim);
  }
  return claims.map((claim) => {
    const read = claim.subjectSure ? undefined : inContext.get(claim.start);
    if (!read?.subject || read.kind !== claim.kind || (claim.subject !== null && !read.subjectSure)) return claim;
    return { ...claim, subject: read.subject, subjectSure: read.subjectSure, subjectRosterId: read.subjectRosterId };
  }).map((claim) => withLeadReference(claim, inContext.get(claim.start)));
}

// A gap the paragraph measures against no one, nor from a place.
function unmeasured(claim: Claim): boolean {
  return claim.kind === 'gap' && !claim.reference && !claim.referencePlace && !claim.referenceNext && !claim.referenceTeamMate && !claim.referenceMake;
}

// "… Hamilton in third place who was 0.320 seconds behind Ricciardo." / "Sebastian Vettel finished in fourth place 0.930
// seconds behind, …": a rundown that runs on into the next paragraph measures from the place it measured from before.
function withLeadReference(claim: Claim, read: Claim | undefined): Claim {
  if (!unmeasured(claim) || !read || read.kind !== 'gap' || read.subject !== claim.subject || unmeasured(read)) return claim;
  return { ...claim, reference: read.reference, referenceRosterId: read.referenceRosterId, referencePlace: read.referencePlace, referenceNext: read.referenceNext, referenceTeamMate: read.referenceTeamMate, referenceMake: read.referenceMake, direction: claim.direction ?? read.direction };
}
