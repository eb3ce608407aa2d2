import { claimWordsOf, type ClaimWords } from './languages/claim-words';
import { english } from './languages/english';
import { labelsAHolder } from './labelled-line';
import { isDayOfDate } from './non-claims';
import { ordinalValue } from './number-words';
import { readScopeAfter } from './scope';
import { isStandingsPlace } from './standings';
import { ranksClasses } from './class-ranked';
import { isConditionPlace } from './condition';
import { BEYOND_SESSION } from './superlative';
import { countsSomethingElse } from './counted-ordinal';
import type { Figure, Notation, PlaceRank } from './types';

// English determiners before an ordinal make it describe a noun ("the second BHA Hyundai"); other languages put
// an article before every place ("la quinta posición", "de la 5e place"), so only the noun after decides there.
const DETERMINER = /(?:(?:^|[^\p{L}])(?:the|his|her|their|its|a|an|this|that|every|each)|\p{L}['’]s)\s+$/iu;
// "fourth-fastest lap" ranks best laps; "sixth best top 20% average lap time", "third-fastest lap of the weekend" rank
// nothing the timing holds.
function rankOf(text: string, end: number): { rank?: PlaceRank } {
  const ranking = /^[\s-]+(?:fastest|quickest|best)\b([^.,;:!?]{0,40})/i.exec(text.slice(end, end + 60));
  if (!ranking) return {};
  if (/\b(?:average|sector|speed|stop|stint|pace|trap)/i.test(ranking[1]) || BEYOND_SESSION.test(ranking[1])) return { rank: 'other' };
  return /\b(?:lap|time)/i.test(ranking[1]) ? { rank: 'best-lap' } : {};
}

const COUNTED_OVER = /^\s+(?:in|of|für|in|en|de|di|in|em|op)\s+(?:his|her|their|seinen|seiner|ihren|ihrer|sus|su|suoi|sua|ses|sa|seus|zijn|haar|the|den|der|las|los|le|i|les|os|as|de)\s+(?:\p{L}+\s+){0,2}(?:years|seasons|races|starts|Jahren|Saisons|Rennen|años|temporadas|carreras|anni|stagioni|gare|ans|saisons|courses|anos|corridas|jaren|seizoenen|races)(?![\p{L}])/iu;

// "sixth in the constructors’ standings" runs past the 30 characters the other cues after a place look at.
const STANDINGS_REACH = 60;
const PLACE_WORD = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|P\d{1,2})(?:\s+place)?`;
const BETWEEN_PLACES_AFTER = new RegExp(String.raw`^(?:\s+place)?\s+and\s+(?:the\s+)?${PLACE_WORD}(?![\p{L}\d])`, 'iu');
const BETWEEN_PLACES_BEFORE = new RegExp(String.raw`\bbetween\s+(?:the\s+)?${PLACE_WORD}\s+and\s+(?:the\s+)?$`, 'iu');

// "ficou em quinto", "quedó en sexto": the preposition other languages put before the place.
const FILLER = new Set(['up', 'in', 'as', 'out', 'home', 'the', 'him', 'her', 'them', 'to', 'back', 'der', 'die', 'das', 'als', 'como', 'come', 'comme', 'de', 'het', 'el', 'la', 'le', 'il', 'o', 'em', 'en']);

// A place verb just before the ordinal, perhaps past a name or a few small words ("finished third", "wird der
// Finne 13.", "sale quinto").
function placeVerbBefore(before: string, verb: RegExp): boolean {
  const words = before.split(/[\s]+/).filter(Boolean);
  for (let at = words.length - 1, skipped = 0; at >= 0 && skipped <= 3; at -= 1) {
    const word = words[at].replace(/[^\p{L}'’-]/gu, '');
    if (verb.test(word)) return true;
    if (/[,;:.!?]$/.test(words[at]) && at !== words.length - 1) return false;
    if (!FILLER.has(word.toLowerCase()) && !/^\p{Lu}/u.test(word)) return false;
    skipped += 1;
  }
  return false;
}

export const FOUGHT_FOR = /\b(?:battle|battles|battled|battling|fight|fights|fighting|fought|duel|duelling|scrap|scrapping|tussle|tussling|contention|contending|vying|challenge|challenging|bid|push|pushing|chase|chasing|hunt|race|racing|jostling)\b[^.,;:!?]{0,24}?\bfor\s+(?:the\s+)?(?:[\p{L}\d]+\s+(?:and|or|&)\s+)?$/iu;
// "the Finn seemed set to finish third before his penalty", "was on course for fourth": a place in prospect, not
// taken (a place one is "set to start" from is the grid's, and stays).
// So is a place one needs to take ("needing to finish eighth", "only had to be fifth"), a condition, not a result.
// "to win the championship – unless the No. 60 finishes fifth": a place on a condition is in prospect too.
const PROSPECT = /\b(?:unless\s+(?:\S+\s+){1,6}?(?:finish(?:es|ed)?|takes?|ends?|is|gets?)\s+(?:in\s+)?|(?:set|poised|on course|on track|in line|headed|heading|bound|destined)\s+(?:to\s+(?:finish|take|claim|secure|end|be classified)\s+(?:in\s+)?|for\s+)|(?:needs?|needed|needing|requires?|required|requiring|must|would have to|has to|have to|only had to)\s+(?:only\s+|just\s+|merely\s+|at least\s+)?(?:to\s+)?(?:finish|take|claim|secure|end|be|be classified)\s+(?:in\s+|at least\s+)?)(?:the\s+|a\s+)?$/i;
// "consolidated his grip on second place overall", "broke Verstappen’s grip on pole position": a hold on a place
// over a run of races (the standings, a streak of poles), no place in this session.
const ROMANCE_ARTICLE = /(?<![\p{L}])(?:sulla|sul|della|del|dello|alla|al|nella|nel|dalla|dal|la|il|lo|el|de la|na|no|da|do)\s+$/iu;
const FIRST_TO_DO = /^\s+(?:en|a|à)\s+\p{Ll}+(?:ar|er|ir|ír|re)(?![\p{L}])/u;
export const GRIP_ON = /\b(?:grip|stranglehold|hold|monopoly|lock)\s+on\s+(?:the\s+)?$/i;
const SETTLED_FOR = /\b(?:settle|settles|settled|settling)\s+for\s+(?:the\s+|a\s+)?$/i;
// "Nico Rosberg, Mercedes AMG F1, second;": a team's name may end on a word with digits ("F1", "RB7") after another
// capitalised word.
const APPOSITIVE_NAME_BEFORE = /(?:(?<![\p{L}])\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}\d]*\d[\p{L}\d]*),\s*$/u;
// "Lewis Hamilton, fifth at the flag, lost time", "Gasly, seventh a lap down, …": the place set off with what it is.
// "Leclerc, sesto dopo due svarioni, …", "Hamilton, fifth after a spin, …": or with what brought it about.
const APPOSITIVE_TAIL = /^\s+(?:(?:after|following|dopo|nach|tras|después de|après|depois de|na)\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+|at the (?:flag|finish|line|end)|on the (?:road|day|lead lap)|in (?:qualifying|class|the race|the end)|overall|(?:a|one|two|three|four|five|\d{1,2})\s+laps?\s+(?:down|behind))\s*,/u;
// "Gasly was seventh a lap down": laps down say how far behind the place was, no more.
const LAPS_DOWN_AFTER = /^\s+(?:a|one|two|three|four|five|\d{1,2})\s+laps?\s+(?:down|behind)(?![\p{L}])/u;
const RELATIVE_AFTER_NAME = /(?<![\p{L}])\p{Lu}[\p{L}'’-]+,\s*(?:who|whose)\s[^,;:()]{1,100},\s*$/u;
const APPOSITIVE_END_AFTER = /^\s*(?:[,;]|\.(?!\d)|\n|$|\s(?:and|y|e|et|und|en)\s)/u;
// "Yuki Tsunoda, Fünfter bei Red Bull, und …", "Norris, third in the McLaren,": the place set off by commas may
// carry the team or car it was taken in.
const APPOSITIVE_TEAM_AFTER = /^\s+(?:bei|mit|im|für|with|for|in|en|con|avec|chez|com|met|bij)\s+(?:(?:the|his|der|dem|den|seinem|la|el|il|le|sua|su|sa|zijn|de)\s+)?\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,2}\s*(?:[,;]|\.(?!\d)|$)/u;
export const LOST = /\b(?:lost|losing|lose|denied|missed out on|miss out on|missing out on|robbed of)\s+(?:the\s+|a\s+)?$/i;
const PUT_IN = /\bput(?:s|ting)?\s+(?:his|her|their|its|the)\s+(?:No\.\s*|[^.,;:!?]){1,50}?\s+in\s+$/i;
// Words after which a place before a name is that name's attribute: comparisons, prepositions, a determiner.
const ATTRIBUTE_BEFORE = /(?<![\p{L}])(?:above|below|ahead of|behind|than|over|beyond|under|from|to|with|past|beat|beating|passed|passing|the|and)\s+$/iu;
// "crossing the finish line first", "crossed the line in third": the line crossed is the finish, so the place after
// it is the one finished in.
const CROSSED_LINE = /\bcross(?:es|ed|ing)?\s+the\s+(?:finish(?:ing)?\s+|chequered\s+|checkered\s+)?line\s+(?:in\s+)?$/i;
const ROLL_OFF = /\brol(?:l|ls|led|ling)\s+off\s+(?:from\s+)?$/i;
const placesByWords = new WeakMap<ClaimWords, { nounAfter: RegExp; wordAfter: RegExp; verb: RegExp }>();

function placeWordsOf(words: ClaimWords): { nounAfter: RegExp; wordAfter: RegExp; verb: RegExp } {
  const known = placesByWords.get(words);
  if (known) return known;
  const compiled = {
    nounAfter: new RegExp(String.raw`^(?:[\s-]+(?:(?:melhor|meilleur|mejor|miglior|besten?|snelste)\s+)?(?:${words.placeNoun})(?![\p{L}])|-(?:fastest|quickest|best|schnellste|snelste|più veloce|rápido|rapide)|\s+(?:fastest|quickest|best)\b|\s+on the grid\b|\s+(?:starting|grid)\s+(?:spot|position|place|slot))`, 'iu'),
    wordAfter: new RegExp(String.raw`^\s+(?:${words.afterWord})(?![\p{L}])`, 'iu'),
    verb: new RegExp(`^(?:${words.placeVerb})$`, 'iu'),
  };
  placesByWords.set(words, compiled);
  return compiled;
}

/**
 * Reads an ordinal as a place where nothing makes it the ordinal of something else: "Hamilton was third", "took
 * fourth, ahead of Massa", "third and fourth", "tenth place", "second-fastest", "quinto por detrás", "dritter
 * Platz", but not "his third win", "the second session" or "a fifth straight pole", where a noun follows. "First"
 * is a place only after a place verb or before a place noun ("finished first", "first in class").
 */
export function readOrdinal(text: string, start: number, end: number, notation: Notation, words: ClaimWords = claimWordsOf(english)): Figure | null {
  const written = text.slice(start, end);
  const value = words.ordinalOf(written) ?? ordinalValue(written) ?? Number.parseInt(written, 10);
  if (!Number.isFinite(value) || value < 1 || value > 99 || isDayOfDate(text, start, end)) return null;
  const places = placeWordsOf(words);
  const after = text.slice(end, end + 30);
  if (new RegExp(String.raw`^\s+(?:(?:start|starting|grid)\s+)?(?:${words.rowWord})(?![\p{L}])`, 'iu').test(after)) return null;
  const before = text.slice(Math.max(0, start - 40), start);
  if (ranksClasses(before, after)) return null;
  // "the second-placed #6 Porsche": the place of the car named next (see the subject reader); "a third-place
  // finish" is a place too, "a second-place trophy" not one this text claims.
  // "second placed George Russell": the same, unhyphenated, before a name; "Ferrari’s fifth placed crew": or before a
  // noun for the car or crew that holds it.
  // "ahead of fifth-place Norris", "above sixteenth place Kvyat": the place, as an attribute, of the one named next; but
  // "finished in sixth place Sergio Perez …" (a rundown run on) says the place, its holder before it.
  const placed = /^-placed(?![\p{L}])|^ placed(?=\s+(?:the\s+)?(?:\p{Lu}|#|No\.)|\s+(?:crew|car|driver|man|entry|trio|duo|pair|runner)(?![\p{L}]))|^-place(?=\s+(?:\p{Lu}|#|No\.))/u.exec(after) ?? (ATTRIBUTE_BEFORE.test(before) ? /^ place(?=\s+(?:\p{Lu}|#|No\.))/u.exec(after) : null);
  if (placed && !isStandingsPlace(after.slice(placed[0].length))) return place(start, end + placed[0].length, value, notation, readScopeAfter(text, end + placed[0].length));
  // "pipping Leclerc to a fifth-place start", "a third-place finish": a place the result or the grid gives.
  // "secured two third-place finishes": so are places counted, in the plural.
  const placeResult = /^-place\s+(?:finish(?:es)?|starts?|results?|showings?|grid slots?|starting (?:spots?|slots?|positions?))\b/i.exec(after);
  const resultEnd = end + (placeResult?.[0].length ?? 0);
  if (placeResult && !isStandingsPlace(text.slice(resultEnd, resultEnd + STANDINGS_REACH), before)) return place(start, end, value, notation, readScopeAfter(text, resultEnd));
  if (/^-(?:place|placed)\s+\p{L}/iu.test(after) || isStandingsPlace(text.slice(end, end + STANDINGS_REACH), before)) return null;
  // "a second-in-class finish": a place in the class, hyphenated into one word.
  const inClass = /^-in-class(?![\p{L}-])/iu.exec(after);
  if (inClass) return place(start, end, value, notation, 'class');
  // "advantage between first and second on the grid", "the difference between second and third": two places as the
  // ends of a gap, no one's.
  if ((/\bbetween\s+$/i.test(before) && BETWEEN_PLACES_AFTER.test(after)) || BETWEEN_PLACES_BEFORE.test(before)) return null;
  // "his second in a row", "29 second in the pits", "0.01 behind second": a count, a duration, a place as a yardstick.
  if (/^\s+(?:in a row|on the (?:trot|bounce)|straight|consecutive|successive)\b/i.test(after)) return null;
  // "Alpine's third overall success", "his second overall win": a count of results, "overall" before its noun.
  if (/^\s+overall\s+(?:[\p{L}-]+\s+){0,2}(?:wins?|victor(?:y|ies)|success(?:es)?|triumphs?|podiums?|titles?|crowns?|poles?|championships?|starts?|appearances?|outings?|races?|seasons?)(?![\p{L}])/iu.test(text.slice(end, end + 48))) return null;
  // "a record-breaking sixth British Grand Prix win", "his second GTD pole", "fifth Formula 1 triumph": a count of results, the event or
  // class named before its noun.
  // "Porsche’s first Rolex 24 triumph", "the first IMSA WeatherTech SportsCar Championship race on these grounds": the
  // name may carry digits, run to five words and count races too.
  if (/^\s+(?:\p{Lu}[\p{L}-]*\s+)(?:(?:\p{Lu}[\p{L}\d-]*|\d{1,4})\s+){0,4}(?:wins?|victor(?:y|ies)|success(?:es)?|triumphs?|podiums?|titles?|crowns?|poles?|pole positions?|championships?|starts?|appearances?|races?|events?|editions?|rounds?)(?![\p{L}])/u.test(text.slice(end, end + 80))) return null;
  // "the eighth in his four years at Ferrari", "die achte in seinen vier Jahren": a count over a career's stretch.
  if (COUNTED_OVER.test(after)) return null;
  if (countsSomethingElse(text, start, end, (outerStart, outerEnd) => readOrdinal(text, outerStart, outerEnd, notation, words) !== null)) return null;
  // "relying on their second-best times", "his third-quickest lap of the run": one driver's own laps ranked, no
  // place in the order ("the second-best time" is one).
  if (/(?:^|[^\p{L}])(?:his|her|their|its|seine[mnrs]?|ihre[mnrs]?|sus?|suoi|sua|ses|sa|seus|suas|zijn|haar)\s+$/iu.test(before) && /^-?\s*(?:best|fastest|quickest)\s+(?:\p{L}+\s+)?(?:laps?|times?|efforts?|runs?)\b/iu.test(after)) return null;
  // "a few went faster on their fifth": an ordinal with its noun left out after "on his" counts laps or runs.
  if (/\bon\s+(?:his|her|their|its)\s+$/i.test(before) && /^\s*(?:[.,;:!?]|$)/.test(after)) return null;
  // "some five second" (a gap cut short of its plural): a count before "second" makes it a unit, no place.
  if (/^(?:second|segundo)$/i.test(written) && /(?:\d|\b(?:a|of a|one|half a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty))\s*$/i.test(before)) return null;
  // "could do no better than 16th" is a place, though "than" usually makes one a yardstick.
  // "Derani will roll off fourth": IMSA's rolling start, so the car's grid slot, where "off" is no yardstick.
  const rollsOff = ROLL_OFF.test(before);
  if (!rollsOff && /\b(?:behind|ahead of|than|off|up on|down on|adrift of)\s+$/i.test(before) && !/\bno (?:better|higher) than\s+$/i.test(before) && !places.nounAfter.test(after)) return null;
  // "the battle shifted for second and third places", "fighting for fourth": a place fought over, no one's yet;
  // "missed out on second place by 1.8 seconds": a place not taken.
  // "lacked the pace to challenge and had to settle for second": the place settled for is taken, whatever was
  // fought for before it.
  // "Verstappen fue el primero en salir", "il primo a uscire", "o primeiro a sair": the first to do something, no place.
  if (words.language.name !== 'English' && FIRST_TO_DO.test(after)) return null;
  // "Felipe Nasr was the first to set a time in the 1m08s": so in English, "the first" before "to" and a verb (not
  // "from first to third").
  if (value === 1 && /(?:^|[^\p{L}])the\s+$/iu.test(before) && new RegExp(String.raw`^\s+to\s+(?!(?:${words.ordinalWord}|the|a|an|his|her|their|its|last)(?![\p{L}]))\p{Ll}+`, 'iu').test(after)) return null;
  // "The victory was the first for a Ferrari on home turf in sportscar racing since 1973": a first in history, no place.
  if (value === 1 && /(?:^|[^\p{L}])the\s+$/iu.test(before) && /^[^.;!?]{0,90}?\bsince\s+(?:(?:19|20)\d{2}|then)\b/iu.test(text.slice(end, end + 110)) && /^\s+(?:for|since|time|ever|in)\b/i.test(after)) return null;
  const settledFor = SETTLED_FOR.test(before);
  if (GRIP_ON.test(before)) return null;
  if ((!settledFor && FOUGHT_FOR.test(text.slice(Math.max(0, start - 60), start))) || LOST.test(before) || PROSPECT.test(before) || isConditionPlace(before)) return null;
  const scope = readScopeAfter(text, end);
  // "the fourth Red Bull 1-2 of 2013 and their 16th overall": a possessive before the ordinal, its noun left out, counts
  // what was named before ("his second in a row" is counted above); "overall" makes it no place.
  if (/(?:^|[^\p{L}])(?:his|her|their|its)\s+$/iu.test(before) && /^\s+overall\s*(?:[.,;:!?)]|$)/.test(after)) return null;
  if (places.nounAfter.test(after) || (scope !== null && /^[\s-]+(?:in\s|overall\b)/i.test(after))) return { ...place(start, end, value, notation, scope), ...rankOf(text, end) };
  // "occupied the third and fourth places": the noun after the last ordinal of a pair is the first one's too.
  // "the fifth and ninth-fastest times": so is the ranking word hyphenated to it.
  if (new RegExp(String.raw`^\s+(?:and|or|&|y|e|et|und|en|o)\s+(?:the\s+)?(?:${words.ordinalWord}|\d{1,2}(?:st|nd|rd|th|e|º|ª))(?:[\s-]+(?:${words.placeNoun})|-(?:fastest|quickest|best))(?![\p{L}])`, 'iu').test(text.slice(end, end + 40))) {
    return place(start, end, value, notation, scope);
  }
  // "séptimo y octavo": the second of a pair of ordinals is a place where the first one is.
  const pairedWith = new RegExp(String.raw`(?<![\p{L}])(${words.ordinalWord})\s+(?:and|or|&|y|e|et|und|en|o)\s+$`, 'iu').exec(before);
  if (pairedWith && readOrdinal(text, start - pairedWith[0].length, start - pairedWith[0].length + pairedWith[1].length, notation, words)) return place(start, end, value, notation, scope);
  // "Rosberg would put the second Mercedes car in seventh": an ordinal before a make and "car" counts the team's cars.
  // "It was the second Ferrari of Carlos Sainz who took eighth": so does one before a make and its driver, and one
  // before a make put somewhere ("Massa managed to put the second Ferrari into 4th position").
  if (/(?:^|[^\p{L}])the\s+$/iu.test(before) && /^\s+(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:car|machine|entry|driver)(?![\p{L}])|^\s+\p{Lu}[\p{L}-]*\s+(?:of|driven by)\s+\p{Lu}|^\s+(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*\s+(?:into|in|to|home|ahead|behind|across|through)\s/u.test(after)) return null;
  // "putting his No. 01 Chip Ganassi Racing Cadillac in first": the car put in a place holds it.
  const verb = rollsOff || PUT_IN.test(text.slice(Math.max(0, start - 70), start)) || CROSSED_LINE.test(before) || placeVerbBefore(before, places.verb);
  // "Finishing position: 18th", "In second was …", "Third was the #36": a labelled place, or one opening a clause
  // before "was"; otherwise an ordinal opening a clause ("In the end, second in …") needs a class or place noun.
  if (new RegExp(String.raw`(?:${words.placeNoun})\s*:\s*$`, 'iu').test(before)) return place(start, end, value, notation, scope);
  // "Finishing second was the #59 McLaren", "Starting third is Hamilton": the same, a place verb leading.
  if (/(?:^|[,;:.!?]\s*|\n\s*)(?:in\s+|and\s+|(?:finishing|starting|qualifying|placing|ending up|coming home)\s+)?$/i.test(before) && /^\s+(?:was|were|is|came|went to)\b/i.test(after)) return place(start, end, value, notation, scope);
  // "Dritter wurde Bottas", "Segundo fue Hamilton": in other languages, an ordinal opening a sentence before a place verb.
  if (words.language.name !== 'English' && /(?:^|[.!?]\s+|\n\s*)$/.test(before) && new RegExp(String.raw`^\s+(?:${words.placeVerb})(?![\p{L}])`, 'iu').test(after)) {
    return place(start, end, value, notation, scope);
  }
  // "Sergio Perez komplettiert … als Dritter das Podium", "kam als Zweiter ins Ziel": German names a place with "als" and
  // the ordinal as a noun, capitalised; not the first one in history to do something ("als Erster überhaupt").
  if (words.language.name === 'German' && /(?<![\p{L}])als\s+$/u.test(before) && /^\p{Lu}/u.test(written) && !/^(?:\s*,\s*(?:der|die|das)\b|\s+(?:in der Geschichte|überhaupt|jemals|seit|nach)\b)/u.test(after)) {
    return place(start, end, value, notation, scope);
  }
  // "Primo Charles, secondo Seb.": an ordinal opening a clause, then a name and the clause's end.
  if (/(?:^|[,;:.!?]\s*|\n\s*)$/.test(before) && /^\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*(?:[,;.!?]|$)/u.test(after)) return place(start, end, value, notation, scope);
  // "1st: Fernando Alonso (Ferrari), 1:31.05.862", "2nd – Jenson Button": a results line labelled by its place.
  if (labelsAHolder(before, after)) return place(start, end, value, notation, scope);
  // "Sebastian Vettel, fourth, had also started on softs", "y Alonso, noveno": a place set off by commas right
  // after a name is that one's (first needs a verb: "Then, first, …" opens a list).
  if (value !== 1 && APPOSITIVE_NAME_BEFORE.test(before) && (APPOSITIVE_END_AFTER.test(after) || APPOSITIVE_TEAM_AFTER.test(text.slice(end, end + 60)) || APPOSITIVE_TAIL.test(after))) return place(start, end, value, notation, scope);
  // "with Gasly seventh and Carlos Sainz, who started from the back, eighth": the same after a relative clause on the name.
  if (value !== 1 && RELATIVE_AFTER_NAME.test(text.slice(Math.max(0, start - 120), start)) && APPOSITIVE_END_AFTER.test(after)) return place(start, end, value, notation, scope);
  // "“Finishing second puts us right back in the championship hunt,” said Ricky Taylor", "Starting third gives us a
  // shot": a gerund of finishing or starting opening its clause makes the place the clause's subject, its holder the
  // one who says it.
  if (/(?:^|[,;:.!?]\s*|[“"‘(]\s*|\n\s*)(?:finishing|starting|qualifying)\s+$/i.test(before) && /^\s+(?:\p{Ll}+s|is|was|means|meant|gave|put)\s/u.test(after)) return place(start, end, value, notation, scope);
  if (!verb && /(?:^|[,;:.!?]\s*|\n\s*)$/.test(before)) return null;
  // "while Button, (1st) and Kubica, (2nd) last the distance": a place in brackets right after a name.
  if (/\p{L}[,\s]*\(\s*$/u.test(before) && /^\s*\)/.test(after)) return place(start, end, value, notation, scope);
  if (value === 1 && !verb) return null;
  // "sulla seconda Cadillac del Wayne Taylor Racing", "la segunda Ferrari": after an article, an ordinal before a make
  // counts a team's cars, as "the second Haas" does in English.
  if (words.language.name !== 'English' && !verb && ROMANCE_ARTICLE.test(before) && /^\s+\p{Lu}[\p{L}-]+(?!\s*[,.;:!?)]|\s*$)/u.test(after)) return null;
  // A capital after the ordinal is a name in English ("took fourth Hamilton's way"), a noun in German ("zum neunten Mal").
  const capitalAfter = words.language.name !== 'German' && /^\s+\p{Lu}/u.test(after);
  const ends = /^\s*(?:[.,;:!?)\]—–"”]|$)|^\s+-\s/.test(after) || (verb && /^\s*\(/.test(after)) || places.wordAfter.test(after) || capitalAfter || LAPS_DOWN_AFTER.test(after);
  if (!ends) return null;
  if (DETERMINER.test(before) && !verb && !/^\s*(?:[.,;:!?)]|$)/.test(after)) return null;
  // "a few went faster on their fifth": his or their ordinal with no noun counts their own laps or runs.
  if (/(?:^|[^\p{L}])(?:his|her|their|its)\s+$/iu.test(before) && !verb) return null;
  return place(start, end, value, notation, scope);
}

// "saldrá desde la tercera fila … saldrán desde la cuarta", "from the second row, Alonso from the third": an
// ordinal after "from the", "desde la" with no noun of its own takes the noun of the last ordinal an article stood before, in
// its paragraph or the one before (`earlierText`).
const ELIDED_ROW_REACH = 400;

export function elidedRow(text: string, figure: Figure, words: ClaimWords, earlierText = ''): Figure | null {
  const { start, end, value } = figure;
  if (figure.kind !== 'position' || (figure.notation !== 'ordinal-word' && figure.notation !== 'ordinal-digits') || value > 15 || !/(?:^|[^\p{L}])(?:from|on|in|desde|en|vanaf|op|von|aus|auf|da|dalla|depuis|sur|em|na|no)\s+(?:the|la|el|die|der|de|het|le|a)\s+$/iu.test(text.slice(Math.max(0, start - 16), start))) return null;
  if (!/^\s*(?:[.,;:!?)]|$)/.test(text.slice(end, end + 4))) return null;
  const earlier = `${earlierText}\n${text.slice(0, start)}`.slice(-ELIDED_ROW_REACH);
  const ordinals = [...earlier.matchAll(new RegExp(String.raw`(?<![\p{L}])(?:the|la|el|die|der|de|het|le|a)\s+(?:${words.ordinalWord})(?![\p{L}])(\s+(?:(?:start|starting|grid)\s+)?(?:${words.rowWord})(?![\p{L}]))?`, 'giu'))];
  if (ordinals.length === 0 || !ordinals.at(-1)![1]) return null;
  return { ...figure, value: value * 2 - 1, notation: 'row', placeRange: [value * 2 - 1, value * 2] };
}

const pNumber = /P(\d{1,2})(?![\w])/y;

// "the LMP2/P3 session", "the P2 and P3 classes", "the P2 field": LMP2 and LMP3 written short, a class, not a place.
const CLASS_NOUN = /^\s*(?:(?:\/|and|&)\s*(?:LM)?P\d\s+)?(?:class(?:es)?|categor(?:y|ies)|sessions?|field|ranks|entries|entrants|runners|prototypes?|contingent|division)\b/i;

function namesPrototypeClass(text: string, start: number, end: number): boolean {
  return /\bLMP\d\s*\/\s*$/i.test(text.slice(Math.max(0, start - 8), start)) || /^\s*\/\s*(?:LM)?P\d\b/i.test(text.slice(end, end + 8)) || CLASS_NOUN.test(text.slice(end, end + 40));
}

/** Reads `P3`, `P13` as a place; not model names such as "JS P320" or "run P1" in a quote about ambition. */
export function readPNumber(text: string, letterIndex: number): Figure | null {
  if (letterIndex > 0 && /[\w]/.test(text[letterIndex - 1])) return null;
  pNumber.lastIndex = letterIndex;
  const match = pNumber.exec(text);
  // "LM P2", "LM-P3": the class, spelt apart.
  if (!match || /\b(?:run|LM)[\s-]+$/i.test(text.slice(Math.max(0, letterIndex - 6), letterIndex))) return null;
  const end = pNumber.lastIndex;
  if (namesPrototypeClass(text, letterIndex, end)) return null;
  // "the Toyota duo … take P6-P7 position on grid", "lock out P1-P2": two places next to each other, written as one
  // range, are a pair's, as a one-two is.
  const next = /^\s?[-–]\s?P?(\d{1,2})(?![\w])/.exec(text.slice(end, end + 8));
  if (next && Number(next[1]) === Number(match[1]) + 1) {
    const rangeEnd = end + next[0].length;
    return { ...place(letterIndex, rangeEnd, Number(match[1]), 'p-number', readScopeAfter(text, rangeEnd)), placeRange: [Number(match[1]), Number(next[1])] };
  }
  return place(letterIndex, end, Number(match[1]), 'p-number', readScopeAfter(text, end));
}

// A number after a row or place noun ("row five", "Platz vier"), which the grid-row reader shares.
export const rowNumber = /^\s+(\d{1,2}|\p{L}+)(?![\p{L}])/iu;

/** Reads a place noun followed by a counting word: "Platz vier", "plaats drie". */
export function readNounThenCount(text: string, nounStart: number, nounEnd: number, words: ClaimWords): Figure | null {
  const number = rowNumber.exec(text.slice(nounEnd, nounEnd + 14));
  if (!number || /^\d/.test(number[1])) return null;
  const value = words.countOf(number[1]);
  if (value === null || value < 1 || /^(?:a|an|un|una|une|um|uma|ein|eine|een)$/i.test(number[1])) return null;
  const end = nounEnd + number[0].length;
  return place(nounStart, end, value, 'ordinal-word', readScopeAfter(text, end));
}

/** "Plätze vier und fünf", "plaatsen drie en vier": the second count of a pair after one place noun is a place too. */
export function readCountPairedAfter(text: string, figure: Figure, words: ClaimWords): Figure | null {
  const pair = /^\s*(?:,|&|and|und|en|y|e|et)\s+(\p{L}+)(?![\p{L}])/iu.exec(text.slice(figure.end, figure.end + 24));
  if (!pair || /^(?:a|an|un|una|une|um|uma|ein|eine|een)$/i.test(pair[1])) return null;
  const value = words.countOf(pair[1]);
  if (value === null || value < 1) return null;
  const end = figure.end + pair[0].length;
  // "Platz sechs und sieben Minuten später": a count before a noun counts that noun.
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 24))?.[1];
  if (next && (/^\p{Lu}/u.test(next) || new RegExp(`^(?:${words.secondsWord}|${words.minutesWord}|${words.fractionWord}|runden|ronden|laps|vueltas|giri|tours|voltas|punkte|punten|points|puntos|punti|pontos)$`, 'iu').test(next))) return null;
  return place(end - pair[1].length, end, value, 'ordinal-word', readScopeAfter(text, end));
}

export function place(start: number, end: number, value: number, notation: Notation, scope: string | null): Figure {
  return { kind: 'position', start, end, value, unit: 'place', notation, decimals: 0, scope };
}
