import { prepareReport, type PreparedReport } from '../../../domain/reports';
import { decodeText } from './decode-text';
import { blocksFromHtml } from './html-blocks';
import { extractMainContent } from './main-content';

/** A saved web page: its article only, sanitised, furniture out; the page title stands in for a missing headline. */
export function importHtml(fileName: string, bytes: Uint8Array): PreparedReport {
  const content = extractMainContent(decodeText(bytes, fileName));
  return prepareReport(blocksFromHtml(content.html), { sectionHeadings: false, fallbackHeadline: fileName, page: content.page });
}
