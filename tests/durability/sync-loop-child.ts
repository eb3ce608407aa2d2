// Saves one article of the shared library named by argv[2] in a loop and syncs after each save, through the
// real services. Prints "opened <revision>", "saved <revision>" once a save is acknowledged, "phase <step>"
// as each step of a sync starts, and "synced" or "sync-failed <code>". The parent kills it at chosen steps.
import { openRacedeskServices } from '../../src/services/racedesk-services';
import { textOfRevision } from './save-loop-text';

function docOf(text: string) {
  return { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

const [library, articleId] = process.argv.slice(2);
const services = await openRacedeskServices(library, { waitMilliseconds: 20_000 }, {
  networkTimeoutMilliseconds: 30_000,
  onPhase: (phase) => process.stdout.write(`phase ${phase}\n`),
});
let article = await services.articles.get(articleId);
process.stdout.write(`opened ${article.revision}\n`);
for (;;) {
  const revision = article.revision + 1;
  article = await services.articles.save(articleId, { baseRevision: article.revision, doc: docOf(textOfRevision(revision)) });
  process.stdout.write(`saved ${article.revision}\n`);
  try {
    await services.sync.now();
    process.stdout.write('synced\n');
  } catch (error) {
    process.stdout.write(`sync-failed ${(error as { code?: string }).code ?? 'bug'} ${(error as Error).message}\n`);
  }
}
