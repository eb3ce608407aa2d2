import { GRIP_ON, place } from './position';
import { PLACE_IN_PROSPECT } from './grid-row';
import { readPoleAward } from './pole-award';
import { readScopeAfter } from './scope';
import type { Figure } from './types';

// "third pole in four races", "0.3s off pole": pole named, but not as this car's place. "took the provisional pole"
// is a place, held at one moment of the session (the checker says so), as "was fastest early on" is.
// A pole counted ("his first IMSA pole", "a second GTD pole position of the season") is still this one's pole,
// unless the count runs over several races ("third pole in the last four races"); a class's digits are no count
// ("his second LMP2 pole").
// "a pole", "una pole", "eine Pole": a pole in general, in any language.
// "statt der möglichen Pole Position", "a possible pole", "la pole posible": a pole that might have been.
const notAPole =
  /(?:new|possible|potential|m(?:ö|oe)glichen?|potenziellen?|posible|possibile|possível|mogelijke|(?<![\p{L}\d])\d+|(?<![\p{L}])(?:a|una|un|une|uma|um|eine|einer|een)|(?:off(?: of)?|short of|shy of|behind|away from)(?: the)?)\s+$/iu;
// "pole in each of the trio of preceding races", "pole at all three previous rounds": poles of races gone by.
const poleCountedOver = /^\s+(?:in|at|of|from)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:last|past|previous|preceding|first|each|all|every|both|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)(?:[\w-]+\s+){0,5}?(?:races|rounds|events|starts|outings|weekends|years|seasons)\b/i;
// "pole time", and pole as the thing at stake: "with pole looking like a shoot-out", "the pole appeared in jeopardy".
// "the Motul Pole Awards": the name of the prize, not a place.
// "his total pole count", "zur Pole-Zeit": a tally of poles, and the pole time in the other languages.
const poleNounAfter = /^[\s-]*(?:time|lap|awards?|day|shootout|speed|number|battle|fight|contention|contender|hopes?|bid|run|attempt|looks?|looking|looked|appears?|appeared|seems?|seemed|seeming|up for grabs|count|tally|haul|zeit|runde|tijd|ronde)\b/i;
// "denied pole", "the battle for pole", "chasing pole": pole missed or fought for, nobody's place; "ha sfiorato la
// pole", "rozó la pole", "a frôlé la pole": came within a whisker of it.
// The same in the other languages, the verb before ("verpasst seine 40. Formel-1-Pole", "gefehlt für die Pole",
// "ha perso la pole") or after ("wie die Pole verloren ging", "la pole se le escapó").
const poleNotHeldElsewhere = /(?<![\p{L}])(?:verpass(?:t|te|ten|en)|verlor(?:en)?|(?:gefehlt|fehlte|fehlten)\s+für|(?:miste|misten|gemist|verloor|verloren)|(?:manqué|manque|raté|perdu|perd)|(?:perdió|perdido|perdiendo|perder)|(?:perso|persa|perde|mancato|mancata|sfumata|sfuggita|sfiorat[oa]|sfiora|sfiorando|rozó|rozado|frôlé|frôle)|(?:perdeu|perdida|perdido|falhou))(?:\s+[^\s,;:!?]+){0,3}?\s+[^\s,;:!?]*$/iu;
const poleLostAfter = /^(?:[\s-]*position)?\s+(?:verloren|verpasst|gemist|perdue|perdida|persa|perduta|sfumata|se le escapó|escapó|fugiu)(?![\p{L}])/iu;
// "messed up his chances of the pole", "a shot at pole", "hopes of pole": a pole in prospect.
// "The 35 points for pole", "a bonus point for pole": what the pole pays, nobody's place.
const poleNotHeld = /\b(?:(?:chances?|hopes?|shot|crack)\s+(?:of|at|for)|points?\s+for|denied|deny|denying|(?:battle|fight|bid|challenge|contend(?:ing)?|push(?:ing)?|hunt|race|scrap|duel|tussle|contention)\s+for|chasing|chase|missed out on|miss out on|missing out on|missed|miss|missing|lost|losing|lose|snatched from|robbed of|short of(?:\s+(?:grabbing|taking|claiming|snatching|securing|stealing|landing|bagging|earning))?)\s+(?:the\s+|a\s+|his\s+|her\s+)?$/i;

// "a straight shoot-out between Hamilton and team-mate Bottas for pole", "the battle between the Ferraris for pole
// position": the contest named before its contenders, pole still at stake.
const contestBetweenFor = /\b(?:shoot-?outs?|showdowns?|battles?|fights?|duels?|contests?|scraps?|tussles?)\s+between\s+[^.,;:!?()]{3,60}?\s+for\s+(?:the\s+)?$/i;

// "eclipsed Derani’s pole time", "with Nico Pino's pole time of 1:57.930", "down on Piastri’s provisional pole time":
// the pole of the one named before it, a place he holds ("a pole time" alone is a time, nobody's place).
function namedPoleTime(before: string, after: string): boolean {
  return /(?<![\p{L}])\p{Lu}[\p{L}-]+['’]s\s+(?:provisional\s+|early\s+)?$/u.test(before) && /^[\s-]*(?:time|lap)\b/i.test(after);
}

// "made it two pole positions", "made it three straight poles": this pole and those before it.
const MADE_IT = /\b(?:made|makes|making)\s+it\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:(?:straight|consecutive|successive|IMSA|GTD|class)\s+)?$/i;

// "puso una vuelta de 'pole'", "un giro da pole", "un temps de pole": a lap good enough for pole, as "a pole lap" is
// in English (see poleNounAfter), not a place taken.
const poleWorthy = /(?<![\p{L}])(?:vuelta|giro|tempo|tiempo|volta|tour|temps|chrono|crono)\s+(?:de|da|di)\s+['‘’"«]?\s*$/iu;

// "“Pole is the best place to start at any street circuit,” Yelloly said", "Pole position isn't everything here": pole
// with no article opening its clause, said in the present to be worth something, is pole in general, no one's place.
const GENERIC_OPENING = /(?:^|[.!?;:]\s*|[“"‘'(]\s*|\n\s*)$/u;
const GENERIC_AFTER = /^\s+(?:is|was)\s+(?:(?:not|always|often|usually|so|very|really|just)\s+)?(?:the\s+)?(?:best|most\s+important|key|crucial|vital|critical|important|everything|nothing|king|paramount|essential|a\s+must|worth)\b|^\s+(?:isn['’]t|wasn['’]t)\s+(?:everything|the\s+be-all|worth)\b|^\s+(?:matters|counts\s+for|means\s+(?:a\s+lot|everything|nothing|little))\b/i;

// "“Starting from pole will help you through the first few corners”", "Qualifying on pole gives you clean air": starting
// from pole said to do something for "you" is what pole is worth to anyone, no one's place.
const GENERIC_GERUND = /(?:^|[.!?;:]\s*|[“"‘(]\s*|\n\s*)(?:starting|being|qualifying|sitting)\s+(?:from|on|in)\s+(?:the\s+)?$/iu;
const FOR_YOU = /^(?:[\s-]*position)?\s+(?:[\p{L}'’]+\s+){0,3}?(?:you|your)(?![\p{L}])/iu;

// "with the Pole just ahead", "said the Pole", "as the Pole grabbed the first pole position of his career": capitalised
// after "the" in running text, "Pole" is a Polish driver (Kubica), no place. Not in a headline's title case ("Takes The
// Pole Position", "Alonso Takes the Pole"), where the word before the article is capitalised too.
function isDemonym(text: string, start: number, end: number): boolean {
  if (text.slice(start, end) !== 'Pole') return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const article = /(?:^|[^\p{L}])(?:the|The)\s+$/u.exec(before);
  if (!article) return false;
  const after = text.slice(end, end + 16);
  if (/^[\s-]*\p{Lu}/u.test(after) || /^[\s-]*(?:position|sitter|winn|sitting|award|day\b)/i.test(after)) return false;
  // The word before "the" capitalised mid-line is a headline's title case ("Kubica Takes The Pole").
  const wordBefore = /(\p{L}+)\s+(?:the|The)\s+$/u.exec(before);
  return !(wordBefore && /^\p{Lu}/u.test(wordBefore[1]));
}

// "nella graduatoria speciale dei poleman nella storia della F1", "entre los poleman": the Romance press's "poleman"
// after a plural article is pole-sitters as a class (the word does not change in the plural), no one's place.
const PLURAL_ARTICLE = /(?<![\p{L}])(?:dei|degli|gli|i|des|les|aux|los|las|os|dos|das)\s+$/iu;

// "pole sitter Felipe Massa", "the pole-winning Acura": the one named holds pole.
const poleHolder = /^[\s-]?(?:sitter|winner|winning|sitting)\b/i;

// "in quella decisiva che assegnava la pole", "the session that decides pole": pole as what a session hands out, at
// stake, no one's place.
const AWARDED_BY = /(?<![\p{L}])(?:che|that|which|qui|que|die|dat|welche)\s+(?:[\p{L}]+\s+)?(?:assegn(?:a|ava|ò|erà)|decid(?:e|es|ed|eva|ía|ió|ing)|determin(?:e|es|ed|a|ava)|attribu(?:e|ait)|vergibt|vergab|bepaalt|bepaalde)\s+(?:(?:la|the|il|le|el|a|die|de)\s+)?$/iu;
// "Tag: pole position", "Tags: pole position, F1": a page's label for its posts, no one's place.
const TAG_LABEL = /(?:^|\n)\s*(?:tags?|categor(?:y|ies)|etichette|argomenti|schlagwörter|étiquettes|etiquetas|trefwoorden)\s*:\s*(?:[^\n]*,\s*)?$/iu;
// "- Pole / Position Fastest / Lap": a page's legend or menu, lines of nothing but such words, no name or figure.
const LEGEND_WORD = /^(?:pole|position|fastest|lap|results?|grid|qualifying|race|standings|points|laps)$/i;

function inLegend(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  const nextEnd = lineEnd < 0 ? -1 : text.indexOf('\n', lineEnd + 1);
  const lines = text.slice(lineStart, nextEnd < 0 ? text.length : nextEnd);
  const words = lines.split(/[\s\-–•|/]+/u).filter(Boolean);
  return lineEnd >= 0 && words.length >= 3 && words.every((word) => LEGEND_WORD.test(word));
}

/**
 * Reads "pole", "pole position", "polesitter" and "poleman" (the pole-sitter in the Romance languages' press: "Yelloly,
 * poleman nella 4 Ore") as first place ("won the pole"), but not "pole time".
 */
export function readPole(text: string, start: number, end: number, language = 'English'): Figure | null {
  if (isDemonym(text, start, end) || TAG_LABEL.test(text.slice(Math.max(0, start - 80), start)) || AWARDED_BY.test(text.slice(Math.max(0, start - 50), start)) || inLegend(text, start)) return null;
  const before = text.slice(Math.max(0, start - 28), start);
  if (/^pole-?m[ae]n(?![\p{L}])/iu.test(text.slice(start, start + 8)) && PLURAL_ARTICLE.test(before)) return null;
  // "cravou a pole position": Portuguese "a" is the article, this pole, where English "a pole" is any pole.
  const aPole = language === 'Portuguese' && /(?<![\p{L}])a\s+$/iu.test(before) ? null : notAPole.exec(before);
  const holder = poleHolder.exec(text.slice(end, end + 10));
  if (holder) end += holder[0].length;
  // "poles", "pole positions", "the pole-sitters in other categories", "the all-time pole winners’ list": many poles;
  // but "made it two pole positions in two weeks" counts this one with the last.
  const many = /^(?:s\b|-?\s?positions\b|[\s-]?(?:sitters|winners)\b)/i.exec(text.slice(end, end + 12));
  if (many && !/^[\s-]?(?:sitters|winners)/i.test(many[0]) && MADE_IT.test(text.slice(Math.max(0, start - 40), start))) return place(start, end + many[0].length, 1, 'pole', readScopeAfter(text, end + many[0].length));
  if (many) return null;
  const afterPole = /^[\s-]?position\b/i.exec(text.slice(end, end + 12));
  if (poleCountedOver.test(text.slice(afterPole ? end + afterPole[0].length : end, end + 60))) return null;
  const poleEnd = afterPole ? end + afterPole[0].length : end;
  if (GENERIC_OPENING.test(text.slice(Math.max(0, start - 4), start)) && GENERIC_AFTER.test(text.slice(poleEnd, poleEnd + 40))) return null;
  if (GENERIC_GERUND.test(text.slice(Math.max(0, start - 30), start)) && FOR_YOU.test(text.slice(end, end + 50))) return null;
  // "was in pole position to take the world title": best placed for something to come, not the session's first place.
  if (/\b(?:is|was|are|were|be|been|now|firmly|remains?|remained|stays?|stayed)\s+in\s+$/i.test(before) && /^\s+(?:to\s+(?!start)\p{L}+|for\s+(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:title|championship|crown|cup))/iu.test(text.slice(poleEnd, poleEnd + 48))) return null;
  if (aPole || poleWorthy.test(before) || PLACE_IN_PROSPECT.test(text.slice(Math.max(0, start - 90), start)) || GRIP_ON.test(before) || poleNotHeld.test(text.slice(Math.max(0, start - 28), start)) || contestBetweenFor.test(text.slice(Math.max(0, start - 90), start))) return null;
  const award = readPoleAward(text, start, poleEnd);
  if (award !== undefined) return award && !poleCountedOver.test(text.slice(award.end, award.end + 60)) ? award : null;
  if (poleNounAfter.test(text.slice(poleEnd, poleEnd + 14)) && !namedPoleTime(before, text.slice(poleEnd, poleEnd + 14))) return null;
  if (poleNotHeldElsewhere.test(text.slice(Math.max(0, start - 40), start)) || poleLostAfter.test(text.slice(end, end + 30))) return null;
  return place(start, poleEnd, 1, 'pole', readScopeAfter(text, poleEnd));
}
