import { useCallback, useEffect, useState } from 'react';
import type { Article, ArticleDoc } from '../../domain/articles/article';
import { countWords } from '../../domain/articles/plain-text';
import { ArticleEditor } from '../editor/ArticleEditor';
import { useAutosave, type SaveState } from '../editor/use-autosave';

interface DeskProps {
  article: Article;
  onSaved: (article: Article) => void;
  onStatus: (state: SaveState, wordCount: number) => void;
}

/** One open article: its headline, its editor, saved as the writer types. */
export function Desk({ article, onSaved, onStatus }: DeskProps) {
  const [headline, setHeadline] = useState(article.meta.headline);
  const [wordCount, setWordCount] = useState(0);
  const { state, schedule } = useAutosave(article, onSaved);
  const countText = useCallback((text: string) => setWordCount(countWords(text)), []);
  useEffect(() => onStatus(state, wordCount), [onStatus, state, wordCount]);
  return (
    <section className="desk" aria-label="Article">
      <input
        className="headline"
        value={headline}
        aria-label="Headline"
        onChange={(event) => {
          setHeadline(event.target.value);
          schedule({ meta: { headline: event.target.value } });
        }}
      />
      <ArticleEditor article={article} onDocChange={(doc: ArticleDoc) => schedule({ doc })} onTextChange={countText} />
    </section>
  );
}
