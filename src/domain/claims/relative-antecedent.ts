import type { NameMention } from '../names';
import type { Figure } from './types';

// The one a relative clause hangs on ("Albuquerque, who qualified second"), as the subject of a figure told in that
// clause or in the clause after it closes: the subject reader's relative-clause readers, kept in one place.

const PLACE_BEFORE_WHO = /^\s+in\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:place|position)|P\d{1,2})\s*,?\s*$/i;

// "…denied pole by Rosberg, who fell just 0.042 seconds short", "Albuquerque, who qualified second (1:29.744)":
// the driver a relative clause hangs on, beaten or not ("ahead of Nico Rosberg in second place who was 0.169
// seconds behind"), when the figure is in that clause: no one but those it beats is named between ("beaten by Zhou
// who went two tenths quicker and Carlos Sainz moved to P3" has closed it).
export function relativeAntecedent(text: string, figure: Figure, before: NameMention[], sentenceStart: number, open: NameMention[]): NameMention | undefined {
  const relatives = [...text.slice(sentenceStart, figure.start).matchAll(/(?:^|,)\s*(?:who|which|that|der|die|dat|qui|que|quien|che|il quale)\s|(?<=\s)(?:who|quien)\s/giu)];
  const relative = relatives.at(-1);
  if (!relative) return undefined;
  const at = sentenceStart + relative.index;
  if (/[,;.]/.test(text.slice(at + relative[0].length, figure.start).replace(/\([^)]*$/, ''))) return undefined;
  if (open.some((mention) => mention.start > at && (mention.kind === 'person' || mention.kind === 'car'))) return undefined;
  const antecedent = before.filter((mention) => mention.end <= at).at(-1);
  // "ahead of Nico Rosberg in second place who was 0.169 seconds behind Ricciardo": his place may stand between.
  return antecedent && (at - antecedent.end <= 2 || PLACE_BEFORE_WHO.test(text.slice(antecedent.end, at))) ? antecedent : undefined;
}

// "Giovinazzi, who pitted after Campbell with the Australian assuming the lead, exited five seconds behind": the
// clause after a relative clause closes is the antecedent's, not that of the names inside the relative clause.
export function pastRelative(text: string, figure: Figure, before: NameMention[], sentenceStart: number): NameMention | undefined {
  const relative = /,\s*(?:who|which|der|die|qui|que|quien|che)\s[^,;:]*,\s*[^,;:]*$/iu.exec(text.slice(sentenceStart, figure.start));
  if (!relative) return undefined;
  const at = sentenceStart + relative.index;
  const antecedent = before.filter((mention) => mention.end <= at && (mention.kind === 'person' || mention.kind === 'car')).at(-1);
  return antecedent && at - antecedent.end <= 2 && !before.some((mention) => mention.start > at + relative[0].lastIndexOf(',')) ? antecedent : undefined;
}
