import { EditorContent } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Article, ArticleDoc, ArticleMeta, RemovedPiece } from '../../domain/articles/article';
import { countWords } from '../../domain/articles/plain-text';
import { restoreRemoved } from '../../domain/reports/restore-removed';
import { applyHouseStyle } from '../../domain/export/house-style/apply-house-style';
import { closeHistory } from '@tiptap/pm/history';
import { api, desktop } from '../api/racedesk-client';
import type { PlacedCheck } from '../editor/extensions/check-marks';
import { ExportDialog } from '../export/ExportDialog';
import { claimsForReport, type AcceptedFix } from '../export/fact-check';
import { useAutosave, type SaveState } from '../editor/use-autosave';
import { useArticleEditor } from '../editor/use-article-editor';
import { racedeskExtensions } from '../editor/racedesk-extensions';
import type { Roster } from '../../domain/names';
import { dropUnsavedCopy, readUnsavedCopy } from '../editor/unsaved-copy';
import { FindBar } from '../find/FindBar';
import { CheckHoverCard } from '../check/CheckHoverCard';
import { ChecksPanel } from '../check/ChecksPanel';
import { useChecks } from '../check/use-checks';
import { SessionsPanel } from '../panels/SessionsPanel';
import { DetailsPanel } from '../panels/DetailsPanel';
import { RemovedPanel } from '../panels/RemovedPanel';
import { VersionsPanel } from '../panels/VersionsPanel';
import { Inspector } from './Inspector';
import { RecoveryBanner } from './RecoveryBanner';
import { ConflictBanner } from '../sync/ConflictBanner';
import type { ConflictChoice } from '../../domain/sync/sync-conflict';
import { useDeskShortcuts } from './use-desk-shortcuts';
import { useDebounced } from './use-debounced';

// `?extensions=off` opens the same editor without tags, suggestions or checks: the baseline `npm run bench` compares with.
const RACEDESK_EXTENSIONS_OFF = new URLSearchParams(window.location.search).get('extensions') === 'off';

const WORD_COUNT_DELAY_MS = 300;

interface DeskProps {
  article: Article;
  roster: () => Roster;
  /** Goes up when timing data (and so the roster) changes, so suggestions and checks are read again. */
  rosterVersion: number;
  onSaved: (article: Article) => void;
  onStatus: (state: SaveState, wordCount: number) => void;
  onReload: () => void;
  onHelp: () => void;
  onMessage: (message: string) => void;
  /** Opens another article of the library (the other text of a sync conflict). */
  onOpen: (articleId: string) => void;
  /** A sync conflict was settled; `article` is the one that stays. */
  onConflictResolved: (article: Article) => void;
}

/** One open article: headline, editor, inspector; saved as the writer types. */
export function Desk({ article, roster, rosterVersion, onSaved, onStatus, onReload, onHelp, onMessage, onOpen, onConflictResolved }: DeskProps) {
  const [meta, setMeta] = useState<ArticleMeta>(article.meta);
  const [removed, setRemoved] = useState(article.removed);
  const [linked, setLinked] = useState(article.linkedSessionIds);
  const [wordCount, setWordCount] = useState(0);
  const [findOpen, setFindOpen] = useState(false);
  const [versionsKey, setVersionsKey] = useState(0);
  const recovered = useMemo(() => {
    const copy = readUnsavedCopy(article.id);
    return copy && JSON.stringify(copy.doc) !== JSON.stringify(article.doc) ? copy : null;
  }, [article]);
  const [recovery, setRecovery] = useState(recovered);
  const { state, schedule, flush } = useAutosave(article, onSaved);
  const pasteRemoved = useRef<(pieces: RemovedPiece[], beforeBlock: number) => void>(() => undefined);
  const takeHeadline = useRef<(headline: string) => boolean>(() => false);
  const extensions = useMemo(
    () =>
      RACEDESK_EXTENSIONS_OFF
        ? []
        : racedeskExtensions(roster, {
            clean: (clip) => api.articles.cleanPaste(clip),
            onRemoved: (pieces, beforeBlock) => pasteRemoved.current(pieces, beforeBlock),
            onError: onMessage,
            takeHeadline: (headline) => takeHeadline.current(headline),
          }),
    [roster, onMessage],
  );
  const editor = useArticleEditor(article, article.doc, extensions, {
    onDocChange: (getDoc) => schedule({ doc: getDoc }),
    onTextChange: useDebounced((getText: () => string) => setWordCount(countWords(getText())), WORD_COUNT_DELAY_MS),
  });

  const checks = useChecks(RACEDESK_EXTENSIONS_OFF ? null : editor, linked);
  const [fixes, setFixes] = useState<AcceptedFix[]>([]);
  const [exporting, setExporting] = useState(false);
  const [resolving, setResolving] = useState(false);
  const resolve = (keep: ConflictChoice) => {
    setResolving(true);
    void flush()
      .then(() => api.sync.resolveConflict(article.id, keep))
      .then(onConflictResolved, (failure: Error) => onMessage(failure.message))
      .finally(() => setResolving(false));
  };
  const applyFix = (check: PlacedCheck) => {
    if (!editor || !editor.chain().focus().applyCheckFix(check.key).run()) return;
    if (check.type === 'claim' && check.claim.suggestion) {
      const { text, kind, expected, evidence, suggestion } = check.claim;
      setFixes((list) => [...list, { text, kind, expected, evidence, suggestion }]);
    }
  };
  useEffect(() => desktop?.onMenuCommand((command) => command.type === 'export' && setExporting(true)), []);
  useEffect(() => onStatus(state, wordCount), [onStatus, state, wordCount]);
  useEffect(() => {
    if (editor && !editor.isDestroyed && !RACEDESK_EXTENSIONS_OFF) editor.commands.refreshSuggestions();
  }, [editor, rosterVersion]);
  useDeskShortcuts({
    save: () => void flush(),
    find: () => setFindOpen(true),
    keepVersion: () =>
      void flush()
        .then(() => api.versions.create(article.id, 'Kept by shortcut'))
        .then(() => setVersionsKey((key) => key + 1)),
    help: onHelp,
    exportArticle: () => setExporting(true),
  });

  const changeMeta = (patch: Partial<ArticleMeta>) => {
    setMeta((current) => ({ ...current, ...patch }));
    schedule({ meta: patch });
  };
  useEffect(() => {
    takeHeadline.current = (headline) => {
      if (meta.headline !== 'Untitled') return false;
      changeMeta({ headline });
      return true;
    };
    pasteRemoved.current = (pieces, beforeBlock) => {
      const stamped = pieces.map((piece, index) => ({ ...piece, id: `paste-${Date.now()}-${index}`, beforeBlock }));
      const next = [...removed, ...stamped];
      setRemoved(next);
      schedule({ removed: next });
    };
  });
  const applyHouseStyleNow = async () => {
    if (!editor) return;
    const settings = await api.export.getSettings();
    const names = roster().map((entry) => ({ name: entry.name, aliases: entry.aliases }));
    const styled = applyHouseStyle(editor.getJSON() as ArticleDoc, settings.houseStyle, names);
    // One transaction replacing the document: one undo puts the text back as it was.
    editor
      .chain()
      .focus()
      .command(({ tr }) => Boolean(closeHistory(tr)))
      .setContent(styled)
      .run();
    onMessage('House style applied (Ctrl+Z to undo).');
  };
  const putBack = (pieceId: string) => {
    if (!editor) return;
    const next = restoreRemoved(editor.getJSON() as ArticleDoc, removed, pieceId);
    editor.commands.setContent(next.doc, { emitUpdate: false });
    setRemoved(next.removed);
    schedule({ doc: next.doc, removed: next.removed });
  };

  return (
    <div className="desk-layout">
      <section className="desk" aria-label="Article">
        {recovery && (
          <RecoveryBanner
            savedAt={recovery.savedAt}
            onUse={() => {
              editor?.commands.setContent(recovery.doc);
              schedule({ doc: recovery.doc });
              setRecovery(null);
            }}
            onDiscard={() => {
              dropUnsavedCopy(article.id);
              setRecovery(null);
            }}
          />
        )}
        <div className="desk-toolbar" role="toolbar" aria-label="Article tools">
          <button type="button" onClick={() => setFindOpen(true)}>Find</button>
          <button type="button" onClick={() => void applyHouseStyleNow()} title="Apply the house style of the export settings to the text (one undoable step)">
            House style
          </button>
          <button type="button" onClick={() => setExporting(true)}>Export…</button>
        </div>
        {article.syncConflict && (
          <ConflictBanner conflict={article.syncConflict} busy={resolving} onOpenOther={() => void flush().then(() => onOpen(article.syncConflict?.otherId ?? article.id))} onResolve={resolve} />
        )}
        {findOpen && editor && <FindBar editor={editor} onClose={() => setFindOpen(false)} />}
        <textarea className="headline" rows={1} value={meta.headline} aria-label="Headline" onChange={(event) => changeMeta({ headline: event.target.value.replace(/\n/g, ' ') })} />
        <EditorContent editor={editor} className="editor-scroll" />
        {editor && <CheckHoverCard editor={editor} sessionNames={checks.sessionNames} onFix={applyFix} />}
        {exporting && (
          <ExportDialog
            articleId={article.id}
            headline={meta.headline}
            conflicted={Boolean(article.syncConflict)}
            claims={claimsForReport(checks.placed, fixes)}
            roster={roster()}
            flush={flush}
            onClose={() => setExporting(false)}
            onDone={onMessage}
          />
        )}
      </section>
      <Inspector
        initial={linked.length ? 'checks' : 'details'}
        tabs={[
          {
            id: 'checks',
            label: `Checks${checks.placed.some((check) => check.type === 'name' || check.claim.verdict === 'contradicted') ? ' ✗' : ''}`,
            content: <ChecksPanel checks={checks} onReveal={(key) => editor?.commands.revealCheck(key)} onFix={applyFix} />,
          },
          {
            id: 'details',
            label: 'Details',
            content: (
              <>
                <DetailsPanel meta={meta} onChange={changeMeta} />
                <SessionsPanel
                  articleId={article.id}
                  linked={linked}
                  timingVersion={rosterVersion}
                  onChange={(sessionIds) => {
                    setLinked(sessionIds);
                    schedule({ linkedSessionIds: sessionIds });
                  }}
                />
              </>
            ),
          },
          { id: 'removed', label: `Removed (${removed.length})`, content: <RemovedPanel removed={removed} onPutBack={putBack} /> },
          { id: 'versions', label: 'Versions', content: <VersionsPanel articleId={article.id} flush={flush} onRestored={onReload} refreshKey={versionsKey} /> },
        ]}
      />
    </div>
  );
}
