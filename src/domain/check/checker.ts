import type { Roster } from '../names';
import { checkParagraph } from './check-paragraph';
import { mainSession } from './session-choice';
import { indexSession } from './session-index';
import type { CheckContext, CheckReport, ParagraphCheck } from './types';

const CACHED_PARAGRAPHS = 5000;

/** A paragraph to check and the one before it (empty for the first), which may name its subject. */
export interface ParagraphToCheck {
  text: string;
  lead: string;
}

/** Each paragraph of an article in order, paired with the one before it. */
export function withLeads(paragraphs: readonly string[]): ParagraphToCheck[] {
  return paragraphs.map((text, index) => ({ text, lead: paragraphs[index - 1] ?? '' }));
}
const PARAGRAPH_BREAK = /\n[ \t\u00a0]*\n/g;

/**
 * Checks articles against one context, remembering each paragraph's result by its text and the text before
 * it, so that after a one-character edit only the edited paragraph and the one after it are checked again.
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

  /** Checks each paragraph, reusing the result for any paragraph checked before with the same text and lead. */
  checkParagraphs(paragraphs: readonly ParagraphToCheck[]): ParagraphCheck[] {
    return paragraphs.map(({ text, lead }) => this.checkOne(text, lead));
  }

  /** Checks a whole text, paragraph by paragraph (blank lines separate them); offsets are into `text`. */
  checkText(text: string): CheckReport {
    const report: CheckReport = { claims: [], names: [] };
    let lead = '';
    for (const { start, text: paragraph } of splitParagraphs(text)) {
      const checked = this.checkOne(paragraph, lead);
      lead = paragraph;
      for (const claim of checked.claims) report.claims.push({ ...claim, start: claim.start + start, end: claim.end + start });
      for (const name of checked.names) report.names.push({ ...name, start: name.start + start, end: name.end + start });
    }
    return report;
  }

  private checkOne(paragraph: string, lead: string): ParagraphCheck {
    const key = `${lead}\u0000${paragraph}`;
    const cached = this.cache.get(key);
    if (cached) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const checked = checkParagraph(paragraph, this.context, this.roster, lead);
    this.cache.set(key, checked);
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
