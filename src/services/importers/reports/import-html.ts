import { prepareReport, type PreparedReport } from '../../../domain/reports';
import { decodeText } from './decode-text';
import { blocksFromHtml } from './html-blocks';
import { extractMainContent } from './main-content';
import { refuseDeepNesting } from './nesting-depth';
import { stripInertMarkup } from './strip-inert-markup';
import { LARGEST_MARKUP_CHARACTERS, refuseOverLimit } from './text-limits';

/**
 * A saved web page: its article only, sanitised, furniture out; the page's title, byline and date fill gaps.
 * Pages with more than 4 MB of markup left once scripts, styles and inlined images are set aside are refused.
 */
export function importHtml(fileName: string, bytes: Uint8Array): PreparedReport {
  const markup = stripInertMarkup(decodeText(bytes, fileName));
  refuseOverLimit(fileName, markup, LARGEST_MARKUP_CHARACTERS, 'page markup');
  refuseDeepNesting(fileName, markup);
  const content = extractMainContent(markup);
  return prepareReport(blocksFromHtml(content.html), { sectionHeadings: false, fallbackHeadline: fileName, page: content.page });
}
