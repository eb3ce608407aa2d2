import { z } from 'zod';
import { ARTICLE_SCHEMA_VERSION, type Article } from '../../domain/articles/article';
import { RacedeskError } from '../../domain/errors';

const storedArticleSchema = z
  .object({
    schemaVersion: z.literal(ARTICLE_SCHEMA_VERSION),
    id: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    revision: z.number().int().nonnegative(),
    meta: z.object({ headline: z.string() }).passthrough(),
    doc: z.object({ type: z.literal('doc'), content: z.array(z.any()) }).passthrough(),
    source: z.any().nullable(),
    removed: z.array(z.any()).default([]),
    linkedSessionIds: z.array(z.string()).default([]),
  })
  .passthrough();

/** Reads a stored article, upgrading older shapes; a file of a newer Racedesk is refused, never rewritten. */
export function migrateArticle(raw: unknown): Article {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > ARTICLE_SCHEMA_VERSION) {
    throw new RacedeskError('bad-file', `schemaVersion ${version} is newer than this Racedesk understands`);
  }
  const upgraded = version === undefined ? { ...(raw as object), schemaVersion: ARTICLE_SCHEMA_VERSION } : raw;
  const parsed = storedArticleSchema.safeParse(upgraded);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RacedeskError('bad-file', `not an article: ${issue.path.join('.') || 'root'}: ${issue.message}`);
  }
  return parsed.data as unknown as Article;
}
