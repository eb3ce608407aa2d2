import { open, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { FileUpload } from '../../api/articles';
import { RacedeskError } from '../../domain/errors';
import { MAX_TIMING_FILE_BYTES, assertLooksLikeText } from './text-file';

/** A file handed to the importers: its name, the folder it came from ('' for uploads) and its bytes. */
export interface SourceFile {
  name: string;
  folder: string;
  bytes: Uint8Array;
}

/** Extensions taken from a folder; anything else there (README, LICENSE, …) is left alone. */
const TABLE_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

async function readBounded(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    assertLooksLikeText(head.subarray(0, bytesRead), basename(path));
    const { size } = await handle.stat();
    if (size > MAX_TIMING_FILE_BYTES) {
      throw new RacedeskError('bad-file', `${basename(path)}: ${Math.round(size / 1048576)} MB is too large for a timing file`);
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else if (entry.isFile() && TABLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}

/** Reads the given files, and the table files of the given folders (recursively), refusing binaries early. */
export async function readSourcePaths(paths: string[]): Promise<SourceFile[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new RacedeskError('not-found', `${path}: no such file or folder`);
    }
    files.push(...(info.isDirectory() ? await filesUnder(path) : [path]));
  }
  const sources: SourceFile[] = [];
  for (const path of files) sources.push({ name: basename(path), folder: dirname(path), bytes: await readBounded(path) });
  return sources;
}

/** Files the app or a web page sent, base64-encoded. */
export function sourceFilesFromUploads(uploads: FileUpload[]): SourceFile[] {
  return uploads.map((upload) => ({
    name: basename(upload.fileName.replace(/\\/g, '/')),
    folder: dirname(upload.fileName.replace(/\\/g, '/')).replace(/^\.$/, ''),
    bytes: Buffer.from(upload.dataBase64, 'base64'),
  }));
}
