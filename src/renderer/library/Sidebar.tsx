import { useMemo, useState } from 'react';
import type { ArticleSummary } from '../../domain/articles/article';

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

/** The library of articles: search, newest first, new and import. */
export function Sidebar({ articles, selectedId, onSelect, onNew, onImport, onImportTiming }: SidebarProps) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return needle ? articles.filter((article) => article.headline.toLowerCase().includes(needle)) : articles;
  }, [articles, query]);
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
      <input className="sidebar-search" type="search" placeholder="Search articles" value={query} onChange={(event) => setQuery(event.target.value)} aria-label="Search articles" />
      <ul className="article-list">
        {shown.map((article) => (
          <li key={article.id}>
            <button type="button" className={article.id === selectedId ? 'article-item selected' : 'article-item'} onClick={() => onSelect(article.id)} aria-current={article.id === selectedId}>
              <span className="article-headline">{article.headline}</span>
              <span className="article-meta">{new Date(article.updatedAt).toLocaleString()} · {article.wordCount} words</span>
            </button>
          </li>
        ))}
        {shown.length === 0 && <li className="empty">{articles.length ? 'No match' : 'No articles yet: import a report or drop files here.'}</li>}
      </ul>
    </aside>
  );
}
