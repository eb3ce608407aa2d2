import type { Claim } from '../claims';
import { foldName } from '../names';
import type { TextWord } from './text-words';
import { chooseSession, mainSession } from './session-choice';
import type { SessionHint } from './session-hint';
import { indexSession, type CarFacts } from './session-index';
import { checkPosition } from './rules/position';
import type { CheckContext, CheckedClaim } from './types';
import { vocabularyOf } from './vocabulary';

/**
 * A position with no driver or car named, only a make or team ("Cadillac monopolizes the front row",
 * "Lexus … in pole position in GTD"), is confirmed when one of that make's cars holds it. It is never
 * contradicted on such a guess: null leaves the claim to be reported as unverifiable.
 */
export function confirmByMake(claim: Claim, word: string, hint: SessionHint, context: CheckContext): CheckedClaim | null {
  if (claim.kind !== 'position') return null;
  const choice = chooseSession(hint, context);
  if (!choice.session) return null;
  const index = indexSession(choice.session);
  const senses = (vocabularyOf(index).words.get(foldName(word)) ?? []).filter((sense) => sense.kind !== 'person');
  const cars = new Set(senses.flatMap((sense) => [...sense.cars]));
  for (const result of index.ordered) {
    const facts = cars.has(result.car) ? index.cars.get(result.car) : undefined;
    if (!facts) continue;
    const outcome = checkPosition({ claim, index, cars: [facts], driver: null, reference: null, track: null });
    if (outcome.verdict === 'confirmed') {
      // "Paul Miller Racing were running as high as second early in the race": the final order cannot bear out a moment's.
      if (hint.moment) return { ...claim, verdict: 'unverifiable', expected: null, evidence: '', suggestion: null, reason: 'it is about one moment of the session; the data holds the final order only', sessionId: choice.session.id };
      return { ...claim, ...outcome, reason: `read as ${carOfWord(word, facts)}`, sessionId: choice.session.id, subjectCar: facts.car };
    }
  }
  return null;
}

// "the Porsche of #7" for a make; a word of a team's name is told with the team ("#40, of Wayne Taylor Racing"), not
// as "the Wayne of #40".
function carOfWord(word: string, facts: CarFacts): string {
  const make = foldName(facts.vehicle).split(/\s+/).includes(foldName(word));
  return make || !facts.team ? `the ${word} of #${facts.car}` : `#${facts.car}, of ${facts.team}`;
}

// The nearest make or team word before the claim in its sentence: "Cadillac" in "Cadillac monopolizes the front row".
export function makeBefore(claim: Claim, words: TextWord[], sentences: { start: number; end: number }[], context: CheckContext): string | null {
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

/** The make or team word a claim's subject is ("McLaren", "Red Bull"), when it names no driver or car. */
export function teamWord(claim: Claim, context: CheckContext): string | null {
  const main = mainSession(context);
  if (!main || !claim.subject || claim.subject.startsWith('#')) return null;
  const vocabulary = vocabularyOf(indexSession(main));
  for (const word of claim.subject.split(/\s+/).reverse()) {
    const senses = vocabulary.words.get(foldName(word));
    if (senses?.length && senses.every((sense) => sense.kind !== 'person')) return word;
  }
  return null;
}
