import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    // one throwaway PostgreSQL cluster for the run (skipped with a reason when PostgreSQL is missing)
    globalSetup: ['test/store/pg-global-setup.ts'],
  },
});
