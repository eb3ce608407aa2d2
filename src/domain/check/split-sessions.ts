import type { Claim } from '../claims';
import type { TimingSession } from '../timing';
import { droveIn, resolveParty } from './resolve-subject';
import { indexSession } from './session-index';
import type { CheckContext } from './types';

// A qualifying run in groups by class has the group in its name: "Qualifying Gtd Position", "Qualifying Lmp2 Dpi".
const SPLIT_NAME = /^qualifying\b.*\b(gt\w*|lmp\d?|dpi|gtp|gs|tcr|points|position)\b/i;

/** Whether `session` is one group of a qualifying split by class (IMSA 2021 ran GTD, GTLM, LMP3 and DPi apart). */
export function isSplitQualifying(session: TimingSession): boolean {
  return session.kind === 'qualifying' && SPLIT_NAME.test(session.name);
}

/** The groups of the split qualifying `session` is one of, `session` first; just `session` when it is no group. */
export function splitGroups(session: TimingSession, context: CheckContext): TimingSession[] {
  if (!isSplitQualifying(session)) return [session];
  const others = context.sessions.filter((other) => other !== session && other.eventId === session.eventId && isSplitQualifying(other));
  return [session, ...others];
}

export type SplitChoice = { session: TimingSession } | { session: null; reason: string };

/**
 * A report's "qualifying" is every group of a split one: a claim about a car is checked in the group that car ran
 * in, and a car in both GTD groups ("position" sets the grid, "points" the points) in the one its named driver
 * drove. Null when `session` is no group or the claim names no one to look for.
 */
export function splitGroupOf(claim: Pick<Claim, 'subject'>, session: TimingSession, context: CheckContext): SplitChoice | null {
  const groups = splitGroups(session, context);
  if (groups.length < 2 || !claim.subject) return null;
  const holding = groups.filter((group) => {
    const party = resolveParty(claim.subject, indexSession(group));
    return party.found && party.cars.length > 0;
  });
  if (holding.length === 0) return { session: null, reason: `${claim.subject} is in none of the qualifying groups (${groups.map((group) => group.name).join(', ')})` };
  const drove = holding.filter((group) => {
    const party = resolveParty(claim.subject, indexSession(group));
    return party.found && party.driver !== null && droveIn(party.driver, indexSession(group));
  });
  return { session: drove[0] ?? holding[0] };
}
