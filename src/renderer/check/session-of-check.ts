import type { PlacedCheck } from '../editor/extensions/check-marks';

/** The session a claim was checked against, when the article is linked to more than one: "Warm-up". */
export function sessionOfCheck(check: PlacedCheck, sessionNames: Record<string, string>): string | null {
  return check.type === 'claim' && check.claim.sessionId ? (sessionNames[check.claim.sessionId] ?? null) : null;
}
