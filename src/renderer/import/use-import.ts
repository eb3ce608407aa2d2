import { useCallback, useState } from 'react';
import type { Article } from '../../domain/articles/article';
import { api } from '../api/racedesk-client';
import { readUpload } from './read-upload';

export interface ImportProgress {
  done: number;
  total: number;
  current: string;
}

/** Imports raw reports one after another, reporting progress and each file's error by name. */
export function useImport(onImported: (articles: Article[]) => void, onMessage: (message: string) => void) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const importFiles = useCallback(
    async (files: File[]) => {
      const imported: Article[] = [];
      const failures: string[] = [];
      for (const [index, file] of files.entries()) {
        setProgress({ done: index, total: files.length, current: file.name });
        try {
          imported.push(await api.articles.importReport(await readUpload(file)));
        } catch (error) {
          const message = (error as Error).message;
          failures.push(message.startsWith(file.name) ? message : `${file.name}: ${message}`);
        }
      }
      setProgress(null);
      if (imported.length) onImported(imported);
      const linked = imported.filter((article) => article.linkedSessionIds.length > 0).length;
      const summary = imported.length ? `Imported ${imported.length} report${imported.length > 1 ? 's' : ''}.${linkedNote(linked, imported.length)}` : '';
      onMessage([summary, ...failures].filter(Boolean).join(' '));
    },
    [onImported, onMessage],
  );
  return { importFiles, progress };
}

// Reports that name an event whose timing is stored are linked to it on import and checked at once.
function linkedNote(linked: number, imported: number): string {
  if (linked === 0) return '';
  if (imported === 1) return ' Checked against the timing of its event (see Details to change it).';
  return ` ${linked} of them checked against the timing of their events.`;
}
