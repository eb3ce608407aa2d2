import { useCallback, useEffect, useState } from 'react';
import type { ArticleVersionSummary } from '../../domain/versions/version';
import { api } from '../api/racedesk-client';

interface VersionsPanelProps {
  articleId: string;
  /** Saves pending edits first, so a version holds what the writer sees. */
  flush: () => Promise<void>;
  onRestored: () => void;
  refreshKey: number;
}

/** Versions of the article: keep one now, or go back to an earlier one. */
export function VersionsPanel({ articleId, flush, onRestored, refreshKey }: VersionsPanelProps) {
  const [versions, setVersions] = useState<ArticleVersionSummary[]>([]);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => api.versions.list(articleId).then(setVersions, (failure: Error) => setError(failure.message)), [articleId]);
  useEffect(() => void load(), [load, refreshKey]);

  return (
    <div className="versions">
      <form
        className="version-new"
        onSubmit={(event) => {
          event.preventDefault();
          void flush()
            .then(() => api.versions.create(articleId, label.trim() || 'Saved by hand'))
            .then(() => setLabel(''))
            .then(load, (failure: Error) => setError(failure.message));
        }}
      >
        <input aria-label="Version name" placeholder="Name this version" value={label} onChange={(event) => setLabel(event.target.value)} />
        <button type="submit">Keep version</button>
      </form>
      {error && <p className="panel-error">{error}</p>}
      <ul className="version-list">
        {versions.map((version) => (
          <li key={version.id}>
            <span className="version-label">{version.label}</span>
            <span className="version-meta">
              {version.kind === 'shared' ? `${version.writer ?? 'Shared'} · ` : ''}
              {new Date(version.createdAt).toLocaleString()} · {version.wordCount} words
            </span>
            <button
              type="button"
              onClick={() =>
                void flush()
                  .then(() => api.versions.restore(articleId, version.id))
                  .then(onRestored, (failure: Error) => setError(failure.message))
              }
            >
              Restore
            </button>
          </li>
        ))}
        {versions.length === 0 && <li className="panel-empty">No versions yet.</li>}
      </ul>
    </div>
  );
}
