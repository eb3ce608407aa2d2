import type { CheckedClaimForReport } from '../../domain/export/fact-check-report';
import type { PlacedCheck } from '../editor/extensions/check-marks';

/** A fix the writer took in this session: the figure as it was and what replaced it. */
export interface AcceptedFix {
  text: string;
  kind: string;
  expected: number | null;
  evidence: string;
  suggestion: string;
}

/** The article's checks as the fact-check report lists them, with the fixes the writer took. */
export function claimsForReport(placed: PlacedCheck[], fixes: AcceptedFix[]): CheckedClaimForReport[] {
  const claims: CheckedClaimForReport[] = placed.flatMap((check) =>
    check.type === 'claim'
      ? [{ text: check.claim.text, kind: check.claim.kind, verdict: check.claim.verdict, expected: check.claim.expected, evidence: check.claim.evidence || check.claim.reason || '', suggestion: check.claim.suggestion, fixAccepted: false }]
      : [],
  );
  const accepted = fixes.map((fix) => ({ ...fix, verdict: 'contradicted' as const, fixAccepted: true }));
  return [...accepted, ...claims];
}
