import { blockOf, type ReportBlock } from '../../../domain/reports';
import { htmlToDoc } from './html-to-doc';

/** Untrusted HTML, sanitised and converted, as blocks for the furniture rules. */
export function blocksFromHtml(html: string): ReportBlock[] {
  return htmlToDoc(html).content.map((node) => blockOf(node));
}
