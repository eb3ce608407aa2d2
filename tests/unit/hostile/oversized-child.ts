// Imports one oversized file (argv[3]) as a report or as timing (argv[2]) into a fresh library (argv[4]), and
// prints what happened and this process's memory as one JSON line.
import { isRacedeskError } from '../../../src/domain/errors';
import { openRacedeskServices } from '../../../src/services/racedesk-services';

const [kind, path, library] = process.argv.slice(2);
const services = await openRacedeskServices(library);
const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const rssBeforeMegabytes = megabytes(process.memoryUsage().rss);
const started = performance.now();
let outcome: { code: string; message: string };
try {
  if (kind === 'timing') await services.timing.importPaths([path], {});
  else await services.articles.importPaths([path]);
  outcome = { code: 'imported', message: '' };
} catch (error) {
  if (!isRacedeskError(error)) throw error;
  outcome = { code: error.code, message: error.message };
}
process.stdout.write(
  `${JSON.stringify({ ...outcome, rssBeforeMegabytes, peakRssMegabytes: Math.round(process.resourceUsage().maxRSS / 1024), milliseconds: Math.round(performance.now() - started) })}\n`,
);
await services.close();
