import type { Claim } from '../claims';
import { resolveParty } from './resolve-subject';
import type { SessionIndex } from './session-index';

// "The margin of victory was 7.682 seconds over Jensen, Paul di Resta and Jean-Eric Vergne", "The winning margin was
// 2.348 seconds over the customer AF Corse Ferrari of Kubica": a race report names the one beaten and calls the winner
// by the victory alone. The winner is whoever won the class of the car beaten; the words name no one else.
const WINNER_MARGIN = /\b(?:margin of (?:victory|the win)|(?:winning|victory) margin|(?:won|winning) by)\b/i;

/**
 * A race gap with no subject (or only a guessed one), whose words make it the winner's margin over the one named as its reference, as the
 * margin of the winner of that car's class; the claim as it is otherwise.
 */
export function withWinnerSubject(claim: Claim, index: SessionIndex): Claim {
  if (claim.kind !== 'gap' || (claim.subject !== null && claim.subjectSure) || claim.reference === null || index.session.kind !== 'race') return claim;
  const at = claim.sentence.indexOf(claim.text);
  if (at < 0 || !WINNER_MARGIN.test(claim.sentence.slice(0, at))) return claim;
  const beaten = resolveParty(claim.reference, index);
  if (!beaten.found || beaten.cars.length !== 1) return claim;
  const className = beaten.cars[0].className;
  const winner = index.ordered.find((result) => result.className === className);
  if (!winner || winner.car === beaten.cars[0].car) return claim;
  const facts = index.cars.get(winner.car);
  const subject = facts && facts.drivers.length === 1 ? facts.drivers[0] : `#${winner.car}`;
  return { ...claim, subject, subjectSure: true, subjectRosterId: null, direction: claim.direction ?? 'ahead' };
}
