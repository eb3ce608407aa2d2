export type { NameMention, Roster, RosterEntry, RosterMatch } from './types';
export { findNameMentions } from './mentions';
export { matchName } from './roster';
export { fullNameFor } from './full-name';
export { foldName } from './fold';
