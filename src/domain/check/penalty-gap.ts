import type { Claim } from '../claims';
import type { TimingSession } from '../timing';
import type { CheckedClaim } from './types';

// Time penalties are whole seconds (5, 10, 20, 30, 60) added to a car's race time after the flag, and a lap analysis
// holds the times as driven: "+1m21.117s" against 1:16.117 at the flag is exactly five seconds more, the classified
// gap after a penalty. To the thousandth, a difference that round is no slip of the figure.
const PENALTIES = [5, 10, 15, 20, 25, 30, 60];

/** The penalty a race gap told to the thousandth differs from the data's gap by, exactly; null when none fits. */
export function penaltyBetween(claim: Claim, checked: CheckedClaim, sessions: readonly TimingSession[]): number | null {
  if (claim.kind !== 'gap' || checked.verdict !== 'contradicted' || checked.expected === null || claim.decimals < 3) return null;
  if (sessions.find((session) => session.id === checked.sessionId)?.kind !== 'race') return null;
  const difference = Math.abs(claim.value - checked.expected);
  return PENALTIES.find((seconds) => Math.abs(difference - seconds) < 0.0005) ?? null;
}
