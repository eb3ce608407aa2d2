import type { Article } from '../articles/article';
import { RacedeskError } from '../errors';

/**
 * Refuses to export an article whose sync conflict is not resolved yet, saying what to do. Both texts are
 * in the library until then, and which one goes out is the writer's call, not the exporter's.
 */
export function assertNoSyncConflict(article: Pick<Article, 'id' | 'meta' | 'syncConflict'>): void {
  const mark = article.syncConflict;
  if (!mark) return;
  const pair = mark.role === 'kept' ? `${mark.otherWriter}’s text is kept beside it as a copy` : `this is ${mark.writer}’s text, kept beside ${mark.otherWriter}’s`;
  throw new RacedeskError(
    'conflict',
    `“${article.meta.headline}” was changed on two laptops at once (${pair}). Resolve the conflict before exporting: in the desk (keep this text, the other, or both), or with "racedesk sync resolve ${article.id} --keep this|other|both".`,
  );
}
