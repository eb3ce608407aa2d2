import type { Claim } from './types';

// "it missed pole by only 0.112s", "two tenths off pole", "0.056s off the top spot", "1.5sec behind the polesitter":
// a gap measured against the place-1 holder, whom the text has named before as holding first place.
// "0.176s off the pace", "8.5 seconds off the winning Ferrari", "a second off the ultimate pace": the pace and the
// winner are first place too.
const AGAINST_FIRST =
  /^\s*(?:(?:off|from|behind|short of|shy of|adrift of|down on)\s+(?:the\s+)?(?:pole(?:-?sitter|-?winner| time| position)?|polesitter|top spot|top of the (?:times|timesheets?|order|charts?)|(?:session|class|race)\s+leader|fastest time|(?:(?:ultimate|outright|overall|class)\s+)?pace(?!\s+of\b)|(?:race\s+|class\s+)?winner|winning\s+\p{Lu}[\p{L}-]*(?:\s+#?\d+)?)|\s*short of pole)(?![\p{L}])/iu;
// "fell a mere 0.009s short of grabbing the pole": short of taking first place.
// "Mathieu Jaminet fell 0.152s short of putting the No. 6 963 on pole": short of putting a car there, as English says it.
const SHORT_OF_TAKING =
  /^(?:\s+of\s+a\s+second)?\s+(?:short|shy)\s+of\s+(?:(?:grabbing|taking|claiming|snatching|securing|stealing|clinching|earning)\s+(?:the\s+|his\s+|her\s+|their\s+)?pole|(?:putting|placing|planting|getting)\s+(?:[\p{L}\d.#’'-]+\s+){1,5}?on\s+(?:the\s+)?pole)(?![\p{L}])/iu;
// "denied pole by Rosberg, who fell just 0.042 seconds short in the final stage": a bare "short" in a sentence about
// pole is short of it.
const BARE_SHORT = /^(?:\s+of\s+a\s+second)?\s+short(?=\s*(?:[,;.)]|$|(?:in|at|on|with)\s))/iu;
const POLE_WORD = /(?<![\p{L}])pole(?![\p{L}])/iu;
// "Manny Franco was fourth, just 0.291 of a second off, in the No. 34": "off" with nothing after it is off the top.
const BARE_OFF = /^(?:\s+of\s+a\s+second)?\s+off\s*(?:[,;.)]|$)/iu;
// "hat Räikkönen fast eine Sekunde Rückstand.", "hatte mehr als acht Zehntel Rückstand": a deficit with no one after it
// ("Rückstand auf Vettel") is to the top, as a bare "off" is.
const BARE_DEFICIT = /^\s+(?:Rückstand|achterstand)(?=\s*(?:[,;.)]|$))/iu;
// "Ben Hanley 0.01 behind second", "just under a second behind the second-placed Ferrari": a place the words name.
// "three-tenths faster than the second place Lexus": a lap compared with the one of a place's holder.
const AGAINST_NAMED_PLACE = /^\s*(?:behind|off|short of|shy of|adrift of|down on|(?:faster|quicker|slower)\s+than)\s+(?:the\s+)?(second|third|fourth|fifth)(?:-placed|\s+placed?|\s+position)?(?![\p{L}-])/iu;
// "missed out on second place by just 1.8 seconds": short of the place it names.
const MISSED_PLACE_BY = /\b(?:miss(?:ed|es|ing)?|lost|los(?:es|ing))\s+out\s+on\s+(?:the\s+)?(second|third|fourth|fifth)\s+(?:place|position|spot)(?:\s+\p{L}+){0,2}\s+by\s+(?:only\s+|just\s+|a mere\s+)?$/iu;
const PLACE_WORDS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5 };
// "George Russell im Mercedes (+0,055)", "2nd: Jenson Button (McLaren Mercedes), gap 6.949s": a signed gap or one a
// results line labels "gap" is to the top of the order, by the convention of timing sheets.
// "Sebastian Vettel (19.6s) in the Ferrari was fourth, followed by Lewis Hamilton (22.8s)": a gap alone in brackets
// right after a name is that driver's deficit in a results list, to its top, as a signed one is (one beaten before,
// "quicker than the number three Carlos Sainz (0.092)", was read as the reference already).
const BRACKETED_AFTER_NAME = /\p{Lu}[\p{L}'’-]+\s+\(\s*$/u;
// "2nd: Mark Webber (Red Bull Renault) gap: 10.452s": the label may follow the team's bracket as well as a comma.
const GAP_LABEL = /(?:^|[,(:)]\s*)(?:gap|écart|abstand|distacco|diferencia|diferença|verschil)\s*:?\s*$/iu;
// "à une demi-seconde de la pole", "à 0''328s de la première place": the same in French.
// "a 78 millesimi dalla pole", "a 0,3 de la pole", "a 0,3 da pole", "0,3 Sekunden auf die Pole": Italian, Spanish,
// Portuguese and German.
const AGAINST_FIRST_FR = /^\s*(?:(?:de|sur)\s+la\s+(?:pole(?:\s+position)?|première\s+place|tête)|(?:dalla|de\s+la|da|do)\s+(?:pole(?:\s+position)?|poleman|poleposition|vetta|primeira\s+posição|primera\s+posición)|(?:auf|zur)\s+(?:die\s+)?pole(?:-?position)?)(?![\p{L}])/iu;
// "take the chequered flag with a margin of 19.477s", "won the race by 4.2s": a winner's margin is to second place.
// "to secure the win for the #51 Ferrari AF Corse by just over 8 seconds", "to take his 96th career win by less than
// a second": hedges may stack, and "less than" / "under" hedge as "over" does.
const HEDGE = String.raw`(?:just|only|some|a mere|over|more than|less than|(?:just\s+)?under|almost|nearly|around|about|a little over|slightly over)`;
const WINNING_MARGIN = new RegExp(
  String.raw`\b(?:won|wins?|winning|victory|chequered flag|checkered flag)\b[^.;:!?]{0,40}?\b(?:by|(?:a|the) margin of)\s+(?:${HEDGE}\s+){0,2}$`,
  'iu',
);
// "His margin of victory was 9.706 seconds", "took his winning margin up to 10.8 seconds": the margin named as the
// win's own, with no one after it, is the winner's to second place.
const MARGIN_OF_VICTORY = new RegExp(
  String.raw`\b(?:margin of (?:victory|the win)|winning margin|victory margin)\s+(?:(?:was|is|stood|ended|came|up|to|at|of|out|grew|had|been|grown|reached|just|only|finally)\s+){0,3}(?:${HEDGE}\s+){0,2}$`,
  'iu',
);
// "Fuoco … venceu com uma margem de 2s348", "ganó por 1,2 segundos", "ha vinto con un margine di 3"4": the same in the
// Romance languages; a winner's margin is ahead, whatever a word before it says ("administrou a liderança").
const WINNING_MARGIN_ROMANCE =
  /(?<![\p{L}])(?:venceu|vence|venceram|ganhou|ganó|venció|vinto|vince|vinse|gagné|gagne|remporté|remporte|imposé|impose|vitória|victoria|vittoria|victoire)(?![\p{L}])[^.;:!?]{0,40}?(?<![\p{L}])(?:por|par|per|com uma margem de|con un margen de|con un margine di|avec une marge de)\s+(?:apenas\s+|só\s+|solo\s+|sólo\s+|appena\s+|seulement\s+|mais de\s+|más de\s+|più di\s+|plus de\s+)?$/iu;
// "The margin of victory was 7.682 seconds over Jensen, Paul di Resta and Jean-Eric Vergne": one named after it is
// whom the margin is over, left to the one who reads him.
const OVER_NAMED_AFTER = /^(?:\s+of\s+a\s+second)?\s+(?:over|ahead of|clear of|to|from)\s+(?:the\s+)?(?:#|No\.\s*)?[\p{Lu}\d]/u;
// "to ensure pole by a tenth", "took pole for the first night race by a whopping 6/10ths": a pole-sitter's margin, with
// no one named, is to second place, as a winner's is.
// "a late lap by the former handing him pole position by over two tenths": pole handed to one is his.
const POLE_MARGIN =
  /\b(?:(?:hand(?:ed|s|ing)?|g[ai]ve|gives|giving)\s+(?:him|her|them|it)|took|take|takes|taking|claim(?:ed|s|ing)?|secur(?:e|ed|es|ing)|ensur(?:e|ed|es|ing)|snatch(?:ed|es|ing)?|grab(?:bed|s|bing)?|seal(?:ed|s|ing)?|clinch(?:ed|es|ing)?|earn(?:ed|s|ing)?|won|wins?|winning)\s+(?:the\s+|his\s+|her\s+|their\s+)?pole(?:\s+position)?\b[^.;:!?\d]{0,50}?\bby\s+(?:[\p{L}\d'’]+\s+){0,4}$/iu;
// "nearly one-second clear of his closest competitor", "some 11 seconds ahead of the field", "0.118sec beyond the reach
// of the opposition": measured against the car right behind the subject, whoever it is.
const AGAINST_THE_REST =
  /^(?:\s+of\s+a\s+second)?\s+(?:clear of|ahead of|beyond the reach of|in hand over|over)\s+(?:the|his|her|their)\s+(?:(?:nearest|closest|next|chasing)\s+)?(?:competitors?|challengers?|rivals?|pursuers?|opposition|field|rest(?:\s+of\s+the\s+field)?|pack|chasers|competition)(?![\p{L}])(?!\s*,?\s*\p{Lu})/u;
// "clinching an 8.6-second victory", "a 2.3s win": a margin that is the win itself is the winner's, to second place.
const VICTORY_AFTER = /^\s*(?:victory|win|triumph|winning margin)(?![\p{L}])/iu;
// "crossed the finish line with an 8.4-second advantage", "crossing the line with nearly ten seconds in hand",
// "ultimately finishing 8.6 seconds ahead": a margin at the flag over no one named is over the car that came next.
const AT_THE_LINE = /(?<![\p{L}])(?:cross(?:ed|es|ing)?|took|takes|taking|reach(?:ed|es|ing)?)\s+(?:the\s+)?(?:finish(?:ing)?\s+)?(?:line|(?:chequered|checkered)\s+flag)\s+with\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const MARGIN_AFTER = /^\s*(?:advantage|lead|margin|cushion|in hand|to spare)(?!\s+(?:of|over|on)\s)(?![\p{L}])/iu;
const FINISHING_AHEAD = /(?<![\p{L}])finish(?:ed|es|ing)?\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const BARE_AHEAD = /^\s+(?:ahead|clear)(?=\s*(?:[,;.)]|$|(?:after|at|in|on|with|despite|thanks)\s))/iu;
// "Estre quickly built a 10-second advantage", "opening up a 10s lead", "Bourdais had a lead of three seconds", "he
// inherited the lead and a five-second gap which he managed to maintain": a lead the subject builds or holds, over
// no one named, is over the car right behind it, as a margin at the flag is ("closed a three-second gap" is the
// chaser's, and is left alone).
const LEAD_VERB = String.raw`(?:buil[dt]|builds|building|open(?:ed|ing|s)?(?:\s+up)?|pull(?:ed|ing|s)?(?:\s+(?:out|away))?|extend(?:ed|ing|s)?|gain(?:ed|ing|s)?|ha[ds]|have|having|h[oe]ld(?:ing|s)?|inherit(?:ed|ing|s)?(?:\s+the\s+lead\s+and)?|enjoy(?:ed|ing|s)?|establish(?:ed|es|ing)?|stretch(?:ed|es|ing)?|amass(?:ed|es|ing)?|carv(?:ed|es|ing)\s+out)`;
const LEAD_NOUN = String.raw`(?:advantage|lead|margin|cushion|gap|buffer)`;
const LEAD_ADJECTIVE = String.raw`(?:(?:healthy|comfortable|commanding|solid|big|huge|useful|slender|narrow|handy|decent)\s+)?`;
const BUILT_A = new RegExp(String.raw`(?<![\p{L}])${LEAD_VERB}\s+(?:a|an|his|her|their|its)\s+${LEAD_ADJECTIVE}$`, 'iu');
const LEAD_NOUN_AFTER = new RegExp(String.raw`^[\s-]*${LEAD_NOUN}(?![\p{L}])(?!\s+(?:of|over|on|to|from|ahead)\s)`, 'iu');
const BUILT_A_LEAD_OF = new RegExp(String.raw`(?<![\p{L}])${LEAD_VERB}\s+(?:a|an|his|her|their|its)\s+${LEAD_ADJECTIVE}${LEAD_NOUN}\s+of\s+(?:(?:up\s+to|around|about|nearly|almost|over|more\s+than|just|some|roughly)\s+)?$`, 'iu');
const OVER_AFTER = /^(?:\s+of\s+a\s+second)?\s+(?:over|on|to|from|ahead\s+of)\s/iu;

/** Whether a gap with no one named is a lead the subject builds or holds ("built a 10-second advantage"). */
function builtLead(before: string, after: string): boolean {
  return (BUILT_A.test(before) && LEAD_NOUN_AFTER.test(after)) || (BUILT_A_LEAD_OF.test(before) && !OVER_AFTER.test(after));
}
// "The result was the loss of provision pole by the slimmest of margins - .038": a loss of pole, a word before it, a
// margin named before its figure.
const MISSED_POLE_BY = /\b(?:miss(?:ed|es|ing)?|lost|los(?:es|ing)|loss\s+of)\s+(?:out\s+on\s+)?(?:the\s+)?(?:[\p{L}-]+\s+)?pole(?:\s+position)?(?:\s+\p{L}+){0,2}\s+by\s+(?:only\s+|just\s+|a mere\s+|the\s+(?:slimmest|narrowest|smallest|finest|tiniest|thinnest)\s+of\s+margins\s*[-–—:,]?\s*)?$/iu;
// "ha sfiorato la pole per appena cinque millesimi", "se quedó a las puertas de la pole por": missed in Italian and Spanish.
const MISSED_POLE_BY_ROMANCE = /(?<![\p{L}])(?:sfiorat[oa]|mancat[oa]|perso|persa)\s+la\s+pole(?:\s+position)?(?:\s+\p{L}+){0,2}?\s+per\s+(?:appena\s+|solo\s+|soli\s+)?$/iu;

/**
 * For a gap with no one named and words that measure it against first place, the driver or car the claims
 * before it place first, when they all name the same one (other than the gap's own subject); else the gap as read.
 */
export function againstFirstPlace(text: string, gap: Claim, before: Claim[]): Claim {
  if (gap.kind !== 'gap' || !gap.subject) return gap;
  const placed = withReferencePlace(text, gap);
  if (placed.reference) return placed;
  const second = placed.referencePlace ? placed : behindAsSecond(text, placed, before);
  return second.referencePlace === 1 ? againstHolder(second, before) : second;
}

/**
 * The place a gap with no one named is measured from, when its words name one: first for "off pole", "missed pole
 * by", "de la première place"; second for a winner's margin ("won by 4.2s"). Else the gap as read.
 */
export function withReferencePlace(text: string, gap: Claim): Claim {
  if (gap.kind !== 'gap') return gap;
  const after = text.slice(gap.end, gap.end + 40);
  // Words right after the figure that name a place name what it is measured from, whoever else the reader took
  // for the reference ("Manny Franco was fourth, 0.291 of a second off, in the No. 34": not his own car).
  const namedAfter = AGAINST_NAMED_PLACE.exec(after);
  if (namedAfter) return { ...gap, referencePlace: PLACE_WORDS[namedAfter[1].toLowerCase()], direction: gap.direction ?? 'behind' };
  if (AGAINST_FIRST.test(after) || AGAINST_FIRST_FR.test(after) || BARE_OFF.test(after) || BARE_DEFICIT.test(after) || SHORT_OF_TAKING.test(after) || (BARE_SHORT.test(after) && POLE_WORD.test(gap.sentence))) return { ...gap, referencePlace: 1, direction: gap.direction ?? 'behind' };
  if (gap.reference) return gap;
  if (AGAINST_THE_REST.test(after)) return { ...gap, referenceNext: true, direction: gap.direction ?? 'ahead' };
  const before = text.slice(Math.max(0, gap.start - 60), gap.start);
  if (VICTORY_AFTER.test(after)) return { ...gap, referencePlace: 2, direction: 'ahead' };
  if ((AT_THE_LINE.test(before) && MARGIN_AFTER.test(after)) || (FINISHING_AHEAD.test(before) && BARE_AHEAD.test(after)) || builtLead(before, after)) return { ...gap, referenceNext: true, direction: 'ahead' };
  const signed = gap.text.trimStart().startsWith('+');
  if (MISSED_POLE_BY.test(before) || MISSED_POLE_BY_ROMANCE.test(before) || signed || GAP_LABEL.test(before) || (BRACKETED_AFTER_NAME.test(before) && /^\s*\)/.test(after))) return { ...gap, referencePlace: 1, direction: gap.direction ?? 'behind' };
  const missed = MISSED_PLACE_BY.exec(before);
  if (missed) return { ...gap, referencePlace: PLACE_WORDS[missed[1].toLowerCase()], direction: gap.direction ?? 'behind' };
  if (WINNING_MARGIN_ROMANCE.test(before)) return { ...gap, referencePlace: 2, direction: 'ahead' };
  if (WINNING_MARGIN.test(before) || (MARGIN_OF_VICTORY.test(before) && !OVER_NAMED_AFTER.test(after)) || POLE_MARGIN.test(text.slice(Math.max(0, gap.start - 90), gap.start))) return { ...gap, referencePlace: 2, direction: gap.direction ?? 'ahead' };
  return gap;
}

// The driver or car the claims before place first, for a gap measured against first place.
function againstHolder(gap: Claim, before: Claim[]): Claim {
  const own = keyOf(gap);
  const counts = new Map<string, { claim: Claim; count: number }>();
  for (const claim of before) {
    if (claim.kind !== 'position' || claim.value !== 1 || claim.placeRange || claim.rank || !claim.subjectSure || !claim.subject || keyOf(claim) === own) continue;
    const known = counts.get(keyOf(claim));
    counts.set(keyOf(claim), { claim: known?.claim ?? claim, count: (known?.count ?? 0) + 1 });
  }
  // The one the text places first most often ("Bourdais pips Derani for pole", "Bourdais set pole position"), not
  // a pole of another weekend read in passing.
  const [first, second] = [...counts.values()].sort((a, b) => b.count - a.count);
  if (!first || (second && second.count >= first.count)) return gap;
  const holder = first.claim;
  return { ...gap, reference: holder.subject, referenceRosterId: holder.subjectRosterId, direction: gap.direction ?? 'behind' };
}

// Surnames alone and full names are the same driver: "Bourdais", "Sebastien Bourdais".
function keyOf(claim: Claim): string {
  return claim.subjectRosterId ?? claim.subject!.split(/\s+/).at(-1)!.toLowerCase();
}

// "Ryan Dalziel was a close second in the #18, 0.055s behind", "Blomqvist was 0.172 seconds slower in P2": a bare
// "behind" of one the sentence places second is to the one car ahead of him, the first.
const BARE_BEHIND = /^(?:\s+of\s+a\s+second)?\s+(?:behind|slower|back|adrift)(?=\s*(?:[,;.)]|$|(?:in|for|with|on|at|aboard|driving|and)\s))/iu;
const IN_SECOND = /^(?:\s+of\s+a\s+second)?\s+(?:behind|slower|back|adrift)\s+in\s+(?:P2|second)(?![\p{L}\d])/iu;

// "30.135s behind Hamilton in second place": a gap's reference named, then the subject's own place, second.
const IN_SECOND_AFTER = /^\s+(?:behind|adrift of|back from|off)\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,2}in\s+(?:P2|second(?:\s+place)?)(?![\p{L}\d])/u;

// "accontentandosi del 2° posto con un gap di 0”110", "second with a gap of 0.110s": a deficit the words call a gap,
// with no one named, of one the sentence places second.
const WITH_A_GAP_OF = /(?<![\p{L}])(?:with|con|com|avec|mit|met)\s+(?:a|an|un|una|uma|une|einem|een)\s+(?:gap|deficit|distacco|ritardo|diferencia|diferença|écart|retard|Rückstand|achterstand)\s+(?:of|di|de|da|van|von)\s+(?:(?:just|only|solo|soli|appena|apenas|seulement|nur|slechts)\s+)?$/iu;

function behindAsSecond(text: string, gap: Claim, before: Claim[]): Claim {
  const after = text.slice(gap.end, gap.end + 40);
  if (!BARE_BEHIND.test(after) && !WITH_A_GAP_OF.test(text.slice(Math.max(0, gap.start - 48), gap.start))) return gap;
  // "Albuquerque ended up second in the No. 10 … in which he and Ricky Taylor won last year, 0.222s behind": the one
  // place the sentence gives before the gap is the gap's, whoever the reader took the gap to be about.
  const places = before.filter((claim) => claim.kind === 'position' && claim.sentence === gap.sentence && claim.start < gap.start);
  const placedSecond = IN_SECOND.test(after) || places.some((claim) => claim.value === 2 && !claim.placeRange && (claim.subject === gap.subject || places.length === 1));
  // "… Lewis Hamilton in third place who was 0.320 seconds behind Ricciardo. Sebastian Vettel finished in fourth place
  // 0.930 seconds behind": further down a rundown whose gaps are to the top, a bare "behind" is to the top too; alone
  // ("Nasr was sixth, 0.8s behind") it may be to the car ahead.
  const placedLower = places.some((claim) => claim.value > 2 && !claim.placeRange && !claim.rank && claim.subject === gap.subject && claim.subjectSure) && rundownToTheTop(text, gap, before);
  return placedSecond || placedLower ? { ...gap, referencePlace: 1, direction: gap.direction ?? 'behind' } : gap;
}

// Whether the gap before this one, in its sentence or the one before, is to the top: measured from first place, or
// against the one the text places first.
function rundownToTheTop(text: string, gap: Claim, before: Claim[]): boolean {
  const previous = before.filter((claim) => claim.kind === 'gap' && claim.subject && claim.subject !== gap.subject).at(-1);
  if (!previous || (text.slice(previous.end, gap.start).match(/[.!?]\s/g) ?? []).length > 1) return false;
  if (previous.referencePlace === 1) return true;
  // "Bottas …, 30.135s behind Hamilton in second place. Ricciardo …, finishes in third, 46.495s back": the gap of the
  // one in second to the one he names is to the top.
  if (previous.reference && previous.direction === 'behind' && IN_SECOND_AFTER.test(text.slice(previous.end, previous.end + 60))) return true;
  const surname = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();
  return !!previous.reference && before.some((claim) => claim.kind === 'position' && claim.value === 1 && !claim.placeRange && claim.subjectSure && claim.subject && surname(claim.subject) === surname(previous.reference!));
}
