import { extname } from 'node:path';
import type { ArticleDoc, ArticleMeta, ArticleSource, RemovedPiece } from '../../../domain/articles/article';
import { emptyMeta } from '../../../domain/articles/article';
import { docFromPlainText } from '../../../domain/articles/plain-text';
import { RacedeskError } from '../../../domain/errors';

/** A raw report turned into a clean document, with what was cleaned away and the metadata found in it. */
export interface ImportedReport {
  doc: ArticleDoc;
  meta: ArticleMeta;
  removed: RemovedPiece[];
  format: ArticleSource['format'];
}

function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new RacedeskError('bad-file', `${fileName}: not UTF-8 text`);
  }
}

/** Reads a raw report's bytes by its file name's extension. */
export async function importReport(fileName: string, bytes: Uint8Array): Promise<ImportedReport> {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.txt' || extension === '') {
    const text = decodeUtf8(bytes, fileName);
    if (text.includes('\u0000')) throw new RacedeskError('bad-file', `${fileName}: binary data, not text`);
    const doc = docFromPlainText(text);
    const firstLine = text.trim().split('\n')[0] ?? '';
    return { doc, meta: emptyMeta(firstLine.slice(0, 200) || fileName), removed: [], format: 'txt' };
  }
  throw new RacedeskError('unsupported', `${fileName}: Racedesk cannot import ${extension} files yet`);
}
