import { fullNameFor } from '../names';
import { partiesInSentence, type ClaimContext } from './context';
import { sentenceIndexAt } from './sentences';
import type { Claim } from './types';

// "Chilton took 21st on 1m 27.062s ahead of Caterham's Van der Garde on 1m 27.110s": two times set side by side,
// the second right after the one beaten, is the beaten one's; the subject's own came first.
const BEATEN_BEFORE = /\b(?:ahead of|in front of|beat(?:ing)?|pipp(?:ed|ing)|edg(?:ed|ing)(?: out)?|outpac(?:ed|ing))\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}$/iu;
const TIME_AFTER = /^\s*(?:\([^()\n]{1,40}\)\s*)?(?:on|with|in|at)\s+(?:(?:a|an|his|her|their)\s+)?$/i;

// "Ericsson just edged out Sauber team mate Felipe Nasr for 16th, with 1m 24.843s to 1m 24.997s": the beaten one
// named before both times, the second of the pair theirs.
const TIME_TO_TIME = /^\s*(?:to|vs\.?|versus|against)\s+$/i;
const WITH_BEFORE_TIMES = /^[^.;:!?]{0,40}\bwith\s+(?:(?:a|an|his|her|their)\s+)?$/i;

type Mention = ReturnType<typeof partiesInSentence>[number];

// "… ahead of Caterham's Van der Garde on 1m 27.110s": the one beaten between the subject's time and this one.
function beatenBetween(text: string, parties: Mention[], ownEnd: number, start: number): Mention | null {
  const beaten = parties.filter((mention) => mention.end <= start && mention.start >= ownEnd).at(-1);
  if (!beaten || !TIME_AFTER.test(text.slice(beaten.end, start))) return null;
  return BEATEN_BEFORE.test(text.slice(ownEnd, beaten.start)) ? beaten : null;
}

// "… edged out Felipe Nasr for 16th, with 1m 24.843s to …": the one beaten last before the pair of times.
function beatenBefore(text: string, parties: Mention[], ownStart: number): Mention | null {
  const beaten = parties.filter((mention) => mention.end <= ownStart).at(-1);
  if (!beaten || !WITH_BEFORE_TIMES.test(text.slice(beaten.end, ownStart))) return null;
  return BEATEN_BEFORE.test(text.slice(Math.max(0, beaten.start - 60), beaten.start)) ? beaten : null;
}

/** The claim with the driver or car just beaten as its subject, where a time right after them is theirs. */
export function timeOfTheBeaten(context: ClaimContext, claim: Claim, before: readonly Claim[]): Claim {
  if ((claim.kind !== 'lap_time' && claim.kind !== 'speed') || !claim.subject) return claim;
  const { text } = context;
  const own = before.find((other) => other.kind === claim.kind && other.sentence === claim.sentence && other.subject === claim.subject);
  if (!own) return claim;
  const sentenceIndex = sentenceIndexAt(context.sentences, claim.start);
  const parties = partiesInSentence(context, sentenceIndex);
  const beaten = TIME_TO_TIME.test(text.slice(own.end, claim.start)) ? beatenBefore(text, parties, own.start) : beatenBetween(text, parties, own.end, claim.start);
  if (!beaten) return claim;
  const subject = beaten.kind === 'car' ? `#${beaten.carNumber}` : fullNameFor(beaten, context.fullNames);
  if (subject === claim.subject) return claim;
  return { ...claim, subject, subjectSure: true, subjectRosterId: context.matchInRoster ? (context.matchInRoster(subject)?.entry.id ?? null) : null };
}
