import type { Claim } from '../claims';
import { chooseSession } from './session-choice';
import type { SessionHint } from './session-hint';
import { indexSession } from './session-index';
import { resolveParty } from './resolve-subject';
import { checkGap } from './rules/gap';
import { checkLapTime } from './rules/lap-time';
import { checkPosition } from './rules/position';
import type { RuleInput } from './rules/rule-input';
import { checkSpeed } from './rules/speed';
import type { CheckContext, CheckedClaim, RuleOutcome } from './types';

const RULES: Record<Claim['kind'], (input: RuleInput) => RuleOutcome> = {
  lap_time: checkLapTime,
  gap: checkGap,
  speed: checkSpeed,
  position: checkPosition,
};

/** Checks one claim against the session its words point to. */
export function checkClaim(claim: Claim, hint: SessionHint, context: CheckContext): CheckedClaim {
  const choice = chooseSession(hint, context);
  if (!choice.session) return { ...claim, ...unverifiable(choice.reason), sessionId: null };
  const session = choice.session;
  const index = indexSession(session);
  const subject = resolveParty(claim.subject, index);
  if (!subject.found || subject.cars.length === 0) {
    const reason = subject.found ? `${claim.subject} has no car in ${session.name}` : subject.reason;
    return { ...claim, ...unverifiable(reason), sessionId: session.id };
  }
  const track = context.tracks.find((candidate) => candidate.id === session.trackId) ?? null;
  const reference = claim.kind === 'gap' && claim.reference ? resolveParty(claim.reference, index) : null;
  const outcome = RULES[claim.kind]({ claim, index, cars: subject.cars, driver: subject.driver, reference, track });
  return { ...claim, ...outcome, sessionId: session.id, subjectCar: subject.cars[0].car };
}

function unverifiable(reason: string): RuleOutcome {
  return { verdict: 'unverifiable', expected: null, evidence: '', suggestion: null, reason };
}
