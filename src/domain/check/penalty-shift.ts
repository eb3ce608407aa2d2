import type { CheckContext, CheckedClaim } from './types';

// A race whose order Racedesk worked out from laps holds the order on the road; a penalty given after the flag moves
// every car behind the one penalised up a place in the classification the writer reads ("The #12 Cadillac … only
// finishing in 6th … The #7 Toyota … finishing 7th", where the #94 was classified lower after the race). Places of two
// or more cars, next to each other and each exactly one better than the road order, are that shift, not slips: the
// lap data can neither bear them out nor refute them. A slip is one car's; a penalty moves a run.

/** The fewest cars, each one place better than the road order, that make a shift rather than slips. */
const MIN_SHIFTED = 2;

/**
 * The checked claims of one paragraph with places turned unverifiable where, in a race worked out from laps, two or
 * more cars on places next to each other are each one place better than the order on the road.
 */
export function withoutPenaltyShift(claims: readonly CheckedClaim[], context: CheckContext): CheckedClaim[] {
  const fromLaps = new Set(context.sessions.filter((session) => session.kind === 'race' && session.resultsFrom === 'laps').map((session) => session.id));
  const oneBetter = (claim: CheckedClaim) =>
    claim.verdict === 'contradicted' && claim.kind === 'position' && claim.sessionId !== null && fromLaps.has(claim.sessionId) && claim.expected === claim.value + 1;
  const shifted = claims.filter(oneBetter);
  const cars = new Set(shifted.map((claim) => claim.subjectCar ?? claim.subject));
  const places = new Set(shifted.map((claim) => claim.value));
  const adjacent = [...places].some((place) => places.has(place + 1));
  if (cars.size < MIN_SHIFTED || !adjacent) return [...claims];
  return claims.map((claim) =>
    oneBetter(claim) && (places.has(claim.value + 1) || places.has(claim.value - 1))
      ? { ...claim, verdict: 'unverifiable', suggestion: null, reason: `${cars.size} cars next to each other are each one place better than the order on the road: a car ahead of them was likely classified lower after the race (a penalty the lap data does not hold), so none of them is called wrong` }
      : claim,
  );
}
