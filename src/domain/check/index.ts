export type { CheckContext, CheckedClaim, CheckReport, NameFinding, ParagraphCheck, Verdict } from './types';
export { Checker, paragraphKey, splitParagraphs, withLeads, type ParagraphToCheck } from './checker';
export { meetsQualifier, roundsTo } from './precision';
export { chooseSession, mainSession } from './session-choice';
export { readHint, type SessionHint } from './session-hint';
export { sessionsOfBestEvent, sessionsToLinkOnImport, suggestSessions, type ArticleFacts, type SessionSuggestion } from './suggest-sessions';
export { findConflicts, type Conflict, type ReportClaims } from './conflicts';
