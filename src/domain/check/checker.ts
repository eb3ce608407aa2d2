import type { Roster } from '../names';
import { checkParagraph } from './check-paragraph';
import { mainSession } from './session-choice';
import { indexSession } from './session-index';
import type { CheckContext, CheckReport, ParagraphCheck } from './types';

const CACHED_PARAGRAPHS = 5000;
const PARAGRAPH_BREAK = /\n[ \t\u00a0]*\n/g;

/**
 * Checks articles against one context, remembering each paragraph's result by its text, so that after a
 * one-character edit only the edited paragraph is checked again.
 *
 * @example
 * const checker = new Checker({ sessions: [roar], mainSessionId: roar.id, tracks, roster: [] });
 * checker.checkText('Derani took pole in 1:32.656.').claims[0].verdict // 'confirmed'
 */
export class Checker {
  private readonly cache = new Map<string, ParagraphCheck>();
  private readonly roster: Roster;

  constructor(private readonly context: CheckContext) {
    this.roster = context.roster.length > 0 ? context.roster : sessionsRoster(context);
  }

  /** Checks each paragraph, reusing the result for any paragraph checked before with the same text. */
  checkParagraphs(paragraphs: string[]): ParagraphCheck[] {
    return paragraphs.map((paragraph) => this.checkOne(paragraph));
  }

  /** Checks a whole text, paragraph by paragraph (blank lines separate them); offsets are into `text`. */
  checkText(text: string): CheckReport {
    const report: CheckReport = { claims: [], names: [] };
    for (const { start, text: paragraph } of splitParagraphs(text)) {
      const checked = this.checkOne(paragraph);
      for (const claim of checked.claims) report.claims.push({ ...claim, start: claim.start + start, end: claim.end + start });
      for (const name of checked.names) report.names.push({ ...name, start: name.start + start, end: name.end + start });
    }
    return report;
  }

  private checkOne(paragraph: string): ParagraphCheck {
    const cached = this.cache.get(paragraph);
    if (cached) {
      this.cache.delete(paragraph);
      this.cache.set(paragraph, cached);
      return cached;
    }
    const checked = checkParagraph(paragraph, this.context, this.roster);
    this.cache.set(paragraph, checked);
    if (this.cache.size > CACHED_PARAGRAPHS) this.cache.delete(this.cache.keys().next().value as string);
    return checked;
  }
}

// Drivers and teams of every linked session, the main one first, each once.
function sessionsRoster(context: CheckContext): Roster {
  const main = mainSession(context);
  const ordered = main ? [main, ...context.sessions.filter((session) => session !== main)] : context.sessions;
  const byId = new Map<string, Roster[number]>();
  for (const session of ordered) for (const entry of indexSession(session).roster) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return [...byId.values()];
}

/** The paragraphs of a text with where each starts. */
export function splitParagraphs(text: string): { start: number; text: string }[] {
  const paragraphs: { start: number; text: string }[] = [];
  let start = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    if (match.index > start) paragraphs.push({ start, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  if (start < text.length) paragraphs.push({ start, text: text.slice(start) });
  return paragraphs;
}
