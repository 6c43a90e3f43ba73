import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // type-graphql and Apollo load graphql's CommonJS build; Vite would hand our sources its
    // ESM build ("module" field), and graphql refuses types from a second copy of itself.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    // One Neo4j serves every file; files run one at a time so that counts of one file are not
    // disturbed by another (CI has 2 cores).
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
