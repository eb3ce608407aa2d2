import type { Command } from 'commander';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { CheckedClaim, CheckReport, NameFinding } from '../../domain/check';
import { htmlText, markdownText, sourceSpan, type PlainText } from '../../domain/claims';
import { RacedeskError } from '../../domain/errors';
import { checkReport } from '../../services/check/check-report';
import { resolveLibraryFolder } from '../../services/library/library-location';
import { openRacedeskServices } from '../../services/racedesk-services';

interface CheckFlags {
  data?: string[];
  session?: string;
  race?: string;
  map?: string;
  json?: boolean;
}

/**
 * `racedesk check <file> --data <files or folders>…`: every figure of a report checked against timing files,
 * loaded into a throwaway library unless `--library` is given. Exit 0: nothing contradicted; 1: something is.
 */
export function registerCheckCommand(program: Command): void {
  program
    .command('check <file>')
    .description('check every lap time, gap, speed and position of a .txt, .md or .html report against timing files')
    .option('--data <paths...>', 'timing files or folders, as `racedesk import` takes them')
    .option('--session <id>', 'the session the report is mainly about (default: the one its words point to)')
    .option('--race <race>', 'which race of Ergast F1 tables: "<year> <name or round>"')
    .option('--map <mapping>', 'columns of a results CSV, e.g. time=Best,driver=Pilote')
    .option('--json', 'print one JSON object: { file, sessions, claims, names }')
    .action(async (file: string, flags: CheckFlags, command: Command) => {
      const library = (command.optsWithGlobals() as { library?: string }).library;
      if (!flags.data && !library) throw new RacedeskError('bad-input', 'racedesk check: give the timing with --data <files or folders>, or --library with stored sessions');
      const source = await readReport(file);
      const plain = plainTextOf(file, source);
      const temporary = library ? null : await mkdtemp(join(tmpdir(), 'racedesk-check-'));
      try {
        const services = await openRacedeskServices(temporary ?? resolveLibraryFolder(library));
        const { report, sessions } = await checkReport(services, plain.text, flags);
        const mapped = toSource(report, plain, source);
        process.stdout.write(flags.json ? `${JSON.stringify({ file, sessions, claims: mapped.claims.map(claimJson), names: mapped.names.map(nameJson) })}\n` : readable(mapped, source));
        process.exitCode = mapped.claims.some((claim) => claim.verdict === 'contradicted') ? 1 : 0;
      } finally {
        if (temporary) await rm(temporary, { recursive: true, force: true });
      }
    });
}

async function readReport(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new RacedeskError('bad-file', `${file}: cannot read the report (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RacedeskError('bad-file', `${file}: not UTF-8 text; save the report as .txt, .md or .html`);
  }
}

// Markup is read past; offsets are mapped back to the decoded file afterwards.
function plainTextOf(file: string, source: string): PlainText | { text: string } {
  const extension = extname(file).toLowerCase();
  if (extension === '.html' || extension === '.htm') return htmlText(source);
  if (extension === '.md' || extension === '.markdown') return markdownText(source);
  return { text: source };
}

function toSource(report: CheckReport, plain: PlainText | { text: string }, source: string): CheckReport {
  if (!('sourceStarts' in plain)) return report;
  const place = <T extends { start: number; end: number; text: string }>(item: T): T => {
    const span = sourceSpan(plain, item.start, item.end);
    return { ...item, start: span.start, end: span.end, text: source.slice(span.start, span.end) };
  };
  return { claims: report.claims.map(place), names: report.names.map(place) };
}

function claimJson(claim: CheckedClaim) {
  const { kind, text, start, end, value, unit, qualifier, subject, reference, direction, scope, sentence } = claim;
  const { verdict, expected, evidence, suggestion } = claim;
  return {
    kind, text, start, end, value, unit, qualifier, subject, reference, direction, scope, sentence,
    verdict, expected, evidence, suggestion, reason: claim.reason ?? null,
  };
}

function nameJson(name: NameFinding) {
  return { text: name.text, start: name.start, end: name.end, suggestion: name.suggestion, reason: name.reason };
}

const ORDER = { contradicted: 0, unverifiable: 1, confirmed: 2 } as const;

// One line per claim, contradicted first, then the names to look at, then a count.
function readable(report: CheckReport, source: string): string {
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const claims = [...report.claims].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || a.start - b.start);
  const lines = claims.map((claim) => {
    const fix = claim.suggestion ? ` → ${claim.suggestion}` : '';
    const detail = [claim.evidence, claim.reason].filter(Boolean).join('; ');
    return `${claim.verdict.toUpperCase().padEnd(13)} line ${String(lineOf(claim.start)).padEnd(4)} ${claim.text}${fix}  (${claim.kind}, ${claim.subject ?? 'no subject'}) ${detail}`;
  });
  for (const name of report.names) lines.push(`${'NAME'.padEnd(13)} line ${String(lineOf(name.start)).padEnd(4)} ${name.text} → ${name.suggestion}  ${name.reason}`);
  const count = (verdict: CheckedClaim['verdict']) => report.claims.filter((claim) => claim.verdict === verdict).length;
  lines.push(`${report.claims.length} claims: ${count('contradicted')} contradicted, ${count('confirmed')} confirmed, ${count('unverifiable')} unverifiable; ${report.names.length} names to look at`);
  return `${lines.join('\n')}\n`;
}
