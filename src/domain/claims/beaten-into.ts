import type { NameMention } from '../names';
import type { Figure } from './types';

// "to beat McLaren-Mercedes' Kimi Raikkonen into second place", "relegated Bottas to third", "edged the Porsche of Estre
// into second": the one beaten "into" a place, or pushed "to" it, holds it, not the one who beat him (the clause's
// subject, and the reader's first guess); "pipped Rosberg to pole" is the winner's pole. "demote the No. 7 to fourth
// place": the dot of a car's "No." ends no sentence.
const BEATEN_INTO =
  /(?<![\p{L}])(?:(?:beat|beats|beating|pipped|pipping|pips|edged|edging|edges)(?![\p{L}])((?:No\.\s?|Nr\.\s?|[^.;:!?]){1,80}?)\sinto|(?:relegat(?:ed|es|ing|e)|demot(?:ed|es|ing|e)|push(?:ed|es|ing)?|forc(?:ed|es|ing|e)|consign(?:ed|s|ing)?|bump(?:ed|s|ing)?|shuffl(?:ed|es|ing|e))(?![\p{L}])((?:No\.\s?|Nr\.\s?|[^.;:!?]){1,80}?)\s(?:in)?to)\s+(?:a\s+|the\s+|an?\s+\p{Ll}+\s+)?$/iu;

/** The driver or car named between a verb of beating and the "into" right before a place, who holds that place. */
export function beatenInto(text: string, figure: Figure, inSentence: NameMention[]): NameMention | undefined {
  const before = text.slice(Math.max(0, figure.start - 120), figure.start);
  const match = BEATEN_INTO.exec(before);
  if (!match) return undefined;
  const between = match[1] ?? match[2];
  // "Mikkel Jensen pushed his #11 ORECA to a class-best": one's own car pushed to a place is one's own place.
  if (/^\s*(?:his|her|their|its)\s/i.test(between)) return undefined;
  const from = figure.start - before.length + match.index + match[0].indexOf(between);
  const to = from + between.length;
  const named = inSentence.filter((mention) => mention.start >= from && mention.end <= to && (mention.kind === 'person' || mention.kind === 'car'));
  return named.at(-1);
}
