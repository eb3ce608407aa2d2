import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { extractClaims, extractClaimsFromSource, htmlText, markdownText, type Claim } from '../../domain/claims';
import { RacedeskError } from '../../domain/errors';

/** `racedesk claims <file> [--json]`: every lap-time, gap, speed and position claim in a .txt, .md or .html report. */
export function registerClaimsCommand(program: Command): void {
  program
    .command('claims <file>')
    .description('list every lap-time, gap, speed and position claim in a .txt, .md or .html report')
    .option('--json', 'print one JSON object: { file, claims: [...] } with offsets into the decoded file')
    .action(async (file: string, options: { json?: boolean }) => {
      const text = await readReport(file);
      const claims = claimsOf(file, text);
      process.stdout.write(options.json ? `${JSON.stringify({ file, claims: claims.map(toJson) })}\n` : table(claims));
    });
}

async function readReport(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new RacedeskError('bad-file', `${file}: cannot read the report (${reason})`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RacedeskError('bad-file', `${file}: not UTF-8 text; save the report as .txt, .md or .html`);
  }
}

// Markup is read past, but offsets and figure texts stay those of the decoded file.
function claimsOf(file: string, text: string): Claim[] {
  const extension = extname(file).toLowerCase();
  if (extension === '.html' || extension === '.htm') return extractClaimsFromSource(htmlText(text), text);
  if (extension === '.md' || extension === '.markdown') return extractClaimsFromSource(markdownText(text), text);
  return extractClaims(text);
}

function toJson(claim: Claim) {
  const { kind, text, start, end, value, unit, qualifier, subject, reference, direction, scope, sentence } = claim;
  return { kind, text, start, end, value, unit, qualifier, subject, reference, direction, scope, sentence };
}

function table(claims: Claim[]): string {
  if (claims.length === 0) return 'No claims found.\n';
  const rows = claims.map((claim) => [
    claim.kind,
    claim.text,
    `${claim.value} ${claim.unit}`,
    claim.qualifier,
    claim.subject ?? '—',
    againstOrScope(claim),
    `${claim.start}`,
  ]);
  const header = ['kind', 'figure', 'value', 'qualifier', 'subject', 'against / class', 'offset'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => `${cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()}\n`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('');
}

function againstOrScope(claim: Claim): string {
  if (claim.kind === 'position') return claim.scope ?? '';
  if (claim.kind !== 'gap') return '';
  const reference = claim.reference ?? '?';
  return claim.direction ? `${claim.direction} of ${reference}` : reference;
}
