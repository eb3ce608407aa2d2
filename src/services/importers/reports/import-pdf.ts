import { RacedeskError } from '../../../domain/errors';
import { blockOf, paragraphOf, paragraphsFromTextLayer, prepareReport, type PreparedReport } from '../../../domain/reports';
import { MOST_PAGES, readTextLayer } from './pdf-text-layer';

function reasonOf(error: unknown): string {
  const name = (error as Error)?.name;
  if (name === 'PasswordException') return 'it is password-protected; save an unprotected copy and import that';
  return `not a readable PDF (${String((error as Error)?.message ?? error).split('\n')[0]})`;
}

/**
 * A PDF's text layer, lines joined into paragraphs, furniture out (running headers and footers of a page
 * printed from a browser among it), label lines as headings. Damaged and
 * password-protected files are refused with a `bad-file` error naming the file; a PDF with no text (a scan)
 * is refused as `unsupported`, as is one of more than 500 pages.
 */
export async function importPdf(fileName: string, bytes: Uint8Array): Promise<PreparedReport> {
  let layer: Awaited<ReturnType<typeof readTextLayer>>;
  try {
    layer = await readTextLayer(bytes);
  } catch (error) {
    throw new RacedeskError('bad-file', `${fileName}: ${reasonOf(error)}`);
  }
  if (layer.pageCount > MOST_PAGES) throw new RacedeskError('unsupported', `${fileName}: ${layer.pageCount} pages; Racedesk imports reports of at most ${MOST_PAGES}`);
  const paragraphs = paragraphsFromTextLayer(layer.pages);
  if (paragraphs.length === 0) throw new RacedeskError('unsupported', `${fileName}: has no text layer (a scanned page?); Racedesk reads text, not pictures of it`);
  const blocks = paragraphs.map(({ text, pageMargin }) => ({ ...blockOf(paragraphOf(text)), pageMargin }));
  return prepareReport(blocks, { sectionHeadings: true, fallbackHeadline: fileName });
}
