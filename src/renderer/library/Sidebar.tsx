import { useMemo, useState } from 'react';
import type { ArticleSummary } from '../../domain/articles/article';
import { ARTICLE_ORDERS, articleTime, sortArticles, type ArticleOrder } from './sort-articles';

const ORDER_KEY = 'racedesk.libraryOrder';

function savedOrder(): ArticleOrder {
  const saved = globalThis.localStorage?.getItem(ORDER_KEY);
  return ARTICLE_ORDERS.some(({ order }) => order === saved) ? (saved as ArticleOrder) : 'edited';
}

interface SidebarProps {
  articles: ArticleSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onNew: () => void;
  onImport: (files: File[]) => void;
  onImportTiming: (files: File[]) => void;
}

/** A button that opens the file picker for several files and hands them over. */
function FilePicker({ label, title, accept, testId, onFiles }: { label: string; title?: string; accept: string; testId: string; onFiles: (files: File[]) => void }) {
  return (
    <label className="button" title={title}>
      {label}
      <input
        type="file"
        multiple
        accept={accept}
        data-testid={testId}
        onChange={(event) => {
          onFiles(Array.from(event.target.files ?? []));
          event.target.value = '';
        }}
      />
    </label>
  );
}

/** Under each headline: the article's own date when sorting by it, else when it was last edited; and its length. */
function metaLine(article: ArticleSummary, order: ArticleOrder): string {
  const time = order === 'date' ? articleTime(article) : null;
  const when = time !== null ? new Date(time).toLocaleDateString() : order === 'date' ? 'no date' : new Date(article.updatedAt).toLocaleString();
  const conflict = article.conflict ? ` · ${article.conflict.writer}’s text${article.conflict.role === 'copy' ? ', conflict copy' : ', in conflict'}` : '';
  return `${when} · ${article.wordCount} words${conflict}`;
}

/** The library of articles: search, sort (last edited, article date, headline), new and import. */
export function Sidebar({ articles, selectedId, onSelect, onNew, onImport, onImportTiming }: SidebarProps) {
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<ArticleOrder>(savedOrder);
  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return sortArticles(needle ? articles.filter((article) => article.headline.toLowerCase().includes(needle)) : articles, order);
  }, [articles, query, order]);
  const chooseOrder = (next: ArticleOrder) => {
    setOrder(next);
    globalThis.localStorage?.setItem(ORDER_KEY, next);
  };
  return (
    <aside className="sidebar" aria-label="Library">
      <div className="sidebar-actions">
        <button type="button" onClick={onNew}>New</button>
        <FilePicker label="Import…" accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain" testId="import-input" onFiles={onImport} />
        <FilePicker
          label="Timing…"
          title="Official timing: Al Kamel results and laps, WEC analysis, F1 or any results CSV"
          accept=".csv,.txt,.tsv,text/csv"
          testId="timing-input"
          onFiles={onImportTiming}
        />
      </div>
      <div className="sidebar-find">
        <input className="sidebar-search" type="search" placeholder="Search" value={query} onChange={(event) => setQuery(event.target.value)} aria-label="Search articles" />
        <select className="sidebar-order" aria-label="Sort articles" value={order} onChange={(event) => chooseOrder(event.target.value as ArticleOrder)}>
          {ARTICLE_ORDERS.map(({ order: value, label }) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </div>
      <ul className="article-list">
        {shown.map((article) => (
          <li key={article.id}>
            <button type="button" className={article.id === selectedId ? 'article-item selected' : 'article-item'} onClick={() => onSelect(article.id)} aria-current={article.id === selectedId}>
              <span className="article-headline">
                {article.conflict && <span className="conflict-mark" title="Sync conflict: open it to choose which text to keep">⚠ </span>}
                {article.headline}
              </span>
              <span className="article-meta">{metaLine(article, order)}</span>
            </button>
          </li>
        ))}
        {shown.length === 0 && <li className="empty">{articles.length ? 'No match' : 'No articles yet: import a report or drop files here.'}</li>}
      </ul>
    </aside>
  );
}
