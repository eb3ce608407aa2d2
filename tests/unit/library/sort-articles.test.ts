import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../src/domain/articles/article';
import { articleTime, sortArticles } from '../../../src/renderer/library/sort-articles';

const article = (headline: string, date: string | null, updatedAt: string): ArticleSummary => ({ id: headline, headline, date, updatedAt, wordCount: 100 });

const library = [
  article('Derani takes Roar pole', '2024-01-20', '2026-11-01T10:00:00Z'),
  article('Sebring 12 Hours: Porsche wins', '2024-03-16T23:00:00Z', '2026-10-01T10:00:00Z'),
  article('notes from the paddock', 'last weekend', '2026-11-20T10:00:00Z'),
  article('10 things from Daytona', null, '2026-11-21T10:00:00Z'),
  article('2 takeaways from Sebring', 'March 18, 2024', '2026-09-01T10:00:00Z'),
];

const headlines = (order: Parameters<typeof sortArticles>[1]) => sortArticles(library, order).map((entry) => entry.headline);

describe('the library order', () => {
  it('puts the last edited first', () => {
    expect(headlines('edited')).toEqual(['10 things from Daytona', 'notes from the paddock', 'Derani takes Roar pole', 'Sebring 12 Hours: Porsche wins', '2 takeaways from Sebring']);
  });

  it('puts the newest story first by its own date, undated and unreadable dates last by edit', () => {
    expect(headlines('date')).toEqual(['2 takeaways from Sebring', 'Sebring 12 Hours: Porsche wins', 'Derani takes Roar pole', '10 things from Daytona', 'notes from the paddock']);
  });

  it('sorts headlines A to Z ignoring case, numbers by value', () => {
    expect(headlines('headline')).toEqual(['2 takeaways from Sebring', '10 things from Daytona', 'Derani takes Roar pole', 'notes from the paddock', 'Sebring 12 Hours: Porsche wins']);
  });

  it('leaves the list it was given untouched', () => {
    const before = library.map((entry) => entry.id);
    sortArticles(library, 'headline');
    expect(library.map((entry) => entry.id)).toEqual(before);
  });
});

describe('an article’s own date', () => {
  it('reads a bare day as that day in the writer’s time zone, so it never shows as the day before', () => {
    const time = articleTime(article('Roar', '2024-01-25', '2026-11-01T10:00:00Z'));
    expect(new Date(time ?? 0).getDate()).toBe(25);
    expect(articleTime(article('Paddock', 'last weekend', '2026-11-01T10:00:00Z'))).toBeNull();
  });
});
