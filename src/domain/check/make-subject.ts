import type { Claim } from '../claims';
import { foldName } from '../names';
import { resolveParty } from './resolve-subject';
import type { CarFacts, SessionIndex } from './session-index';

/**
 * A figure whose clause opens on a driver called by his team ("Montoya and Button had exactly the same time … but the
 * Williams driver was listed third"): the nearest driver or car named before whose car the timing gives that team
 * is its subject. When none of them drives for it the words name someone the reader cannot find, so the subject read
 * stays only as a guess, which may bear the figure out but never refute it. The claim as it is otherwise.
 */
export function withMakeSubject(claim: Claim, index: SessionIndex): Claim {
  if (!claim.subjectMake) return claim;
  const make = foldName(claim.subjectMake.make);
  const ofMake = (facts: CarFacts) => [facts.team, facts.vehicle].some((name) => ` ${foldName(name)} `.includes(` ${make} `));
  for (const candidate of claim.subjectMake.candidates) {
    const party = resolveParty(candidate, index);
    if (!party.found) continue;
    const car = party.cars.find(ofMake);
    if (!car) continue;
    const subject = party.driver ?? `#${car.car}`;
    return subject === claim.subject ? claim : { ...claim, subject, subjectRosterId: null };
  }
  return { ...claim, subjectSure: false };
}
