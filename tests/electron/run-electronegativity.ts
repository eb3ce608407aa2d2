import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');

/** One finding of Electronegativity, as we compare it with the allow-list. */
export interface Finding {
  id: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
  description: string;
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
}

type Run = (options: Record<string, unknown>) => Promise<{ issues: RawIssue[]; errors: { file: string; message: string; tolerable: boolean }[] }>;

/**
 * Runs Electronegativity over `src/` through its programmatic API (its CLI does not start with the commander
 * this repo installs), for the Electron version in package.json. Paths come back relative to the repo.
 */
export async function runElectronegativity(): Promise<{ findings: Finding[]; parseErrors: string[] }> {
  const require = createRequire(import.meta.url);
  const run = require('@doyensec/electronegativity') as Run;
  const electronVersion = (require(resolve(REPO, 'package.json')) as { devDependencies: Record<string, string> }).devDependencies.electron;
  const result = await run({
    input: resolve(REPO, 'src'),
    electronVersionOverride: electronVersion.replace(/^[^\d]*/, ''),
    customScan: [],
    excludeFromScan: [],
    parserPlugins: [],
  });
  return {
    findings: result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file === 'N/A' ? 'N/A' : relative(REPO, resolve(REPO, 'src', issue.file)).replaceAll('\\', '/'),
      line: issue.location.line,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      description: issue.description,
    })),
    parseErrors: result.errors.filter((error) => !error.tolerable).map((error) => `${error.file}: ${error.message}`),
  };
}
