import type { NameMention } from '../names';
import type { Figure } from './types';

// A bare deficit, whose words name nothing it is measured from ("who was eight tenths off pole" names pole).
const BARE_AFTER = /^(?:\s+of\s+a\s+second)?(?:\s+(?:behind|back|adrift|slower|down))?\s*(?:[,.;:)]|$)/u;

/**
 * "Riberas mantuvo a raya a Ben Barnicoat quien … finalizó a menos de un segundo", "Hamilton held off Verstappen, who
 * finished 0.5s behind": a gap whose subject is the one the sentence beats, with no one named for it, is measured
 * against the one who beat him, the last driver named before him who is beaten by no one. A signed gap ("Hulkenberg beat
 * Russell (+0.055)") is to the top of a timing sheet and is left to the caller.
 */
export function beaterOf(text: string, figure: Figure, subject: NameMention, inSentence: NameMention[], objects: Set<NameMention>): NameMention | undefined {
  if (!objects.has(subject) || subject.kind !== 'person' || !BARE_AFTER.test(text.slice(figure.end, figure.end + 40))) return undefined;
  return inSentence.filter((mention) => mention.end <= subject.start && mention.kind === 'person' && !objects.has(mention)).at(-1);
}
