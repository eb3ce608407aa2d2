import type { Article } from '../../domain/articles/article';
import { RacedeskError } from '../../domain/errors';
import { headlineWithoutCopySuffix } from '../../domain/sync/conflict-copy';
import type { ConflictChoice } from '../../domain/sync/sync-conflict';
import type { ArticlesService } from '../articles/articles-service';
import type { VersionsService } from '../versions/versions-service';

async function findArticle(articles: ArticlesService, id: string): Promise<Article | null> {
  try {
    return await articles.get(id);
  } catch (error) {
    if (error instanceof RacedeskError && error.code === 'not-found') return null;
    throw error;
  }
}

function unmarked(article: Article): Article {
  return { ...article, syncConflict: null };
}

/**
 * Settles a sync conflict from either article of its pair. `this` or `other` names whose text stays: it goes
 * in the kept article's place (the copy's headline loses its "(… version)"), the copy is deleted, and the
 * text let go is kept first as a version of the article that stays. `both` keeps the two as separate
 * articles. Nothing is lost: the shared history has every text too.
 */
export async function resolveConflict(articles: ArticlesService, versions: VersionsService, articleId: string, keep: ConflictChoice): Promise<Article> {
  const chosen = await articles.get(articleId);
  const mark = chosen.syncConflict;
  if (!mark) throw new RacedeskError('bad-input', `“${chosen.meta.headline}” has no sync conflict to resolve.`);
  const partner = await findArticle(articles, mark.otherId);
  const pointsBack = partner?.syncConflict?.otherId === chosen.id ? partner : null;
  if (keep === 'both' || !pointsBack) {
    if (pointsBack) await articles.rewrite(pointsBack.id, unmarked, `Resolve conflict on “${pointsBack.meta.headline}”: keep both`);
    return articles.rewrite(chosen.id, unmarked, `Resolve conflict on “${chosen.meta.headline}”: keep both`);
  }
  const [kept, copy] = mark.role === 'kept' ? [chosen, pointsBack] : [pointsBack, chosen];
  const winner = (keep === 'this') === (chosen === kept) ? kept : copy;
  const loser = winner === kept ? copy : kept;
  const loserWriter = loser.syncConflict?.writer ?? 'the other laptop';
  // Kept among the versions of the article that stays, where the writer will look for it.
  await versions.keep({ ...loser, id: kept.id }, `${loserWriter}’s text, let go when the sync conflict was resolved`);
  const headline = headlineWithoutCopySuffix(winner.meta.headline);
  const resolved = await articles.rewrite(
    kept.id,
    (current) => ({ ...current, doc: winner.doc, meta: { ...winner.meta, headline }, linkedSessionIds: winner.linkedSessionIds, removed: winner.removed, syncConflict: null }),
    `Resolve conflict on “${headline}”: keep ${winner.syncConflict?.writer ?? 'this'}’s text`,
  );
  await articles.remove(copy.id);
  return resolved;
}
