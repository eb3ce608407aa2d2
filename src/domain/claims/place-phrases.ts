import { FOUGHT_FOR, LOST } from './position';
import { readScopeAfter } from './scope';
import { isStandingsPlace } from './standings';
import type { Figure } from './types';

// English phrases that name a place without an ordinal or a number of its own: "runner-up", "top spot",
// "class-best lap", "best in class". Each is read where it says whose place it is, not where it describes a
// place in the standings ("runner-up in the championship") or a place fought over ("the battle for top spot").

// "0.056s off the top spot", "0.9sec from the top spot": the place as a yardstick, no one's.
const YARDSTICK = /\b(?:off|from|behind|short of|shy of|adrift of|away from|ahead of|down on|up on)\s+(?:the\s+)?$/i;

/** "runner-up", "the runner-up spot", "finished runner-up": second place. */
export function readRunnerUp(text: string, start: number, end: number): Figure | null {
  const after = text.slice(end, end + 48);
  if (isStandingsPlace(after) || unheld(text, start)) return null;
  const noun = /^[\s-]+(?:spot|place|position|finish)\b/i.exec(after);
  const placeEnd = noun ? end + noun[0].length : end;
  return place(start, placeEnd, 2, readScopeAfter(text, placeEnd));
}

const COUNTS: Record<string, number> = { three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// "Sergio Perez rounding out the top five", "Nick Heidfeld completing the top six": the last place of the top N.
const COMPLETES = /\b(?:round(?:s|ed|ing)?\s+out|complet(?:e|es|ed|ing))\s+the\s+$/i;

const TOP_TWO_TAKEN = /(?:\b(?:complet|secur|scor|claim|took|tak|seal|clinch|deliver|earn|achiev|record|grab|bag|notch)\w*\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,3}|\p{L}['’]s?\s+)$/iu;

// A headline's verbless "Thompson top in GTD", "Verstappen top in FP2": the name right before "top", a class or
// session right after it. Not "the top in", nor "Ferrari top in the standings" (no class or session named).
const HEADLINE_TOP_BEFORE = /(?<![\p{L}])(?!(?:The|A|An)\s)\p{Lu}[\p{L}'’-]+\s+$/u;
const HEADLINE_TOP_AFTER = /^\s+in\s+(?:(?:opening|first|second|third|final|morning|afternoon|night)\s+)?(?:practice|session|qualifying|warm-?up|FP\d|Q\d|GTD(?:\s?PRO)?|GTP|GTLM|LMP[23]|DPi|Hypercar|LMGT3|GTE(?:\s?(?:Pro|Am))?|class)(?![\p{L}\d])/iu;

/**
 * "top spot", "the top position", "top place": first place; "rounding out the top five": fifth. Not "the top step
 * of the podium", which says "won" as a picture, as "podium" says a top three (README: no place figure).
 */
export function readTop(text: string, start: number, end: number): Figure | null {
  // "with Pastor Maldonado rounding out the top-3": the count may be hyphenated to "top".
  const count = /^[\s-]+(three|four|five|six|seven|eight|nine|ten|\d{1,2})(?![\p{L}\d])/iu.exec(text.slice(end, end + 10));
  const clauseBefore = text.slice(Math.max(0, start - 120), start).split(/[,;:.!?]/).at(-1) ?? '';
  // "Force India and Williams rounded out the top ten": a pair or more finishing off the top N hold a range. Not "the #93
  // car did fare better and rounded out the top five", where "and" joins the verbs of one car.
  const verbAnd = /\b(?:and|&)\s+(?:round(?:s|ed|ing)?\s+out|complet(?:e|es|ed|ing))\s+the\s+$/i;
  if (count && COMPLETES.test(clauseBefore) && !/\b(?:and|&)\b/i.test(clauseBefore.replace(verbAnd, ' '))) {
    const value = COUNTS[count[1].toLowerCase()] ?? Number(count[1]);
    const placeEnd = end + count[0].length;
    return value >= 2 && value <= 30 ? place(start, placeEnd, value, readScopeAfter(text, placeEnd)) : null;
  }
  // "the pair of Corvettes snapping up the top two positions", "completing General Motors' top-two finish": first and
  // second, as a one-two.
  const topTwo = /^(?:[\s-]+(?:two|2)\s+(?:positions|places|spots)|-(?:two|2)(?=\s+finish\b))\b/i.exec(text.slice(end, end + 20));
  if (topTwo) {
    const placeEnd = end + topTwo[0].length;
    // A finish is a place only when taken ("secured a top-two finish"), not hoped or fought for.
    if (topTwo[0].startsWith('-') && !TOP_TWO_TAKEN.test(text.slice(Math.max(0, start - 60), start))) return null;
    if (isStandingsPlace(text.slice(placeEnd, placeEnd + 48)) || unheld(text, start)) return null;
    return { ...place(start, placeEnd, 1, readScopeAfter(text, placeEnd)), placeRange: [1, 2] };
  }
  const atTop = topOfTheOrder(text, start, end);
  if (atTop) return atTop;
  if (HEADLINE_TOP_AFTER.test(text.slice(end, end + 40)) && HEADLINE_TOP_BEFORE.test(text.slice(Math.max(0, start - 30), start))) {
    return place(start, end, 1, readScopeAfter(text, end));
  }
  const noun = /^[\s-]+(?:spot|position|place)\b/i.exec(text.slice(end, end + 12));
  if (!noun || /\b(?:speed|ten|three|five|six)\s*$/i.test(text.slice(Math.max(0, start - 8), start))) return null;
  const placeEnd = end + noun[0].length;
  if (isStandingsPlace(text.slice(placeEnd, placeEnd + 48)) || unheld(text, start)) return null;
  if (/^[\s-]+(?:spots|positions|places)\b/i.test(text.slice(end, end + 12))) return null;
  return place(start, placeEnd, 1, readScopeAfter(text, placeEnd));
}

// "claimed the top of the time-sheets", "moved to the top of the timing charts", "went to the top of the chart",
// "sat at the top of the times", "improved it to sit at the top of the timesheets": the head of the session's order, taken or held. Not "saw the top of the
// leaderboard changing", "a stint at the top of the charts" (a while, no one's place at the end), nor "to the top"
// alone, which mostly tells a moment ("then sprang to the top").
const OF_THE_ORDER = /^\s+of\s+(?:the\s+)?(?:(?:time|timing|lap)[\s-]?(?:sheets?|charts?|screens?|monitors?|tower|list)|timesheets?|charts?|times|leaderboard|running order|order|classification|(?:GTD\s?PRO|GTD|GTP|LMP[23]|DPi|Hypercar|LMGT3|GTE|class|qualifying|practice|session|Q\d|FP\d)\b)/i;
const MOVED_TO = String.raw`(?:jumped|jumps|moved|moves|went|goes|rose|rises|climbed|climbs|shot|leapt|returned|surged|surges|vaulted|sprang|springs|stormed|powered)\s+(?:up\s+)?to`;
const TAKEN_BEFORE = new RegExp(String.raw`\b(?:claimed|claims|claim|claiming|took|take|takes|taking|grabbed|seized|snatched|secured|held|holds|hold|holding|${MOVED_TO}|(?:was|were|is|sit|sitting|sat|sits|stayed|stays|remained|remains|ended(?: up)?|finished|wound up)\s+(?:\p{L}+\s+)?at)\s+the\s+$`, 'iu');
// "Hamilton then jumped to the top on his second push lap": the top moved to, with no order named, is the head of
// the order too (a moment, mostly, which the checker reads from the verb); not "returned to the top 5".
const MOVED_TO_BEFORE = new RegExp(String.raw`\b${MOVED_TO}\s+the\s+$`, 'iu');
const CLAUSE_GOES_ON = /^\s*(?:[,.;:!?]|$|(?:on|with|in|after|before|when|as|for|and|but|while|ahead|courtesy)\b)/i;

function topOfTheOrder(text: string, start: number, end: number): Figure | null {
  const after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, start - 40), start);
  const ofTheOrder = OF_THE_ORDER.test(after) && TAKEN_BEFORE.test(before);
  if (!ofTheOrder && !(MOVED_TO_BEFORE.test(before) && CLAUSE_GOES_ON.test(after))) return null;
  if (isStandingsPlace(after) || unheld(text, start)) return null;
  return place(start, end, 1, readScopeAfter(text, end));
}

// "will start from the front of the grid", "lines up at the front of the grid": the first grid slot, as pole is; "at
// the front of the field" alone tells a running order, and "the front of the grid" without a start a team's form.
const STARTS_FROM = /\b(?:start|starts|started|starting|line up|lines up|lined up|lining up|roll off|rolls off)\s+(?:from|at|on)\s+the\s+$/i;

// "looked set to start from the front", "hoping to line up at the front": a start in prospect.
const START_IN_PROSPECT = /\b(?:set|poised|likely|expected|hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|want(?:s|ed|ing)?|bid|tr(?:y|ies|ied|ying)|going)\s+to\s+(?:start|line up|roll off)\s+(?:from|at|on)\s+the\s+$/i;

/** "start from the front of the grid": first place on the grid. */
export function readFrontOfGrid(text: string, start: number, end: number): Figure | null {
  const ofTheGrid = /^\s+of\s+the\s+grid\b/i.exec(text.slice(end, end + 20));
  const before = text.slice(Math.max(0, start - 60), start);
  if (!ofTheGrid || !STARTS_FROM.test(before) || START_IN_PROSPECT.test(before)) return null;
  const placeEnd = end + ofTheGrid[0].length;
  return place(start, placeEnd, 1, readScopeAfter(text, placeEnd));
}

// "the No. 10 Acura led both practice sessions", "Hamilton led FP2": first in a session's order, as "topped" says
// it; not "led the race" or "led the championship", a running order or the standings.
const LED_SESSION = /^\s+(?:(?:both|all|each|every|the|\p{Lu}\p{L}+['’]s)\s+)?(?:(?:opening|first|second|third|final|morning|afternoon|night|two|three)\s+)?(?:[Pp]ractices?|[Ss]essions?|FP\d|[Ww]arm-?up|[Qq]ualifying|Q\d)(?![\p{L}\d])/u;

/** "led both practice sessions": first place in them. */
export function readLedSession(text: string, start: number, end: number): Figure | null {
  const session = LED_SESSION.exec(text.slice(end, end + 48));
  return session ? place(start, end, 1, readScopeAfter(text, end + session[0].length)) : null;
}

/** "a class-best lap", "best in class", "best-in-class": first in the class of the car meant. */
export function readClassBest(text: string, start: number, end: number): Figure | null {
  const before = text.slice(Math.max(0, start - 8), start);
  const classBefore = /(?<![\p{L}])class[\s-]$/iu.exec(before);
  if (classBefore) return { ...place(start - classBefore[0].length, end, 1, 'class'), ...lapRank(text, end) };
  const inClass = /^[\s-]in[\s-]class(?![\p{L}])/iu.exec(text.slice(end, end + 12));
  if (!inClass || /\b(?:second|third|fourth|fifth|next)[\s-]+$/i.test(text.slice(Math.max(0, start - 12), start))) return null;
  return place(start, end + inClass[0].length, 1, 'class');
}

/**
 * "noteerde de snelste tijd", "fuhr die Bestzeit", "marcó el mejor tiempo": first place in another language,
 * after an article and with no ordinal before ("de tweede snelste tijd" is the ordinal's to read).
 */
export function readBestTime(text: string, start: number, phrases: RegExp, ordinalBefore: RegExp): Figure | null {
  phrases.lastIndex = start;
  const phrase = phrases.exec(text);
  if (!phrase) return null;
  const before = text.slice(Math.max(0, start - 24), start);
  const end = start + phrase[0].length;
  // "Roman de Angelis (…), Bestzeit in 51″729": set off after a name, with its time, the phrase needs no article.
  const timed = /^\s+(?:in|mit|met|en|em|con|com|di|de)\s+\d/iu.test(text.slice(end, end + 8)) && /[,(]\s*$/.test(before);
  if ((!timed && !/(?<![\p{L}])(?:de|het|die|der|den|dem|el|la|il|le|o|a|sa|seine|ihre|zijn|haar|su|suo|son|seu)\s+$/iu.test(before)) || ordinalBefore.test(before)) return null;
  // "rast der Bestzeit hinterher", "zat de snelste tijd achterna": a best time chased, someone else's.
  if (/^\s+(?:hinterher|achterna)(?![\p{L}])/iu.test(text.slice(end, end + 14))) return null;
  const placed = place(start, end, 1, readScopeAfter(text, end));
  // "a volta mais rápida da história", "il giro più veloce di sempre": a lap ranked over all time, no session's.
  if (EVER_AFTER.test(text.slice(end, end + 40))) return { ...placed, rank: 'other' };
  // "marcó la vuelta más rápida", "die schnellste Runde": the fastest lap, which in a race ranks best laps, not the finish.
  return LAP_NOUN.test(phrase[0]) ? { ...placed, rank: 'best-lap' } : placed;
}

const EVER_AFTER = /^\s+(?:(?:da|de la|della|de l['’]|in de|der)\s+(?:história|historia|storia|histoire|geschiedenis|Geschichte)|di sempre|de todos os tempos|de todos los tiempos|de tous les temps|aller tijden|aller Zeiten|ever)(?![\p{L}])/iu;
const LAP_NOUN = /(?<![\p{L}])(?:runde|ronde|vuelta|giro|volta|tour)(?![\p{L}])/iu;

// "to a class-best lap of 1m17.231s": the class's best lap, which ranks by best lap as the session's order does.
function lapRank(text: string, end: number): { rank?: Figure['rank'] } {
  return /^\s+(?:lap|time)\b/i.test(text.slice(end, end + 8)) ? { rank: 'best-lap' } : {};
}

function unheld(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return FOUGHT_FOR.test(before) || LOST.test(before) || YARDSTICK.test(before);
}

function place(start: number, end: number, value: number, scope: string | null): Figure {
  return { kind: 'position', start, end, value, unit: 'place', notation: 'place-phrase', decimals: 0, scope };
}
