import type { CheckContext, CheckedClaim } from './types';

// A race whose order Racedesk worked out from laps holds the order on the road; a penalty given after the flag moves
// every car behind the one penalised up a place in the classification the writer reads ("The #12 Cadillac … only
// finishing in 6th … The #7 Toyota … finishing 7th", where the #94 was classified lower after the race). Places of two
// or more cars, next to each other and each exactly one better than the road order, are that shift, not slips: the
// lap data can neither bear them out nor refute them. A slip is one car's; a penalty moves a run.

/** The fewest cars, each one place better than the road order, that make a shift rather than slips. */
const MIN_SHIFTED = 2;

// "the Italian car fought back to a podium placing but was subsequently handed penalty. ¶ … The #35 Alpine overcame a
// troubled start to round out the top-four", "after Porsche Penske Motorsport was handed a penalty during the post-race
// technical inspection", "a post-race penalty for excess tire use dropped them from second to 14th": words telling
// that a car was classified lower after the flag. With them in the paragraph or the one before, a single car one
// place better than the road order is the shift too: the writer names the car penalised.
export const PENALTY_AFTER_RACE =
  /\bpost-race\s+(?:\w+\s+){0,2}(?:penalt|disqualif|exclu|inspection|scrutineering)|\bsubsequently\s+(?:handed|given|hit with|penali[sz]ed|docked|disqualified|excluded|demoted)|\b(?:penalt(?:y|ies)|penali[sz]ed|disqualified|excluded|demoted)\b[^.;]{0,50}\bafter the (?:race|finish|flag|chequered flag|checkered flag)\b|\b(?:after|following) the (?:race|finish)\b[^.;]{0,50}\b(?:penalt|disqualif|exclu)|\bpénali\p{L}*[^.;]{0,40}\baprès (?:la course|l['’]arrivée)|\bpenalit[àa] post-gara|\bdopo la (?:gara|bandiera a scacchi)[^.;]{0,50}\bpenalit|\bnach dem Rennen[^.;]{0,50}\b(?:Strafe|bestraft|disqualifiziert)|\b(?:tras|después de) la carrera[^.;]{0,50}\b(?:penaliz|sanci[oó]n|descalific)|\bna (?:afloop van )?de race[^.;]{0,50}\b(?:straf|gediskwalificeerd)/iu;

/**
 * The checked claims of one paragraph with places turned unverifiable where, in a race worked out from laps, two or
 * more cars on places next to each other are each one place better than the order on the road; with
 * `penaltyAfterRace` (the paragraph or the one before tells of a car classified lower after the flag), one car is enough.
 */
export function withoutPenaltyShift(claims: readonly CheckedClaim[], context: CheckContext, penaltyAfterRace = false): CheckedClaim[] {
  const fromLaps = new Set(context.sessions.filter((session) => session.kind === 'race' && session.resultsFrom === 'laps').map((session) => session.id));
  const oneBetter = (claim: CheckedClaim) =>
    claim.verdict === 'contradicted' && claim.kind === 'position' && claim.sessionId !== null && fromLaps.has(claim.sessionId) && claim.expected === claim.value + 1;
  const shifted = claims.filter(oneBetter);
  const cars = new Set(shifted.map((claim) => claim.subjectCar ?? claim.subject));
  const places = new Set(shifted.map((claim) => claim.value));
  const adjacent = [...places].some((place) => places.has(place + 1));
  if (penaltyAfterRace && cars.size > 0 && (cars.size < MIN_SHIFTED || !adjacent)) {
    return claims.map((claim) =>
      oneBetter(claim) ? { ...claim, verdict: 'unverifiable', suggestion: null, reason: 'it is one place better than the order on the road, and the text tells of a car classified lower after the race (a penalty the lap data does not hold)' } : claim,
    );
  }
  if (cars.size < MIN_SHIFTED || !adjacent) return [...claims];
  return claims.map((claim) =>
    oneBetter(claim) && (places.has(claim.value + 1) || places.has(claim.value - 1))
      ? { ...claim, verdict: 'unverifiable', suggestion: null, reason: `${cars.size} cars next to each other are each one place better than the order on the road: a car ahead of them was likely classified lower after the race (a penalty the lap data does not hold), so none of them is called wrong` }
      : claim,
  );
}
