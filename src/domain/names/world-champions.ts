import { foldName } from './fold';

// The Formula 1 drivers' world champions by season, as the timing spells them: writers call a driver "the six-time
// champion" or "der viermalige Weltmeister" as often as by name, in any series he races in.
const CHAMPIONS: [string, number[]][] = [
  ['Giuseppe Farina', [1950]],
  ['Juan Manuel Fangio', [1951, 1954, 1955, 1956, 1957]],
  ['Alberto Ascari', [1952, 1953]],
  ['Mike Hawthorn', [1958]],
  ['Jack Brabham', [1959, 1960, 1966]],
  ['Phil Hill', [1961]],
  ['Graham Hill', [1962, 1968]],
  ['Jim Clark', [1963, 1965]],
  ['John Surtees', [1964]],
  ['Denny Hulme', [1967]],
  ['Jackie Stewart', [1969, 1971, 1973]],
  ['Jochen Rindt', [1970]],
  ['Emerson Fittipaldi', [1972, 1974]],
  ['Niki Lauda', [1975, 1977, 1984]],
  ['James Hunt', [1976]],
  ['Mario Andretti', [1978]],
  ['Jody Scheckter', [1979]],
  ['Alan Jones', [1980]],
  ['Nelson Piquet', [1981, 1983, 1987]],
  ['Keke Rosberg', [1982]],
  ['Alain Prost', [1985, 1986, 1989, 1993]],
  ['Ayrton Senna', [1988, 1990, 1991]],
  ['Nigel Mansell', [1992]],
  ['Michael Schumacher', [1994, 1995, 2000, 2001, 2002, 2003, 2004]],
  ['Damon Hill', [1996]],
  ['Jacques Villeneuve', [1997]],
  ['Mika Häkkinen', [1998, 1999]],
  ['Fernando Alonso', [2005, 2006]],
  ['Kimi Räikkönen', [2007]],
  ['Lewis Hamilton', [2008, 2014, 2015, 2017, 2018, 2019, 2020]],
  ['Jenson Button', [2009]],
  ['Sebastian Vettel', [2010, 2011, 2012, 2013]],
  ['Nico Rosberg', [2016]],
  ['Max Verstappen', [2021, 2022, 2023, 2024]],
  ['Lando Norris', [2025]],
];
const BY_NAME = new Map(CHAMPIONS.map(([name, years]) => [foldName(name), years]));

/**
 * A driver's world titles as of a season: those won before it, and whether he won that season's too (a report from
 * its last races may count it: "the newly-crowned four-time champion"). Null for one who never won one.
 */
export function worldTitles(driver: string, season: number): { before: number; inSeason: boolean; reigning?: boolean } | null {
  const years = BY_NAME.get(foldName(driver));
  if (!years || !years.some((year) => year <= season)) return null;
  // "the reigning world champion", "de huidige wereldkampioen": the one who won the season before.
  return { before: years.filter((year) => year < season).length, inSeason: years.includes(season), ...(years.includes(season - 1) ? { reigning: true } : {}) };
}
