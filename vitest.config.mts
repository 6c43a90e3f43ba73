import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// type-graphql and Apollo load graphql's CommonJS build; Vite would hand our sources its
// ESM build ("module" field), and graphql refuses types from a second copy of itself.
const resolve = { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] };

/**
 * Tiers that run alone: `vitest run --project unit` needs no Neo4j (seconds);
 * `--project integration` starts one Neo4j for the run (globalSetup) and runs its files
 * one at a time, so that counts of one file are not disturbed by another (CI has 2 cores);
 * `--project process` starts and kills its own Neo4j JVMs and services (no shared Neo4j).
 */
export default defineConfig({
  resolve,
  test: {
    setupFiles: ['reflect-metadata'],
    pool: 'forks',
    projects: [
      { resolve, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], setupFiles: ['reflect-metadata'], testTimeout: 60_000 } },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          setupFiles: ['reflect-metadata'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
          pool: 'forks',
        },
      },
      {
        resolve,
        test: {
          name: 'process',
          include: ['tests/process/**/*.test.ts'],
          setupFiles: ['reflect-metadata'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
          pool: 'forks',
        },
      },
    ],
  },
});
