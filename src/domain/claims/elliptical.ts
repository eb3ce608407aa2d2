import { fullNameFor } from '../names';
import { partiesBetween, type ClaimContext } from './context';
import { sentenceIndexAt } from './sentences';
import type { Claim } from './types';

// "But once again Nico was slower across the line than his title-winning team-mate. This time by six tenths of a
// second.": a margin told in a sentence of its own with no verb goes with the comparison of the sentence before,
// against the one that sentence measures the subject against.
const ELLIPTICAL = /^\s*(?:(?:and|but)\s+)?(?:this|that)\s+time\s+(?:(?:it\s+was|round)\s+)?(?:by\s+)?(?:(?:just|only|a\s+mere|some|over|almost|nearly|around)\s+)?$/i;
const COMPARISON = /\b(?:(slower|faster|quicker)\b[^.;]*?\bthan|(behind|ahead of|adrift of|clear of))\s+/i;
const TEAM_MATE = /^(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}team-?\s?mate(?![\p{L}])/iu;

/** A gap with no one named in a verbless "This time by …" sentence, measured as the comparison before it is. */
export function carriedComparison(context: ClaimContext, gap: Claim): Claim {
  if (gap.kind !== 'gap' || gap.reference || gap.referenceTeamMate || gap.referencePlace) return gap;
  const index = sentenceIndexAt(context.sentences, gap.start);
  const sentence = context.sentences[index];
  const previous = context.sentences[index - 1];
  if (!sentence || !previous || !ELLIPTICAL.test(context.text.slice(sentence.start, gap.start))) return gap;
  const before = context.text.slice(previous.start, previous.end);
  const cue = COMPARISON.exec(before);
  if (!cue) return gap;
  const direction = /slower|behind|adrift/i.test(cue[0]) ? 'behind' : 'ahead';
  const after = before.slice(cue.index + cue[0].length);
  // The one compared is the last driver named before the comparison, not the last of the sentence: the verbless
  // sentence has no subject of its own.
  const cueStart = previous.start + cue.index;
  const compared = partiesBetween(context, previous.start, cueStart).filter((mention) => mention.kind === 'person').at(-1);
  const subject = !compared ? {} : { subject: fullNameFor(compared, context.fullNames), subjectRosterId: context.matchInRoster?.(compared.text)?.entry.id ?? null };
  if (TEAM_MATE.test(after)) return { ...gap, ...subject, referenceTeamMate: true, direction: gap.direction ?? direction };
  const cueEnd = cueStart + cue[0].length;
  const [named] = partiesBetween(context, cueEnd, cueEnd + 1 + (/^(?:the\s+)?/i.exec(after)?.[0].length ?? 0));
  return named && named.kind === 'person' ? { ...gap, ...subject, reference: fullNameFor(named, context.fullNames), direction: gap.direction ?? direction } : gap;
}
