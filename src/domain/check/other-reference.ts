import { escapeRegex } from './escape-regex';
import type { Claim } from '../claims';
import { foldName } from '../names';
import { resolveParty } from './resolve-subject';
import type { CarFacts, SessionIndex } from './session-index';
import type { CheckedClaim } from './types';

// A gap refuted against the car the reader took for its reference may be right against another: rundowns run their
// items into each other ("Sainz finished in sixth place 1.127 seconds behind, Sergio Perez finished …": to the
// winner, not to Perez), team names hide drivers ("over Wayne Taylor Racing with Andretti Global's Louis Deletraz"),
// and makes hide them too ("ahead of the Red Bull driver"). A gap to the hundredth or finer that is exactly the
// subject's gap to another car the sentence names is no coincidence: the reader, not the writer, may have the
// reference wrong, so the checker accuses no one. A gap in tenths fits some car of a close field by chance ("a
// tenth" holds from 0.05 to 0.2 s), and a car the sentence does not name is no candidate: "0.178s off
// Montecalvo", exactly the gap to the car ahead overall, and "0.221 behind Ricciardo", exactly the gap to pole,
// are the writer's slips.

/** Checks the claim measured against another car; the rule set of `checkClaim` without its overrides. */
export type CheckAgainst = (claim: Claim) => CheckedClaim;

/** Why a contradicted gap may be measured from another car, or null when no other car bears it out. */
export function borneOutByOtherReference(claim: Claim, checked: CheckedClaim, index: SessionIndex, check: CheckAgainst): string | null {
  if (claim.kind !== 'gap' || checked.verdict !== 'contradicted' || checked.subjectCar == null || claim.decimals < 2) return null;
  const bare = { ...claim, referencePlace: null, referenceNext: false, referenceTeamMate: false, referenceMake: undefined, referenceRosterId: null, subjectSure: true };
  const reference = resolveParty(claim.reference, index);
  const taken = new Set([checked.subjectCar, ...(reference.found ? reference.cars.map((facts) => facts.car) : [])]);
  const sentence = ` ${foldName(claim.sentence)} `;
  for (const [car, facts] of index.cars) {
    if (taken.has(car) || !namedIn(sentence, facts)) continue;
    const other = check({ ...bare, reference: `#${car}` });
    if (other.verdict === 'confirmed') return `it is exactly #${checked.subjectCar}'s gap to #${car} (${other.evidence}); the text may measure from that car`;
  }
  return null;
}

// "Louis Deletraz", "Deletraz", "No. 40", "#40" or "Wayne Taylor Racing" in the sentence names the #40.
function namedIn(sentence: string, facts: CarFacts): boolean {
  const surnames = facts.drivers.map((driver) => foldName(driver).split(/\s+/).at(-1) ?? '').filter((surname) => surname.length >= 3);
  const words = [...surnames, foldName(facts.team)].filter((word) => word.length >= 3);
  return words.some((word) => new RegExp(`[^\\p{L}]${escapeRegex(word)}[^\\p{L}]`, 'u').test(sentence)) || new RegExp(`(?:#|no\\.\\s?)${facts.car}\\b`).test(sentence);
}

