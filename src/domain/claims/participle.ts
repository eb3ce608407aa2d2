import type { NameMention } from '../names';
import type { Figure } from './types';

// "when Estre executed a daring maneuver on Ferrari’s Alessandro Pier Guidi, ultimately clinching an 8.6-second
// victory": a clause of a winning or finishing participle after a comma has no subject of its own; it is the one the
// clause before opens on, not the last driver named there (one passed, or one a maneuver was on).
// So in the other languages: "Kubica resistiu à pressão final de Pier Guidi, garantindo a segunda colocação".
const PARTICIPLE = /,\s+(?:\p{Ll}+ly\s+)?(?:clinching|sealing|securing|claiming|taking|winning|finishing|crossing|completing|earning|snatching|grabbing|garantindo|assegurando|conquistando|terminando|asegurando|consiguiendo|logrando|sellando|assurant|décrochant|terminant|assicurandosi|conquistando|chiudendo)\s[^,;:]*$/u;
const CLAUSE_MARK = /[,;:(—–]/g;

/** The driver or car the clause before a participle clause opens on, when the figure is in that participle clause. */
export function participleSubject(text: string, figure: Figure, before: NameMention[], sentenceStart: number): NameMention | undefined {
  const participle = PARTICIPLE.exec(text.slice(sentenceStart, figure.start));
  if (!participle) return undefined;
  const comma = sentenceStart + participle.index;
  if (before.some((mention) => mention.start > comma)) return undefined;
  const clauseStart = sentenceStart + Math.max(0, ...[...text.slice(sentenceStart, comma).matchAll(CLAUSE_MARK)].map((mark) => mark.index + 1));
  return asideBefore(text, clauseStart, before) ?? before.find((mention) => mention.start >= clauseStart && mention.end <= comma && (mention.kind === 'person' || mention.kind === 'car'));
}

// "Robert Kubica, da AF Corse #83, resistiu à pressão de Pier Guidi, garantindo …", "Hamilton, who started third,
// passed Russell, securing …": a clause that opens on its verb has its subject before the aside set off by commas.
function asideBefore(text: string, clauseStart: number, before: NameMention[]): NameMention | undefined {
  if (text[clauseStart - 1] !== ',' || !/^\s*\p{Ll}/u.test(text.slice(clauseStart, clauseStart + 4))) return undefined;
  const asideOpen = text.lastIndexOf(',', clauseStart - 2);
  if (asideOpen < 0 || /[;:.!?()—–]/.test(text.slice(asideOpen + 1, clauseStart - 1)) || clauseStart - asideOpen > 60) return undefined;
  return before.find((mention) => mention.end <= asideOpen && /^\s*$/.test(text.slice(mention.end, asideOpen)) && (mention.kind === 'person' || mention.kind === 'car'));
}
