import { ranksClasses } from './class-ranked';
import { labelsAHolder } from './labelled-line';
import { readScopeAfter } from './scope';
import type { Figure } from './types';

// "was fastest", "after being fastest in FP2", "ended up quickest in GTD", "Montecalvo quickest in GTD with …", "set the fastest lap of the
// session", "set the best time", "topped the timesheets", "topping GTD PRO": first place, said without a number. Not "the fastest
// lap of the weekend to that point" alone, "second-fastest", "fastest in the first sector" or "fastest pit stop".
// "with Leclerc momentarily quickest in 1'32\"523": a name then the superlative, an adverb perhaps between, as after a copula.
const VERB_BEFORE = /(?:\b(?:was|were|is|are|being|went|go|goes|ended(?: up)?|finished|proved|remained|emerged|stayed|came out|wound up)\s+(?:(?:the|overall|comfortably|easily|again|once again|narrowly|\p{L}+ly)\s+){0,2}|\p{Lu}\p{L}+\s+(?:\p{Ll}+ly\s+)?)$/u;
// "set the fastest lap", "turned in the fastest lap Saturday", "posting the fastest time": the best lap of all.
// "to take the fastest lap away from Perez", "to grab the fastest lap", "steal the fastest lap from Vettel": a race's
// fastest lap is taken from whoever held it, so a verb of taking sets it as one of setting does.
const SET_BEFORE = /\b(?:take|takes|took|taking|grab|grabs|grabbed|grabbing|snatch|snatched|snatching|steal|steals|stole|stealing|claimed|claiming|secured|securing|set|sets|setting|turned(?: in)?|turning(?: in)?|posted|posting|posts|clocked|clocking|recorded|produced|banged in|with|had|la(?:id|ys|ying) down|put(?:s|ting)? (?:in|up)|logged|logging|registered|delivered|notched|banked)\s+(?:the|his|her|their)\s+(?:\p{L}+['’]s\s+)?$/iu;
// "a crack at the fastest lap", "trying to take the fastest lap", "the battle to grab the fastest lap": one striven for.
const TAKING_IN_PROSPECT = /\b(?:try|tries|tried|trying|attempts?|attempted|attempting|bid|hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|want(?:s|ed|ing)?|going|chance|battle|fight|push(?:ed|ing)?|bid)\s+(?:and|to)\s+\p{L}+\s+(?:the|his|her|their)\s+$/iu;
// "The Finn clocked a fastest lap in one minute and 25.154 seconds": the same with "a", after a verb of setting only
// ("with a fastest lap of 1:21.3" is one's own best in a results line).
const SET_A_BEFORE = /\b(?:set|sets|setting|clocked|clocking|posted|posting|recorded|produced|banged in|turned in|delivered)\s+a\s+$/i;
// "the fastest lap of the weekend", "of the entire three days", "the fastest race lap ever at Silverstone": a lap
// ranked over more than one session, which no session's timing ranks.
export const BEYOND_SESSION = /^[^.,;:!?]{0,24}?\b(?:(?:of|in|over|across)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:weekend|week|event|meeting|test|year|season|(?:\w+\s+)?days)\b|ever\b|all[- ]time\b)/i;
// "with a lap at 135.891 mph, the fastest lap of the weekend": the lap just given, named in apposition.
const APPOSITION = /(?:\d[:.'’]\d{2}[.,]\d{1,3}\s?s?|\d\s?(?:mph|km\/h|kph|s|secs?|seconds))\s*,\s+the\s+$/iu;
const COPULA_THE = /\b(?:is|was|are|were|stands? as|remains?|remained)\s+the\s+$/i;
const LAP_AFTER = /^\s+(?:race\s+)?(?:lap|time|timing)\b/i;
const NOT_FIRST = /^\s*(?:-|(?:sector|speed|stop|pit|trap|stint|average)\b)/i;
// A capitalised name right after the superlative, or "of the" and one: a make or a team, not a day or a class.
const AMONG_MAKE = /^\s+(?:of\s+the\s+(?:two\s+|three\s+|four\s+)?)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|In|On|At|As|And|But|With|By|Lap|Laps|Time|Times)\b)\p{Lu}\p{Ll}[\p{L}-]*/u;
const RANKED_BEFORE = /(?:\d(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|\w+est)[\s-]+$/i;
const TOPPED = /^\s+(?:the\s+)?(?:(?:time|lap)\s*(?:sheets?|charts?|screens?)|timesheets?|charts?|leaderboard|order|field|session|standings|running|(?:GTD\s?PRO|GTD|GTP|LMP[23]|DPi|GTLM|Hypercar|LMGT3|GTE|class|qualifying|practice|warm-up|FP\d|Q\d)\b)/i;

export function readSuperlative(text: string, start: number, end: number): Figure | null {
  const word = text.slice(start, end).toLowerCase();
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 48);
  if (RANKED_BEFORE.test(before) || ranksClasses(before, after)) return null;
  if (word.startsWith('top')) {
    if (!TOPPED.test(after) || /standings/i.test(after.slice(0, 24))) return null;
    return figure(start, end, null);
  }
  if (NOT_FIRST.test(after)) return null;
  // "quickest of those eliminated in Q2": first of the ones out, so 11th behind the ten of Q3; first out of Q1 counts
  // from a field size the text does not give, so no place.
  const ofTheOut = /^\s+of\s+(?:those|the\s+(?:drivers|cars|ones))\s+(?:who\s+(?:were|was)\s+)?(?:eliminated|knocked out|dumped out|dropped out|to drop out|to miss out|who missed out|to fall)\b([^.;:!?]{0,24})/i.exec(after);
  if (ofTheOut) return /\bQ2\b/.test(ofTheOut[1]) && VERB_BEFORE.test(before) ? { ...figure(start, end, null), value: 11 } : null;
  // "Fastest Lap: Michael Schumacher (Mercedes), 1:18.725" in a results block: the best lap of all, its holder after.
  const label = /^\s+lap(?![\p{L}])/iu.exec(after);
  if (label && labelsAHolder(before, after.slice(label[0].length))) return { ...figure(start, end + label[0].length, null), rank: 'best-lap' };
  // "was the quickest Acura, fifth overall", "the fastest of the Porsches in third": first of one make, not of all.
  if (AMONG_MAKE.test(after) && readScopeAfter(text, end) === null) return null;
  const lapOfSession = ((SET_BEFORE.test(before) && !TAKING_IN_PROSPECT.test(before)) || (word !== 'best' && SET_A_BEFORE.test(before)) || APPOSITION.test(before) || namedSession(before, after)) && LAP_AFTER.test(after);
  // "turned the best lap in the segment", "set the best timing": "best" ranks all only as the lap of the session;
  // "set his best lap" is his own.
  if (word === 'best' && !(lapOfSession && /\bthe\s+$/i.test(before))) return null;
  // "even setting his fastest lap of Q2 on the supersoft tyre": his own quickest, as "his best lap" is, no place.
  if (lapOfSession && /\b(?:his|her|their)\s+$/i.test(before)) return null;
  if (!lapOfSession && !VERB_BEFORE.test(before)) return null;
  // A lap or a column named, not set ("the fastest lap of the weekend", a table's head "Time Fastest Laps"); but
  // "his 132.595 mph is the fastest lap of the weekend so far" ranks a lap said just before over several sessions.
  const placed = figure(start, end, readScopeAfter(text, end));
  if (!lapOfSession && /^\s+(?:laps?|times?)\b/i.test(after)) return COPULA_THE.test(before) && BEYOND_SESSION.test(after) ? { ...placed, rank: 'other' } : null;
  if (lapOfSession && BEYOND_SESSION.test(after)) return { ...placed, rank: 'other' };
  return lapOfSession ? { ...placed, rank: 'best-lap' } : placed;
}

// "The fastest lap of the session came from Tincknell": the best lap, its session named; not one it fell short of.
const OF_SESSION = /^\s+(?:race\s+)?(?:lap|time)\s+(?:of|in)\s+(?:the\s+)?(?:session|day|qualifying|practice|race|warm-up|(?:opening|first|second|third|final|morning|afternoon|night)\s+(?:session|practice)|Q\d|FP\d)\b/i;
const SHORT_OF = /\b(?:off|from|behind|short of|shy of|adrift of|away from|to|than|beat|beating|match|matching|improve on|improved on|slower than)\s+the\s+$/i;

function namedSession(before: string, after: string): boolean {
  return /(?:^|[^\p{L}])the\s+$/iu.test(before) && !SHORT_OF.test(before) && OF_SESSION.test(after);
}

function figure(start: number, end: number, scope: Figure['scope']): Figure {
  return { kind: 'position', start, end, value: 1, unit: 'place', notation: 'superlative', decimals: 0, scope };
}
