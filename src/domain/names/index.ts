export type { NameMention, Roster, RosterEntry, RosterMatch } from './types';
export { findNameMentions } from './mentions';
export { matchName } from './roster';
export { createFullNameIndex, fullNameFor, type FullNameIndex } from './full-name';
export { foldName } from './fold';
export { nationalityCode } from './nationality';
export { splitByRoster, type RosterLookup } from './roster-mentions';
export { worldTitles } from './world-champions';
