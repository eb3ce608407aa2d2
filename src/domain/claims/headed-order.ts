import type { ClaimWords } from './languages/claim-words';
import { readScopeAfter } from './scope';
import type { Figure } from './types';

// "Hamilton lideró la tabla", "encabezó los tiempos", "liderou a tabela", "ha guidato la classifica", "a mené la
// séance": a verb of heading and the session's order, first place as "topped the timesheets" says it in English.
// Not the standings ("lidera el campeonato" names no session's order) nor a moment's lead in a race ("la carrera").
const HEADED = /(?<![\p{L}])(?:lider(?:ó|a|aba|ou|ava)|encabez(?:ó|a|aba)|encabe[çc](?:ou|a|ava)|(?:ha|aveva)\s+(?:guidato|comandato)|guid(?:ò|a|ava)|comand(?:ò|a|ava|ou)|(?:a|avait)\s+mené|men(?:ait|a))\s+(?:la|el|los|las|a|o|os|as|il|i|le|les)\s+(?:tabla|tabela|classifica|clasificación|classificação|classement|tiempos|tempos|tempi|temps|cronometraggio|feuille des temps|hoja de tiempos)(?![\p{L}])/giu;

const STANDINGS_AFTER = /^\s+(?:general|generale|geral|générale?|(?:del|do|da|della|du|des|de)\s+(?:l['’]\s*)?(?:campeonato|mundial|campionato|mondiale|championnat|pilotos|piloti|pilotes))(?![\p{L}])/iu;

/** The places a text in a Romance language writes as heading the session's order, in text order. */
export function findHeadedOrder(text: string, words: ClaimWords): Figure[] {
  if (!/^(?:Spanish|Portuguese|Italian|French)$/.test(words.language.name)) return [];
  const figures: Figure[] = [];
  for (const match of text.matchAll(HEADED)) {
    const end = match.index + match[0].length;
    // "lidera la clasificación general", "la classifica del campionato": the standings.
    if (STANDINGS_AFTER.test(text.slice(end, end + 40))) continue;
    figures.push({ kind: 'position', start: match.index, end, value: 1, unit: 'place', notation: 'place-phrase', decimals: 0, scope: readScopeAfter(text, end) });
  }
  return figures;
}
