import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['subgraphs/**/src/**/*.test.ts', 'gateway/src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Each file starts its own servers and databases; files run one at a time so
          // two PGlite instances and four servers per file stay within two cores.
          fileParallelism: false,
          env: { APOLLO_TELEMETRY_DISABLED: 'true' },
        },
      },
    ],
  },
});
