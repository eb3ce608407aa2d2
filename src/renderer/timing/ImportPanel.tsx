import { useState, type DragEvent } from 'react';
import type { RacedeskApi } from '../../api';
import type { TimingImportOptions, TimingImportReport } from '../../api/timing';
import { readUploads, type ReadProgress } from './read-uploads';
import { chosenFiles, droppedFiles, type TimingFile } from './timing-files';

/** The attribute that turns a file input into a folder picker; React passes it through, TypeScript does not know it. */
const FOLDER_PICKER = { webkitdirectory: '' } as Record<string, string>;

interface ImportPanelProps {
  api: RacedeskApi;
  onImported: (report: TimingImportReport) => void;
}

type Stage = { kind: 'idle' } | { kind: 'reading'; progress: ReadProgress } | { kind: 'importing' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

function describe(report: TimingImportReport): string {
  const parts = [`${report.sessions.length} session${report.sessions.length === 1 ? '' : 's'} stored`];
  if (report.unchangedSessionIds.length > 0) parts.push(`${report.unchangedSessionIds.length} already in the library`);
  if (report.skipped.length > 0) parts.push(`${report.skipped.length} file${report.skipped.length === 1 ? '' : 's'} skipped`);
  return parts.join(', ');
}

/** Import by file picker, drag and drop or pasted text, with progress and a column mapping for results CSVs. */
export function ImportPanel({ api, onImported }: ImportPanelProps) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [options, setOptions] = useState<TimingImportOptions>({});
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const busy = stage.kind === 'reading' || stage.kind === 'importing';

  async function run(work: () => Promise<TimingImportReport>) {
    try {
      const report = await work();
      setStage({ kind: 'done', message: describe(report) });
      onImported(report);
    } catch (error) {
      setStage({ kind: 'failed', message: (error as Error).message });
    }
  }

  function importFiles(files: TimingFile[]) {
    if (files.length === 0 || busy) return;
    void run(async () => {
      const uploads = await readUploads(files, (progress) => setStage({ kind: 'reading', progress }));
      setStage({ kind: 'importing' });
      return api.timing.importFiles(uploads, options);
    });
  }

  function importPasted() {
    if (pasted.trim() === '' || busy) return;
    setStage({ kind: 'importing' });
    void run(() => api.timing.importText(pasted, options));
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void droppedFiles(event.dataTransfer).then(importFiles, (error: Error) => setStage({ kind: 'failed', message: `Could not read the dropped files: ${error.message}` }));
  }

  const option = (key: keyof TimingImportOptions, label: string, placeholder: string) => (
    <label className="timing-option">
      {label}
      <input
        value={(options[key] as string | undefined) ?? ''}
        placeholder={placeholder}
        onChange={(event) => setOptions({ ...options, [key]: event.target.value || undefined })}
      />
    </label>
  );

  return (
    <section className="timing-import" aria-label="Import timing">
      <div
        className={`timing-drop${dragging ? ' timing-drop-active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop Al Kamel results and laps, Ergast F1 tables or any results CSV here (a whole event folder too: its name names the event), or</p>
        <div className="timing-pickers">
          <label className="button">
            Choose files…
            <input type="file" multiple accept=".csv,.tsv,.txt" disabled={busy} aria-label="Choose timing files" onChange={(event) => { importFiles(chosenFiles(event.target.files ?? [])); event.target.value = ''; }} />
          </label>
          <label className="button">
            Choose a folder…
            <input type="file" {...FOLDER_PICKER} disabled={busy} aria-label="Choose a timing folder" onChange={(event) => { importFiles(chosenFiles(event.target.files ?? []).filter(({ path }) => /\.(?:csv|tsv|txt)$/i.test(path))); event.target.value = ''; }} />
          </label>
        </div>
      </div>
      <details className="timing-options">
        <summary>Event, session, track and columns</summary>
        {option('event', 'Event', 'read off the folder or file')}
        {option('session', 'Session', 'e.g. Qualifying')}
        {option('series', 'Series', 'e.g. IMSA')}
        {option('track', 'Track', 'e.g. Daytona')}
        {option('race', 'F1 race', 'e.g. 2024 Monaco')}
        {option('map', 'Columns', 'e.g. time=Best,driver=Pilote')}
      </details>
      <details className="timing-paste">
        <summary>Paste a results table</summary>
        <textarea value={pasted} rows={6} placeholder="Copied from a web page, a spreadsheet or a PDF, with its header line" onChange={(event) => setPasted(event.target.value)} />
        <button type="button" disabled={busy || pasted.trim() === ''} onClick={importPasted}>
          Import pasted results
        </button>
      </details>
      {stage.kind === 'reading' && (
        <div className="timing-progress" role="progressbar" aria-valuenow={stage.progress.loadedBytes} aria-valuemax={stage.progress.totalBytes}>
          Reading {stage.progress.fileName}… {Math.round((100 * stage.progress.loadedBytes) / Math.max(1, stage.progress.totalBytes))}%
        </div>
      )}
      {stage.kind === 'importing' && <div className="timing-progress">Importing…</div>}
      {stage.kind === 'done' && <div className="timing-status">{stage.message}</div>}
      {stage.kind === 'failed' && (
        <div className="timing-error" role="alert">
          {stage.message}
          {/could not tell which columns/.test(stage.message) && <span> — name the columns under “Event, session, track and columns”, then import again.</span>}
        </div>
      )}
    </section>
  );
}
