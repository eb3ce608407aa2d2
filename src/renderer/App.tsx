import { useCallback, useEffect, useRef, useState } from 'react';
import type { Roster } from '../domain/names';
import { rosterEntries } from '../domain/tagging/roster-entries';
import type { Article, ArticleSummary } from '../domain/articles/article';
import { countWords, plainTextFromDoc } from '../domain/articles/plain-text';
import { api, desktop } from './api/racedesk-client';
import { Desk } from './desk/Desk';
import type { SaveState } from './editor/use-autosave';
import { useImport } from './import/use-import';
import { useTimingImport } from './import/use-timing-import';
import { HelpSheet } from './help/HelpSheet';
import { Sidebar } from './library/Sidebar';
import { TimingView } from './timing/TimingView';
import { StatusBar } from './status/StatusBar';
import { ShareDialog } from './sync/ShareDialog';
import { SyncIndicator } from './sync/SyncIndicator';
import { useSyncStatus } from './sync/use-sync-status';

/** The writer's desk: library on the left, the article in the middle, status at the bottom. */
export function App() {
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [open, setOpen] = useState<Article | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState<{ state: SaveState | null; words: number }>({ state: null, words: 0 });
  const [dragging, setDragging] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [shareOpen, setShareOpen] = useState(false);
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

  // A sync changed files here: read the library again, and the open article if it was among them and has
  // no edits on their way to disk (those would be refused as based on an old revision, and the writer told).
  const current = useRef({ open, status });
  useEffect(() => {
    current.current = { open, status };
  });
  const onLibraryChanged = useCallback(
    (articleIds: string[]) => {
      void refresh();
      void loadRoster();
      const { open: shown, status: saving } = current.current;
      if (!shown || !articleIds.includes(shown.id)) return;
      if (saving.state?.kind === 'saved') void openArticle(shown.id);
      else setMessage(`“${shown.meta.headline}” was changed on another laptop while you were typing; save, then reload it to see both.`);
    },
    [refresh, loadRoster, openArticle],
  );
  const sync = useSyncStatus(onLibraryChanged, setMessage);
  const onConflictResolved = useCallback(
    (article: Article) => {
      void refresh();
      void sync.reload();
      setOpen(article);
      setLoads((count) => count + 1);
      setMessage(`Conflict on “${article.meta.headline}” resolved.`);
    },
    [refresh, sync],
  );

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
        if (command.type === 'share') setShareOpen(true);
        if (command.type === 'sync') void sync.syncNow();
      }),
    [refresh, openArticle, loadRoster, sync],
  );

  const onSaved = useCallback((saved: Article) => {
    setArticles((list) =>
      // The list's word count follows each save, as the library computes it, not only the next reload.
      list.map((item) => (item.id === saved.id ? { ...item, headline: saved.meta.headline, updatedAt: saved.updatedAt, wordCount: countWords(plainTextFromDoc(saved.doc)) } : item)),
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
            onOpen={(id) => void openArticle(id)}
            onConflictResolved={onConflictResolved}
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
      {shareOpen && <ShareDialog writer={sync.status?.writer.name ?? ''} onShare={sync.share} onClose={() => setShareOpen(false)} />}
      <StatusBar
        onHelp={() => setHelpOpen(true)}
        saveState={open ? status.state : null}
        wordCount={open ? status.words : 0}
        message={message}
        sync={
          <SyncIndicator
            status={sync.status}
            onSync={() => void sync.syncNow()}
            onShare={() => setShareOpen(true)}
            onOpenConflict={(id) => {
              setView('desk');
              void openArticle(id);
            }}
          />
        }
      />
    </div>
  );
}
