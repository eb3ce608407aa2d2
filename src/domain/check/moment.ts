import type { Claim } from '../claims';
import { segmentAround, sentenceBeforeLaterClause } from './hint-text';
import { withoutPenaltyReason } from './told-elsewhere';

// Whether a figure tells one moment of a session (after ten minutes, at first, until Rosberg improved) rather than
// its end: the timing holds each session's final order and best laps only.

// Words that place a figure at one moment of a session rather than at its end, in the present of a live report too
// ("Vettel has a terrible start and falls back to fifth", "drops to", "slips to").
// "after two runs", "after his first lap", "after ten minutes" place a figure in the session; "after a strong run during
// practice", "after a tricky run in Q3" say how it came about (one run, told by its quality, not counted).
// "early" is a moment of the session, not an "early-season championship leader" (a time of the year).
// "His first run" is a moment; a car put "in first with a 1m10.439s" is in first place, no first of anything.
const MOMENT =
  /\bafter\s+(?!an?\s+(?!(?:few|couple|handful|dozen|single|second|third|fourth|fifth|first|opening|initial)\b)[\p{L}-]+\s+(?:run|lap)\b)(?:\w+\s+){0,2}(?:minutes?|laps?|runs?)\b|\bearly\b(?![-‑\s](?:season|year|career|championship)\b)|\bat\s+(?:one|that|this|the)\s+(?:point|stage|time)\b|\binitial(?:ly)?\b|\bat first\b|\b(?:first|opening|initial|early)\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|dozen|few|handful of|couple of)\s+)?(?:flying\s+)?(?:runs?|laps?|attempts?|efforts?|minutes|stints?|salvo|tries)\b|\bfor a (?:while|time)\b|\b(?:up\s+)?to (?:that|this) point\b|\bso far\b|\bthus far\b|\bup (?:un)?till? then\b|\bbis (?:dahin|zu diesem Zeitpunkt)\b|\btot (?:dan toe|op dat moment)\b|\bjusque[- ]là\b|\bjusqu['’]alors\b|\bhasta (?:entonces|ese momento)\b|\bfino a (?:quel momento|allora)\b|\baté (?:então|aquele momento)(?![\p{L}])|\bbriefly\b|\bmomentarily\b|\btemporarily\b|\bbefore\s+the\s+(?:last|final)\s+(?:runs?|laps?|attempts?|efforts?|flyers?)\b|\bprovisional(?:ly)?\b|\buntil\b|\bbefore\s+\S+\s+(?:improved|went|took|set|bettered|beat|jumped)\b|\bmid-?(?:session|way|race)\b|\bhalf-?way\b|\bwith\s+(?:\S+\s+){1,2}(?:minutes?|laps?)\s+(?:left|remaining|to go)\b|\bthen\b|\b(?:daarna|danach|anschlie(?:ß|ss)end|ensuite|puis|poi)\b|\bat the (?:start|time)\b|\bopening laps\b|\bfirst lap\b|\b(?:into|at|through|out of)\s+(?:the\s+)?(?:first|opening)\s+(?:corner|turn|bend|chicane)\b|\bon lap \d+\b|\b(?:on|by|at|after|until|from)\s+the\s+\d+(?:st|nd|rd|th)\s+(?:lap|tour|giro|vuelta|Runde)\b|\b(?:leap(?:s|t|ed|ing)?|jump(?:s|ed|ing)?|vault(?:s|ed|ing)?|mov(?:e[sd]?|ing)|ris(?:es?|ing)|rose|climb(?:s|ed|ing)?|(?:made|making)\s+(?:his|her|its|their)\s+way)\s+(?:up\s+)?to\b|\b(?:\d{1,3}|a few|few|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)\s+(?:minutes?|laps?|hours?)\s+into\b|\b(?:took|takes|taking)\s+over\s+(?:in\s+)?(?:P1|top spot|first(?:\s+place)?|the lead|at the top)\b|\b(?:by|on|in|at)\s+lap\s+\d+|\b(?:fell|falls?|falling)\s+(?:into|to|back|down)\b|\blanguish\w*|\bpass(?:ed|ing)\b|\blap\s+(?:one|two|three|four|five|1|2|3|4|5)\s+(?:order|positions?|running order|classification|standings)\b|\b(?:running\s+)?order\s+(?:after|on|at the end of)\s+(?:lap\s+(?:\d{1,2}|one|two|three)|the\s+(?:first|opening)\s+lap)\b|\b(?:on|after|by|at the end of)\s+lap\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)\b|\bpick(?:ed|ing|s)?\s+off\b|\bovert(?:ook|aking|aken)\b|\bwas running\b|\b(?:was|were)\s+leading\b|\bwent wide\b|\bbegan to lead\b|\bdriver change\b|\bpits?\b|\bpit(?:ted|ting|stops?)\b|\b(?:a|the|his|her|their|its|one|two|three|first|second|third|final|last|late|early|extra|routine|scheduled|only|each)\s+(?:\p{Ll}+\s+)?stops?\b|\b(?:drop|slip)(?:s|ped|ping)\s+(?:back\s+|down\s+)?(?:in)?to\b|\b(?:slid(?:e|es|ing)?|tumbl(?:ed|es|ing)|slump(?:ed|s|ing))\s+(?:back\s+|down\s+)?(?:in)?to\b|\bg[eo]t(?:s|ting)?\s+(?:the jump on|ahead of|past|by)\b|\b(?:battle|fight|duel|scrap|tussle)\s+for\b|\b(?:pressur(?:is|iz)(?:ed|es?|ing)|harr(?:ied|ies|y|ying)|hound(?:ed|s|ing)?|hassl(?:ed|es?|ing))\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}for\b|\b(?:took|grabbed|snatched|seized)\s+P1\s+from\b|\b(?:re-?claimed|regained|retook|lowered)\s+(?:the\s+)?(?:P1|top spot|first place|lead|top)\b|\b(?:on|in)to\s+P1\b|(?<!-)\b(?:second|third|fourth|fifth)\s+(?:(?!(?:fastest|quickest|best)\b)[\p{L}-]+\s+){0,2}(?:lap|run|attempt)\b|\ba first time\b|(?<!\b(?:in|into|to)\s+)\bfirst\s+(?!(?:\p{Lu}[\p{L}\d]*\s+){0,3}(?:pole|place|position|row|time|win|victory|podium|one-two|1-2|lockout|career|ever|night|season|title|championship|round|event|edition|appearance|visit|outing|race|sector|split|corner|turn|chicane|coming|came|of|practi[cs]e|session|qualifying|free|points?|(?:[\p{L}-]+\s+)?finish(?:es)?|with|ahead|across|by)\b)\p{L}+/iu;
// The same in the other languages: a first run ("In zijn eerste run in Q1 snelt Verstappen naar de snelste tijd", "im
// ersten Versuch", "en su primer intento") and "at that moment" ("de op dat moment derde tijd", "à ce moment-là").
// "The race started with Leclerc leading from pole, … Bottas takes second": the start told as it happened.
const MOMENT_ELSEWHERE =
  /(?<![\p{L}])(?:(?:eerste|ersten?|erster|premier|première|primer|primera|primo|prima|primeira|primeiro)\s+(?:run|poging|versuch|anlauf|essai|tentative|intento|tentativo|tentativa|giro lanciato|vuelta lanzada)|op dat moment|zu diesem zeitpunkt|à ce moment(?:-là)?|en ese momento|in quel momento|naquele momento|nesse momento|the race (?:started|began) with)(?![\p{L}])/iu;
// "a final improvement … right up until the checkered flag", "passed Campbell on the final lap": the moment is
// the session's end, so the order it gives is the final one.
// So does a time that "held up to be the fastest lap of the day" or "stood as the session's best", and "turned the best
// lap in the segment". So does "a five-second gap which he managed to maintain until the finish": a gap kept to the
// end is the final one, whatever moment it was opened at.
const END_OF_SESSION =
  /\b(?:final|last)\s+(?:improvement|lap|laps|run|attempt|effort|flyer|flying lap|tour|corner)\b|\b(?:chequered|checkered)\s+flag\b|\bat the (?:flag|finish)\b|\b(?:held|holds|stood|stands|hold|stand)\s+(?:up\s+)?(?:to be|as)\b|\b(?:remained|stayed)\s+(?:the\s+)?(?:fastest|quickest|best|on top)\b|\b(?:fastest|quickest|best)\s+(?:lap|time)\s+(?:of|in)\s+the\s+(?:day|session|segment)\b|\b(?:at|by)\s+the\s+end\s+of\s+(?:the\s+)?(?:session|race|qualifying|Q[123])\b|\b(?:maintain(?:ed|s|ing)?|ke(?:pt|eps?|eping)|h[oe]ld(?:s|ing)?)\s+(?:it\s+|that\s+)?(?:all the way\s+)?(?:until|till|to)\s+the\s+(?:finish|flag|(?:chequered|checkered)\s+flag|end)\b/i;
// A place taken at the end: "finished fourth after …", "had to settle for third after …", "ultimately finishing 8.6s ahead".
// So is a place one qualified in ("qualified a low seventh … having aborted his initial flyer"), and a winning margin
// ("to take the class win by over 40 seconds"), and a place one was "on his way to" or "en route to" (where the
// session ended), and the gap told right after a place finished in ("as Vettel finished second, 16.6s behind
// Rosberg - it had been as much as 19.8s on the 44th lap").
// "the #15 WRT BMW came home fourth, executing a bold fuel-only final stop": coming home is finishing; "secure victory
// by a margin of just 2.3 seconds" is a winning margin however it is worded; "a fantastic drive to fourth", "Rosberg's
// dire run to 18th": a drive or run told whole, up to the place it ended in. "a push for fastest lap in the final
// stint took his winning margin up to 10.8 seconds": a winning margin is the gap at the flag. "while the #93 car …
// rounded out the top five", "Perez rounding out the top five": rounding out an order is holding its last place at the end.
const FINAL_RESULT =
  /\b(?:finish(?:ed|es|ing)?|round(?:ed|s|ing)? out|cross(?:ed|es|ing)? the (?:finish )?line|took the (?:chequered|checkered) flag|ended(?: up)?|classified|qualif(?:ied|ies)|wound up|settled? for|settling for|in the end|c[ao]mes? home|coming home)\s+(?:\p{L}+\s+){0,2}$|\b(?:win|won|victory)\s+by\s+(?:(?:a|the)\s+(?:margin|gap)\s+of\s+)?(?:\p{L}+\s+){0,2}$|\b(?:winning|victory|final)\s+(?:margin|gap|advantage)\s+(?:up\s+)?(?:to|of|was|at)\s+(?:\p{L}+\s+){0,2}$|\b(?:drive|drove|run)\s+to\s+$|\b(?:on\s+(?:his|her|its|their)\s+way|en route)\s+to\s+(?:\p{L}+\s+){0,2}$|\b(?:finish(?:ed|es|ing)?|cross(?:ed|es|ing)? the line|came home)\s+(?:in\s+)?(?:\p{L}+\s+)?[\p{L}\d]+,\s+(?:(?:just|only|some|around|about)\s+)?$/iu;

const FINAL_AFTER = /^(?:\s+place)?\s+(?:in the end|at the (?:end(?!\s+of)|flag|finish|chequered flag|checkered flag))\b/i;

// "Sergio Perez recovered to fifth", "the #50 Ferrari to fight back to second", "clawed back to fifth": a comeback
// told in one verb ends where the driver finished, whatever moment (a pit-lane start, a clash) it came back from;
// unless the words after it say it was overturned ("recovered to fifth before a puncture") or give a lap.
const RECOVERED = /\b(?:recover(?:ed|s|ing)?|(?:fought|fights?|fighting|clawed|claws?|clawing|battled|battles?|battling)\s+(?:(?:his|her|its|their)\s+way\s+)?back)\s+(?:up\s+)?to\s+(?:\p{L}+\s+){0,1}$/iu;
const RECOVERY_OVERTURNED = /^[^.;]*?\b(?:before|until|till|only to|by lap|on lap|at half-?way)\b/i;

function recovered(text: string, claim: Pick<Claim, 'start' | 'end'>): boolean {
  return RECOVERED.test(text.slice(Math.max(0, claim.start - 50), claim.start)) && !RECOVERY_OVERTURNED.test(text.slice(claim.end, claim.end + 80));
}

// "set a lap at 101.142 mph to take the provisional pole": a place called provisional is the order at one moment,
// whatever the words around it say.
const PROVISIONAL = /\bprovisional(?:ly)?\s+$/i;

// "improved to eighth position before the rest of those attempting to survive completed their runs", "before the others
// had finished": a place held until the rest of the field had their go, not the one the session ended with, even
// when it came from the driver's last run.
const BEFORE_THE_OTHERS = /^[^,]*?\bbefore\s+(?:the\s+)?(?:rest|others|remaining\s+(?:drivers|cars|runners)|the\s+field)\b(?:\s+[\p{L}'’-]+){0,6}?\s+(?:had\s+)?(?:complet|finish|improv|set|went|came|cross)\w*/iu;

// A moment of the session, named anywhere in the sentence, unless the claim is a starting place (the grid is set
// once qualifying ends) or a place taken at the session's end.
export function isMoment(text: string, claim: Pick<Claim, 'start' | 'end' | 'sentence'>, grid: boolean): boolean {
  if (!grid && PROVISIONAL.test(text.slice(Math.max(0, claim.start - 16), claim.start))) return true;
  if (poleEpithet(text, claim)) return false;
  // Held until the others had their go, whatever last run it came from.
  if (!grid && BEFORE_THE_OTHERS.test(text.slice(claim.end, claim.end + 120).split(/[.;!?]/)[0])) return true;
  if (!grid && throughTheRace(claim.sentence)) return true;
  if (!grid && placedDescriptor(text, claim)) return !RESULT_WORDS.test(claim.sentence) && !END_OF_SESSION.test(claim.sentence);
  // "claimed a 1-2 finish", "a fifth-place finish": the place at the flag, whatever happened on the way.
  if (/^(?:-place)?\s+finish\b/i.test(text.slice(claim.end, claim.end + 20))) return false;
  // "Massa, who fell back to fifth in the end behind Hamilton": a place said to be the one at the end is the result,
  // whatever fall or fight took the driver there.
  if (FINAL_AFTER.test(text.slice(claim.end, claim.end + 30))) return false;
  const told = asideAround(text, claim) ?? withoutNonMoments(sentenceBeforeLaterClause(afterContrast(text, claim), text, claim).replace(SAID_THEN, ''), text, claim);
  if (grid || !(MOMENT.test(told) || MOMENT_ELSEWHERE.test(told)) || END_OF_SESSION.test(segmentAround(text, claim)) || securedPole(text, claim)) return false;
  return !FINAL_RESULT.test(text.slice(Math.max(0, claim.start - 40), claim.start)) && !recovered(text, claim);
}

// "ahead of the first Porsche Penske Motorsport 963 of Felipe Nasr", "in the first M Hybrid V8": "first" before a
// make or car counts the cars, not the runs; "Nick Tandy was third fastest, then Chip Ganassi Racing's Renger van der
// Zande": a "then" before a name goes on down the order. Case matters: a capital opens a name ("his first Q1 run" is
// still a moment).
const CAR_ORDINAL = /\b(?:the|his|her|its|their)\s+first\s+(?=\p{Lu})(?!Q[1-3]\b)(?![\p{L}\d-]+\s+(?:run|lap|attempt|stint|flyer|effort)s?\b)/gu;
// So does "then" before a name its role describes ("Estre and Vanthoor were third, then teammates Julien Andlauer and
// Mathieu Jaminet"), and the Italian "poi" ("Van der Zande è 3°, poi troviamo Oliver Jarvis con la Mazda", "Secondo
// Hulkenberg, poi Bottas").
const LISTING_THEN =
  /,\s*(?:then|poi)\s+(?:(?:troviamo|ecco|c['’]è)\s+)?(?:(?:team-?mates?|compatriots?|countrym[ae]n|stable-?mates?|rookies?)\s+)?(?=(?:the\s+|la\s+|il\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:['’]s)?(?:\s+(?:\p{Lu}|\(|#|No\.|in\b|with\b|and\b|con\b|e\b)|\s*[,.;]))/gu;
// "Then came Yuki Tsunoda, Fernando Alonso and Nico Hulkenberg, while Pierre Gasly rounded out the top 10": "then"
// with "came" or "followed" and the names after it goes on down the order, as the comma form does.
const THEN_CAME = /\b(?:[Aa]nd\s+)?[Tt]hen\s+(?=(?:came|come|followed|follow)\s+(?:the\s+)?\p{Lu})/gu;

// "his first pole position since PMR moved to GTD PRO": a "since" clause tells the time before this session.
const SINCE_CLAUSE = /\bsince\s+(?!(?:the\s+)?(?:lap|start|green|restart|beginning|opening)\b)[^,;.]*/giu;

// "Fastest Lap: Michael Schumacher (Mercedes), 1:18.725 on lap 57", "Snow turned his best time, good for pole, on his
// fourth lap": the lap a best lap was set on, no moment.
const BEST_LAP_ON = /\b(?:fastest|quickest|best)\s+(?:race\s+)?(?:lap|time)\b[^;\n]{0,80}?\s(?:on|in)\s+(?:lap\s+\d+|(?:his|her|its|their)\s+\p{L}+\s+(?:lap|attempt|run|tour))\b/giu;
const SET_ON = /\s(?:on|in)\s+(?:lap\s+\d+|(?:his|her|its|their)\s+\p{L}+\s+(?:lap|attempt|run|tour))$/iu;

// "Verstappen, after dropping back to ninth place on the first lap, drove a storming race to take the grand prix,
// 2.7 seconds ahead": a participle clause set off between the subject and its verb tells what came before; its
// moment is not the main clause's.
const PARTICIPLE_ASIDE = /(?<=[\p{L}'’)])\s*,\s*(?:after\s+\p{Ll}+ing|having\s+\p{Ll}+(?:ed|en|un|ne|wn|ld|lt|nt|ot|ught))\b[^,;.]*,(?=\s*(?:\p{Ll}+\s+){0,1}\p{Ll}+)/gu;

// "Deletraz, who was fastest in practice Saturday morning, went to the top with five minutes left": a figure inside an
// aside about the driver is told by the aside alone, not by the moment of the clause around it; and a figure outside
// it not by the aside ("Schumacher, who has been strong all weekend so far in Australia, was able to get his Mercedes
// into fourth position").
const WHO_ASIDE = /,\s*who\s+[^,;]*,/giu;
// "After taking the lead from the No. 93 Acura – in which Nick Yelloly claimed the Motul Pole Award – during pit
// stops": a relative clause set off by dashes tells of the car, not of the moment around it.
const DASHED_ASIDE = /\s[–—]\s+(?:in which|on which|with which|who|whose|which|where)\s+[^–—;.]*?\s[–—](?=\s)/giu;

function asideAround(text: string, claim: Pick<Claim, 'start' | 'end'>): string | null {
  const from = Math.max(0, claim.start - 120);
  for (const aside of [WHO_ASIDE, DASHED_ASIDE]) {
    for (const found of text.slice(from, claim.end + 120).matchAll(aside)) {
      const start = from + found.index;
      if (start < claim.start && start + found[0].length >= claim.end) return found[0];
    }
  }
  return null;
}

// "Ferrari's best so far this season", "conditions different from those the drivers had seen so far this weekend",
// "the preparation-fueled dominance evident so far this weekend" (form shown over the weekend, not the figure's own
// time, which "the fastest man of the weekend so far" is): a span longer than the session, or one the figure is
// compared with, not a moment of the session.
const SO_FAR_BEYOND = /\bso far\s+(?:this|in the)\s+(?:season|year|campaign|championship)\b|\b(?:season|year|campaign)\s+so far\b|\b(?:evident|shown|seen|displayed)\s+so far\s+this\s+(?:weekend|week)\b|\bthan\b[^,;.]*\bso far\b/giu;

// "seventh after an early collision with Gasly": an incident called early is why the place is what it is, not when.
const EARLY_INCIDENT = /\bearly\s+(?=(?:[\p{L}-]+\s+)?(?:collision|clash|contact|spin|incident|puncture|crash|tangle|error|mistake|problem|issue|setback|drama|damage|off)\b)/giu;

// "Fourth and fifth place respectively for the two Red Bulls, with Mark Webber – thanks to an excellent pit stop
// strategy – beating …": what a result is owed to is its cause, not the moment it is told at.
const OWED_TO = /\b(?:thanks to|courtesy of)\s+[^,;.–—()]{0,60}/giu;

// "a quicker time then both of the Red Bull Racing cars": a "then" after a comparative is a misspelt "than", no moment.
const COMPARATIVE_THEN = /\b(?:quicker|faster|slower|better|worse|higher|lower|more|less|further|closer)\s+(?:\p{L}+\s+){0,2}?then\b/giu;

// "The pole was his first in IMSA and the first at CTMP for Paul Miller Racing": a first counted in a series, at a
// track or for a team is a count of poles or wins, no first run; so is one joined to a count before it ("his fourth
// career Motul Pole Award and first for the Rolex 24").
const COUNTED_FIRST = /\b(?:his|her|its|their)\s+first\s+(?=(?:in|at|for|since|with|as)\s)|\b(?:the|and)\s+first\s+(?=(?:at|in|for)\s+(?:the\s+)?(?!Q[1-3]\b)\p{Lu})/gu;

// "Fourth and fifth place respectively for the two Red Bulls, with Mark Webber – thanks to an excellent pit stop
// strategy – beating …", "a two-stop strategy": a plan for the stops is how the result came about, no stop of the story.
// "Bottas finished third after a late stop to successfully gain the fastest lap bonus point", "he demanded a late stop
// for softs to take the fastest lap away from Perez": a stop made for the fastest lap is how it was set, no moment of it.
const STOP_FOR_FASTEST_LAP = /\b(?:a|the|his|her|their|its)\s+(?:\p{Ll}+\s+)?stop\b(?=[^,;.]{0,40}?\bto\s+(?:\p{L}+\s+){0,3}(?:the\s+)?fastest\s+lap\b)/giu;

const STOP_STRATEGY = /\b(?:pit[- ]?stop|pit|one[- ]stop|two[- ]stop|three[- ]stop)\s+strateg(?:y|ies)\b/giu;

// "climbed from seventh to fourth despite incurring a five-second penalty for a pit lane violation": what a penalty
// was for is the offence, not the moment the figure is told at; its pit lane or pass is no stop or overtake of the story.
const PENALTY_REASON = /\bpenalt(?:y|ies)\s+for\s+[^,;.]{0,60}/giu;

function withoutNonMoments(told: string, text: string, claim: Pick<Claim, 'start'>): string {
  const figureAt = claim.start - text.lastIndexOf(told.slice(0, 24), claim.start);
  const without = told
    .replace(EARLY_INCIDENT, '')
    .replace(OWED_TO, (found) => (figureAt >= told.indexOf(found) && figureAt < told.indexOf(found) + found.length ? found : ''))
    .replace(STOP_STRATEGY, '')
    .replace(STOP_FOR_FASTEST_LAP, '')
    .replace(PARTICIPLE_ASIDE, (found, at: number) => (figureAt >= at && figureAt < at + found.length ? found : ','))
    .replace(CAR_ORDINAL, 'the ')
    .replace(LISTING_THEN, ', ')
    .replace(THEN_CAME, '')
    .replace(SINCE_CLAUSE, '')
    .replace(SO_FAR_BEYOND, '')
    .replace(BEST_LAP_ON, (found) => found.replace(SET_ON, ''))
    .replace(WHO_ASIDE, ',')
    .replace(DASHED_ASIDE, ' ')
    .replace(COUNTED_FIRST, '')
    .replace(PENALTY_REASON, (found) => (figureAt >= told.indexOf(found) && figureAt < told.indexOf(found) + found.length ? found : ''))
    .replace(COMPARATIVE_THEN, (found) => found.replace(/then$/i, 'than'));
  return withoutPenaltyReason(without);
}

// "and then improved even further to 1m12.445s to ensure pole by a tenth": a pole, or its margin, that a purpose
// clause says was made sure of is the session's outcome, whatever moment the words before it told.
const SECURED = /\bto\s+(?:ensure|secure|clinch|claim|seal|snatch|grab|take|win|earn|wrap up)\s+(?:(?:the|his|her|their|its)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const SECURED_BY = /\bto\s+(?:ensure|secure|clinch|claim|seal|snatch|grab|take|wrap up)\s+(?:(?:the|his|her|their|its)\s+)?(?:[\p{L}-]+\s+)?pole(?:\s+position)?\s+by\s+(?:(?:just|only|a\s+mere)\s+)?$/iu;

// "with Jaminet getting to within 0.09s of the sister car to ensure the Porsche 1-2": a figure whose own clause goes on
// to make a pole or one-two sure is that outcome's margin ("by 0.027s, and then improved … to ensure pole" is not).
const SECURED_AFTER = /^[^,;:–—]*?\bto\s+(?:ensure|secure|clinch|seal|complete|wrap up)\s+(?:(?:the|his|her|their|its|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}(?:pole|1-2|one-two|front[- ]row|lockout)\b/iu;

function securedPole(text: string, claim: Pick<Claim, 'start' | 'end'>): boolean {
  const before = text.slice(Math.max(0, claim.start - 60), claim.start);
  // "to ensure the Porsche 1-2", "to secure a front-row lockout": a one-two or front row made sure of is an outcome too.
  return (/^(?:pole|1-2|one-two|front row)/i.test(text.slice(claim.start, claim.end)) && SECURED.test(before)) || SECURED_BY.test(before) || SECURED_AFTER.test(text.slice(claim.end, claim.end + 100));
}

// "„…“, sagte Vettel anschließend", "said Hamilton afterwards": when a quote was given, not a moment of the session.
const SAID_THEN =
  /(?<!\p{L})(?:said|says|added|explained|sagte|sagt|meinte|erklärte|ergänzte|zei|a (?:dit|déclaré|expliqué)|dijo|explicó|ha detto|disse)\s+(?:[\p{L}-]+\s+){0,2}?(?:afterwards|later|then|anschlie(?:ß|ss)end|danach|später|dann|daarna|later|ensuite|puis|après|después|luego|poi|dopo|depois)(?!\p{L})/giu;

// "At that point Hamilton was provisionally fastest, but … Rosberg vaulted his team mate to claim top spot": a
// moment told before a "but" is overturned when what follows says how the session ended ("eventually", "to claim
// top spot", "only for … to secure the pole"); "He took P1 from Vettel but his lap was only a 1:16.810" goes on
// telling the moment.
const CONTRAST = /(?:,\s*|\s)(?:but|yet|only for|however,?)\s/gi;
const OUTCOME = /^only for\b|\b(?:eventually|ultimately|finally|in the end|managed to)\b|\b(?:to|and)\s+(?:claim|secure|take|grab|snatch|seal|clinch|set)\b/i;

// "attempted a second hot lap … but was still 0.076 seconds shy of Nasr": an attempt that changed nothing leaves
// the order as the session ended.
const ATTEMPT = /\b(?:attempt(?:ed|ing|s)?|tr(?:ied|ying|ies)|went out again|another (?:run|lap|attempt|go))\b/i;
const STILL = /^but\s+(?:\p{L}+\s+){0,2}still\b/iu;

function afterContrast(text: string, claim: Pick<Claim, 'start' | 'sentence'>): string {
  const sentenceStart = text.lastIndexOf(claim.sentence.slice(0, 24), claim.start);
  if (sentenceStart < 0) return claim.sentence;
  const at = claim.start - sentenceStart;
  let from = 0;
  for (const found of claim.sentence.matchAll(CONTRAST)) {
    const cut = found.index + found[0].length;
    const after = found[0].replace(/^[,\s]+/, '') + claim.sentence.slice(cut, at);
    if (cut <= at && (OUTCOME.test(after) || (STILL.test(after) && ATTEMPT.test(claim.sentence.slice(from, found.index))))) from = cut;
  }
  return claim.sentence.slice(from);
}

// "While the leading #93 and the second-placed #6 Porsche opted for new tyres": a place that describes a car
// gives the order at the moment narrated, unless the sentence is about the result ("Completing the podium was
// the #36, just under a second behind the second-placed Ferrari").
const RESULT_WORDS = /\b(?:podium|finish(?:ed|es|ing)?|result|won|win|victory|chequered|checkered|flag|classified|qualif\w*|grid|pole)\b/i;

// "with Vettel shadowing him within two seconds gap all the way", "the gap hovered around a second all race": a gap
// kept through the race is no gap at the flag, unless the sentence speaks of the result.
const THROUGH_THE_RACE = /\ball the way\b(?!\s+(?:to|until|till|from)\b)|\ball race\b|\b(?:the\s+)?(?:whole|entire)\s+race\b|\bthroughout\s+the\s+race\b/i;
const FLAG_WORDS = /\b(?:finish(?:ed|es|ing)?|won|win(?:s|ning)?|victory|flag|crossed the line|classified|result)\b/i;

function throughTheRace(sentence: string): boolean {
  return THROUGH_THE_RACE.test(sentence) && !FLAG_WORDS.test(sentence);
}

// "with polesitter Jaminet dropping to third", "the polesitting No. 60": a title the car took in qualifying, which
// the moment the sentence tells does not change.
// So is "was the pole winner" and "the Motul Pole Award-winning No. 24 BMW", written as two words or with the award.
function poleEpithet(text: string, claim: Pick<Claim, 'start' | 'end'>): boolean {
  // "was the pole winner", "the Motul Pole Award-winning No. 24 BMW": spelt apart or with the prize's name.
  return /^poleman$/i.test(text.slice(claim.start, claim.end)) || /^pole(?:[\s-]award)?[\s-]?(?:sitt|winn)/i.test(text.slice(claim.start, claim.end + 16));
}

function placedDescriptor(text: string, claim: Pick<Claim, 'start' | 'end'>): boolean {
  return /-placed$/i.test(text.slice(claim.start, claim.end));
}

// "By lap 5, Vettel was still behind Hamilton … Behind Vettel, Alonso and Ricciardo occupied the third and fourth
// places": a sentence that names no time of its own, right after one set at a lap or a moment of the race, goes on
// telling that moment, unless it speaks of the result; so does one after "by which time the Acuras were already in
// the 1min19sec zone" or "just before the halfway mark"; not one whose figure "held up to be the fastest of the day".
// So does one right after a change of lead ("Van Der Zande … en profite pour passer en tête de la course. La Porsche #6
// reste en troisième position"): the lead changed at that moment of the race, and the order told next is the one then.
const LAP_MOMENT = /\b(?:took|takes|taking|inherited|inherits|inheriting)\s+(?:over\s+)?the\s+lead\b|(?<![\p{L}])(?:pass(?:er|e|ait)\s+en\s+tête|pren(?:d|nent|ait|dre)\s+la\s+tête|pass(?:a|ando|are)\s+in\s+testa|pren(?:de|dere|dendo)\s+il\s+comando|(?:se\s+pone|ponerse)\s+en\s+cabeza|übernimmt\s+die\s+Führung|übernahm\s+die\s+Führung|neemt\s+de\s+leiding|nam\s+de\s+leiding)(?![\p{L}])|\b(?:by|on|in|at|after|until)\s+(?:the\s+)?lap\s+\d+|\b(?:on|by|at|after|until)\s+the\s+\d+(?:st|nd|rd|th)\s+lap\b|\blap\s+\d+\b|\bearly (?:on|laps|stages)\b|\bopening laps\b|\bat (?:that|this) (?:point|stage)\b|\bafter\s+\S+\s+(?:minutes?|laps?)\b|\bhalf-?way\b|\bby (?:which|that|this) time\b|\bby then\b/iu;

export function continuesMoment(text: string, claim: Pick<Claim, 'start' | 'end' | 'sentence'>): boolean {
  if (asideAround(text, claim) !== null) return false;
  const lineStart = text.lastIndexOf('\n', claim.start - 1) + 1;
  const sentenceStart = Math.max(lineStart, text.lastIndexOf(claim.sentence.slice(0, 24), claim.start));
  const before = text.slice(lineStart, sentenceStart).trimEnd();
  const previous = before.slice(Math.max(...['.', '!', '?'].map((mark) => before.lastIndexOf(mark, before.length - 2))) + 1);
  return previous.trim() !== '' && LAP_MOMENT.test(previous) && !RESULT_WORDS.test(claim.sentence) && !END_OF_SESSION.test(claim.sentence) && !FINAL_RESULT.test(text.slice(Math.max(0, claim.start - 40), claim.start)) && !recovered(text, claim);
}
