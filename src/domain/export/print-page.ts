import type { ExportDocument } from './export-doc';
import { htmlPage } from './html';

const PRINT_STYLE = `<style>
@page { size: A4; margin: 22mm 20mm; }
body { font-family: Georgia, 'DejaVu Serif', serif; font-size: 11pt; line-height: 1.45; color: #000; }
header h1 { font-size: 22pt; line-height: 1.15; margin: 0 0 6pt; }
header p { margin: 0 0 4pt; font-style: italic; }
h1, h2, h3 { break-after: avoid; }
p, li, blockquote { orphans: 2; widows: 2; }
blockquote { margin: 0 0 0 12mm; }
a { color: inherit; }
</style>`;

/**
 * The page Racedesk prints to PDF: the same semantic HTML as the HTML export, with a print style sheet in
 * `head`. Chromium (CLI, browser host) and Electron's `printToPDF` (app) print this same page.
 */
export function htmlDocumentForPrint(document: ExportDocument, language = 'en'): string {
  return htmlPage(document, { language, head: PRINT_STYLE });
}
