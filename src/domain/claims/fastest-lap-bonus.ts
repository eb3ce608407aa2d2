import type { Figure } from './types';

// F1 paid a point for a race's fastest lap (2019–2024), and reports name it by that point: "a late stop to
// successfully gain the fastest lap bonus point", "a podium finish with the bonus of fastest race lap", "Hamilton holt
// auch den Extrapunkt für die schnellste Rennrunde", "el punto extra por la vuelta rápida", "le point bonus du
// meilleur tour". The lap the point is paid for is the race's fastest: first among its best laps, its holder the one
// who takes the point. Not a point still to be had ("a bid for the fastest lap point", "pitted to go for the bonus
// point for fastest lap") nor one missed or lost.
const ENGLISH_LAP = String.raw`(?:fastest|quickest)\s+(?:race\s+)?lap`;
// "the fastest lap bonus point", "the fastest-lap point", "the fastest lap bonus".
const LAP_THEN_POINT = new RegExp(String.raw`(?<![\p{L}-])(${ENGLISH_LAP})[\s-]+(?:(?:bonus|extra|additional)\s+)?(?:points?|bonus)(?![\p{L}])`, 'giu');
// "the bonus of fastest race lap", "the extra point for the fastest lap", "the bonus point for fastest lap".
const POINT_THEN_LAP = new RegExp(String.raw`(?<![\p{L}])(?:bonus|extra|additional)(?:\s+points?)?\s+(?:of|for)\s+(?:the\s+|setting\s+the\s+)?(${ENGLISH_LAP})(?![\p{L}])`, 'giu');
// The same in the other languages, the point named first: "den Extrapunkt für die schnellste Rennrunde", "el punto
// extra por la vuelta rápida", "le point bonus du meilleur tour", "il punto addizionale per il giro più veloce",
// "o ponto extra da volta mais rápida", "het bonuspunt voor de snelste ronde".
const OTHER_LANGUAGES = [
  /(?<![\p{L}])(?:Extra|Bonus|Zusatz)punkt(?:es)?\s+für\s+die\s+(schnellste(?:\s+(?:Renn)?runde)?)(?![\p{L}])/giu,
  /(?<![\p{L}])punto\s+(?:extra|adicional|de\s+bonificación|bonus)\s+(?:por|de|para)\s+(?:la\s+)?(vuelta\s+(?:más\s+)?rápida)(?![\p{L}])/giu,
  /(?<![\p{L}])point\s+(?:bonus|supplémentaire|additionnel)\s+(?:du|pour\s+le|pour)\s+(meilleur\s+tour(?:\s+en\s+course)?)(?![\p{L}])/giu,
  /(?<![\p{L}])punto\s+(?:extra|addizionale|bonus|aggiuntivo)\s+(?:per\s+il|del|per)\s+(giro\s+più\s+veloce)(?![\p{L}])/giu,
  /(?<![\p{L}])ponto\s+(?:extra|bónus|bônus|adicional|bonus)\s+(?:da|pela|por)\s+(volta\s+mais\s+rápida)(?![\p{L}])/giu,
  /(?<![\p{L}])(?:extra|bonus)\s?punt\s+voor\s+de\s+(snelste\s+(?:race)?ronde)(?![\p{L}])/giu,
];
// The point taken, a verb of taking and the article a few words before it ("to successfully gain the", "holt auch
// den", "se llevó el", "a décroché le"): the rule itself is talked of too ("the bonus point for fastest lap will no
// longer be awarded", "Brundle on fastest lap bonus point", "to collect a fastest lap point"), about no one's lap.
const TAKEN_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:gain(?:s|ed|ing)?|take[sn]?|took|taking|claim(?:s|ed|ing)?|collect(?:s|ed|ing)?|grab(?:s|bed|bing)?|secur(?:e|es|ed|ing)|earn(?:s|ed|ing)?|scor(?:e|es|ed|ing)|pick(?:s|ed|ing)?\s+up|bag(?:s|ged|ging)?|snatch(?:es|ed|ing)?|add(?:s|ed|ing)?|with|plus|holt|holte|sicherte?\s+sich|kassiert(?:e)?|bekommt|bekam|erhält|erhielt|gewinnt|gewann|(?:se\s+)?llev(?:ó|a)|consigui(?:ó|endo)|logr(?:ó|a)|sum(?:ó|a)|obtuvo|añadi(?:ó|endo)|décroch(?:e|é|ant)|empoch(?:e|é|ant)|obtenu|obtient|ajout(?:e|é|ant)|s['’]adjug(?:e|eant)|remport(?:e|é|ant)|conquist(?:a|ato|ò|ou|ando)|otti?en(?:e|uto)|incass(?:a|ato|ò)|aggiung(?:e|endo)|garant(?:iu|e)|som(?:ou|a)|lev(?:ou|a)|pakt(?:e)?|kreeg|krijgt|sleept(?:e)?)` +
    String.raw`(?:\s+[\p{L}'’]+){0,2}?\s+(?:the|den|el|le|il|o|het|de)(?:\s+bonus\s+of)?\s+$`,
  'iu',
);
// A point striven for or missed, a few words before: "a bid for", "to go for", "chance of", "missed out on".
const NOT_TAKEN = /(?<![\p{L}])(?:bid|bids|go(?:es)?\s+for|went\s+for|going\s+for|chance|chances|attempt|try|tries|tried|trying|hunt|chase|chased|chasing|shot|hopes?|aim(?:ed|ing)?|sights|missed|miss|missing|lost|lose|losing|robbed|denied|without|versuch\w*|Jagd|verpass\w*|intent\w*|busca\w*|tentativ\w*|tenta\w*|poging|jacht)(?![\p{L}])[^.;!?]{0,32}$/iu;

/** The places a text gives as the race's fastest lap by the bonus point it pays, in text order. */
export function findFastestLapBonus(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const pattern of [LAP_THEN_POINT, POINT_THEN_LAP, ...OTHER_LANGUAGES]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index + match[0].indexOf(match[1]);
      const end = start + match[1].length;
      const before = text.slice(Math.max(0, match.index - 60), match.index);
      if (!TAKEN_BEFORE.test(before) || NOT_TAKEN.test(before)) continue;
      if (figures.some((figure) => figure.start < end && start < figure.end)) continue;
      figures.push({ kind: 'position', start, end, value: 1, unit: 'place', notation: 'superlative', decimals: 0, scope: null, rank: 'best-lap' });
    }
  }
  return figures.sort((a, b) => a.start - b.start);
}
