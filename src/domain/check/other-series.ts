// Other series a report may name beside the one whose timing is loaded ("Michelin Pilot Challenge", "IndyCar"),
// and the timing code of those Racedesk has data of.

// Series a report may cover beside the one whose timing is loaded, by the name their copy uses, with the
// series code the timing files carry (IMSA, F1, WEC) for those Racedesk has data of.
const SERIES: [RegExp, string, string | null][] = [
  [/\bWeatherTech\b/i, 'WeatherTech SportsCar Championship', 'IMSA'],
  [/\bMichelin Pilot Challenge\b|\bPilot Challenge\b/i, 'Michelin Pilot Challenge', null],
  [/\bVP Racing Sportscar Challenge\b|\bVP Racing SportsCar Challenge\b/i, 'VP Racing SportsCar Challenge', null],
  [/\bMX-5 Cup\b/i, 'Mazda MX-5 Cup', null],
  [/\bLamborghini Super Trofeo\b|\bSuper Trofeo\b/i, 'Lamborghini Super Trofeo', null],
  [/\bCarrera Cup\b/i, 'Porsche Carrera Cup', null],
  [/\bGT World Challenge\b|\bGT America\b|\bGT4 America\b/i, 'SRO GT World Challenge', null],
  [/\bEuropean Le Mans Series\b|\bELMS\b|\bAsian Le Mans\b/i, 'European or Asian Le Mans Series', null],
  [/\bIndyCar\b(?!\s+(?:star|champion|driver|gun|veteran|winner|race winner|regular|rookie))/i, 'IndyCar', null],
  [/\bFormula (?:2|3|E)\b|\bF[23]\b/i, 'a junior or electric series', null],
];

// "Nick Yelloly, poleman nella recente 4 Ore di Le Castellet della ELMS", "the reigning ELMS champion": a title the
// driver holds in another series describes him; the figure stays in the series loaded.
const SERIES_TITLE =
  /\b(?:pole-?man|pole-?sitter|polesitter|winner|champion|vincitore|campione|vainqueur|ganador|campe[oó]n|vencedor|campe[aã]o|Sieger|Meister|winnaar|kampioen)\b[^,;.()]{0,80}$|\b(?:reigning|defending|former|ex-|campione|champion)\s*$/iu;

export function seriesIn(text: string): string | null {
  for (const [pattern, name] of SERIES) {
    const global = new RegExp(pattern.source, 'gi');
    if ([...text.matchAll(global)].some((found) => !SERIES_TITLE.test(text.slice(0, found.index)))) return name;
  }
  return null;
}

/** The timing series code of a series Racedesk can name, or null when it has no timing of it. */
export function seriesCode(name: string): string | null {
  return SERIES.find(([, named]) => named === name)?.[2] ?? null;
}
