import { blocksFromPlainText, prepareReport, type PreparedReport } from '../../../domain/reports';
import { blocksFromHtml } from './html-blocks';
import { refuseDeepNesting } from './nesting-depth';
import { parseHtmlDocument } from './sanitise';
import type { ImportedReport } from './import-report';
import { LARGEST_MARKUP_CHARACTERS, LARGEST_TEXT_CHARACTERS, refuseOverLimit } from './text-limits';
import { stripInertMarkup } from './strip-inert-markup';
import { liftStyledFormatting } from './styled-formatting';
import { liftWordLists } from './word-lists';

const PASTE_HEADLINE = 'Pasted report';

/**
 * Rich text pasted from a browser, Word or Google Docs: Word's lists and editors' styled bold and italics are
 * lifted into real elements, then the HTML is sanitised and cleaned like any report (Word's styles, `<o:p>`
 * and conditional comments go). Without HTML, the plain text is imported as a .txt file would be.
 */
export function importPaste(html: string, plainText = ''): ImportedReport {
  refuseOverLimit('Pasted text', plainText, LARGEST_TEXT_CHARACTERS, 'text');
  const markup = stripInertMarkup(html);
  refuseOverLimit('Pasted text', markup, LARGEST_MARKUP_CHARACTERS, 'formatted text');
  refuseDeepNesting('Pasted text', markup);
  return { ...preparePaste(markup, plainText), format: 'paste' };
}

function preparePaste(html: string, plainText: string): PreparedReport {
  if (html.trim() === '') return prepareReport(blocksFromPlainText(plainText), { sectionHeadings: true, fallbackHeadline: PASTE_HEADLINE });
  const body = parseHtmlDocument(html).body;
  liftWordLists(body);
  liftStyledFormatting(body);
  return prepareReport(blocksFromHtml(body.innerHTML), { sectionHeadings: false, fallbackHeadline: PASTE_HEADLINE });
}
