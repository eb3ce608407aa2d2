import type { ClaimWords } from './languages/claim-words';

// "1.4s over Nasr" is a lead; before a figure "over" is a qualifier ("lost by over a second").
const aheadWordsAfter = /\bover\b/gi;

// "muss sich Norris um 20 Tausendstel geschlagen geben": one who yields to another was beaten, so behind.
const YIELDED = /^[^,;.!?]{0,40}\s(?:geschlagen\s+geben|geschlagen\s+gegeben)\b/iu;

// "que sacó casi medio segundo a Carlos Sainz", "rifilare sette decimi a Vettel", "lui a infligé trois dixièmes":
// in the Romance languages one takes a gap out of another, or inflicts it on him, and so is ahead, though the "a"
// or "à" after the figure elsewhere marks one behind ("a medio segundo de Verstappen").
const TOOK_OUT_OF =
  /(?<![\p{L}])(?:(?:le\s+|les\s+)?sac(?:ó|a|aba|ando|ar|ó)|endos(?:ó|a|ando|ar)|clav(?:ó|a|ando)|rifil(?:a|ato|ata|are|ando|ò)|inflitt[oi]|inflig(?:ge|gendo|gere)|inflig(?:é|e|eant|er)|coll(?:é|e|ant)|enfiou|meteu)\s+(?:[\p{L}]+\s+){0,2}$/iu;

/**
 * Whether a gap puts its subject ahead or behind, from the nearest direction word in its clause: the words after
 * the figure first ("0.150 off", ".299 seconds ahead of", "0,2 Sekunden schneller"), then those before
 * ("trailing by around 1 tenth").
 */
export function readDirection(clauseBefore: string, clauseAfter: string, words: ClaimWords): 'ahead' | 'behind' | null {
  if (YIELDED.test(clauseAfter)) return 'behind';
  if (TOOK_OUT_OF.test(clauseBefore)) return 'ahead';
  const after = nearest(clauseAfter, 'first', words, aheadWordsAfter);
  if (after) return after;
  return nearest(clauseBefore, 'last', words);
}

function nearest(clause: string, which: 'first' | 'last', words: ClaimWords, extraAhead?: RegExp): 'ahead' | 'behind' | null {
  const ahead = [...positions(clause, words.ahead), ...(extraAhead ? positions(clause, extraAhead) : [])].sort((left, right) => left - right);
  const behind = positions(clause, words.behind);
  if (ahead.length === 0 && behind.length === 0) return null;
  if (which === 'first') {
    return (ahead[0] ?? Infinity) < (behind[0] ?? Infinity) ? 'ahead' : 'behind';
  }
  return (ahead.at(-1) ?? -1) > (behind.at(-1) ?? -1) ? 'ahead' : 'behind';
}

function positions(clause: string, pattern: RegExp): number[] {
  return [...clause.matchAll(pattern)].map((match) => match.index);
}
