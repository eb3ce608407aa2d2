import type { Claim } from '../claims';
import type { SessionHint } from './session-hint';
import { mainSession } from './session-choice';
import type { CheckContext, CheckedClaim } from './types';

// "Blomqvist and Jarvis were fastest in every practice session", "topped all three practice sessions", "led each of
// the practice sessions": first place in each practice of the event, a claim about all of them at once, where the
// text names no one of them.
const EVERY_PRACTICE = /\b(?:every|each|all)\s+(?:(?:of\s+)?the\s+)?(?:(?:two|three|four|\d)\s+)?(?:free\s+)?practice\s+sessions?\b|\b(?:every|each)\s+(?:of\s+the\s+)?(?:free\s+)?practices?\b/i;

/**
 * A first place claimed in every practice session, checked against each practice of the event: confirmed where
 * each bears it out, with the evidence of the first; otherwise null, and the claim goes the usual way (one
 * practice unnamed is unverifiable), since one practice it did not top may be the writer's or the reader's slip.
 */
export function firstInEveryPractice(claim: Claim, hint: SessionHint, context: CheckContext, check: (hint: SessionHint, context: CheckContext) => CheckedClaim): CheckedClaim | null {
  if (claim.kind !== 'position' || claim.value !== 1 || hint.kind !== 'practice' || hint.number !== null || !EVERY_PRACTICE.test(claim.sentence)) return null;
  const main = mainSession(context);
  const practices = context.sessions.filter((session) => session.kind === 'practice' && session.eventId === main?.eventId);
  if (practices.length < 2) return null;
  const checked = practices.map((session) => check({ ...hint, number: null }, { ...context, mainSessionId: session.id }));
  if (!checked.every((one) => one.verdict === 'confirmed')) return null;
  return { ...checked[0], evidence: `${checked[0].evidence}; first in each of the ${practices.length} practice sessions` };
}
