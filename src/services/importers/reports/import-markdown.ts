import MarkdownIt from 'markdown-it';
import { prepareReport, type PreparedReport } from '../../../domain/reports';
import { decodeText } from './decode-text';
import { blocksFromHtml } from './html-blocks';
import { refuseDeepNesting } from './nesting-depth';
import { LARGEST_MARKUP_CHARACTERS, refuseOverLimit } from './text-limits';

// Raw HTML and every link go through to the sanitiser, the one place that decides what an article can hold.
const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false });
markdown.validateLink = () => true;

/** A Markdown report, rendered to HTML, sanitised and cleaned like a web page (without looking for a main column). */
export function importMarkdown(fileName: string, bytes: Uint8Array): PreparedReport {
  const text = decodeText(bytes, fileName);
  refuseOverLimit(fileName, text, LARGEST_MARKUP_CHARACTERS, 'Markdown');
  const html = markdown.render(text);
  refuseDeepNesting(fileName, html);
  return prepareReport(blocksFromHtml(html), { sectionHeadings: false, fallbackHeadline: fileName });
}
