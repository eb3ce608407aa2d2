import type { Article } from '../../domain/articles/article';
import { exportDocumentOf } from '../../domain/export/export-document';
import type { ExportFormat, ExportOptions } from '../../domain/export/export-options';
import { exportFileName } from '../../domain/export/file-name';
import { htmlFragment, htmlPage } from '../../domain/export/html';
import { markdownDocument } from '../../domain/export/markdown';
import { plainTextDocument } from '../../domain/export/plain-text';
import { htmlDocumentForPrint } from '../../domain/export/print-page';
import { renderPdf } from './pdf';

/** An exported article: text for the text formats, bytes for DOCX and PDF. */
export type ExportedFile = { fileName: string; mimeType: string } & ({ text: string; bytes?: never } | { bytes: Uint8Array; text?: never });

const MIME_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/**
 * Exports an article in one format: house style applied when given, every tag stripped, the header from its
 * metadata. PDF is printed by `printPdf`: headless Chromium by default, Electron's printToPDF in the app.
 */
export async function exportArticle(
  article: Pick<Article, 'meta' | 'doc'>,
  options: ExportOptions,
  printPdf: (html: string) => Promise<Uint8Array> = renderPdf,
): Promise<ExportedFile> {
  const document = exportDocumentOf(article, { houseStyle: options.houseStyle, roster: options.roster });
  const file = { fileName: exportFileName(document.header.headline, options.format), mimeType: MIME_TYPES[options.format] };
  switch (options.format) {
    case 'md':
      return { ...file, text: markdownDocument(document) };
    case 'html':
      return { ...file, text: htmlPage(document) };
    case 'txt':
      return { ...file, text: plainTextDocument(document, { wrapColumns: options.wrapColumns ?? null }) };
    case 'docx':
      // Loaded when a DOCX is asked for, as the PDF printer is.
      return { ...file, bytes: await (await import('./docx')).renderDocx(document) };
    case 'pdf':
      return { ...file, bytes: await printPdf(htmlDocumentForPrint(document)) };
  }
}

/** The article's body for the clipboard: HTML a CMS keeps the structure of, and plain text beside it. */
export function richTextOf(article: Pick<Article, 'meta' | 'doc'>, options: Omit<ExportOptions, 'format'>): { html: string; text: string } {
  const document = exportDocumentOf(article, { houseStyle: options.houseStyle, roster: options.roster });
  const body = { ...document, header: { headline: null, standfirst: null, byline: null, dateline: null } };
  return { html: htmlFragment(body), text: plainTextDocument(body, { wrapColumns: null }) };
}

/** The exported file's bytes, whatever its format. */
export function bytesOf(file: ExportedFile): Uint8Array {
  return file.bytes ?? new TextEncoder().encode(file.text);
}
