import type { CheckApi } from '../../api/check';
import type { ArticleDoc } from '../../domain/articles/article';
import { plainTextFromDoc } from '../../domain/articles/plain-text';
import { Checker, type CheckedClaim } from '../../domain/check';
import type { CheckedClaimForReport } from '../../domain/export/fact-check-report';

/**
 * The checker's claims as the fact-check report lists them. The desk does not yet record which fixes the
 * writer accepted, so `fixAccepted` is false; a taken fix already shows as a confirmed claim.
 */
export function claimsForReport(claims: CheckedClaim[]): CheckedClaimForReport[] {
  return claims.map((claim) => ({
    text: claim.text,
    kind: claim.kind,
    verdict: claim.verdict,
    expected: claim.expected,
    evidence: claim.evidence,
    suggestion: claim.suggestion,
    fixAccepted: false,
  }));
}

/** The claims of a library article, checked against the timing sessions linked to it. */
export async function checkedClaimsOfArticle(check: Pick<CheckApi, 'checkArticle'>, articleId: string): Promise<CheckedClaimForReport[]> {
  return claimsForReport((await check.checkArticle(articleId)).claims);
}

/** The claims of a document with no timing linked: every one listed, none can be verified. */
export function claimsWithoutTiming(doc: ArticleDoc): CheckedClaimForReport[] {
  const checker = new Checker({ sessions: [], mainSessionId: null, tracks: [], roster: [] });
  return claimsForReport(checker.checkText(plainTextFromDoc(doc)).claims);
}
