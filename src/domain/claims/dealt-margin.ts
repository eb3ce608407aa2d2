import type { NameMention } from '../names';
import type { Figure } from './types';

// "que sacó casi medio segundo a Carlos Sainz", "rifilare sette decimi a due campioni", "il colle trois dixièmes à
// Hamilton": in the Romance languages a margin is dealt to the one beaten, the verb's object; the "a"/"à" after the
// figure names him, where elsewhere "a 0,3 de Sainz" puts the subject behind.
const DEALT = /(?<![\p{L}])(?:(?:le|les|gli|lui)\s+)?(?:sac(?:a|ó|aba|ando|ado|ar|arle|ándole|an|aron)|endos(?:a|ó|ando|ar|arle|ándole)|clav(?:a|ó|ando|ar)|rifil(?:a|ò|are|ando|ato|ano)|inflig(?:ge|gendo|gere|ato)|inflitt[oi]|affibbi(?:a|ò|are|ando)|rifilandogli|coll(?:e|ant|er|é)|infli(?:ge|geant|ger|gé)|colocou|enfiou|enfia|meteu)(?:\s+(?:\p{Ll}+)){0,2}\s*$/iu;
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

/** The one a dealt margin was dealt to, the first driver or car after its "a", in the clause. */
export function dealtTo(text: string, figure: Figure, inSentence: NameMention[], clauseStart: number): NameMention | undefined {
  if (!isDealtMargin(text.slice(clauseStart, figure.start))) return undefined;
  const next = inSentence.find((mention) => mention.start >= figure.end && (mention.kind === 'person' || mention.kind === 'car'));
  if (!next || /[,;.:]/.test(text.slice(figure.end, next.start))) return undefined;
  return TO_RECEIVER.test(text.slice(figure.end, next.start)) ? next : undefined;
}
