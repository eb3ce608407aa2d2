import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleDoc, ArticleMeta } from '../../../src/domain/articles/article';
import { importReport } from '../../../src/services/importers/reports/import-report';

export const SEEDS_FOLDER = resolve(import.meta.dirname, '../../..', '../shared/seeds');

/** The real raw reports, by file name. */
export const seedFileNames = readdirSync(SEEDS_FOLDER).filter((name) => name.endsWith('.txt')).sort();

export function seedText(fileName: string): string {
  return readFileSync(join(SEEDS_FOLDER, fileName), 'utf8');
}

/** A seed imported as the desk imports it. */
export async function importSeed(fileName: string): Promise<{ meta: ArticleMeta; doc: ArticleDoc }> {
  const report = await importReport(fileName, readFileSync(join(SEEDS_FOLDER, fileName)));
  return { meta: report.meta, doc: report.doc };
}
