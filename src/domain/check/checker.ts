import { detectLanguage, extractClaims, type Claim, type LanguageWords } from '../claims';
import type { Roster } from '../names';
import { checkParagraph } from './check-paragraph';
import { sessionByEvidence } from './session-evidence';
import { GRID_PENALTY } from './grid-penalty';
import { headingSession, isGridLabel, isSessionHeading } from './section-heading';
import { mainSession } from './session-choice';
import { partBefore } from './qualifying-part';
import { indexSession } from './session-index';
import type { CheckContext, CheckReport, ParagraphCheck } from './types';

const CACHED_PARAGRAPHS = 5000;

/** A paragraph to check and the one before it (empty for the first), which may name its subject. */
export interface ParagraphToCheck {
  text: string;
  lead: string;
  /** The session a heading above it names ("Practice No. 1"), checked against until the next heading. */
  section?: string | null;
  /** Whether it stands under a "Starting grid:" label: its places are starting places. */
  grid?: boolean;
  /** The part of qualifying the paragraphs before it named last ("At the start of Q2, …"), which its places may be of. */
  part?: number | null;
  /** Whether a paragraph before it told a grid penalty: the grid it gives may be the order after it. */
  penalties?: boolean;
}

/** What a paragraph's check depends on: two paragraphs with the same key check the same. */
export function paragraphKey({ text, lead, section, grid, part, penalties }: ParagraphToCheck): string {
  return `${section ?? ''}\u0000${grid ?? false}\u0000${part ?? ''}\u0000${penalties ?? false}\u0000${lead}\u0000${text}`;
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
  private readonly figures = new Map<string, Claim[]>();
  private readonly roster: Roster;
  /** The context with its main session settled; the same as the one given when that names its main session. */
  private settled: CheckContext;
  /** The article's language, read from all its paragraphs: one short paragraph cannot tell its own. */
  private language: LanguageWords | undefined;

  constructor(private readonly context: CheckContext) {
    this.roster = context.roster.length > 0 ? context.roster : sessionsRoster(context);
    this.settled = context.mainSessionId === null && context.sessions.length > 0 ? { ...context, mainSessionId: context.sessions[0].id } : context;
  }

  /**
   * Settles which session the article is mainly about when the context leaves it open (`mainSessionId` null):
   * the one holding most of its precise lap times, else the first of `sessions`, which come in the order the
   * article's words rank them. The article's language is settled here too, from all its paragraphs. Returns
   * whether either changed, so every paragraph's result is stale.
   */
  settleMainSession(paragraphs: readonly string[]): boolean {
    const languageChanged = this.settleLanguage(paragraphs);
    if (this.context.mainSessionId !== null || this.context.sessions.length < 2) return languageChanged;
    const claims = paragraphs.flatMap((paragraph) => this.figuresOf(paragraph));
    const chosen = (sessionByEvidence(claims, this.context.sessions, this.context.tracks) ?? this.context.sessions[0]).id;
    if (chosen === this.settled.mainSessionId) return languageChanged;
    this.settled = { ...this.context, mainSessionId: chosen };
    this.cache.clear();
    return true;
  }

  /** The session the article is checked against when its words point to no other. */
  get mainSessionId(): string | null {
    return this.settled.mainSessionId;
  }

  /** Checks each paragraph, reusing the result for any paragraph checked before with the same text, lead and section. */
  checkParagraphs(paragraphs: readonly ParagraphToCheck[]): ParagraphCheck[] {
    return paragraphs.map((paragraph) => this.checkOne(paragraph));
  }

  /**
   * An article's paragraphs in order, each with the one before it and the heading it stands under, as both the
   * desk and `checkText` check them: "Practice No. 1" on a line of its own puts the paragraphs under it in that
   * session until the next heading, and "Starting grid:" makes the places under it starting places. A report told
   * part by part ("At the start of Q2, …") goes on with the last part it named until it names another.
   */
  inContext(paragraphs: readonly string[]): ParagraphToCheck[] {
    let section: string | null = null;
    let grid = false;
    let part: number | null = null;
    let penalties = false;
    return withLeads(paragraphs).map((paragraph) => {
      if (isSessionHeading(paragraph.text)) {
        section = headingSession(paragraph.text, this.settled);
        grid = false;
        part = null;
      }
      if (isGridLabel(paragraph.text)) grid = true;
      const placed = { ...paragraph, section, grid, part, penalties };
      part = partBefore(paragraph.text, paragraph.text.length) ?? part;
      // "his five place grid penalty … means that he will start ninth", then a table of the grid under "Qualifying Standings".
      penalties ||= GRID_PENALTY.test(paragraph.text);
      return placed;
    });
  }

  /** Checks a whole text, paragraph by paragraph (blank lines separate them); offsets are into `text`. */
  checkText(text: string): CheckReport {
    const report: CheckReport = { claims: [], names: [] };
    const paragraphs = splitParagraphs(text);
    const texts = paragraphs.map((paragraph) => paragraph.text);
    this.settleMainSession(texts);
    const placed = this.inContext(texts);
    for (const [index, { start }] of paragraphs.entries()) {
      const checked = this.checkParagraphs([placed[index]])[0];
      for (const claim of checked.claims) report.claims.push({ ...claim, start: claim.start + start, end: claim.end + start });
      for (const name of checked.names) report.names.push({ ...name, start: name.start + start, end: name.end + start });
    }
    return report;
  }

  // Every paragraph is read in the article's language; when an edit changes it, every result is stale.
  private settleLanguage(paragraphs: readonly string[]): boolean {
    const language = detectLanguage(paragraphs.join('\n\n'));
    if (language === this.language) return false;
    const first = this.language === undefined;
    this.language = language;
    this.cache.clear();
    this.figures.clear();
    return !first;
  }

  private checkOne(paragraph: ParagraphToCheck): ParagraphCheck {
    const { text, lead, section = null, grid = false, part = null, penalties = false } = paragraph;
    const key = paragraphKey(paragraph);
    const cached = this.cache.get(key);
    if (cached) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const context = section === null ? this.settled : { ...this.settled, mainSessionId: section };
    const checked = checkParagraph(text, context, this.roster, { lead, language: this.language, grid, part, penalties });
    this.cache.set(key, checked);
    if (this.cache.size > CACHED_PARAGRAPHS) this.cache.delete(this.cache.keys().next().value as string);
    return checked;
  }

  // The figures of a paragraph, read once per text: settling the main session reads every paragraph.
  private figuresOf(paragraph: string): Claim[] {
    const known = this.figures.get(paragraph);
    if (known) return known;
    const claims = extractClaims(paragraph, { language: this.language });
    this.figures.set(paragraph, claims);
    if (this.figures.size > CACHED_PARAGRAPHS) this.figures.delete(this.figures.keys().next().value as string);
    return claims;
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
