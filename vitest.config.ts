import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships a CommonJS and an ES build; Node (and so Apollo and our servers under
    // tsx) load the CommonJS one, Vite would pick the ES one for our files. Two copies of
    // graphql in one process reject each other's schemas, so tests use Node's choice too.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'subgraphs/**/src/**/*.test.ts',
            'subgraphs/platform/**/*.test.ts',
            'gateway/src/**/*.test.ts',
            'gateway/web/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/unit/**/*.test.ts',
          ],
          environment: 'node',
          // Composing the supergraph (the composition and subgraph-check tests) takes seconds on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Each file starts its own servers and databases; files run one at a time so
          // two PGlite instances and four servers per file stay within two cores.
          fileParallelism: false,
          env: { APOLLO_TELEMETRY_DISABLED: 'true', LOG_LEVEL: 'warn' },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // Builds gateway/web/dist/ once; each file then starts the federation and Debian's chromium.
          globalSetup: ['tests/browser/build-web-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          env: { APOLLO_TELEMETRY_DISABLED: 'true', LOG_LEVEL: 'warn' },
        },
      },
    ],
  },
});
