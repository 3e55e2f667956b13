import { defineConfig } from 'vitest/config';

/** The integration files that spawn processes or measure time; every other integration file runs two at a time. */
const SERIAL_INTEGRATION = [
  'tests/integration/bench-smoke.test.ts',
  'tests/integration/command-line.test.ts',
  'tests/integration/degradation.test.ts',
  'tests/integration/fuzz.test.ts',
  'tests/integration/handoff-crashes.test.ts',
  'tests/integration/hot-reload.test.ts',
  'tests/integration/processes.test.ts',
  'tests/integration/self-healing.test.ts',
  'tests/integration/subgraph-check.test.ts',
  'tests/integration/subgraph-new.test.ts',
];

const integration = {
  environment: 'node',
  testTimeout: 120_000,
  hookTimeout: 180_000,
  env: { APOLLO_TELEMETRY_DISABLED: 'true', LOG_LEVEL: 'warn' },
} as const;

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
          exclude: SERIAL_INTEGRATION,
          ...integration,
          // Each file starts its servers inside its own worker, which is one thread: two files at a
          // time use both cores of a CI machine.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-serial',
          include: SERIAL_INTEGRATION,
          ...integration,
          // These start processes of their own or measure time (budgets, timeouts, restarts): they
          // run alone, after the others, so that no other file competes with them for the cores.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
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
