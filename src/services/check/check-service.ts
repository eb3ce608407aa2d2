import type { ArticleCheck, ArticleConflict, CheckApi, CheckedSession } from '../../api/check';
import { plainTextFromDoc } from '../../domain/articles/plain-text';
import type { Article } from '../../domain/articles/article';
import { Checker, findConflicts, sessionsToLinkOnImport, suggestSessions, type ArticleFacts, type CheckContext, type CheckReport, type SessionSuggestion } from '../../domain/check';
import { RacedeskError } from '../../domain/errors';
import type { SessionSummary, TimingSession } from '../../domain/timing';
import type { ArticlesApi } from '../../api/articles';
import type { TimingService } from '../timing/timing-service';

/**
 * Checks articles against the timing library: builds the context from the sessions an article is linked to,
 * checks its text, ranks sessions to link and compares articles about the same session.
 */
export class CheckService implements CheckApi {
  constructor(
    private readonly timing: Pick<TimingService, 'getStoredSession' | 'listSessions' | 'listTracks'>,
    private readonly articles: Pick<ArticlesApi, 'get' | 'list'>,
  ) {}

  /**
   * The context to check against `sessionIds`, in the order given (the first is the one checked against when
   * nothing else tells). With no `mainSessionId`, the checker settles it from the article's own figures.
   */
  async context(sessionIds: string[], mainSessionId: string | null = null): Promise<CheckContext> {
    const sessions: TimingSession[] = [];
    for (const id of new Set(sessionIds)) sessions.push(await this.timing.getStoredSession(id));
    if (mainSessionId !== null && !sessionIds.includes(mainSessionId)) throw new RacedeskError('bad-input', `session ${mainSessionId} is not among the sessions to check against`);
    return { sessions, mainSessionId, tracks: await this.timing.listTracks(), roster: [] };
  }

  /** Checks any text against the given sessions; the CLI and tests call this. */
  async checkText(text: string, sessionIds: string[], mainSessionId: string | null = null): Promise<{ report: CheckReport; sessions: CheckedSession[] }> {
    const context = await this.context(sessionIds, mainSessionId);
    const summaries = await this.timing.listSessions();
    const checker = new Checker(context);
    const report = checker.checkText(text);
    const mainFirst = [...context.sessions].sort((a, b) => Number(b.id === checker.mainSessionId) - Number(a.id === checker.mainSessionId));
    return { report, sessions: mainFirst.map((session) => describeSession(session, summaries)) };
  }

  async checkArticle(articleId: string): Promise<ArticleCheck> {
    const article = await this.articles.get(articleId);
    const text = plainTextFromDoc(article.doc);
    const sessionIds = article.linkedSessionIds;
    if (sessionIds.length === 0) return { articleId, text, sessions: [], claims: new Checker(emptyContext()).checkText(text).claims, names: [] };
    const { report, sessions } = await this.checkText(text, await this.rankedByWords(article, text), null);
    return { articleId, text, sessions, claims: report.claims, names: report.names };
  }

  async suggestSessions(articleId: string): Promise<SessionSuggestion[]> {
    const article = await this.articles.get(articleId);
    return suggestSessions({ ...article.meta, text: plainTextFromDoc(article.doc) }, await this.timing.listSessions(), await this.timing.listTracks());
  }

  /** The stored sessions a newly imported report is linked to without asking; none when its event is in doubt. */
  async sessionsToLink(facts: ArticleFacts): Promise<string[]> {
    const stored = await this.timing.listSessions();
    if (stored.length === 0) return [];
    return sessionsToLinkOnImport(suggestSessions(facts, stored, await this.timing.listTracks()), stored);
  }

  async conflicts(sessionId: string): Promise<ArticleConflict[]> {
    const linked: Article[] = [];
    for (const summary of await this.articles.list()) {
      const article = await this.articles.get(summary.id);
      if (article.linkedSessionIds.includes(sessionId)) linked.push(article);
    }
    const reports = [];
    for (const article of linked) reports.push({ reportId: article.id, claims: (await this.checkArticle(article.id)).claims });
    const headlines = Object.fromEntries(linked.map((article) => [article.id, article.meta.headline]));
    return findConflicts(reports)
      .filter((conflict) => conflict.sessionId === sessionId)
      .map((conflict) => ({ ...conflict, headlines }));
  }

  // The linked sessions, those the article's own words point to most first; linked order on a tie.
  private async rankedByWords(article: Article, text: string): Promise<string[]> {
    const linked = (await this.timing.listSessions()).filter((summary) => article.linkedSessionIds.includes(summary.id));
    const ranked = suggestSessions({ ...article.meta, text }, linked, await this.timing.listTracks()).map((suggestion) => suggestion.sessionId);
    return [...new Set([...ranked, ...article.linkedSessionIds])];
  }
}

function emptyContext(): CheckContext {
  return { sessions: [], mainSessionId: null, tracks: [], roster: [] };
}

/** The session as reports name it: id, name, track and date. */
export function describeSession(session: TimingSession, summaries: SessionSummary[]): CheckedSession {
  const summary = summaries.find((candidate) => candidate.id === session.id);
  return {
    id: session.id,
    name: `${session.eventName} ${session.name}`.trim(),
    track: summary?.trackName ?? session.trackId,
    date: session.startTime ? session.startTime.slice(0, 10) : null,
  };
}
