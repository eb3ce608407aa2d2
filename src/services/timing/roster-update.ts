import { normalizeName, type Roster, type RosterName, type TimingSession } from '../../domain/timing';

function addName(list: RosterName[], byKey: Map<string, RosterName>, name: string, series: string): void {
  const trimmed = name.trim();
  if (trimmed === '') return;
  const key = normalizeName(trimmed);
  let known = byKey.get(key);
  if (!known) {
    known = { name: trimmed, aliases: [], series: [] };
    byKey.set(key, known);
    list.push(known);
  }
  if (trimmed !== known.name && !known.aliases.includes(trimmed)) known.aliases.push(trimmed);
  if (!known.series.includes(series)) known.series.push(series);
}

/**
 * Adds the drivers and teams of a session to the roster. Spellings that differ only in case or accents
 * ("Sébastien Bourdais", "Sebastien Bourdais") are one person, the other spellings kept as aliases.
 */
export function rosterWith(roster: Roster, session: TimingSession): Roster {
  const drivers = roster.drivers.map((driver) => ({ ...driver, aliases: [...driver.aliases], series: [...driver.series] }));
  const teams = roster.teams.map((team) => ({ ...team, aliases: [...team.aliases], series: [...team.series] }));
  const driverKeys = new Map(drivers.map((driver) => [normalizeName(driver.name), driver]));
  const teamKeys = new Map(teams.map((team) => [normalizeName(team.name), team]));
  for (const entry of session.entries) {
    for (const driver of entry.drivers) addName(drivers, driverKeys, driver, session.series);
    addName(teams, teamKeys, entry.team, session.series);
  }
  for (const result of session.results) if (result.driver) addName(drivers, driverKeys, result.driver, session.series);
  return { drivers, teams };
}
