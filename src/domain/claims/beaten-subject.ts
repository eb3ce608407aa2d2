import type { NameMention } from '../names';

/**
 * "Riberas mantuvo a raya a Ben Barnicoat quien … finalizó a menos de un segundo", "Hamilton held off Verstappen, who
 * finished 0.5s behind": a gap whose subject is the one the sentence beats, with no one named for it, is measured
 * against the one who beat him, the last driver named before him who is beaten by no one. A signed gap ("Hulkenberg beat
 * Russell (+0.055)") is to the top of a timing sheet and is left to the caller.
 */
export function beaterOf(subject: NameMention, inSentence: NameMention[], objects: Set<NameMention>): NameMention | undefined {
  if (!objects.has(subject) || subject.kind !== 'person') return undefined;
  return inSentence.filter((mention) => mention.end <= subject.start && mention.kind === 'person' && !objects.has(mention)).at(-1);
}
