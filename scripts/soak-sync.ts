// `npm run soak:sync`: the kill-mid-sync test of tests/unit/durability at full size, 200 SIGKILLs (or argv[2]).
import { runSyncKillLoop } from '../tests/durability/sync-kill-loop';

const kills = Number(process.argv[2] ?? 200);
const started = Date.now();
const result = await runSyncKillLoop({
  kills,
  onKill: (done) => {
    if (done % 20 === 0) process.stdout.write(`${done}/${kills} kills\n`);
  },
});
const seconds = Math.round((Date.now() - started) / 1000);
const where = Object.entries(result.killsIn).map(([phase, count]) => `${count} in ${phase}`).join(', ');
process.stdout.write(
  `Sync soak: ${result.kills} kills survived (${where}; ${result.processKills} of the process alone, ${result.groupKills} with its git children), ` +
    `${result.syncs} syncs finished, ${result.acknowledgedSaves} acknowledged saves, ${result.conflicts} same-article conflicts kept both ways, ` +
    `${result.failures.length} failures, ${result.corruptedFiles} files corrupted, in ${seconds} s\n`,
);
for (const failure of result.failures.slice(0, 20)) process.stdout.write(`  ${failure}\n`);
process.exitCode = result.failures.length === 0 && result.corruptedFiles === 0 && result.kills === kills ? 0 : 1;
