import { extname } from 'node:path';
import type { ArticleDoc, ArticleMeta, ArticleSource, RemovedPiece } from '../../../domain/articles/article';
import { RacedeskError } from '../../../domain/errors';
import type { PreparedReport } from '../../../domain/reports';
import { importDocx } from './import-docx';
import { importHtml } from './import-html';
import { importMarkdown } from './import-markdown';
import { importPdf } from './import-pdf';
import { importText } from './import-txt';

/** A raw report turned into a clean document, with what was cleaned away and the metadata found in it. */
export interface ImportedReport {
  doc: ArticleDoc;
  meta: ArticleMeta;
  removed: RemovedPiece[];
  format: ArticleSource['format'];
}

/** The largest file Racedesk imports as a report. */
export const LARGEST_REPORT_BYTES = 50 * 1024 * 1024;

type Importer = (fileName: string, bytes: Uint8Array) => PreparedReport | Promise<PreparedReport>;

const IMPORTERS: Record<string, { format: ArticleSource['format']; read: Importer }> = {
  '': { format: 'txt', read: importText },
  '.txt': { format: 'txt', read: importText },
  '.md': { format: 'md', read: importMarkdown },
  '.markdown': { format: 'md', read: importMarkdown },
  '.html': { format: 'html', read: importHtml },
  '.htm': { format: 'html', read: importHtml },
  '.docx': { format: 'docx', read: importDocx },
  '.pdf': { format: 'pdf', read: importPdf },
};

/**
 * Reads a raw report's bytes by its file name's extension (.txt, .md, .html, .docx, .pdf), sanitises it,
 * takes its furniture out and proposes its metadata. Files over 50 MB, corrupt files and unknown formats are
 * refused with a `RacedeskError` naming the file.
 */
export async function importReport(fileName: string, bytes: Uint8Array): Promise<ImportedReport> {
  if (bytes.byteLength > LARGEST_REPORT_BYTES) {
    const megabytes = (bytes.byteLength / (1024 * 1024)).toFixed(1);
    throw new RacedeskError('bad-file', `${fileName}: ${megabytes} MB is too large to import; reports can be at most 50 MB`);
  }
  const extension = extname(fileName).toLowerCase();
  const importer = IMPORTERS[extension];
  if (!importer) throw new RacedeskError('unsupported', `${fileName}: Racedesk cannot import ${extension} files`);
  const report = await importer.read(fileName, bytes);
  return { ...report, format: importer.format };
}
