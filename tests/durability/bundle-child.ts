import { build, type Plugin } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO } from './child-process';

// Libraries only importers and exporters use; a child that only saves never calls them, and loading
// jsdom alone costs half a second, which a hundred restarts cannot afford.
const UNUSED_IN_CHILD = /^(jsdom|pdfjs-dist|mammoth|docx|dompurify|turndown|markdown-it|@mozilla\/readability|playwright-core)(\/.*)?$/;

const stubUnused: Plugin = {
  name: 'stub-unused',
  setup(builder) {
    builder.onResolve({ filter: UNUSED_IN_CHILD }, (args) => ({ path: `${args.path}.stub.cjs`, namespace: 'stub' }));
    builder.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      // Any property, call or `new` of it gives itself back, so module-level set-up code runs; nothing works.
      // Any property, call or `new` gives an inert value back, so module-level set-up code runs; nothing works.
      // The prototype answers too, because esbuild's ESM interop reads named imports through a copy of it.
      contents: `const pick = (name) => (name === '__esModule' ? false : name === 'then' || typeof name === 'symbol' ? undefined : inert);
const anything = new Proxy({}, { get: (_target, name) => pick(name) });
const inert = new Proxy(function () {}, {
  get: (_target, name) => pick(name),
  getPrototypeOf: () => anything,
  apply: () => inert,
  construct: () => inert,
});
module.exports = inert;`,
      loader: 'js',
    }));
  },
};

/**
 * Bundles a child script of tests/durability into one ESM file under node_modules/.cache, so each start is a
 * plain `node file.mjs` without tsx. Returns the bundle's path.
 */
export async function bundleChild(script: string): Promise<string> {
  const folder = join(REPO, 'node_modules', '.cache', 'racedesk-durability');
  await mkdir(folder, { recursive: true });
  // One bundle per process, so a soak and a test run at the same time never load each other's half-written file.
  const outfile = join(folder, `${script.replace(/\W+/g, '-')}-${process.pid}.mjs`);
  await build({
    entryPoints: [join(REPO, script)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    plugins: [stubUnused],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
