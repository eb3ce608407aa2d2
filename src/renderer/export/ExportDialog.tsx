import { useEffect, useState } from 'react';
import { exportFormats, type ExportFormat } from '../../domain/export/export-options';
import type { ExportSettings } from '../../domain/export/export-settings';
import { factCheckJson, factCheckMarkdown, openContradictions, type CheckedClaimForReport } from '../../domain/export/fact-check-report';
import type { Roster } from '../../domain/names';
import { api } from '../api/racedesk-client';
import { base64OfText, copyRichText, deliverFile } from './download';
import { HouseStyleFields } from './HouseStyleFields';

const FORMAT_LABELS: Record<ExportFormat, string> = { md: 'Markdown', html: 'HTML', txt: 'Plain text', docx: 'Word (DOCX)', pdf: 'PDF' };

interface ExportDialogProps {
  articleId: string;
  headline: string;
  /** True while the article has a sync conflict: nothing is exported until the writer settles it. */
  conflicted: boolean;
  claims: CheckedClaimForReport[];
  roster: Roster;
  /** Saves pending edits, so the export is what the writer sees. */
  flush: () => Promise<void>;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** File › Export…: format, house style and fact-check report, remembered for next time. */
export function ExportDialog({ articleId, headline, conflicted, claims, roster, flush, onClose, onDone }: ExportDialogProps) {
  const [settings, setSettings] = useState<ExportSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const open = openContradictions(claims);

  useEffect(() => {
    void api.export.getSettings().then(setSettings, (failure: Error) => setError(failure.message));
  }, []);
  if (!settings) return null;

  const options = (format: ExportFormat) => ({
    format,
    houseStyle: settings.applyHouseStyle ? settings.houseStyle : null,
    wrapColumns: format === 'txt' ? settings.wrapColumns : null,
    roster: roster.slice(0, 2000).map((entry) => ({ name: entry.name, aliases: entry.aliases?.slice(0, 20) })),
  });

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    try {
      await flush();
      await api.export.saveSettings(settings);
      onDone(await action());
      onClose();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const exportFile = () =>
    run(async () => {
      const file = await api.export.exportArticle(articleId, options(settings.format));
      const savedTo = await deliverFile(file);
      if (savedTo && settings.report !== 'none') {
        const report = { headline, generatedAt: new Date().toISOString(), claims };
        const markdown = settings.report === 'markdown';
        const text = markdown ? factCheckMarkdown(report) : factCheckJson(report);
        const base = file.fileName.replace(/\.[^.]+$/, '');
        await deliverFile({ fileName: `${base}.fact-check.${markdown ? 'md' : 'json'}`, mimeType: markdown ? 'text/markdown' : 'application/json', dataBase64: base64OfText(text) });
      }
      return savedTo ? `Exported ${savedTo}` : 'Export cancelled';
    });

  const copy = () =>
    run(async () => {
      const { format: _format, ...rest } = options('html');
      const { html, text } = await api.export.richText(articleId, rest);
      await copyRichText(html, text);
      return 'Copied as rich text';
    });

  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div className="modal export-dialog" role="dialog" aria-modal="true" aria-label="Export" onClick={(event) => event.stopPropagation()} onKeyDown={(event) => event.key === 'Escape' && onClose()}>
        <header className="modal-header">
          <h2>Export “{headline}”</h2>
          <button type="button" onClick={onClose}>Close</button>
        </header>
        <fieldset className="export-formats">
          <legend>Format</legend>
          {exportFormats.map((format) => (
            <label key={format}>
              <input type="radio" name="format" value={format} checked={settings.format === format} onChange={() => setSettings({ ...settings, format })} /> {FORMAT_LABELS[format]}
            </label>
          ))}
        </fieldset>
        {settings.format === 'txt' && (
          <label className="field">
            <span>Wrap lines at (columns; empty for one line per paragraph)</span>
            <input type="number" min={20} max={500} value={settings.wrapColumns ?? ''} onChange={(event) => setSettings({ ...settings, wrapColumns: event.target.value ? Number(event.target.value) : null })} />
          </label>
        )}
        <label className="export-toggle">
          <input type="checkbox" checked={settings.applyHouseStyle} onChange={(event) => setSettings({ ...settings, applyHouseStyle: event.target.checked })} /> Apply house style
        </label>
        {settings.applyHouseStyle && <HouseStyleFields houseStyle={settings.houseStyle} onChange={(houseStyle) => setSettings({ ...settings, houseStyle })} />}
        <label className="field">
          <span>Fact-check report</span>
          <select value={settings.report} onChange={(event) => setSettings({ ...settings, report: event.target.value as ExportSettings['report'] })}>
            <option value="none">None</option>
            <option value="markdown">Markdown, beside the article</option>
            <option value="json">JSON, beside the article</option>
          </select>
        </label>
        {error && <p className="panel-error" role="alert">{error}</p>}
        {conflicted && (
          <p className="panel-error" role="alert" data-testid="export-conflict">
            Not exported: this article was changed on two laptops at once and both texts are kept. Choose which to keep in the conflict bar above the
            article, then export.
          </p>
        )}
        {confirming ? (
          <div className="export-confirm" role="alert">
            <p>
              {open.length} contradicted figure{open.length > 1 ? 's are' : ' is'} still open: {open.map((claim) => claim.text).join(', ')}. Export anyway?
            </p>
            <button type="button" onClick={() => setConfirming(false)}>Go back</button>
            <button type="button" className="primary" disabled={busy} onClick={() => void exportFile()}>Export anyway</button>
          </div>
        ) : (
          <footer className="export-actions">
            <button type="button" disabled={busy || conflicted} onClick={() => void copy()}>Copy as rich text</button>
            <button type="button" className="primary" disabled={busy || conflicted} onClick={() => (open.length ? setConfirming(true) : void exportFile())}>
              {busy ? 'Exporting…' : 'Export'}
            </button>
          </footer>
        )}
      </div>
    </div>
  );
}
