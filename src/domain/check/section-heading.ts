import type { SessionKind } from '../timing';
import { chooseSession } from './session-choice';
import { readSentenceHint } from './session-hint';
import type { CheckContext } from './types';

// A line of its own that only names a session: "Practice No. 1", "FP2", "Second practice:", "Qualifying", "Race".
// "Qualifying results", "Race classification": a table's heading names its session the same way.
const HEADING = /^\s*(?:(?:free\s+)?practice(?:\s+(?:no\.?|#)?\s*\d)?|fp\s?\d|(?:first|second|third|fourth|final)\s+practice|(?:practice|qualifying)\s+(?:session\s+)?(?:one|two|three|four)|qualifying|race)(?:\s+(?:results?|classification|times|order))?\s*:?\s*$/i;

function kindOf(heading: string): SessionKind {
  if (/qualifying/i.test(heading)) return 'qualifying';
  if (/race/i.test(heading)) return 'race';
  return 'practice';
}

/**
 * The session a heading paragraph names, as the id of the session the claims under it are checked against
 * until the next heading; null when the paragraph is no heading, or names no session that is loaded.
 * A claim's own words still win: "in second practice" under "Practice No. 1" is checked against practice 2.
 */
export function headingSession(paragraph: string, context: CheckContext): string | null {
  if (!HEADING.test(paragraph)) return null;
  const hint = { ...readSentenceHint(paragraph), kind: kindOf(paragraph) };
  const choice = chooseSession(hint, context);
  return choice.session?.id ?? null;
}

/** Whether a paragraph is a heading naming a session, loaded or not (it ends the section before it). */
export function isSessionHeading(paragraph: string): boolean {
  return HEADING.test(paragraph);
}

// "Starting grid:" or "Grid" heading a list or a block, on its own line or opening the paragraph it labels; "Starting
// Grid Positions", "Grid order" say the same.
const GRID_LABEL = /^\s*(?:the\s+)?(?:provisional\s+|final\s+)?(?:starting\s+grid|grid(?:\s+for\s+[^:\n]{1,40})?)(?:\s+(?:positions?|order|line-?up))?\s*(?::|$)/i;

/** Whether a paragraph is, or opens with, a label saying the places under it are the starting grid. */
export function isGridLabel(paragraph: string): boolean {
  return GRID_LABEL.test(paragraph);
}
