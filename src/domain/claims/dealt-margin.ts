import type { NameMention } from '../names';
import type { Figure } from './types';

// "que sacó casi medio segundo a Carlos Sainz", "rifilare sette decimi a due campioni", "il colle trois dixièmes à
// Hamilton": in the Romance languages a margin is dealt to the one beaten, the verb's object; the "a"/"à" after the
// figure names him, where elsewhere "a 0,3 de Sainz" puts the subject behind.
const DEALT_VERB = String.raw`(?:sac(?:a|ó|aba|ando|ado|ar|arle|ándole|an|aron)|endos(?:a|ó|ando|ar|arle|ándole)|clav(?:a|ó|ando|ar)|rifil(?:a|ò|are|ando|ato|ano)|inflig(?:ge|gendo|gere|ato)|inflitt[oi]|affibbi(?:a|ò|are|ando)|rifilandogli|coll(?:e|ant|er|é)|infli(?:ge|geant|ger|gé)|colocou|enfiou|enfia|meteu)`;
const DEALT = new RegExp(String.raw`(?<![\p{L}])(?:(?:le|les|gli|lui)\s+)?${DEALT_VERB}(?:\s+(?:\p{Ll}+)){0,2}\s*$`, 'iu');
// "il tre volte iridato … ha rifilato a Lando Norris, ottimo secondo con la McLaren-Mercedes, ben 404 millesimi",
// "le sacó a Sainz medio segundo": the Romance languages may put the one dealt to (the indirect object) before the
// margin, right after the verb; what stands between him and the figure is an aside between commas and a hedge.
const DEALT_TO_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:(?:le|les|gli|lui)\s+)?${DEALT_VERB}\s+(?:a|à|ai|agli|al|alle|aos?|às?)\s+$`, 'iu');
const ASIDE_THEN_HEDGE = /^(?:\s*,[^,;.:!?]{1,70},)?\s*(?:\p{Ll}+\s+){0,2}$/u;
// The receiver: "a"/"à"/"ai"/"agli" and up to six words before the name ("a due campioni del mondo come Vettel").
const TO_RECEIVER = /^\s*(?:[\p{Ll}]+\s+){0,2}?(?:a|à|ai|agli|al|alle|aos?|às?)\s+(?:[\p{L}'’]+\s+){0,5}?$/u;

// "vencer por un margen de 3.7 segundos a Earl Bamber", "ganó por 2.3 segundos a Hamilton": a win by a margin over
// the one named after "a" is a margin dealt too.
const WON_BY =
  /(?<![\p{L}])(?:venc(?:er|ió|e|en|ieron|iendo|eu|eram|endo)|gan(?:ar|ó|a|an|aron|ando)|vinc(?:ere|endo|e)|vins(?:e|ero)|vinto|derrot(?:ar|ó|a|ando|ou))\s+(?:(?:por|com|con|per|par)\s+)?(?:(?:un|una|uma|um)\s+(?:margen|margem|margine|diferencia|diferença|ventaja|vantagem|vantaggio|distacco)\s+(?:de|di)\s+)?(?:(?:apenas|solo|sólo|solamente|appena)\s+)?$/iu;

/** Whether the figure is a margin dealt to another ("sacó medio segundo a Sainz"): its subject was ahead. */
export function isDealtMargin(clauseBefore: string): boolean {
  return DEALT.test(clauseBefore) || WON_BY.test(clauseBefore);
}

/**
 * The one a dealt margin was dealt to: the first driver or car after its "a", in the clause, or the one right after
 * the verb's "a" before the figure.
 */
export function dealtTo(text: string, figure: Figure, inSentence: NameMention[], clauseStart: number): NameMention | undefined {
  const before = dealtToBefore(text, figure, inSentence);
  if (before) return before;
  if (!isDealtMargin(text.slice(clauseStart, figure.start))) return undefined;
  const next = inSentence.find((mention) => mention.start >= figure.end && (mention.kind === 'person' || mention.kind === 'car'));
  if (!next || /[,;.:]/.test(text.slice(figure.end, next.start))) return undefined;
  return TO_RECEIVER.test(text.slice(figure.end, next.start)) ? next : undefined;
}

// The same told in a sentence's words alone, for the direction: the figure's subject was ahead of the one named.
const DEALT_NAMED_BEFORE = new RegExp(String.raw`(?<![\p{L}])${DEALT_VERB}\s+(?:a|à|ai|agli|al|alle|aos?|às?)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s*,[^,;.:!?]{1,70},)?\s*(?:\p{Ll}+\s+){0,2}$`, 'iu');

/** Whether the sentence before a figure deals it to one named before it ("ha rifilato a Lando Norris, …, ben"). */
export function isDealtBefore(sentenceBefore: string): boolean {
  return DEALT_NAMED_BEFORE.test(sentenceBefore);
}

/** The driver or car dealt a margin before it, in its sentence ("ha rifilato a Lando Norris, …, ben 404 millesimi"). */
export function dealtToBefore(text: string, figure: Figure, inSentence: NameMention[]): NameMention | undefined {
  const receiver = inSentence.filter((mention) => mention.end <= figure.start && (mention.kind === 'person' || mention.kind === 'car')).at(-1);
  if (!receiver || !ASIDE_THEN_HEDGE.test(text.slice(receiver.end, figure.start))) return undefined;
  return DEALT_TO_BEFORE.test(text.slice(Math.max(0, receiver.start - 60), receiver.start)) ? receiver : undefined;
}
