// `npm run soak`: the kill test of tests/unit/durability at full size, 1,000 SIGKILLs (or argv[2]).
import { runKillLoop } from '../tests/durability/kill-loop';

const kills = Number(process.argv[2] ?? 1000);
const started = Date.now();
const result = await runKillLoop({
  kills,
  lanes: 2,
  onKill: (done) => {
    if (done % 50 === 0) process.stdout.write(`${done}/${kills} kills\n`);
  },
});
const seconds = Math.round((Date.now() - started) / 1000);
process.stdout.write(
  `Soak: ${result.kills} kills survived (${result.killsDuringStartup} during start-up), ${result.acknowledgedSaves} acknowledged saves, ` +
    `${result.failures.length} failures, ${result.corruptedFiles} files corrupted, in ${seconds} s\n`,
);
for (const failure of result.failures.slice(0, 20)) process.stdout.write(`  ${failure}\n`);
process.exitCode = result.failures.length === 0 && result.corruptedFiles === 0 && result.kills === kills ? 0 : 1;
