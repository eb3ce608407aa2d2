import { blockOf, paragraphOf, type ReportBlock } from './report-block';

const BLANK = /^[\s\u00a0\u200b\ufeff]*$/;
const EDGE_SPACE = /^[\s\u00a0\u200b\ufeff]+|[\s\u00a0\u200b\ufeff]+$/g;

/**
 * Splits raw copy into blocks. Raw copy pasted from a page puts each paragraph, list entry or crumb on its own
 * line, so every line is a block; only text hard-wrapped at a fixed width has its lines joined into paragraphs.
 * Lines of nothing but spaces and non-breaking spaces separate blocks and leave no block of their own.
 */
export function blocksFromPlainText(text: string): ReportBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const wrapped = isHardWrapped(lines);
  const blocks: ReportBlock[] = [];
  let gap = 0;
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    blocks.push(blockOf(paragraphOf(pending.join(' ')), gap));
    pending = [];
    gap = 0;
  };
  for (const line of lines) {
    if (BLANK.test(line)) {
      flush();
      gap += 1;
      continue;
    }
    pending.push(line.replace(EDGE_SPACE, ''));
    if (!wrapped) flush();
  }
  flush();
  return blocks;
}

/** True when most lines that run on into another line end near one fixed width, as e-mailed copy does. */
function isHardWrapped(lines: string[]): boolean {
  const runOn = lines.filter((line, index) => !BLANK.test(line) && !BLANK.test(lines[index + 1] ?? ''));
  if (runOn.length < 4) return false;
  const width = Math.max(...runOn.map((line) => line.trimEnd().length));
  if (width > 100) return false;
  const nearWidth = runOn.filter((line) => line.trimEnd().length >= width - 20);
  return nearWidth.length / runOn.length >= 0.6;
}
