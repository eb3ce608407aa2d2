import type { CheckedClaim } from './types';

// A writer's slips are few and scattered: the real contradictions of the corpus's gold (55 of some 2,300 figures)
// are one or two in a paragraph among figures the data bears out, or a run of places one off after a penalty
// in a classification that is otherwise right. A paragraph whose figures, checked against one session, mostly
// disagree with it is a misreading of what they are about, not a run of slips: the order after lap one under
// a heading the reader did not know, a sidebar of another race's results, a grid list told before penalties,
// another year's times. Each of those was a blind half's false contradictions, found one mechanism at a time;
// this is the net under all of them: the data cannot say such a paragraph's writer was wrong.

/** The fewest contradictions in one paragraph and session that can be a misreading rather than slips. */
const MIN_RUN = 3;

/**
 * The checked claims of one paragraph with every contradiction turned unverifiable where, against the same
 * session, at least three are contradicted and no more are confirmed: the paragraph is then about something else.
 */
export function withoutMisreadRuns(claims: readonly CheckedClaim[]): CheckedClaim[] {
  const bySession = new Map<string, { contradicted: number; confirmed: number }>();
  for (const claim of claims) {
    if (claim.sessionId === null || claim.verdict === 'unverifiable') continue;
    const tally = bySession.get(claim.sessionId) ?? { contradicted: 0, confirmed: 0 };
    if (claim.verdict === 'contradicted') tally.contradicted++;
    else tally.confirmed++;
    bySession.set(claim.sessionId, tally);
  }
  const misread = new Set([...bySession].filter(([, tally]) => tally.contradicted >= MIN_RUN && tally.contradicted >= tally.confirmed).map(([id]) => id));
  if (misread.size === 0) return [...claims];
  return claims.map((claim) => {
    if (claim.verdict !== 'contradicted' || claim.sessionId === null || !misread.has(claim.sessionId)) return claim;
    const tally = bySession.get(claim.sessionId)!;
    const agree = tally.confirmed === 0 ? 'none agrees' : `only ${tally.confirmed} ${tally.confirmed === 1 ? 'agrees' : 'agree'}`;
    const reason = `${tally.contradicted} figures of this paragraph disagree with the session and ${agree}: it is likely about something else (another session or year, one moment such as lap one), so none of them is called wrong`;
    return { ...claim, verdict: 'unverifiable', suggestion: null, reason };
  });
}
