import type { Claim } from '../claims';
import type { CarFacts, SessionIndex } from './session-index';

/**
 * A gap the words measure against the subject's team-mate ("0.286 behind his team-mate", "the sister car"): measured
 * against the one other car the subject's team ran in the session, which then names the reference. The claim as it
 * is when the team ran no other car, or several (which one would be a guess).
 */
export function withTeamMateReference(claim: Claim, index: SessionIndex, cars: CarFacts[]): Claim {
  if (claim.kind !== 'gap' || !claim.referenceTeamMate || claim.reference) return claim;
  const subject = cars.find((facts) => facts.result) ?? cars[0];
  if (!subject?.team) return claim;
  const others = [...index.cars.values()].filter((facts) => facts.car !== subject.car && facts.team === subject.team);
  if (others.length !== 1) return claim;
  const [mate] = others;
  // A single driver names the car in F1; a crew's car is named by its number ("#25").
  return { ...claim, reference: mate.drivers.length === 1 ? mate.drivers[0] : `#${mate.car}`, referenceRosterId: null };
}
