import type { Roster as NamesRoster } from '../names';
import type { Roster as TimingRoster } from '../timing';

/** The timing library's roster (names with the spellings seen in files) as the names engine's entries. */
export function rosterEntries(roster: TimingRoster): NamesRoster {
  return [
    ...roster.drivers.map((driver) => ({ id: `driver:${driver.name}`, name: driver.name, kind: 'driver' as const, aliases: driver.aliases })),
    ...roster.teams.map((team) => ({ id: `team:${team.name}`, name: team.name, kind: 'team' as const, aliases: team.aliases })),
  ];
}
