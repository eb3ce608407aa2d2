import { z } from 'zod';
import type { CheckContext, CheckedClaim, Conflict, NameFinding, SessionSuggestion } from '../domain/check';

const id = z.string().min(1).max(200);

/** A session as a check report names it. */
export interface CheckedSession {
  id: string;
  name: string;
  track: string | null;
  /** The session's start date, `2024-01-21`, when known. */
  date: string | null;
}

/** An article checked against the sessions linked to it; offsets are into the article's plain text. */
export interface ArticleCheck {
  articleId: string;
  /** The plain text the offsets refer to: blocks separated by a blank line. */
  text: string;
  sessions: CheckedSession[];
  claims: CheckedClaim[];
  names: NameFinding[];
}

/** A figure of one article that another article about the same session gives differently. */
export interface ArticleConflict extends Conflict {
  headlines: Record<string, string>;
}

/** Payload schemas, one tuple of arguments per method of `CheckApi`. */
export const checkSchemas = {
  checkArticle: z.tuple([id]),
  context: z.tuple([z.array(id).max(50), id.nullable().optional()]),
  suggestSessions: z.tuple([id]),
  conflicts: z.tuple([id]),
};

/** Checking an article's figures against stored timing. */
export interface CheckApi {
  /** Checks every claim and name of an article against the sessions linked to it. */
  checkArticle(articleId: string): Promise<ArticleCheck>;
  /** What the renderer's checking worker needs: the sessions (laps included), tracks and roster. */
  context(sessionIds: string[], mainSessionId?: string | null): Promise<CheckContext>;
  /** Stored sessions ranked for an article by its date, track, series and session words. */
  suggestSessions(articleId: string): Promise<SessionSuggestion[]>;
  /** Figures that articles linked to the same session give differently, both sides of each. */
  conflicts(sessionId: string): Promise<ArticleConflict[]>;
}

export type { CheckContext, CheckedClaim, NameFinding, SessionSuggestion };
