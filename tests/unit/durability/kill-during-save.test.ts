import { describe, expect, it } from 'vitest';
import { runKillLoop } from '../../durability/kill-loop';

describe('an article saved in a loop and killed at random moments', () => {
  it('survives 100 SIGKILLs: every library file parses and the article is never behind the last acknowledged save', async () => {
    const result = await runKillLoop({ kills: 100, lanes: 2 });
    console.log(`kill loop: ${JSON.stringify({ ...result, failures: result.failures.length })}`);
    expect(result.failures).toEqual([]);
    expect(result.corruptedFiles).toBe(0);
    expect(result.kills).toBe(100);
    // The kills must have landed on saves, or the test proves nothing.
    expect(result.acknowledgedSaves).toBeGreaterThan(100);
  }, 240_000);
});
