import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: repo });

async function problemsFor(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(repo, path) });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('layers enforced by lint', () => {
  it('fails a renderer file that imports node:fs', async () => {
    const problems = await problemsFor('src/renderer/probe.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
    expect(problems.join('\n')).toMatch(/no-restricted-imports.*sandboxed page/);
  });

  it('fails a domain file that imports electron', async () => {
    const problems = await problemsFor('src/domain/probe.ts', "import { app } from 'electron';\nexport const name = app.name;\n");
    expect(problems.join('\n')).toMatch(/no-restricted-imports.*pure TypeScript/);
  });

  it('fails a domain file that imports a service', async () => {
    const problems = await problemsFor('src/domain/probe.ts', "import { openJsonStore } from '../services/storage/json-store';\nexport const open = openJsonStore;\n");
    expect(problems.join('\n')).toMatch(/no-restricted-imports/);
  });

  it('fails a service that imports electron', async () => {
    const problems = await problemsFor('src/services/probe.ts', "import { app } from 'electron';\nexport const name = app.name;\n");
    expect(problems.join('\n')).toMatch(/no-restricted-imports.*plain Node/);
  });

  it('fails code that turns off the sandbox or context isolation', async () => {
    const problems = await problemsFor('src/main/probe.ts', 'export const webPreferences = { sandbox: false, contextIsolation: false, nodeIntegration: true };\n');
    expect(problems.filter((problem) => problem.startsWith('no-restricted-syntax'))).toHaveLength(3);
  });

  it('passes a renderer file that imports the domain layer', async () => {
    const problems = await problemsFor('src/renderer/probe.ts', "import { countWords } from '../domain/articles/plain-text';\nexport const count = countWords;\n");
    expect(problems).toEqual([]);
  });
});
