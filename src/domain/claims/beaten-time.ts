import { fullNameFor } from '../names';
import { partiesInSentence, type ClaimContext } from './context';
import { sentenceIndexAt } from './sentences';
import type { Claim } from './types';

// "Chilton took 21st on 1m 27.062s ahead of Caterham's Van der Garde on 1m 27.110s": two times set side by side,
// the second right after the one beaten, is the beaten one's; the subject's own came first.
const BEATEN_BEFORE = /\b(?:ahead of|in front of|beat(?:ing)?|pipp(?:ed|ing)|edg(?:ed|ing)(?: out)?|outpac(?:ed|ing))\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}$/iu;
const TIME_AFTER = /^\s*(?:\([^()\n]{1,40}\)\s*)?(?:on|with|in|at)\s+(?:(?:a|an|his|her|their)\s+)?$/i;

/** The claim with the driver or car just beaten as its subject, where a time right after them is theirs. */
export function timeOfTheBeaten(context: ClaimContext, claim: Claim, before: readonly Claim[]): Claim {
  if ((claim.kind !== 'lap_time' && claim.kind !== 'speed') || !claim.subject) return claim;
  const { text } = context;
  const own = before.find((other) => other.kind === claim.kind && other.sentence === claim.sentence && other.subject === claim.subject);
  if (!own) return claim;
  const sentenceIndex = sentenceIndexAt(context.sentences, claim.start);
  const beaten = partiesInSentence(context, sentenceIndex).filter((mention) => mention.end <= claim.start && mention.start >= own.end).at(-1);
  if (!beaten || !TIME_AFTER.test(text.slice(beaten.end, claim.start))) return claim;
  if (!BEATEN_BEFORE.test(text.slice(own.end, beaten.start))) return claim;
  const subject = beaten.kind === 'car' ? `#${beaten.carNumber}` : fullNameFor(beaten, context.fullNames);
  if (subject === claim.subject) return claim;
  return { ...claim, subject, subjectSure: true, subjectRosterId: context.matchInRoster ? (context.matchInRoster(subject)?.entry.id ?? null) : null };
}
