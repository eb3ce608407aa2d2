import type { Claim } from '../claims';
import type { SessionHint } from './session-hint';
import type { CheckContext, CheckedClaim } from './types';

// A contradiction says the writer slipped about one session. When the words do not pin the figure to that session
// (no number, day, part, year or grid) and another session of the event that is loaded bears the figure out for the
// same car ("127.412 mph" is the #11's best in practice 1, the article's main session being practice 2), or the
// starting grid does ("Bottas en pole": second in qualifying, first on the grid after Hamilton's penalty), the
// writer spoke of that one: the checker cannot say which, so it accuses no one.

/** Checks a claim with another hint or main session; the rule set of `checkClaim` without its overrides. */
export type CheckWith = (hint: SessionHint, context: CheckContext) => CheckedClaim;

/** Why a contradicted figure may be of another session or of the grid, or null when the words pin it down. */
export function borneOutElsewhere(claim: Claim, hint: SessionHint, context: CheckContext, sessionId: string | null, check: CheckWith): string | null {
  if (pinned(hint)) return null;
  const current = context.sessions.find((session) => session.id === sessionId);
  if (!current) return null;
  // "teaming up with Kamui Kobayashi for a 6th place overall finish": a finish the words name is the race's result,
  // whatever order the warm-up that morning had.
  if (hint.kind === 'race' && current.kind === 'race' && !hint.raceByLine && !hint.endByLine && !hint.moment) return null;
  for (const session of context.sessions) {
    if (session === current || session.eventId !== current.eventId) continue;
    const other = check({ ...hint, kind: null, number: null, qualifyingParagraph: false }, { ...context, mainSessionId: session.id });
    if (other.verdict === 'confirmed') return `${session.name} bears it out (${other.evidence}); the text does not say which session it is about`;
  }
  if (claim.kind === 'position') {
    const grid = check({ ...hint, grid: true }, { ...context, mainSessionId: current.id });
    if (grid.verdict === 'confirmed') return `the starting grid bears it out (${grid.evidence}); the text does not say whether it means the grid`;
  }
  return null;
}

// Words that name the session or the order meant: then the figure is that session's, right or wrong.
function pinned(hint: SessionHint): boolean {
  return hint.grid || hint.number !== null || hint.day !== null || (hint.part !== null && hint.partAway !== true) || hint.year !== null || hint.lastYear;
}
