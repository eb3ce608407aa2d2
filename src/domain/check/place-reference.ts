import type { Claim } from '../claims';
import type { CarFacts, SessionIndex } from './session-index';

/**
 * A gap the words measure from a place ("two tenths off pole", "won by 19.477s", "clear of his closest competitor"):
 * measured against the car that took that place (or the one right behind the subject) in the subject's class, which
 * then names the reference; the words name the place, and a holder the reader took from the text ("Bottas … qui
 * sera en pole", a grid after a penalty) is only a guess at who held it. The claim as it is when the place is the
 * subject's own, or no car holds it.
 */
export function withPlaceReference(claim: Claim, index: SessionIndex, cars: CarFacts[]): Claim {
  if (claim.kind !== 'gap' || !(claim.referencePlace || claim.referenceNext)) return claim;
  const subject = cars.find((facts) => facts.result) ?? cars[0];
  if (!subject) return claim;
  const inClass = index.ordered.filter((result) => result.className === subject.className);
  // "clear of his closest competitor": the car right behind the subject's in its class.
  const own = inClass.findIndex((result) => result.car === subject.car);
  const holder = claim.referencePlace ? inClass[claim.referencePlace - 1] : own >= 0 ? inClass[own + 1] : undefined;
  const facts = holder && holder.car !== subject.car ? index.cars.get(holder.car) : undefined;
  if (!facts) return claim;
  // A single driver names the car in F1; a crew's car is named by its number ("#01").
  const reference = facts.drivers.length === 1 ? facts.drivers[0] : `#${facts.car}`;
  return { ...claim, reference, referenceRosterId: null };
}
