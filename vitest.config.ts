import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Hooks that share a library and sync it twice (tests/unit/sync) take over 10 s on 2 busy cores.
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['tests/unit/setup.ts'],
  },
});
