import type { NameMention } from '../names';
import type { Figure } from './types';

// "Bottas outpaced his Mercedes teammate and championship leader Lewis Hamilton by a hair to claim a dramatic pole
// position": a sentence that opens on a driver beating another, then "to claim" a place, gives the place to the one
// who beat, however many words describe the one beaten. Not "Hamilton's error allowed Bottas to claim pole", where
// the verb before the place's holder is no beating one.
const OPENING = /^[\s"“‘'(]*$/;
const BEATING = /^\s+(?:\p{Ll}+ly\s+)?(?:beat|beats|outpaced|outpaces|outqualified|outqualifies|out-qualified|edged(?:\s+out)?|edges(?:\s+out)?|pipped|pips|shaded|shades|bested|saw off|sees off|held off|holds off|fended off|fends off)\s/u;
const TO_CLAIM = /\bto\s+(?:claim|take|secure|seize|snatch|grab|clinch|earn|land|bag|scoop|collect)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
const OTHER_SUBJECT = /[;:]|\b(?:who|which|while|whilst|but|as|when|after|before|allowing|letting|leaving|helping)\b/i;

/** The driver a sentence opens on who beat another "to claim" the place, or undefined. */
export function beaterOfPurpose(text: string, figure: Figure, before: NameMention[], sentenceStart: number): NameMention | undefined {
  if (figure.kind !== 'position') return undefined;
  const first = before.find((mention) => mention.kind === 'person' || mention.kind === 'car');
  if (!first || !OPENING.test(text.slice(sentenceStart, first.start)) || !BEATING.test(text.slice(first.end, first.end + 40))) return undefined;
  const between = text.slice(first.end, figure.start);
  if (!TO_CLAIM.test(between) || OTHER_SUBJECT.test(between)) return undefined;
  return first;
}
