import { describe, expect, it } from 'vitest';
import { KILL_PHASES, runSyncKillLoop } from '../../durability/sync-kill-loop';

describe('a shared library whose sync is killed at every step', () => {
  it('survives SIGKILLs during fetch, merge, apply and push: it opens, loses no acknowledged save, and the next sync finishes', async () => {
    const result = await runSyncKillLoop({ kills: 8 });
    console.log(`sync kill loop: ${JSON.stringify({ ...result, failures: result.failures.length })}`);
    expect(result.failures).toEqual([]);
    expect(result.corruptedFiles).toBe(0);
    expect(result.kills).toBe(8);
    // The kills must have landed in the steps they were aimed at, or the test proves nothing.
    for (const phase of KILL_PHASES) expect(result.killsIn[phase], phase).toBeGreaterThanOrEqual(1);
    expect(result.conflicts).toBeGreaterThanOrEqual(2);
    expect(result.syncs).toBeGreaterThanOrEqual(8);
  }, 300_000);
});
