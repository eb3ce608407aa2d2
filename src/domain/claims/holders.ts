import type { NameMention } from '../names';
import type { ClaimContext } from './context';
import { RESPECTIVELY } from './pairing';
import type { Figure } from './types';

// Who holds a figure, read from the words right around it: a bracket, a copula, a noun for the holder, "of".

// "George Russell im Mercedes (+0,055)", "Carlos Sainz (7./Ferrari)": a figure in brackets right after a name.
export function bracketedAfter(text: string, figure: Figure, inSentence: NameMention[]): NameMention | undefined {
  const open = text.lastIndexOf('(', figure.start);
  if (open < 0 || /[)]/.test(text.slice(open, figure.start)) || figure.start - open > 12) return undefined;
  const named = inSentence.filter((mention) => mention.end <= open && (mention.kind === 'person' || mention.kind === 'car')).at(-1);
  if (!named) return undefined;
  // "Berger and Brundle recovered their positions (third and fifth respectively)": a bracket of places listed
  // respectively pairs them with the names before, in order (see the pairing reader), not all with the last.
  const close = text.indexOf(')', figure.end);
  if (close >= 0 && RESPECTIVELY.test(text.slice(figure.end, close))) return undefined;
  const between = text.slice(named.end, open);
  return between.length <= 30 && !/[,;.]/.test(between) ? named : undefined;
}

// "Fastest lap: 01:25.871 (Paul-Loup Chatin)": the driver named in brackets right after the figure.
export function namedInBracketsAfter(text: string, figure: Figure, inSentence: NameMention[]): NameMention | undefined {
  const open = /^\s*\(/.exec(text.slice(figure.end, figure.end + 4));
  if (!open) return undefined;
  const inside = figure.end + open[0].length;
  const close = text.indexOf(')', inside);
  return inSentence.find((mention) => mention.start >= inside && (close < 0 || mention.end <= close) && mention.kind === 'person' && mention.start - inside <= 3);
}

// "In second was Sheldon van der Linde", "Third was the #36 Alpine": a place opening its clause, then who held it.
export function heldAfterCopula(text: string, figure: Figure, inSentence: NameMention[], clauseStart: number): NameMention | undefined {
  if (!/^\s*(?:in\s+|and\s+)?$/i.test(text.slice(clauseStart, figure.start))) return undefined;
  const copula = /^\s+(?:place\s+)?(?:(?:on the grid|in class|overall)\s+)?(?:was|were|is|came|went to|goes to|fell to)\s+/i.exec(text.slice(figure.end, figure.end + 40));
  if (!copula) return undefined;
  const from = figure.end + copula[0].length;
  return inSentence.find((mention) => mention.start >= from && mention.start - from <= 40 && (mention.kind === 'person' || mention.kind === 'car'));
}

// "Primo Charles, secondo Seb.", "P1 Hamilton, P2 Bottas": a place opening its clause with the holder right after it,
// no verb between.
export function namedRightAfterPlace(text: string, figure: Figure, inSentence: NameMention[], clauseStart: number): NameMention | undefined {
  if (!/^\s*(?:and\s+|e\s+|y\s+|et\s+|und\s+|en\s+)?$/i.test(text.slice(clauseStart, figure.start))) return undefined;
  const next = inSentence.find((mention) => mention.start >= figure.end);
  return next && (next.kind === 'person' || next.kind === 'car') && /^\s+$/.test(text.slice(figure.end, next.start)) ? next : undefined;
}

// "half a second quicker than second place man Ferrari's Kimi Raikkonen": the place, a noun for its holder, the
// holder; "the second-placed #6 Porsche", "the second-placed Ferrari", "de nummer drie Carlos Sainz": the one named
// right after.
// Words of one noun phrase, team to car ("racing Acura "), with nothing that sets another party apart.
const CAR_OF_PHRASE = /^(?:\s+(?!(?:and|ahead|behind|of|than|from|with|over|in|beat|beating|passed|driven|by|who|which)\b)[\p{L}-]+){0,3}\s+(?:#|No\.\s*)?$/iu;

export function holderNamedAfter(text: string, figure: Figure, inSentence: NameMention[], teams: NameMention[]): NameMention | undefined {
  // "0.062 of a second ahead of second-in-class, Matthew Bell": a place as a yardstick, its holder set off after it.
  if (/\b(?:ahead of|behind|than|clear of|in front of)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, figure.start - 16), figure.start))) {
    const holder = inSentence.find((mention) => mention.start >= figure.end && (mention.kind === 'person' || mention.kind === 'car'));
    if (holder && /^(?:-in-class|[\s-]+(?:place|position|spot))?\s*,\s*$/i.test(text.slice(figure.end, holder.start))) return holder;
  }
  if (/[-\s]placed?$|^nummer\s/i.test(text.slice(figure.start, figure.end))) {
    const named = [...inSentence, ...teams].sort((a, b) => a.start - b.start).find((mention) => mention.start >= figure.end && mention.start - figure.end <= 12);
    // "the second place Myer Shank racing Acura #60 driven by Dane Cameron": the car the team's noun phrase ends on.
    // A team read as a name ("Myer Shank") is no driver either.
    const car = named && named.kind !== 'car' ? inSentence.find((mention) => mention.kind === 'car' && mention.start >= named.end && CAR_OF_PHRASE.test(text.slice(named.end, mention.start))) : undefined;
    if (car) return car;
    return named?.kind === 'team' ? (driverOfTeam(text, named, inSentence) ?? named) : named;
  }
  // "as pole-sitter Lando Norris led them away", "with polesitter Jaminet dropping to third": the holder noun is
  // part of the figure, and the one named right after it holds the place.
  // "the polesitting No. 50 Acura", "Polesitting team Pfaff Motorsports": so does the car or team named after "-sitting".
  // "to leapfrog the Motul Pole Award-winning No. 24 BMW", "the pole-winning No. 31 Cadillac": and after "-winning",
  // unless the car is the one a driver named before sits in ("Jordan Taylor … in the Motul Pole Award-winning No. 40").
  const inHisCar = /\b(?:in|aboard|driving|drove)\s+(?:the|his|her|their)\s+(?:Motul\s+)?$/i.test(text.slice(Math.max(0, figure.start - 30), figure.start));
  if (/sitter$|winner$|sitting$/i.test(text.slice(figure.start, figure.end)) || (!inHisCar && /winning$/i.test(text.slice(figure.start, figure.end)))) {
    const named = inSentence.find((mention) => mention.start >= figure.end);
    if (named && (named.kind === 'person' || named.kind === 'car') && /^\s+(?:#|No\.\s*)?$/i.test(text.slice(figure.end, named.start))) return named;
    const team = /sitting$/i.test(text.slice(figure.start, figure.end)) ? teams.find((mention) => mention.start >= figure.end) : undefined;
    if (team && /^\s+(?:team\s+)?$/i.test(text.slice(figure.end, team.start))) return team;
  }
  // "Third place prototype starter Meyer Shank Racing": a word for the class may come before the noun, and a team after it.
  const noun = /^[\s-]+(?:place[d]?[\s-]+)?(?:(?:prototype|class|GT|GTD|GTP|LMP2|LMP3|Hypercar|LMGT3|DPi)\s+)?(?:man|driver|finisher|qualifier|runner|starter|car|entry)\s+/i.exec(text.slice(figure.end, figure.end + 36));
  if (!noun) return undefined;
  const from = figure.end + noun[0].length;
  const holder = inSentence.find((mention) => mention.start >= from && mention.start - from <= 30 && (mention.kind === 'person' || mention.kind === 'car'));
  const team = teams.find((mention) => mention.start === from);
  // "second place man Ferrari’s Kimi Raikkonen": a team's driver named right after it holds the place.
  if (!team || (holder && /^['’]s?\s+$/.test(text.slice(team.end, holder.start)))) return holder;
  return driverOfTeam(text, team, inSentence) ?? team;
}

// "ahead of the top Mercedes of Lewis Hamilton, in seventh", "from team-mate Jenson Button in third": a place
// right after a name and "in" is that name's, even where the name is the one passed or beaten; so is one after his
// car ("ahead of polesitter Charles Leclerc's Ferrari in second place").
export function placeAfterName(text: string, figure: Figure, inSentence: NameMention[], sentenceStart = 0): NameMention | undefined {
  const before = inSentence.filter((mention) => mention.end <= figure.start && (mention.kind === 'person' || mention.kind === 'car'));
  const named = before.at(-1);
  if (named && /^(?:['’]s?\s+(?:\p{Lu}[\p{L}-]*\s+){1,2})?\s*(?:,\s*)?in\s+$/iu.test(text.slice(named.end, figure.start))) {
    return trailsBy(text, named, sentenceStart) ? undefined : (drivenBy(text, named, before) ?? named);
  }
  // "che ha preceduto l’Acura di Nick Yelloly, poleman nella recente 4 Ore di Le Castellet": a pole-sitter's noun set
  // off after a name describes that name, even one passed or beaten.
  if (named && /^\s*,\s*$/.test(text.slice(named.end, figure.start)) && /^(?:pole-?man|pole-?sitter)$/iu.test(text.slice(figure.start, figure.end))) return named;
  // "and Lewis Hamilton, who lost time with a front wing change, in fifth": the name the relative clause is on.
  return before.findLast((mention) => RELATIVE_THEN_PLACE.test(text.slice(mention.end, figure.start)));
}

// "finished 1.473 seconds behind Nasr in second place", "30.135s behind Hamilton in second place": a measured deficit
// to the one named says how far the subject trailed, and the place after it is where the subject ended, unless a place
// of the subject's came before ("Hamilton was third, 2.3s behind Rosberg in second").
const MEASURED_BEHIND = /(?:\d[\d.,:]*\s*(?:s|secs?|seconds?)|(?:tenths?|hundredths?|thousandths?)(?:\s+of\s+a\s+second)?|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+laps?)\s+(?:behind|adrift of|down on)\s+(?:the\s+)?(?:(?:team-?mate|winner|leader)\s+)?$/iu;
// A count ("his second straight podium finish") is no place before it.
const PLACE_BEFORE = /(?<![\p{L}])(?<!(?:his|her|their|its|an?)\s+)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|P\d{1,2}|pole|won|wins|win|winner|victory)(?![\p{L}])/iu;

function trailsBy(text: string, named: NameMention, sentenceStart: number): boolean {
  const before = text.slice(sentenceStart, named.start);
  const measured = MEASURED_BEHIND.exec(before);
  return measured !== null && !PLACE_BEFORE.test(before.slice(0, measured.index));
}

// "followed by Sebastien Vettel (53.864s) in the Red Bull-Renault in fifth": a car named like a person ("Red
// Bull-Renault") after "in the" is the one the driver before it drives; the place is his.
const DRIVEN_IN = /^\s*(?:\([^()]{1,24}\)\s*)?,?\s*(?:in|aboard|driving)\s+(?:the|his|her|their)\s+$/iu;

function drivenBy(text: string, named: NameMention, before: NameMention[]): NameMention | undefined {
  const driver = before.at(-2);
  return driver && DRIVEN_IN.test(text.slice(driver.end, named.start)) ? driver : undefined;
}

const RELATIVE_THEN_PLACE = /^\s*,\s*(?:who|whose)\s[^,;:()]{1,100},\s*(?:in\s+)?$/iu;

// "Terza pole stagionale di Charles Leclerc", "the first pole of Hamilton": the one the place is of.
// Not "7th in front of Mark Webber", "fifth ahead of Felipe Massa".
const POSSESSOR = /^(?:\s+(?!(?:in|front|ahead|behind|clear|short|shy|out|instead|top|head|inside|outside)\b)\p{Ll}[\p{Ll}-]*)?\s+(?:of|di|de|del|della|du|van|von|do|da)\s+$/u;

export function possessorAfter(context: ClaimContext, figure: Figure, inSentence: NameMention[]): NameMention | undefined {
  const next = inSentence.find((mention) => mention.start >= figure.end);
  if (!next || (next.kind !== 'person' && next.kind !== 'car')) return undefined;
  // With the session's drivers at hand, only one of them ("de Grote Prijs van Nederland" is no one's).
  if (next.kind === 'person' && context.matchInRoster && context.matchInRoster(next.text) === null) return undefined;
  return POSSESSOR.test(context.text.slice(figure.end, next.start)) ? next : undefined;
}

// "Avec la 79e pole de sa carrière, Hamilton a frappé", "With his third pole of the year, Leclerc…", "Autore di
// 1’20”608, Altoè ha siglato": a figure in a phrase the sentence opens with, naming no one, is the one named right
// after it.
const FRONTING = /^\s*(?:with|after|avec|après|con|dopo|com|mit|nach|met|na|autore|autrice|autor|autora|auteur|author)\s[^,;:]*$/iu;

export function frontedPhraseHolder(text: string, figure: Figure, inSentence: NameMention[], sentenceStart: number): NameMention | undefined {
  if (!FRONTING.test(text.slice(sentenceStart, figure.start)) || inSentence.some((mention) => mention.end <= figure.start)) return undefined;
  const comma = /^[^,;:.]*,\s*/.exec(text.slice(figure.end, figure.end + 60));
  if (!comma) return undefined;
  const from = figure.end + comma[0].length;
  return inSentence.find((mention) => mention.start === from && (mention.kind === 'person' || mention.kind === 'car'));
}

// "fourth-placed Red Bull of Max Verstappen", "the second-placed Ferrari of Nicklas Nielsen": a team before a driver
// (or car) it is "of" describes that driver's car; the place is the driver's.
export function driverOfTeam(text: string, team: NameMention, inSentence: NameMention[]): NameMention | undefined {
  const next = inSentence.find((mention) => mention.start >= team.end && (mention.kind === 'person' || mention.kind === 'car'));
  return next && /^(?:\s+[\p{L}\d.-]+){0,3}?\s+(?:of|driven by|in the hands of)\s+(?:the\s+)?$/iu.test(text.slice(team.end, next.start)) ? next : undefined;
}
