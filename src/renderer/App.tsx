import { useCallback, useEffect, useRef, useState } from 'react';
import type { Roster } from '../domain/names';
import { rosterEntries } from '../domain/tagging/roster-entries';
import type { Article, ArticleSummary } from '../domain/articles/article';
import { api, desktop } from './api/racedesk-client';
import { Desk } from './desk/Desk';
import type { SaveState } from './editor/use-autosave';
import { useImport } from './import/use-import';
import { useTimingImport } from './import/use-timing-import';
import { HelpSheet } from './help/HelpSheet';
import { Sidebar } from './library/Sidebar';
import { TimingView } from './timing/TimingView';
import { StatusBar } from './status/StatusBar';

/** The writer's desk: library on the left, the article in the middle, status at the bottom. */
export function App() {
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [open, setOpen] = useState<Article | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState<{ state: SaveState | null; words: number }>({ state: null, words: 0 });
  const [dragging, setDragging] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [view, setView] = useState<'desk' | 'timing'>('desk');
  const [loads, setLoads] = useState(0);
  const rosterRef = useRef<Roster>([]);
  const [rosterVersion, setRosterVersion] = useState(0);
  const roster = useCallback(() => rosterRef.current, []);
  const loadRoster = useCallback(
    () => api.timing.roster().then((timingRoster) => {
      rosterRef.current = rosterEntries(timingRoster);
      setRosterVersion((version) => version + 1);
    }),
    [],
  );

  const refresh = useCallback(async () => setArticles(await api.articles.list()), []);
  const openArticle = useCallback(async (id: string) => {
    try {
      setOpen(await api.articles.get(id));
      setLoads((count) => count + 1);
    } catch (error) {
      setMessage((error as Error).message);
    }
  }, []);

  useEffect(() => {
    void refresh().catch((error: Error) => setMessage(error.message));
    void loadRoster().catch((error: Error) => setMessage(error.message));
    void api.library.notices().then((notices) => {
      if (notices.length === 0) return;
      const what = notices.map((notice) =>
        `${notice.file} could not be read (${notice.reason}); it was moved to ${notice.movedTo} and ${notice.restoredFrom === 'backup' ? 'the last good copy restored' : 'there was no earlier copy'}.`,
      );
      setMessage(what.join(' '));
    });
  }, [refresh, loadRoster]);

  const onImported = useCallback(
    (imported: Article[]) => {
      void refresh();
      setOpen(imported[imported.length - 1]);
    },
    [refresh],
  );
  const { importFiles, progress } = useImport(onImported, setMessage);
  const { importTiming, busy: timingBusy } = useTimingImport(() => void loadRoster(), setMessage);

  useEffect(
    () =>
      desktop?.onMenuCommand((command) => {
        if (command.type === 'import-done' && command.articleIds.length) {
          void refresh();
          void openArticle(command.articleIds[command.articleIds.length - 1]);
        }
        if (command.type === 'timing-imported') {
          setMessage(command.message);
          void loadRoster();
        }
        if (command.type === 'error') setMessage(command.message);
      }),
    [refresh, openArticle, loadRoster],
  );

  const onSaved = useCallback((saved: Article) => {
    setArticles((list) =>
      list.map((item) => (item.id === saved.id ? { ...item, headline: saved.meta.headline, updatedAt: saved.updatedAt } : item)),
    );
  }, []);
  const onStatus = useCallback((state: SaveState, words: number) => {
    setStatus((previous) => (previous.state === state && previous.words === words ? previous : { state, words }));
  }, []);

  return (
    <div
      className={dragging ? 'app dragging' : 'app'}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) {
          event.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        if (!event.dataTransfer.files.length) return;
        event.preventDefault();
        setDragging(false);
        void importFiles(Array.from(event.dataTransfer.files));
      }}
    >
      <Sidebar
        articles={articles}
        selectedId={open?.id ?? null}
        onSelect={(id) => {
          setView('desk');
          void openArticle(id);
        }}
        onNew={() => void api.articles.create({}).then((article) => onImported([article]))}
        onImport={(files) => void importFiles(files)}
        onImportTiming={(files) => void importTiming(files)}
      />
      <main className="main">
        <nav className="view-switch" aria-label="Views">
          <button type="button" aria-pressed={view === 'desk'} onClick={() => { setView('desk'); void loadRoster(); }}>Desk</button>
          <button type="button" aria-pressed={view === 'timing'} onClick={() => setView('timing')}>Timing</button>
        </nav>
        {view === 'timing' ? (
          <div className="timing-host"><TimingView api={api} /></div>
        ) : open ? (
          <Desk
            key={`${open.id}:${loads}`}
            article={open}
            roster={roster}
            rosterVersion={rosterVersion}
            onSaved={onSaved}
            onStatus={onStatus}
            onReload={() => void openArticle(open.id)}
            onHelp={() => setHelpOpen(true)}
            onMessage={setMessage}
          />
        ) : (
          <div className="welcome">
            <h1>Racedesk</h1>
            <p>Import a raw report (Import…, or drop .txt, .md, .html, .docx, .pdf files anywhere) or start a new article.</p>
          </div>
        )}
        {timingBusy && (
          <div className="progress" role="progressbar">
            {timingBusy}
          </div>
        )}
        {progress && (
          <div className="progress" role="progressbar" aria-valuenow={progress.done} aria-valuemax={progress.total}>
            Importing {progress.current} ({progress.done + 1} of {progress.total})…
          </div>
        )}
      </main>
      {helpOpen && <HelpSheet onClose={() => setHelpOpen(false)} />}
      <StatusBar onHelp={() => setHelpOpen(true)} saveState={open ? status.state : null} wordCount={open ? status.words : 0} message={message} />
    </div>
  );
}
