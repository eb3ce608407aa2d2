import { extractClaims, splitSentences, type Claim } from '../claims';
import type { Roster } from '../names';
import { findCarProblems, type CarProblem } from './car-identity';
import { checkClaim } from './check-claim';
import { findNameSlips } from './name-slips';
import { chooseSession, mainSession } from './session-choice';
import { readHint, readSentenceHint } from './session-hint';
import { indexSession } from './session-index';
import { rosterFor } from './roster-match';
import { confirmByMake } from './unnamed-subject';
import { vocabularyOf } from './vocabulary';
import { foldName } from '../names';
import { readWords, type CarMention, type TextWord } from './text-words';
import type { CheckContext, CheckedClaim, NameFinding, ParagraphCheck } from './types';

/** Checks every claim and name in one paragraph; offsets are into the paragraph. */
export function checkParagraph(text: string, context: CheckContext, roster: Roster): ParagraphCheck {
  const main = mainSession(context);
  const claims = extractClaims(text, { roster: rosterFor(text, roster) });
  if (!main) {
    return { text, claims: claims.map((claim) => checkClaim(claim, readHint(text, claim), context)), names: [] };
  }
  const { words, cars } = readWords(text);
  const problems: CarProblem[] = [];
  for (const sentence of splitSentences(text)) {
    const choice = chooseSession(readSentenceHint(text.slice(sentence.start, sentence.end)), context);
    if (!choice.session) continue;
    const inside = <T extends { start: number }>(item: T) => item.start >= sentence.start && item.start < sentence.end;
    problems.push(...findCarProblems(words.filter(inside), cars.filter(inside), indexSession(choice.session)));
  }
  const sentences = splitSentences(text);
  const checked = claims.map((claim) => {
    const maker = claim.subject === null ? makeBefore(claim, words, sentences, context) : null;
    return (maker ? confirmByMake(claim, maker, readHint(text, claim), context) : null) ?? checkWithCars(claim, text, context, problems, cars);
  });
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
  return { text, claims: checked, names };
}

// A claim about "#1" where the text's #1 is another team's car is checked against the right car, and
// contradicted for naming the wrong one.
function checkWithCars(claim: Claim, text: string, context: CheckContext, problems: CarProblem[], cars: CarMention[]): CheckedClaim {
  const problem = carProblemOf(claim, problems, cars);
  const hint = readHint(text, claim);
  if (!problem) return checkClaim(claim, hint, context);
  const checked = checkClaim({ ...claim, subject: `#${problem.rightCar}` }, hint, context);
  return { ...checked, subject: claim.subject, verdict: 'contradicted', reason: problem.reason };
}

function carProblemOf(claim: Claim, problems: CarProblem[], cars: CarMention[]): CarProblem | null {
  const written = /^#(\d+)$/.exec(claim.subject ?? '')?.[1];
  if (!written || problems.length === 0) return null;
  const sameNumber = cars.filter((mention) => mention.car === written);
  if (sameNumber.length === 0) return null;
  const nearest = sameNumber.reduce((best, mention) => (Math.abs(mention.start - claim.start) < Math.abs(best.start - claim.start) ? mention : best));
  return problems.find((candidate) => candidate.mention.start === nearest.start) ?? null;
}

// The nearest make or team word before the claim in its sentence: "Cadillac" in "Cadillac monopolizes the front row".
function makeBefore(claim: Claim, words: TextWord[], sentences: { start: number; end: number }[], context: CheckContext): string | null {
  const main = mainSession(context);
  if (!main) return null;
  const vocabulary = vocabularyOf(indexSession(main));
  const sentence = sentences.find((span) => claim.start >= span.start && claim.start < span.end);
  if (!sentence) return null;
  for (let at = words.length - 1; at >= 0; at--) {
    const word = words[at];
    if (word.start >= claim.start || word.start < sentence.start) continue;
    const senses = vocabulary.words.get(foldName(word.word));
    if (senses?.some((sense) => sense.kind !== 'person')) return word.word;
  }
  return null;
}
