import { nationalityOf } from './nationalities';

// The endings a nationality noun takes for gender and number ("Nederlanders", "italiana", "italiani", "españoles",
// "Française"): stripped, or turned back to the masculine "-o", to find the word the nationality list holds.
const NATIONALITY_ENDINGS: [RegExp, string][] = [[/(?:s|es|en|e)$/u, ''], [/[aie]$/u, 'o'], [/(?:e|es|i)$/u, '']];

function namesNationality(word: string): boolean {
  if (nationalityOf(word)) return true;
  return NATIONALITY_ENDINGS.some(([ending, replacement]) => ending.test(word) && nationalityOf(word.replace(ending, replacement)) !== null);
}

// "the first in WEC history", "ottava in carriera", "the second of his career", "die dritte seiner Karriere": a count
// over a career or over history, no place.
const CAREER_AFTER = /^\s+(?:in|of|at|nella|della|in|di|de|du|en|da|na|em|op|in|van|seiner|ihrer|der)\s+(?:(?:his|her|their|its|the|la|sua|su|sa|son|zijn|haar|de|het|seiner|ihrer|der)\s+)?(?:(?:[\p{L}\d-]+\s+){0,3}?(?:career|history|carriera|storia|carrière|histoire|carrera|historia|carreira|história|Karriere|Geschichte|loopbaan|geschiedenis)|(?:\p{Lu}[\p{L}\d-]*\s+){1,3}competition)(?![\p{L}-])/u;

// "his fourth SportsCar Championship victory", "their second pole": an ordinal counting wins, poles or podiums.
const COUNTED_BEFORE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\p{L}-]+\s+){0,3}(?:wins?|victor(?:y|ies)|poles?|podiums?|titles?|triumphs?|successes)\b/iu;

/**
 * Whether an ordinal counts something other than places in an order, with its noun left out or a noun that counts
 * people: "de tweede Nederlander in de GTP-klasse" (the second Dutch driver in the class, wherever he finished), "the
 * first Briton to win", "ottava in carriera", "the first in WEC history", "the 11th in IMSA competition for Campbell
 * and the ninth for Nasr", "the first at CTMP for Paul Miller Racing", "The pole was his first in IMSA", "its fourth (or
 * second) triumph". `isPlace` reads the ordinal a bracketed alternative stands beside.
 */
export function countsSomethingElse(text: string, start: number, end: number, isPlace: (start: number, end: number) => boolean): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 80);
  // An ordinal before a nationality noun counts drivers of that nationality ("the second Brazilian in the field"),
  // unless a name follows that says who holds a place ("second Brazilian Felipe Nasr" is left to the other rules).
  const noun = /^\s+([\p{L}-]+)(\s+\p{Lu})?/u.exec(after);
  if (noun && !noun[2] && namesNationality(noun[1])) return true;
  if (CAREER_AFTER.test(after)) return true;
  // "the ninth for Nasr", "the first at CTMP": "the" and an ordinal with no noun, then whose or where it was, counts
  // the results named before.
  // "the third overall for team owner Roger Penske" likewise.
  if (/(?:^|[^\p{L}])the\s+$/iu.test(before) && /^\s+(?:overall\s+)?(?:for|at)\s+(?:(?:team\s+)?(?:owner|principal|boss|manufacturer|marque|brand)\s+)?(?:\p{Lu}|the\s+\p{Lu}|his\s|her\s|their\s|a\s+\p{Lu})/u.test(after)) return true;
  // "his fourth SportsCar Championship victory and Robinson's eleventh": an ordinal with no noun after someone's,
  // joined to a count of wins or poles, counts the same.
  if (/(?:^|[^\p{L}])(?:and|or|,)\s+(?:\p{Lu}[\p{L}'’-]*['’]s|his|her|their)\s+$/u.test(before) && /^\s*(?:[.,;:)]|$)/.test(after) && COUNTED_BEFORE.test(text.slice(Math.max(0, start - 120), start))) return true;
  // "his first in IMSA", "their second at Le Mans": a possessive before an ordinal with no noun counts the results
  // named before, whatever verb stands before it.
  if (/(?:^|[^\p{L}])(?:his|her|their|its)\s+$/iu.test(before) && /^\s+(?:in|at|of|for|since)\s/u.test(after)) return true;
  // "its fourth (or second) triumph": a bracketed alternative shares the ordinal's noun, and is a place only where that
  // ordinal is one.
  const alternative = /([\p{L}\d]+)\s*\(\s*(?:or|o|ou|oder|of)\s+$/u.exec(before);
  if (alternative && /^\s*\)/.test(after)) {
    const outerStart = start - alternative[0].length;
    return !isPlace(outerStart, outerStart + alternative[1].length);
  }
  return false;
}
