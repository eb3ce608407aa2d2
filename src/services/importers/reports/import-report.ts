import { extname } from 'node:path';
import type { ArticleDoc, ArticleMeta, ArticleSource, RemovedPiece } from '../../../domain/articles/article';
import { RacedeskError } from '../../../domain/errors';
import type { PreparedReport } from '../../../domain/reports';

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

// Each reader is loaded when a file of its format comes: jsdom, pdf.js and mammoth would otherwise cost every CLI
// command and app start a few seconds.
const text = async (): Promise<Importer> => (await import('./import-txt')).importText;
const markdown = async (): Promise<Importer> => (await import('./import-markdown')).importMarkdown;
const html = async (): Promise<Importer> => (await import('./import-html')).importHtml;

const IMPORTERS: Record<string, { format: ArticleSource['format']; load: () => Promise<Importer> }> = {
  '': { format: 'txt', load: text },
  '.txt': { format: 'txt', load: text },
  '.md': { format: 'md', load: markdown },
  '.markdown': { format: 'md', load: markdown },
  '.html': { format: 'html', load: html },
  '.htm': { format: 'html', load: html },
  '.docx': { format: 'docx', load: async () => (await import('./import-docx')).importDocx },
  '.pdf': { format: 'pdf', load: async () => (await import('./import-pdf')).importPdf },
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
  const report = await (await importer.load())(fileName, bytes);
  return { ...report, format: importer.format };
}
