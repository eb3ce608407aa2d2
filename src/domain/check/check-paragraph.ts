import { extractClaims, splitSentences, unwrapLines, type LanguageWords } from '../claims';
import type { Roster } from '../names';
import { findCarProblems, type CarProblem } from './car-identity';
import { checkClaim } from './check-claim';
import { withLeadSubjects } from './lead-subjects';
import { gridPenaltyPending } from './grid-penalty';
import { findNameSlips } from './name-slips';
import { withoutOwners } from './other-named';
import { rosterFor } from './roster-match';
import { isGridLabel } from './section-heading';
import { chooseSession, mainSession } from './session-choice';
import { readHint, readSentenceHint, tellsNoRace, type SessionHint } from './session-hint';
import { indexSession } from './session-index';
import { sessionHolding } from './car-session';
import { readWords } from './text-words';
import { withGridRuns } from './grid-run';
import { withoutMisreadRuns } from './paragraph-consistency';
import { PENALTY_AFTER_RACE, withoutPenaltyShift } from './penalty-shift';
import type { CheckContext, NameFinding, ParagraphCheck } from './types';
import { confirmByMake, makeBefore, teamWord } from './unnamed-subject';
import { checkWithCars } from './wrong-car';

/** Where a paragraph stands in its article, which its checks depend on besides its own words. */
export interface ParagraphPlace {
  /** The paragraph before it, which names whoever "He" or "The Cadillac" at its start refers to. */
  lead?: string;
  /** The article's language. */
  language?: LanguageWords;
  /** Whether it stands under a "Starting grid:" label. */
  grid?: boolean;
  /** The part of qualifying the paragraphs before it named last. */
  part?: number | null;
  /** Whether a paragraph before it told a grid penalty. */
  penalties?: boolean;
}

/** Checks every claim and name in one paragraph; offsets are into the paragraph. */
export function checkParagraph(written: string, context: CheckContext, roster: Roster, place: ParagraphPlace = {}): ParagraphCheck {
  const { lead: writtenLead = '', language, grid: gridSection = false, part = null, penalties = false } = place;
  // Read with the line breaks that wrap a sentence as spaces; offsets and the paragraph returned stay as written.
  const text = unwrapLines(written);
  const lead = unwrapLines(writtenLead);
  const main = mainSession(context);
  const claims = withLeadSubjects(extractClaims(text, { roster: rosterFor(text, roster), lead, language }), text, lead, roster, language);
  if (!main) {
    return { text: written, claims: withoutMisreadRuns(claims.map((claim) => checkClaim(claim, withoutOwners(readHint(text, claim), claim, claims), context))), names: [] };
  }
  const { words, cars } = readWords(text);
  const sentences = splitSentences(text);
  const problems: CarProblem[] = [];
  for (const sentence of sentences) {
    const choice = chooseSession(readSentenceHint(text.slice(sentence.start, sentence.end)), context);
    if (!choice.session) continue;
    const inside = <T extends { start: number }>(item: T) => item.start >= sentence.start && item.start < sentence.end;
    const sentenceCars = cars.filter(inside);
    problems.push(...findCarProblems(words.filter(inside), sentenceCars, indexSession(sessionHolding(choice.session, sentenceCars, context)), text));
  }
  const hints = claims.map((claim) => {
    const own = endNotAfterRace(withoutOwners(readHint(text, claim), claim, claims), main.kind, lead);
    const parted = own.partBefore == null && part !== null && own.part === null ? { ...own, partBefore: part } : own;
    // A grid penalty told in a paragraph before: a place qualifying does not give may be the grid's after it.
    const read = penalties && !parted.gridPenalty ? { ...parted, gridPenalty: true } : parted;
    // Under "Starting grid:" a place is a starting place, unless its own words name another session.
    const underGrid = gridSection || isGridLabel(written.slice(written.lastIndexOf('\n', claim.start - 1) + 1));
    const placed = underGrid && claim.kind === 'position' && (read.kind === null || read.kind === 'qualifying') ? { ...read, grid: true } : read;
    return placed.grid && claim.kind === 'position' && (gridPenaltyPending(text) || gridPenaltyPending(lead)) ? { ...placed, gridPending: true } : placed;
  });
  const checkOne = (index: number, hint = hints[index]) => {
    const claim = claims[index];
    const maker = claim.subject === null ? makeBefore(claim, words, sentences, context) : teamWord(claim, context);
    return (maker ? confirmByMake(claim, maker, hint, context) : null) ?? checkWithCars(claim, hint, context, problems, cars);
  };
  const checked = withGridRuns(
    claims.map((_, index) => checkOne(index)),
    (index) => checkOne(index, { ...hints[index], grid: true }),
  );
  const names: NameFinding[] = [
    ...findNameSlips(text, words, cars, indexSession(main)),
    ...problems.map((problem) => ({
      text: problem.mention.text,
      start: problem.mention.start,
      end: problem.mention.end,
      suggestion: `#${problem.rightCar}`,
      reason: problem.reason,
    })),
  ].sort((a, b) => a.start - b.start);
  return { text: written, claims: withoutPenaltyShift(withoutMisreadRuns(checked), context, PENALTY_AFTER_RACE.test(text) || PENALTY_AFTER_RACE.test(lead)), names };
}

// "The GTD class was won by the #27 Aston Martin. ¶ The Paul Miller Racing team finished eighth": in a qualifying
// report, a paragraph that names no race ends its session only when the one before it tells no race either.
function endNotAfterRace(hint: SessionHint, mainKind: string, lead: string): SessionHint {
  return hint.endByLine && mainKind === 'qualifying' && !tellsNoRace(lead) ? { ...hint, endByLine: false } : hint;
}
