import type { Claim } from '../claims';
import { foldName } from '../names';
import { resolveParty } from './resolve-subject';
import type { CarFacts, SessionIndex } from './session-index';

/**
 * A gap the words measure against a car called by its team or make ("0.003s ahead of the Red Bull driver", "a lead
 * over the Peugeot"): the nearest driver or car named before whose car the timing gives that team or make, else the
 * one other car of that make in the session, which then names the reference. The claim as it is otherwise.
 */
export function withMakeReference(claim: Claim, index: SessionIndex, cars: CarFacts[]): Claim {
  if (claim.kind !== 'gap' || !claim.referenceMake || claim.reference) return claim;
  const make = foldName(claim.referenceMake.make);
  const ofMake = (facts: CarFacts) => !cars.includes(facts) && [facts.team, facts.vehicle].some((name) => ` ${foldName(name)} `.includes(` ${make} `));
  for (const candidate of claim.referenceMake.candidates) {
    const party = resolveParty(candidate, index);
    if (!party.found) continue;
    const car = party.cars.find(ofMake);
    if (car) return { ...claim, reference: party.driver ?? `#${car.car}`, referenceRosterId: null };
  }
  const others = [...index.cars.values()].filter(ofMake);
  if (others.length !== 1) return claim;
  const [only] = others;
  // A single driver names the car in F1; a crew's car is named by its number ("#93").
  return { ...claim, reference: only.drivers.length === 1 ? only.drivers[0] : `#${only.car}`, referenceRosterId: null };
}
