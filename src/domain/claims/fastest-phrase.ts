import type { ClaimWords } from './languages/claim-words';
import { readScopeAfter } from './scope';
import type { Figure } from './types';

// "Lewis Hamilton a été le plus rapide", "Leclerc fue el más rápido", "Hamilton le plus rapide, est pénalisé":
// another language's "fastest", with its article, is first place when said of a driver: after a verb of being
// ("a été", "è stato", "fue") or right after a name opening the clause. Not "la Ferrari la plus rapide" (the better
// of a team's cars), "le plus rapide des deux", nor the fastest in a sector or a speed trap.
const BEEN = String.raw`été|stato|stata|sido|geweest|s['’]est montrée?|si è dimostrat[oa]|se mostró|mostrou-se|bleek`;
const NAME_OPENING = /(?:^|[,;:.!?]\s*|\n\s*)(?!(?:Le|La|Les|Il|Lo|El|Los|Las|O|Os|A|As|De|Het|Un|Une|Uno|Una|Um|Uma)\s)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+$/u;
const NOT_OF_ALL = /^\s*(?:des deux|de los dos|de las dos|dei due|delle due|dos dois|das duas|van de twee|(?:dans|en|nel|no|in)\s+(?:le|la|el|il|o|a|het|de)?\s*(?:premier|primer|primo|primeiro|eerste|deuxième|segundo|secondo|tweede|troisième|tercer|terzo|terceiro|derde)?\s*(?:secteur|sector|settore|setor|sektor)|en ligne droite|in rettilineo|en (?:la )?recta|na reta|op het rechte stuk|(?:secteur|sector|settore|setor)\b)/iu;

const phrasesByWords = new WeakMap<ClaimWords, RegExp | null>();

function phraseOf(words: ClaimWords): RegExp | null {
  if (phrasesByWords.has(words)) return phrasesByWords.get(words)!;
  const phrases = words.language.fastest ?? [];
  const pattern = phrases.length > 0 ? new RegExp(String.raw`(?<![\p{L}])(?:${phrases.join('|')})(?![\p{L}])`, 'giu') : null;
  phrasesByWords.set(words, pattern);
  return pattern;
}

/** The places a text writes as its language's "the fastest" said of a driver, in text order. */
export function findFastestPhrases(text: string, words: ClaimWords): Figure[] {
  const pattern = phraseOf(words);
  if (!pattern) return [];
  const verbBefore = new RegExp(String.raw`(?<![\p{L}])(?:${words.placeVerb}|${BEEN})(?:\s+(?:encore|à nouveau|ancora|de nuevo|novamente|opnieuw|weer|toujours|sempre|siempre))?\s+$`, 'iu');
  const figures: Figure[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    if (!verbBefore.test(before) && !NAME_OPENING.test(before)) continue;
    if (NOT_OF_ALL.test(text.slice(end, end + 40))) continue;
    figures.push({ kind: 'position', start, end, value: 1, unit: 'place', notation: 'place-phrase', decimals: 0, scope: readScopeAfter(text, end) });
  }
  return figures;
}
