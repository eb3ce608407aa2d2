/** One checked claim as the fact-check report lists it; the checker's results are mapped to this. */
export interface CheckedClaimForReport {
  /** The figure as the article writes it, e.g. `1:32.656`. */
  text: string;
  kind: string;
  verdict: 'confirmed' | 'contradicted' | 'unverifiable';
  /** What the timing says, in the claim's unit; null when nothing was found to compare with. */
  expected: number | null;
  /** The timing row in words. */
  evidence: string;
  /** The correction offered, in the writer's notation. */
  suggestion: string | null;
  /** Whether the writer took the correction. */
  fixAccepted: boolean;
}

export interface FactCheckReport {
  headline: string;
  /** ISO time the report was made, given by the caller so the report is reproducible. */
  generatedAt: string;
  claims: CheckedClaimForReport[];
}

/** Contradicted claims whose fix the writer has not taken: exporting with any asks for confirmation. */
export function openContradictions(claims: CheckedClaimForReport[]): CheckedClaimForReport[] {
  return claims.filter((claim) => claim.verdict === 'contradicted' && !claim.fixAccepted);
}

function counts(claims: CheckedClaimForReport[]): Record<CheckedClaimForReport['verdict'], number> {
  const tally = { confirmed: 0, contradicted: 0, unverifiable: 0 };
  for (const claim of claims) tally[claim.verdict] += 1;
  return tally;
}

/** The report as JSON: headline, time, counts by verdict and every claim. */
export function factCheckJson(report: FactCheckReport): string {
  return `${JSON.stringify({ ...report, counts: counts(report.claims), open: openContradictions(report.claims).length }, null, 2)}\n`;
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/**
 * The report an editor asks for before publishing, as a Markdown table: each claim, its verdict, the
 * evidence, the correction offered and whether the writer took it.
 */
export function factCheckMarkdown(report: FactCheckReport): string {
  const tally = counts(report.claims);
  const open = openContradictions(report.claims).length;
  const lines = [
    `# Fact check: ${cell(report.headline)}`,
    '',
    `Generated ${report.generatedAt}. ${report.claims.length} claims: ${tally.confirmed} confirmed, ${tally.contradicted} contradicted (${open} still open), ${tally.unverifiable} unverifiable.`,
    '',
  ];
  if (report.claims.length === 0) return `${lines.join('\n')}No checkable claims were found.\n`;
  lines.push('| Claim | Kind | Verdict | Expected | Evidence | Suggested fix | Fix accepted |', '|---|---|---|---|---|---|---|');
  for (const claim of report.claims) {
    const expected = claim.expected === null ? '' : String(claim.expected);
    lines.push(
      `| ${cell(claim.text)} | ${cell(claim.kind)} | ${claim.verdict} | ${expected} | ${cell(claim.evidence)} | ${cell(claim.suggestion ?? '')} | ${claim.fixAccepted ? 'yes' : 'no'} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
