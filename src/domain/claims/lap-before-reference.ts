import { fullNameFor } from '../names';
import { partiesBetween, type ClaimContext } from './context';
import { sentenceIndexAt } from './sentences';
import type { Claim } from './types';

// "Verstappen … setting a first time of 1:28.24 … Perez moved to within 0.023 seconds on his final lap", "Campbell …
// extracted a flying lap of 1m15.184s … Filipe Albuquerque kept it close, trailing by 0.022 of a second", "Derani …
// delivering a 1m45.836s … Sebastien Bourdais … made it a Cadillac 1-2, just 0.087s away": a deficit whose words name
// no one it trails is measured against the lap the sentence before told last, by another driver.
const WITHIN_BEFORE = /(?<![\p{L}])(?:to\s+)?within\s+(?:just\s+|only\s+|a\s+mere\s+)?$/iu;
const TRAILING_BEFORE = /(?<![\p{L}])trailing\s+by\s+(?:just\s+|only\s+|a\s+mere\s+)?$/iu;
// "just 0.087s away", "0.2s back in second": nothing after the word names one it trails.
const BARE_AFTER = /^(?:\s+of\s+a\s+second)?\s+(?:away|back|adrift)(?=\s*(?:[,;.)]|$|(?:in|on|with|after|at|and)\s))/iu;
// "within 0.033sec of the Ganassi car": one named after the gap is read by the other readers.
const OF_AFTER = /^(?:\s+of\s+a\s+second)?\s+of\s/iu;

/** A gap read against no one whose words make it a bare deficit, measured against the last lap of the sentence before. */
export function againstLapBefore(context: ClaimContext, gap: Claim, before: Claim[]): Claim {
  if (gap.kind !== 'gap' || !gap.subject || gap.reference || gap.referencePlace || gap.referenceNext || gap.referenceTeamMate || gap.referenceMake) return gap;
  const { text } = context;
  const index = sentenceIndexAt(context.sentences, gap.start);
  const sentence = context.sentences[index];
  const previous = context.sentences[index - 1];
  if (!sentence || !previous) return gap;
  const ahead = text.slice(Math.max(sentence.start, gap.start - 24), gap.start);
  const after = text.slice(gap.end, gap.end + 24);
  const bare = ((WITHIN_BEFORE.test(ahead) || TRAILING_BEFORE.test(ahead)) && !OF_AFTER.test(after)) || BARE_AFTER.test(after);
  if (!bare) return gap;
  // Only the subject is named before the gap in its sentence: "Ricky Taylor … to go half a second clear of Tom Blomqvist" is read as it is.
  const named = partiesBetween(context, sentence.start, gap.start).filter((mention) => mention.kind === 'person' || mention.kind === 'car');
  if (named.some((mention) => (mention.kind === 'car' ? `#${mention.carNumber}` : fullNameFor(mention, context.fullNames)) !== gap.subject)) return gap;
  const lap = before.filter((claim) => claim.kind === 'lap_time' && claim.start >= previous.start && claim.end <= previous.end).at(-1);
  if (!lap?.subject || lap.subject === gap.subject) return gap;
  return { ...gap, reference: lap.subject, referenceRosterId: lap.subjectRosterId, referenceLap: { seconds: lap.value, decimals: lap.decimals }, direction: gap.direction ?? 'behind' };
}
