import type { Command } from 'commander';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Article } from '../../domain/articles/article';
import { RacedeskError, isRacedeskError } from '../../domain/errors';
import { assertNoSyncConflict } from '../../domain/sync/assert-no-conflict';
import { exportFormats, exportOptionsSchema, rosterNameSchema, type ExportOptions } from '../../domain/export/export-options';
import { factCheckJson, factCheckMarkdown, openContradictions, type CheckedClaimForReport } from '../../domain/export/fact-check-report';
import { DEFAULT_HOUSE_STYLE, houseStyleSchema } from '../../domain/export/house-style/house-style';
import { migrateArticle } from '../../services/articles/article-file';
import { checkedClaimsOfArticle, claimsWithoutTiming } from '../../services/export/claims-for-report';
import { bytesOf, exportArticle } from '../../services/export/export-article';
import { importReport } from '../../services/importers/reports/import-report';
import { openServicesFor } from '../library-option';

interface ExportFlags {
  format: string;
  output?: string;
  houseStyle?: string;
  wrap?: string;
  report?: string;
  force?: boolean;
}

const RAW_REPORTS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf']);

/** An article to export and its checked claims. */
interface Source {
  article: Pick<Article, 'meta' | 'doc'> & Partial<Pick<Article, 'id' | 'syncConflict'>>;
  claims: CheckedClaimForReport[];
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** A raw report is imported and cleaned; a saved article file is read; anything else is a library id. */
async function loadSource(source: string, command: Command): Promise<Source> {
  if (await isFile(source)) {
    const bytes = await readFile(source);
    const extension = extname(source).toLowerCase();
    if (extension === '.json') {
      const article = migrateArticle(JSON.parse(new TextDecoder().decode(bytes)));
      return { article, claims: claimsWithoutTiming(article.doc) };
    }
    if (!RAW_REPORTS.has(extension)) throw new RacedeskError('unsupported', `${source}: not a report (.txt, .md, .html, .docx, .pdf) or an article (.json)`);
    const report = await importReport(basename(source), bytes);
    return { article: report, claims: claimsWithoutTiming(report.doc) };
  }
  const services = await openServicesFor(command);
  const article = await services.articles.get(source);
  return { article, claims: await checkedClaimsOfArticle(services.check, source) };
}

/** `--house-style default`, or a JSON file of rules (missing ones default) with an optional `roster`. */
async function readHouseStyle(path: string | undefined): Promise<Pick<ExportOptions, 'houseStyle' | 'roster'>> {
  if (path === undefined) return { houseStyle: null };
  if (path === 'default') return { houseStyle: DEFAULT_HOUSE_STYLE };
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new RacedeskError('bad-file', `${path}: cannot read the house style (${(error as Error).message})`);
  }
  const { roster, ...rules } = (raw ?? {}) as { roster?: unknown };
  const style = houseStyleSchema.safeParse(rules);
  const names = rosterNameSchema.array().optional().safeParse(roster);
  const issue = style.error?.issues[0] ?? names.error?.issues[0];
  if (issue || !style.success || !names.success) throw new RacedeskError('bad-file', `${path}: ${issue?.path.join('.') || 'root'}: ${issue?.message ?? 'invalid'}`);
  return { houseStyle: style.data, roster: names.data };
}

function exportOptions(flags: ExportFlags, style: Pick<ExportOptions, 'houseStyle' | 'roster'>): ExportOptions {
  const parsed = exportOptionsSchema.safeParse({ format: flags.format, wrapColumns: flags.wrap === undefined ? null : Number(flags.wrap), ...style });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RacedeskError('bad-input', `--${issue.path.join('.') === 'wrapColumns' ? 'wrap' : issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * `racedesk export <article file or library id> --format md|html|txt|docx|pdf`: the article clean, ready to
 * publish. Exit 0: written; 1: contradicted claims are open and `--force` was not given, or the article has a
 * sync conflict not yet resolved (nothing written); 2: bad input.
 */
export function registerExportCommand(program: Command): void {
  program
    .command('export <source>')
    .description(
      'export an article clean: a library id, a saved article (.json), or a raw report (.txt, .md, .html, .docx, .pdf) imported and cleaned on the way. ' +
        'A library article is checked against the timing linked to it and is not written while contradicted claims are open, unless --force. ' +
        'A raw report has no timing linked, so its claims are listed as unverifiable and never block the export (check it with `racedesk check --data` first).',
    )
    .requiredOption('--format <format>', `one of ${exportFormats.join(', ')}`)
    .option('-o, --output <path>', 'where to write (default: the headline as a file name, in this folder)')
    .option('--house-style <file>', 'apply a house style: a JSON file of rules (and an optional "roster"), or "default"')
    .option('--wrap <columns>', 'plain text: wrap lines at this many columns')
    .option('--report <path>', 'also write the fact-check report: JSON if the path ends in .json, else Markdown')
    .option('--force', 'export even with contradicted claims open')
    .action(async (source: string, flags: ExportFlags, command: Command) => {
      const options = exportOptions(flags, await readHouseStyle(flags.houseStyle));
      const { article, claims } = await loadSource(source, command);
      try {
        assertNoSyncConflict({ id: article.id ?? source, meta: article.meta, syncConflict: article.syncConflict });
      } catch (error) {
        if (!isRacedeskError(error)) throw error;
        process.stderr.write(`racedesk: not exported: ${error.message}\n`);
        process.exitCode = 1;
        return;
      }
      if (flags.report) {
        const report = { headline: article.meta.headline, generatedAt: new Date().toISOString(), claims };
        await writeFile(flags.report, flags.report.toLowerCase().endsWith('.json') ? factCheckJson(report) : factCheckMarkdown(report));
      }
      const open = openContradictions(claims);
      if (open.length > 0 && !flags.force) {
        const list = open.map((claim) => `  ${claim.text}: ${claim.evidence}${claim.suggestion ? ` (suggested: ${claim.suggestion})` : ''}`).join('\n');
        process.stderr.write(`racedesk: ${open.length} contradicted claim(s) still open; not exported (use --force to export anyway):\n${list}\n`);
        process.exitCode = 1;
        return;
      }
      const file = await exportArticle(article, options);
      const output = flags.output ?? file.fileName;
      await writeFile(output, bytesOf(file));
      process.stdout.write(`${output}\n`);
      process.exitCode = 0;
    });
}
