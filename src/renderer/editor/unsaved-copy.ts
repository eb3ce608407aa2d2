import type { ArticleDoc } from '../../domain/articles/article';

/**
 * A copy of the article's unsaved text kept in the page's local storage at every change, so a crash or a
 * closed window between a keystroke and the save loses nothing. Cleared once the save is on disk.
 */
export interface UnsavedCopy {
  baseRevision: number;
  savedAt: string;
  doc: ArticleDoc;
}

const keyOf = (articleId: string) => `racedesk-unsaved:${articleId}`;

export function keepUnsavedCopy(articleId: string, baseRevision: number, doc: ArticleDoc): void {
  try {
    localStorage.setItem(keyOf(articleId), JSON.stringify({ baseRevision, savedAt: new Date().toISOString(), doc }));
  } catch {
    // Storage full or disabled: the autosave still runs.
  }
}

export function readUnsavedCopy(articleId: string): UnsavedCopy | null {
  try {
    const text = localStorage.getItem(keyOf(articleId));
    return text ? (JSON.parse(text) as UnsavedCopy) : null;
  } catch {
    return null;
  }
}

export function dropUnsavedCopy(articleId: string): void {
  localStorage.removeItem(keyOf(articleId));
}
