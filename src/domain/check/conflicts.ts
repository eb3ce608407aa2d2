import { foldName } from '../names';
import { classKey } from './session-index';
import type { CheckedClaim } from './types';

/** The checked claims of one stored article or raw report. */
export interface ReportClaims {
  reportId: string;
  claims: CheckedClaim[];
}

/** Two reports giving different figures for the same thing in the same session; both sides are flagged. */
export interface Conflict {
  sessionId: string;
  /** What the figures are about, e.g. "lap_time of #31" or "position of #19 in GTDPRO". */
  about: string;
  sides: { reportId: string; claim: CheckedClaim }[];
}

/**
 * Finds figures that differ between reports about the same session: same kind, same car, same scope (and same
 * reference for gaps), exact wording, and values that do not round to each other at the coarser precision.
 */
export function findConflicts(reports: ReportClaims[]): Conflict[] {
  const groups = new Map<string, { sessionId: string; about: string; sides: { reportId: string; claim: CheckedClaim }[] }>();
  for (const report of reports) {
    for (const claim of report.claims) {
      if (!claim.sessionId || !claim.subjectCar || claim.qualifier !== 'exact') continue;
      const about = describe(claim);
      const key = `${claim.sessionId}|${about}`;
      const group = groups.get(key) ?? { sessionId: claim.sessionId, about, sides: [] };
      group.sides.push({ reportId: report.reportId, claim });
      groups.set(key, group);
    }
  }
  const conflicts: Conflict[] = [];
  for (const group of groups.values()) {
    const differing = group.sides.filter((side) =>
      group.sides.some((other) => other.reportId !== side.reportId && differ(side.claim, other.claim)),
    );
    if (differing.length > 0) conflicts.push({ ...group, sides: differing });
  }
  return conflicts;
}

function describe(claim: CheckedClaim): string {
  const base = `${claim.kind} of #${claim.subjectCar}`;
  if (claim.kind === 'position') return `${base} ${claim.scope ? `in ${classKey(claim.scope)}` : 'unscoped'}`;
  if (claim.kind === 'gap') return `${base} to ${claim.reference ? foldName(claim.reference) : 'the next car'}`;
  if (claim.kind === 'speed') return `${base} in ${claim.unit}`;
  return base;
}

function differ(a: CheckedClaim, b: CheckedClaim): boolean {
  const decimals = Math.min(a.decimals, b.decimals);
  const scale = 10 ** decimals;
  return Math.round(a.value * scale) !== Math.round(b.value * scale);
}
