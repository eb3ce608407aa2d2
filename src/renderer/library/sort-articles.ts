import type { ArticleSummary } from '../../domain/articles/article';

/** The orders the library offers: what the writer touched last, when the story happened, or A to Z. */
export type ArticleOrder = 'edited' | 'date' | 'headline';

export const ARTICLE_ORDERS: { order: ArticleOrder; label: string }[] = [
  { order: 'edited', label: 'Last edited' },
  { order: 'date', label: 'Article date' },
  { order: 'headline', label: 'Headline' },
];

const headlineOrder = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** An article's own date as a time, or null when it has none or it cannot be read ("last weekend"). */
export function articleTime(article: ArticleSummary): number | null {
  if (!article.date) return null;
  // A bare day ("2024-01-25") is that day where the writer is; Date.parse would read it as UTC midnight,
  // which west of Greenwich shows as the day before.
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(article.date.trim());
  if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])).getTime();
  const time = Date.parse(article.date);
  return Number.isNaN(time) ? null : time;
}

/**
 * The library in the chosen order, newest first for dates. Articles without a readable date come after the
 * dated ones, newest edit first; ties fall back to the last edit, so the order never jumps between renders.
 */
export function sortArticles(articles: readonly ArticleSummary[], order: ArticleOrder): ArticleSummary[] {
  const byEdit = (a: ArticleSummary, b: ArticleSummary) => b.updatedAt.localeCompare(a.updatedAt);
  const sorted = [...articles];
  if (order === 'edited') return sorted.sort(byEdit);
  if (order === 'headline') return sorted.sort((a, b) => headlineOrder.compare(a.headline, b.headline) || byEdit(a, b));
  return sorted.sort((a, b) => {
    const [timeA, timeB] = [articleTime(a), articleTime(b)];
    if (timeA === null || timeB === null) return timeA === timeB ? byEdit(a, b) : timeA === null ? 1 : -1;
    return timeB - timeA || byEdit(a, b);
  });
}
