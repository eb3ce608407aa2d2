import { blocksFromPlainText, prepareReport, type PreparedReport } from '../../../domain/reports';
import { decodeText } from './decode-text';
import { LARGEST_TEXT_CHARACTERS, refuseOverLimit } from './text-limits';

/** A plain-text report: one block per line (or per paragraph when hard-wrapped), furniture out, label lines as headings. */
export function importText(fileName: string, bytes: Uint8Array): PreparedReport {
  const text = decodeText(bytes, fileName);
  refuseOverLimit(fileName, text, LARGEST_TEXT_CHARACTERS, 'text');
  return prepareReport(blocksFromPlainText(text), { sectionHeadings: true, fallbackHeadline: fileName });
}
