import type { Claim } from '../claims';
import type { CarFacts, SessionIndex } from './session-index';

// "a dos décimas de la pole", "0.2s off pole": pole is the order qualifying ends in, whichever part is told.
const POLE_AFTER = /^[^.;!?]{0,30}?(?<![\p{L}])pole/iu;

/**
 * A gap the words measure from a place ("two tenths off pole", "won by 19.477s", "clear of his closest competitor"):
 * measured against the car that took that place (or the one right behind the subject) in the subject's class, which
 * then names the reference; the words name the place, and a holder the reader took from the text ("Bottas … qui
 * sera en pole", a grid after a penalty) is only a guess at who held it. In a part of F1 qualifying the words tell
 * of ("En Q2, … Norris +0.230, Antonelli +0.337"), the place is the one of that part's times. The claim as it is
 * when the place is the subject's own, or no car holds it.
 */
export function withPlaceReference(claim: Claim, index: SessionIndex, cars: CarFacts[], part: number | null = null): Claim {
  if (claim.kind !== 'gap' || !(claim.referencePlace || claim.referenceNext)) return claim;
  const subject = cars.find((facts) => facts.result) ?? cars[0];
  if (!subject) return claim;
  const inClass = partOrder(claim, index, subject, part) ?? index.ordered.filter((result) => result.className === subject.className);
  // "clear of his closest competitor": the car right behind the subject's in its class.
  const own = inClass.findIndex((result) => result.car === subject.car);
  const holder = claim.referencePlace ? inClass[claim.referencePlace - 1] : own >= 0 ? inClass[own + 1] : undefined;
  const facts = holder && holder.car !== subject.car ? index.cars.get(holder.car) : undefined;
  if (!facts) return claim;
  // A single driver names the car in F1; a crew's car is named by its number ("#01").
  const reference = facts.drivers.length === 1 ? facts.drivers[0] : `#${facts.car}`;
  return { ...claim, reference, referenceRosterId: null };
}

// The results ranked by their times in the part of qualifying told of, where the data keeps each part's best and
// the subject ran in it; null where the words measure from pole or the final order stands.
function partOrder(claim: Claim, index: SessionIndex, subject: CarFacts, part: number | null): SessionIndex['ordered'] | null {
  if (part === null || POLE_AFTER.test(claim.sentence.slice(claim.sentence.indexOf(claim.text) + claim.text.length))) return null;
  const timeOf = (result: SessionIndex['ordered'][number]) => result.qualifyingPartSeconds?.[part - 1] ?? null;
  if (!subject.result || timeOf(subject.result) === null) return null;
  const ran = index.ordered.filter((result) => result.className === subject.className && timeOf(result) !== null);
  return ran.sort((a, b) => timeOf(a)! - timeOf(b)!);
}
