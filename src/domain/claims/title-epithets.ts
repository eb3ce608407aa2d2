import type { NameMention, Roster, RosterEntry } from '../names';

// "the six-time champion", "l'autre quadruple champion du monde", "der viermalige Weltmeister", "el tricampeón",
// "il sette volte campione del mondo": a driver called by his count of world titles, which the roster knows.
const COUNTS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  double: 2, triple: 3, quadruple: 4, quintuple: 5, sextuple: 6, septuple: 7,
  doble: 2, cuádruple: 4, quíntuple: 5, séxtuple: 6, séptuple: 7,
  bi: 2, tri: 3, tetra: 4, penta: 5, hexa: 6, hepta: 7,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7,
  twee: 2, drie: 3, vijf: 5, zes: 6, zeven: 7,
};
const ARTICLE = String.raw`(?:(?:the|a|der|die|den|dem|de|het|el|le|la|il|lo|o|du|del|do|da)\s+|l['’])?(?:(?:other|autre|andere[nm]?|otro|altro|outro)\s+)?`;
const COUNT_WORD = String.raw`(\d|two|three|four|five|six|seven|eight)`;
const TITLE_EPITHETS: RegExp[] = [
  new RegExp(String.raw`(?<![\p{L}])${ARTICLE}(?:(?:reigning|defending|newly[- ]crowned|current)\s+)?(?:${COUNT_WORD}[- ]times?|(double|triple|quadruple|quintuple|sextuple|septuple))\s+(?:(?:F1|Formula\s+(?:1|One))\s+)?(?:world\s+)?(?:champion|champ)(?:\s+du\s+monde)?(?![\p{L}])`, 'giu'),
  /(?<![\p{L}])(?:(?:el|o)\s+)?(?:(?:otro|outro)\s+)?(?:(doble|triple|cuádruple|quíntuple|séxtuple|séptuple)\s+campeón|(bi|tri|tetra|penta|hexa|hepta)campe(?:ón|ão))(?:\s+(?:mundial|del\s+mundo|do\s+mundo))?(?![\p{L}])/giu,
  /(?<![\p{L}])(?:(?:der|den|dem)\s+)?(?:(?:andere[nm]?)\s+)?(zwei|drei|vier|fünf|sechs|sieben)(?:fache|malige)[nrm]?\s+(?:Formel-1-)?Weltmeister(?![\p{L}])/giu,
  /(?<![\p{L}])(?:(?:il|l['’])\s*)?(?:altro\s+)?(due|tre|quattro|cinque|sei|sette)\s+volte\s+(?:campione(?:\s+del\s+mondo)?|iridato)(?![\p{L}])/giu,
  /(?<![\p{L}])(?:de\s+)?(?:andere\s+)?(twee|drie|vier|vijf|zes|zeven)voudige?\s+wereldkampioen(?![\p{L}])/giu,
];
// "the reigning world champion", "de huidige wereldkampioen", "der amtierende Weltmeister", "le champion du monde en
// titre", "el vigente campeón", "il campione del mondo in carica", "o atual campeão": the one who won the season before.
const REIGNING = /(?<![\p{L}])(?:(?:the|de|der|den|dem|le|el|il|o)\s+)?(?:(?:reigning|defending|current)\s+(?:F1\s+|Formula\s+(?:1|One)\s+)?world\s+champion|(?:huidige|regerende?)\s+wereldkampioen|(?:amtierende[nm]?|aktuelle[nm]?)\s+Weltmeister|champion\s+du\s+monde\s+en\s+titre|(?:vigente|actual)\s+campeón(?:\s+del\s+mundo)?|campione\s+del\s+mondo\s+in\s+carica|(?:atual|actual)\s+campeão(?:\s+mundial|\s+do\s+mundo)?)(?![\p{L}])/giu;
const OTHER = /(?:other|autre|andere[nm]?|otro|altro|outro)\s/i;
// "the newly-crowned four-time world champion Verstappen", "Campione del Mondo, Lewis Hamilton": a title before a name
// describes that name, which the reader finds as it is.
const NAME_AFTER = /^[\s,]*(?:\p{Ll}+\s+){0,2}$/u;

/** Whether a text may call a driver by his titles, so the roster's champions are worth keeping for it. */
export function mayNameTitles(text: string): boolean {
  return /champ|weltmeister|kampioen|campe|iridato/i.test(text);
}

/**
 * Mentions of drivers called by their count of world titles, written as the one roster driver with that many (won
 * before the season, else counting its own); "the other" leaves out the ones named before it in its sentence.
 */
export function titleMentions(text: string, roster: Roster | undefined, parties: NameMention[], sentenceStartOf: (at: number) => number): NameMention[] {
  const champions = (roster ?? []).filter((entry) => entry.kind === 'driver' && entry.titles);
  if (champions.length === 0) return [];
  const found: NameMention[] = [];
  for (const pattern of TITLE_EPITHETS) {
    for (const match of text.matchAll(pattern)) {
      const count = countOf(match.slice(1).find((group) => group !== undefined));
      const start = match.index;
      const end = start + match[0].length;
      if (count === null || parties.some((mention) => mention.start >= end && mention.start - end <= 30 && NAME_AFTER.test(text.slice(end, mention.start)))) continue;
      let fits = withTitles(champions, count);
      if (OTHER.test(match[0])) {
        const named = parties.filter((mention) => mention.start >= sentenceStartOf(start) && mention.end <= start).map((mention) => mention.text);
        fits = fits.filter((entry) => !named.some((name) => entry.name.endsWith(name.split(/\s+/).at(-1)!)));
      }
      if (fits.length === 1) found.push({ text: fits[0].name, start, end, kind: 'person' });
    }
  }
  const reigning = champions.filter((entry) => entry.titles!.reigning);
  for (const match of text.matchAll(REIGNING)) {
    const start = match.index;
    const end = start + match[0].length;
    if (reigning.length !== 1 || parties.some((mention) => mention.start >= end && mention.start - end <= 30 && NAME_AFTER.test(text.slice(end, mention.start)))) continue;
    found.push({ text: reigning[0].name, start, end, kind: 'person' });
  }
  return found;
}

function countOf(word: string | undefined): number | null {
  if (!word) return null;
  return /^\d$/.test(word) ? Number(word) : (COUNTS[word.toLowerCase()] ?? null);
}

// Those with the count before the season, else those whose count reaches it with the season's own title.
function withTitles(champions: RosterEntry[], count: number): RosterEntry[] {
  const before = champions.filter((entry) => entry.titles!.before === count);
  return before.length > 0 ? before : champions.filter((entry) => entry.titles!.inSeason && entry.titles!.before + 1 === count);
}
