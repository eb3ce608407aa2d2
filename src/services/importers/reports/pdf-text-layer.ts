import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import type { TextRun } from '../../../domain/reports';

// PDF.js runs its worker in this thread from the module imported above: nothing is fetched or spawned.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;

/** Pages read at most; a race report is a few pages, a 2,000-page PDF is not one. */
export const MOST_PAGES = 500;

const OPTIONS = {
  isEvalSupported: false,
  enableXfa: false,
  useSystemFonts: false,
  disableFontFace: true,
  useWorkerFetch: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  disableAutoFetch: true,
  disableStream: true,
  disableRange: true,
  stopAtErrors: false,
  verbosity: 0,
} as const;

async function runsOfPage(document: PDFDocumentProxy, pageNumber: number): Promise<TextRun[]> {
  const page = await document.getPage(pageNumber);
  const content = await page.getTextContent();
  page.cleanup();
  return content.items.flatMap((item) =>
    'str' in item
      ? [{ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height || Math.abs(item.transform[3]), endsLine: item.hasEOL }]
      : [],
  );
}

/**
 * The text layer of each page of a PDF, read with PDF.js with eval off, no fonts, no network and no worker
 * thread. The PDF's own scripts and actions are never run: only text is read. A PDF of more than `MOST_PAGES`
 * pages is not read (no pages returned). Throws what PDF.js throws.
 */
export async function readTextLayer(bytes: Uint8Array): Promise<{ pages: TextRun[][]; pageCount: number }> {
  // A copy as a plain Uint8Array: PDF.js refuses Node Buffers and detaches what it is given.
  const task = getDocument({ ...OPTIONS, data: new Uint8Array(bytes) });
  try {
    const document = await task.promise;
    const pages: TextRun[][] = [];
    if (document.numPages > MOST_PAGES) return { pages, pageCount: document.numPages };
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) pages.push(await runsOfPage(document, pageNumber));
    return { pages, pageCount: document.numPages };
  } finally {
    await task.destroy();
  }
}
