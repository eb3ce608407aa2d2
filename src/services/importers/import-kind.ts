import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { RacedeskError } from '../../domain/errors';
import { classifyFile } from '../timing/import-files';

/** What `racedesk import` makes of a path: an article (a raw report) or official timing. */
export type ImportKind = 'report' | 'timing';

const REPORTS = new Set(['.md', '.markdown', '.html', '.htm', '.docx', '.pdf']);
const TABLES = new Set(['.csv', '.tsv']);
// Kinds a plain-text file is timing as; a prose report with commas in its first line reads as a "results table".
const TIMING_TEXT = new Set(['pasted-text', 'al-kamel-laps', 'al-kamel-results', 'al-kamel-weather', 'ergast']);
const SNIFF_BYTES = 256 * 1024;

async function head(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Tells a raw report from timing: folders, .csv and .tsv are timing; .md, .html, .docx and .pdf are reports;
 * a .txt (or extensionless) file is timing only when it reads as a pasted results table or a timing export,
 * else a report. A path that does not exist is refused, naming it.
 */
export async function importKindOf(path: string): Promise<ImportKind> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new RacedeskError('not-found', `${path}: no such file or folder`);
  }
  if (info.isDirectory()) return 'timing';
  const extension = extname(path).toLowerCase();
  if (REPORTS.has(extension)) return 'report';
  if (TABLES.has(extension)) return 'timing';
  try {
    return TIMING_TEXT.has(classifyFile({ name: basename(path), folder: '', bytes: await head(path) }).kind) ? 'timing' : 'report';
  } catch (error) {
    if (error instanceof RacedeskError) return 'report';
    throw error;
  }
}
