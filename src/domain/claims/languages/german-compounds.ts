import { readScopeAfter } from '../scope';
import type { Figure } from '../types';

// German glues "fastest" onto the noun it ranks in: "Qualifikationsschnellster" (fastest in qualifying),
// "Trainingsschnellste", "Tagesschnellster", or alone as a noun, "war Schnellster"; an ordinal in front ranks lower,
// "Zweitschnellster", "der Drittschnellste". Only the capitalised noun in the singular is a place: "die schnellste
// Runde" is an adjective, "einer der Schnellsten" one of several.
const COMPOUND = /(?<![\p{L}])(\p{Lu}\p{Ll}*?)?([Ss]chnellste[r]?)(?![\p{L}])/gu;
const ORDINAL_PREFIX: Record<string, number> = { zweit: 2, dritt: 3, viert: 4, 'fünft': 5, sechst: 6, siebt: 7, acht: 8, neunt: 9, zehnt: 10 };
const NOUN_AFTER = /^\s+(?:Runde|Rundenzeit|Zeit|Sektor|Auto|Wagen|Mann|Fahrer|Pilot)(?![\p{L}])/u;

/** The places a German text writes as a compound of "schnellste" ("Qualifikationsschnellster"), in text order. */
export function findGermanFastest(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(COMPOUND)) {
    const [written, prefix = '', fastest] = match;
    const start = match.index;
    const end = start + written.length;
    // A noun starts with a capital: "Schnellster", or the capital of the prefix ("Trainingsschnellster").
    if (prefix === '' && fastest[0] !== 'S') continue;
    if (NOUN_AFTER.test(text.slice(end, end + 16))) continue;
    const ordinal = /(zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt)$/iu.exec(prefix);
    const value = ordinal ? ORDINAL_PREFIX[ordinal[1].toLowerCase()] : 1;
    figures.push({ kind: 'position', start, end, value, unit: 'place', notation: 'place-phrase', decimals: 0, scope: readScopeAfter(text, end) });
  }
  return figures;
}
