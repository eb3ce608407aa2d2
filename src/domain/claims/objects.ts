import type { NameMention } from '../names';
import type { ClaimContext } from './context';
import type { ClaimWords } from './languages/claim-words';
import type { Figure } from './types';

/** How far back a cue may stand from the name it makes the one beaten. */
export const CUE_REACH = 72;

// Words after which the next driver named is the one beaten or measured against, not the subject. Descriptors
// may stand between ("beating Mercedes team mate Lewis Hamilton"); "lost out to Ferrari #51" names the one who won.
// "passed Verstappen for second", "got past Russell", "to pick off Raikkonen for second": the one passed gives the
// place up to the passer.
const objectCue =
  /(?<![\p{L}])(?:out-?\p{L}+(?:ed|ing|ought|ran|drove|did)|than|ahead of|in front of|behind|clear of|over|beating|beat|beats|venceu|venció|bateu|batió|derrotou|derrotó|battu|battuto|schlug|schlägt|bezwang|bezwingt|besting|bested|bests|superando|superou|superó|supera|battendo|devançant|preceduto|precedendo|precede|precedeva|precedette|précédé|précédant|précède|precedió|precediendo|precedeu|preceded|(?:got|gets|getting|get)\s+the\s+better\s+of|(?:mantuvo|mantiene|mantienen|manteniendo|mantener)\s+a\s+raya\s+a|overtaking|overtook|overtakes|(?:held|holding|holds|hold|fended|fending|fends|fend|fought|fighting|fights|fight|staved|staving|warded|warding)\s+off|(?:hunted|hunting|hunts|hunt|chased|chasing|chases|chase|ran|running|runs|run)\s+down|(?:reeled|reeling|reels|reel)\s+in|(?:passed|passing|passes|pass|picked off|picking off|picks off|pick off|outbraked|outbraking|outbrakes|outbrake|resisted|resisting|resists|resist|repelled|repelling|repels|repel)|(?:got|gets|getting|get|went|goes|going|go|moved|moving|moves|move|slipped|slipping|swept|sweeping|dived|dove|diving|nipped|nipping|squeezed|squeezing|muscled|muscling|sneaked|snuck|sneaking|powered|powering|breezed|breezing|eased|easing|charged|charging|cruised|cruising)\s+(?:past|by|around|ahead of)|overhauling|overhauled|overhauls|(?:lost|lose|loses|losing)\s+out\s+to|lowering|lowered|bettering|bettered|breaking|broke|usurping|edging|edged|edges|edge|pipping|pipped|pips|pip|nipping|nipped|nips|outpacing|outpaced|outpaces|outpace|outqualifying|outqualified|outqualifies|outqualify|shading|shaded|shades|shade|denying|denied|denies|deny|relegating|relegated|los(?:t|e|es|ing)\s+(?:out\s+)?to|succumb(?:ed|ing|s)?\s+to|(?:gave|giving|give)\s+way\s+to|topping|topped|heading|headed|(?:was|were|is|are)\s+leading|cleared|clearing|eclipsing|eclipsed|eclipses|eclipse|(?:pole|position|spot|place|lead|P1)\s+from|(?:difference|gap|margin|verschil|abstand|écart|distacco|diferencia|diferença)(?:\s+\p{L}+){0,2}?\s+(?:with|to|over|met|zu|auf|avec|sur|con|com)|alongside|beside|next to|down on|up on|adrift of|short of|shy of|within|gegen|tegen|contra|contre|contro|vor|hinter|(?<=\p{L}er\s)als|(?<=\p{L}er\s)dan|achter|voor|sobre|davanti a|dietro a|devant|derrière|atrás de|à frente de|detrás de|por delante de|por detrás de)(?:\s+out)?$/iu;
const CLAUSE_OPENER = /(?<![\p{L}])(?<!\b(?:well|such|same|so|just|twice)\s)(?:as|while|whilst|whereas|when)\s+$/iu;
// Short words that make the driver right after a gap its reference ("0.071s to Derani", "0,3 de Verstappen", "0’’007s
// d’avance sur Verstappen", "Vorsprung auf Norris").
const referenceWordAfter = /(?<![\p{L}])(?:off|to|on|from|of|de|da|di|van|von|a|à|sur|su|auf|op|sobre)$/iu;
// "the Finnish team-mate of Hamilton", "de Finse teamgenoot van Hamilton": an appositive names someone else.
const appositiveOpening = /^,\s*(?:the|his|her|their|a|an|de|het|der|die|das|el|la|il|le|o|a|um|uma|un|una|une|een|ein|eine)\s/i;

// "Hamilton kept Leclerc at bay to take fourth": the one held at bay is held behind.
const KEPT_AT_BAY = /^\s+at\s+bay(?![\p{L}])/u;

/**
 * The parties that cannot be a figure's subject: the first driver or car named after a word that makes them the
 * one beaten or measured against ("edge Hamilton", "ahead of the #7", descriptors such as "team-mate" allowed
 * between), and those inside an appositive after another name ("Bottas, the team-mate of Hamilton,").
 */
export function objectsOf(context: ClaimContext, inSentence: NameMention[]): Set<NameMention> {
  const { text } = context;
  const measuredAgainst = measuredAgainstCue(context.words);
  const objects = new Set<NameMention>();
  for (const [index, mention] of inSentence.entries()) {
    const previous = inSentence[index - 1];
    const from = Math.max(previous?.end ?? 0, mention.start - CUE_REACH);
    // A cue on the line before ("… ahead of Cadillacs" in a headline) reaches no name on the next.
    const between = text.slice(Math.max(from, text.lastIndexOf('\n', mention.start - 1) + 1), mention.start);
    if (objectCueBefore(between) || measuredAgainst.test(between) || beatenBy(text, mention) || KEPT_AT_BAY.test(text.slice(mention.end, mention.end + 12))) objects.add(mention);
    // "outpaced the McLaren duo of Oscar Piastri and Lando Norris": the second of a pair beaten is beaten too.
    // "out-fought Jonny Edgar (No. 177 AO Racing Porsche) and Tom Gamble": the car in brackets is the beaten
    // driver's, and the name after the bracket closes is coordinated with him.
    if (previous && objects.has(previous) && /^\s*\(\s*(?:No\.\s*|#)?$/i.test(text.slice(previous.end, mention.start))) objects.add(mention);
    // "alongside Mathieu Jaminet's #6 Porsche": the car of the one beaten or passed is his too.
    if (previous && objects.has(previous) && mention.kind === 'car' && /^['’]s\s+(?:No\.?\s*|#)?$/i.test(text.slice(previous.end, mention.start))) objects.add(mention);
    // "topping Ross Gunn in the No. 23 Aston Martin": the car the beaten driver is in is beaten too.
    if (previous && objects.has(previous) && mention.kind === 'car' && /^\s+(?:in|driving|aboard)\s+(?:the|his|her)\s+(?:No\.?\s*|#)?$/i.test(text.slice(previous.end, mention.start))) objects.add(mention);
    // "vor George Russell im Mercedes (+0,055) und Lando Norris": the car or team the first is in may stand between.
    if (previous && objects.has(previous) && /^(?:\s+(?:im|in|in the|in his|with|mit|nel|en el|dans la|na)\s+[\p{L}'’ -]{1,30}?)?(?:\s*\([^)]*\)|[^()]*\))?\s*(?:,|and|&|und|en|y|e|et)\s*$/iu.test(text.slice(previous.end, mention.start))) objects.add(mention);
    // "nipped No. 3 Corvette teammate Jordan Taylor": a driver named by his car and role is the one that car stands for.
    if (previous && objects.has(previous) && previous.kind === 'car' && mention.kind === 'person' && CAR_THEN_ROLE.test(text.slice(previous.end, mention.start))) objects.add(mention);
    // "beat the #6 works car of Mathieu Jaminet": the driver a beaten car is said to be of is beaten too.
    if (previous && objects.has(previous) && previous.kind === 'car' && mention.kind === 'person' && /^\s+(?:[\p{L}'’-]+\s+){0,3}(?:of|driven by)\s+$/u.test(text.slice(previous.end, mention.start))) objects.add(mention);
    if (previous && appositiveBetween(text, previous, mention)) objects.add(mention);
  }
  return objects;
}

// The make or model of a car and a role word, between its number and its driver ("No. 3 Corvette teammate").
const CAR_THEN_ROLE = /^\s+(?:\p{Lu}[\p{L}\d.-]*\s+){0,2}(?:team-?mate|team\s+mate|stablemate|sister\s+car|driver)\s+$/u;

// "Der Niederländer muss sich Lando Norris um 20 Tausendstel geschlagen geben": the one "sich" yields to won; the
// sentence's subject lost.
const YIELDED_TO = /^[^,;.!?]{0,60}\s(?:geschlagen\s+geben|geschlagen\s+gegeben|beugen|gebeugt)\b/iu;

function beatenBy(text: string, mention: NameMention): boolean {
  return /\bsich\s+(?:nur\s+|erst\s+|knapp\s+)?$/i.test(text.slice(Math.max(0, mention.start - 14), mention.start)) && YIELDED_TO.test(text.slice(mention.end, mention.end + 80));
}

// "a dos décimas del tiempo de Hamilton", "0.3s off Hamilton": the driver after a gap's measure and a short word
// is the one it is measured against, for every figure of the sentence ("… y saldrá desde la tercera fila").
const measuredAgainstCues = new Map<ClaimWords, RegExp>();

function measuredAgainstCue(words: ClaimWords): RegExp {
  const known = measuredAgainstCues.get(words);
  if (known) return known;
  const cue = new RegExp(
    String.raw`(?:\d\s*(?:${words.secondsWord})|(?<![\p{L}])(?:${words.fractionWord}))(?![\p{L}])(?:\s+(?:de\s+segundo|of\s+a\s+second))?(?:\s+[\p{L}'’]+){0,2}?\s+(?:of|off|to|de|del|van|von|di|da|du|des|a|à)\s+(?:the\s+|el\s+|la\s+|le\s+)?$`,
    'iu',
  );
  measuredAgainstCues.set(words, cue);
  return cue;
}

// The cue, then up to six words that name no one, with no clause break between ("edging out Mercedes teammate and
// probable championship rival Nico Rosberg").
const OBJECT_DESCRIPTOR_WORDS = 6;
// "outpaced his Mercedes teammate and World championship leader Lewis Hamilton": a longer run of descriptors, joined
// by "and", is still the one beaten's, so long as no word of it opens another phrase ("beat Vettel's Red Bull to the
// line but the German").
const LONG_DESCRIPTOR_WORDS = 9;
const OPENS_PHRASE = /^(?:but|while|whereas|yet|though|although|as|when|after|before|to|for|by|with|from|in|on|at|was|were|is|are|had|has|have|then|who|which|that|[\p{L}'’]+ed|[\p{L}'’]+ing)$/iu;
// "he couldn't quite deny Rosberg a second straight pole": a denial that failed leaves the one named the holder.
const FAILED_DENIAL = /(?:n['’]t|\bnot|\bnever|\bfailed to|\bunable to)\s+(?:\p{L}+\s+)?(?:deny|denying|stop|stopping|prevent|preventing)\s*$/iu;

export function objectCueBefore(between: string): boolean {
  if (FAILED_DENIAL.test(between)) return false;
  // "0.003s ahead of the Red Bull driver as Lando Norris took third": a name right after "as" or "while" opens a
  // clause of its own, and is its subject ("as well as", "the same … as" compare and are left to the cue).
  if (CLAUSE_OPENER.test(between)) return false;
  // "0.668s faster than the Merc duo – with Sergio Perez backing him up": a dash ends the clause the cue stood in.
  const tail = between.slice(Math.max(...[',', ';', ':', '.', '!', '?', '(', ')', '–', '—'].map((mark) => between.lastIndexOf(mark))) + 1);
  const words = tail.split(/\s+/).filter(Boolean);
  for (let skipped = 0; skipped <= Math.min(LONG_DESCRIPTOR_WORDS, words.length); skipped += 1) {
    const kept = words.slice(0, words.length - skipped);
    if (skipped > OBJECT_DESCRIPTOR_WORDS && words.slice(kept.length).some((word) => OPENS_PHRASE.test(word))) break;
    // "Over in GTLM the WeatherTech Racing crew finished third": "over" that points to a place beats no one.
    if (/^over$/i.test(kept.at(-1) ?? '') && /^(?:in|at|on|there|here)$/i.test(words[kept.length] ?? '')) continue;
    // "only to be bettered by Tom Blomqvist’s Acura": a cue verb followed by "by" is passive; the one after "by" did
    // the beating.
    // "1.741 seconds behind and Valtteri Bottas rounded off the top ten": a cue with "and" right after it stood bare.
    if (objectCue.test(kept.join(' ')) && /^(?:and|but|while|whilst|as)$/i.test(words[kept.length] ?? '')) return false;
    if (objectCue.test(kept.join(' '))) return !/^by$/i.test(words[kept.length] ?? '') || !/(?:ed|en)$/i.test(kept.at(-1) ?? '');
  }
  return false;
}

function appositiveBetween(text: string, previous: NameMention, mention: NameMention): boolean {
  if (previous.kind !== 'person') return false;
  const between = text.slice(previous.end, mention.start);
  return appositiveOpening.test(between) && !/[.;:!?]/.test(between) && (text.slice(mention.end, mention.end + 40).match(/^[^,.;]*,/) !== null);
}

// The driver a figure is measured against: the first one beaten or measured against after it in its clause
// ("0.071s behind Derani", "0.071s to Derani"), else one before it ("beating Hamilton by 0.1s").
// Between a gap and a name, words that end the gap's clause or name its reference already ("of his team-mate").
// "a further 18 seconds adrift when he pitted … to hand over to Earl Bamber": a clause "when" opens is one of its own.
const OTHER_CLAUSE = /[;]|,\s*(?:while|and|but|with|whilst)\b|\b(?:while|whilst|whereas|but|when)\b|\b(?:his|her|their)\s+team-?mates?\b|\bthe (?:pair|duo|trio|leaders?|field)\b/i;

// "0.646 off the Briton’s benchmark time taking third and will start alongside … Verstappen": a verb after the cue
// closes the phrase it heads; a driver named past it is not the one measured against.
const PAST_THE_PHRASE = /\b(?:and|taking|took|takes|will|would)\s|\s[–—]\s/i;

// "by .225 seconds over Wayne Taylor Racing with Andretti Global’s Louis Deletraz", "over Red Bull’s Max Verstappen":
// a team's driver named after its possessive (the rest of the team's name may stand between) is the one measured
// against, not the team or a namesake in its name. A full name it must be:
// "over Lewis Hamilton’s Mercedes" is Hamilton.
function ownedDriver(text: string, mention: NameMention, inSentence: NameMention[]): NameMention {
  const owned = inSentence.find((other) => other.start > mention.end && other.kind === 'person' && /\s/.test(other.text) && /^(?:\s+\p{Lu}[\p{L}-]*){0,2}['’]s\s+$/u.test(text.slice(mention.end, other.start)));
  return owned ?? mention;
}

export function findReferences(text: string, figure: Figure, inSentence: NameMention[], objects: Set<NameMention>, clauseStart: number): NameMention[] {
  const references: NameMention[] = [];
  const next = inSentence.find((mention) => mention.start >= figure.end);
  if (next && next.start - figure.end <= 60 && !OTHER_CLAUSE.test(text.slice(figure.end, next.start)) && !CLAUSE_OPENER.test(text.slice(figure.end, next.start))) {
    const between = text.slice(figure.end, next.start).trim();
    if (objects.has(next) || referenceWordAfter.test(between.split(/\s+/).at(-1) ?? '')) references.push(ownedDriver(text, next, inSentence));
  }
  const cue = /^[\s\p{L}'’-]{0,24}?(?<![\p{L}])(?:than|ahead of|in front of|behind|clear (?:of|from)|off|over|dan|als|que|di|de|devant|derrière|vor|hinter|voor|achter|davanti a|dietro a|delante de|detrás de|à frente de|atrás de)(?![\p{L}])/iu.exec(text.slice(figure.end, figure.end + 40));
  if (references.length === 0 && cue) {
    const cueEnd = figure.end + cue[0].length;
    // "finished in sixth place 1.127 seconds behind, Sergio Perez finished in seventh": a cue closed by a comma is bare,
    // and the name after it opens the next item of a rundown.
    const bare = /^\s*[,;:]/.test(text.slice(cueEnd, cueEnd + 4));
    const after = bare ? undefined : inSentence.find((mention) => mention.start >= cueEnd && !OTHER_CLAUSE.test(text.slice(cueEnd, mention.start)) && !CLAUSE_OPENER.test(text.slice(cueEnd, mention.start)) && !PAST_THE_PHRASE.test(text.slice(cueEnd, mention.start)));
    if (after) references.push(ownedDriver(text, after, inSentence));
  }
  // "3/10 devant Verstappen et 6/10 devant l'autre quadruple champion": a cue after the figure that names no one
  // leaves the reference unnamed; the one beaten before it is the first figure's.
  if (figure.kind === 'gap' && references.length === 0 && !cue) {
    const from = byAfterAside(text, clauseStart, figure.start) ? 0 : pastAside(text, clauseStart);
    // "mantuvo a raya a Ben Barnicoat quien … finalizó a menos de un segundo": a gap in a relative clause on the one
    // beaten is his own, not measured against him.
    const before = inSentence.filter((mention) => mention.start >= from && mention.end <= figure.start && objects.has(mention) && !inRelativeOn(text, mention, figure));
    // The driver beaten rather than the car he is in ("topping Ross Gunn in the No. 23 Aston Martin by 0.048s").
    const beaten = before.filter((mention) => mention.kind === 'person').at(-1) ?? before.at(-1);
    if (beaten) references.push(beaten);
  }
  if (figure.kind === 'gap' && references.length === 0) {
    const main = BARE_MARGIN_AFTER.test(text.slice(figure.end, figure.end + 24)) ? mainClauseOfParticiple(text, clauseStart, figure.start) : null;
    const chased = main ? inSentence.filter((mention) => mention.start >= main.start && mention.end <= main.end && objects.has(mention) && mention.kind === 'person') : [];
    if (chased.length === 1) references.push(chased[0]);
  }
  return references;
}

// "Barnicoat struggled to erase the gap to Taylor, crossing the finish line two seconds adrift": a margin in a
// participle clause that names no one is measured against the one the clause before it chased or beat.
// A bare deficit, told of the one chased ("two seconds adrift"), not a winner's margin ("pulling away to win by
// 27.539s"), a lead over whoever came next, nor one the words measure from someone else.
// "Tincknell will start alongside Nasr …, having set a time only 0.015s slower in the car": a bare comparative is such a
// margin too.
const BARE_MARGIN_AFTER = /^(?:\s+of\s+a\s+second)?\s+(?:adrift|behind|back|down|short|slower|quicker|faster)(?![\p{L}])(?!\s+(?:of|on|to|than)(?![\p{L}]))/u;
const PARTICIPLE_OPENING = /^\s*(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ing|ando|endo|indo)\s/u;

function mainClauseOfParticiple(text: string, clauseStart: number, figureStart: number): { start: number; end: number } | null {
  const comma = text.lastIndexOf(',', clauseStart);
  if (comma < 0 || !/^,\s*$/.test(text.slice(comma, clauseStart)) || !PARTICIPLE_OPENING.test(text.slice(clauseStart, figureStart))) return null;
  const start = Math.max(...[',', ';', ':', '(', ')', '—', '–', '.', '!', '?', '\n'].map((mark) => text.lastIndexOf(mark, comma - 1))) + 1;
  return { start, end: comma };
}

const RELATIVE_AFTER = /^\s*,?\s*(?:who|quien|qui|che|der|die)\s/iu;

// Whether the figure stands in a relative clause on the one named, still open ("Russell, who had led, by 0.802s" is not).
function inRelativeOn(text: string, mention: NameMention, figure: Figure): boolean {
  const between = text.slice(mention.end, figure.start);
  return RELATIVE_AFTER.test(between) && !/[,;:]/.test(between.replace(/^\s*,/, ''));
}

// "Juncadella venceu Grégoire Saucy, da United Autosports #59, por apenas 0s439", "beat Norris, who started from
// pole, by 0.439s": a clause of nothing but the margin's "by" finishes the verb before the aside, whose one beaten it
// is measured against.
const BARE_BY = /^\s*(?:by|por|par|per|um|door)\s+(?:(?:just|only|a mere|some|apenas|só|solo|sólo|appena|seulement|nur|knapp|slechts)\s+)?$/iu;

function byAfterAside(text: string, clauseStart: number, figureStart: number): boolean {
  return /,\s*$/.test(text.slice(Math.max(0, clauseStart - 3), clauseStart)) && BARE_BY.test(text.slice(clauseStart, figureStart));
}

// "to pip regular category dominator Ben Keating (PR1 Mathiasen Motorsports) by 0.061s": a bracket that closes right
// before the clause is an aside on the name before it, whose clause runs on past it.
function pastAside(text: string, clauseStart: number): number {
  if (text[clauseStart - 1] !== ')') return clauseStart;
  const open = text.lastIndexOf('(', clauseStart - 1);
  if (open < 0 || text.slice(open + 1, clauseStart - 1).includes(')')) return clauseStart;
  const breaks = [',', ';', ':', '(', ')', '—', '–'].map((mark) => text.lastIndexOf(mark, open - 1));
  return Math.max(...breaks, text.lastIndexOf('.', open - 1)) + 1;
}

// "+0.409s behind Albuquerque": a signed gap takes a reference only from a cue right after it.
const SIGNED_CUE = /^\s*(?:behind|off|adrift of|down on|(?:slower|quicker|faster) than|ahead of|clear of|achter|hinter|derrière|dietro a|detrás de|atrás de)\s/i;

export function namedAfterSigned(text: string, figure: Figure, inSentence: NameMention[], objects: Set<NameMention>, clauseStart: number): NameMention[] {
  return SIGNED_CUE.test(text.slice(figure.end, figure.end + 24)) ? findReferences(text, figure, inSentence, objects, clauseStart) : [];
}
