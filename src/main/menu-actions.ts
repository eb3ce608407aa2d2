import type { BrowserWindow} from 'electron';
import { dialog } from 'electron';
import type { ApiEnvelope } from '../api/envelope';
import type { TimingImportReport } from '../api/timing';
import type { MenuCommand } from '../api/preload-bridge';
import { isRacedeskError } from '../domain/errors';
import type { RacedeskServices } from '../services/racedesk-services';

export const REPORT_FILTERS = [
  { name: 'Raw reports', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf'] },
  { name: 'All files', extensions: ['*'] },
];

/** Tells the renderer what a menu action did. */
export function sendMenuCommand(window: BrowserWindow | null, command: MenuCommand): void {
  window?.webContents.send('racedesk:menu', command);
}

/** File › Import…: the native open dialog, then the same import service the CLI uses. */
export async function importWithDialog(services: RacedeskServices, owner: BrowserWindow | null): Promise<ApiEnvelope<string[]>> {
  const options = { properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[], filters: REPORT_FILTERS };
  const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  if (choice.canceled || choice.filePaths.length === 0) return { ok: true, value: [] };
  try {
    const articles = await services.articles.importPaths(choice.filePaths);
    const articleIds = articles.map((article) => article.id);
    sendMenuCommand(owner, { type: 'import-done', articleIds });
    return { ok: true, value: articleIds };
  } catch (error) {
    if (!isRacedeskError(error)) throw error;
    sendMenuCommand(owner, { type: 'error', message: error.message });
    return { ok: false, error: { code: error.code, message: error.message } };
  }
}

function describeTimingImport(report: TimingImportReport): string {
  const stored = report.sessions.map((session) => `${session.eventName} · ${session.name}`);
  const parts = [stored.length ? `Timing imported: ${stored.join('; ')}.` : 'No new timing sessions.'];
  if (report.unchangedSessionIds.length) parts.push(`${report.unchangedSessionIds.length} already in the library.`);
  for (const skip of report.skipped) parts.push(`${skip.file}: ${skip.reason}.`);
  return parts.join(' ');
}

/**
 * File › Import timing folder…: event folders chosen in the native dialog and imported by path, as the CLI does,
 * so each session is named after its folder ("Roar Before the 24") and nothing passes through the renderer.
 */
export async function importTimingWithDialog(services: RacedeskServices, owner: BrowserWindow | null): Promise<void> {
  const options = { title: 'Import timing folders', properties: ['openDirectory', 'multiSelections'] as ('openDirectory' | 'multiSelections')[] };
  const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  if (choice.canceled || choice.filePaths.length === 0) return;
  try {
    const report = await services.timing.importPaths(choice.filePaths, {});
    sendMenuCommand(owner, { type: 'timing-imported', message: describeTimingImport(report) });
  } catch (error) {
    if (!isRacedeskError(error)) throw error;
    sendMenuCommand(owner, { type: 'error', message: error.message });
  }
}
