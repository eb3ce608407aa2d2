// Saves one article of the library named by argv[2] in a loop through the real services, and prints
// "saved <revision>" after each save the services acknowledged. The parent kills it at random moments.
import { openRacedeskServices } from '../../src/services/racedesk-services';
import { textOfRevision } from './save-loop-text';

function docOf(text: string) {
  return { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

const services = await openRacedeskServices(process.argv[2], { waitMilliseconds: 10_000 });
const [existing] = await services.articles.list();
let article = existing ? await services.articles.get(existing.id) : await services.articles.create({ headline: 'Kill test' });
process.stdout.write(`opened ${article.id} ${article.revision}\n`);
for (;;) {
  const revision = article.revision + 1;
  article = await services.articles.save(article.id, { baseRevision: article.revision, doc: docOf(textOfRevision(revision)) });
  process.stdout.write(`saved ${article.revision}\n`);
}
