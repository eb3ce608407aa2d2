import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article, ArticleDoc } from '../../domain/articles/article';
import type { ArticleSave } from '../../api/articles';
import { api } from '../api/racedesk-client';
import { dropUnsavedCopy, keepUnsavedCopy } from './unsaved-copy';

export type SaveState = { kind: 'saved'; at: string } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

const DEBOUNCE_MS = 700;
const UNSAVED_COPY_MS = 1000;

/** A change to save; the document may be given as a getter, read only when the save runs (not per keystroke). */
type Change = Omit<ArticleSave, 'baseRevision' | 'doc'> & { doc?: ArticleDoc | (() => ArticleDoc) };

function resolved(change: Change): Omit<ArticleSave, 'baseRevision'> {
  return { ...change, doc: typeof change.doc === 'function' ? change.doc() : change.doc };
}

/**
 * Saves the article's changes within a second of the last keystroke, one save at a time. "Saved" shows only
 * when the last change the writer made has been written to disk; anything newer keeps it "unsaved".
 */
export function useAutosave(article: Article, onSaved: (article: Article) => void) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: article.updatedAt });
  const revision = useRef(article.revision);
  const pending = useRef<Change | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const copyTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const run = useCallback(async (): Promise<void> => {
    while (pending.current) {
      const change = resolved(pending.current);
      pending.current = null;
      setState({ kind: 'saving' });
      try {
        const saved = await api.articles.save(article.id, { ...change, baseRevision: revision.current });
        revision.current = saved.revision;
        onSaved(saved);
        if (!pending.current) {
          dropUnsavedCopy(article.id);
          setState({ kind: 'saved', at: saved.updatedAt });
        }
      } catch (error) {
        pending.current = { ...change, ...(pending.current ?? {}) };
        setState({ kind: 'failed', message: (error as Error).message });
        return;
      }
    }
  }, [article.id, onSaved]);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (running.current) await running.current;
    if (!pending.current) return;
    running.current = run().finally(() => {
      running.current = null;
    });
    await running.current;
  }, [run]);

  const schedule = useCallback(
    (change: Change) => {
      pending.current = { ...(pending.current ?? {}), ...change };
      if (change.doc && !copyTimer.current) {
        // Mirror the unsaved text for crash recovery about once a second while the writer types.
        copyTimer.current = setTimeout(() => {
          copyTimer.current = null;
          const doc = pending.current?.doc;
          if (!doc) return;
          // Between frames, so the copy never delays a keystroke's paint.
          requestIdleCallback(() => keepUnsavedCopy(article.id, revision.current, typeof doc === 'function' ? doc() : doc), { timeout: 2000 });
        }, UNSAVED_COPY_MS);
      }
      setState((previous) => (previous.kind === 'unsaved' ? previous : { kind: 'unsaved' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [article.id, flush],
  );

  useEffect(
    () => () => {
      if (copyTimer.current) clearTimeout(copyTimer.current);
      void flush();
    },
    [flush],
  );

  return { state, schedule, flush };
}
