// The federation's own settings: where the platform is, and how hand-offs are imported and answers delivered.
import { z } from 'zod';
import { type TokenSource, serviceTokenSource, serviceTokenVariables } from '#platform/identity/service-token.js';
import { readConfig, variable } from '#platform/config/config.js';
import { dataDir } from '#platform/server/paths.js';
import { subgraphUrlVariable } from '#platform/server/subgraph-config.js';

/** Where the fault-injection hook ends the process: after an import commits, or after the platform confirmed an answer. */
export type SyncCrashPoint = 'import' | 'answer';

export const employmentVariables = {
  welfareUrl: subgraphUrlVariable('welfare'),
  syncIntervalMs: variable(
    'EMPLOYMENT_SYNC_INTERVAL_MS',
    "Pause between the federation's rounds with the platform (import its employment hand-offs, deliver the officers' answers); 0 turns both off",
    z.coerce.number().int().min(0).max(3_600_000).default(2000),
    '2000',
  ),
  syncCrashAfter: variable(
    'EMPLOYMENT_SYNC_CRASH_AFTER',
    'Fault injection for the exactly-once tests: `import` kills the process after an import commits, before the platform hears of it; `answer` after the platform confirmed an answer, before it is marked delivered',
    z.enum(['none', 'import', 'answer']).default('none'),
    'none',
  ),
  ...serviceTokenVariables,
};

export interface SyncSettings {
  welfareUrl: string;
  intervalMs: number;
  token: TokenSource;
  crashAfter: SyncCrashPoint | null;
}

export interface EmploymentSettings {
  /** Null: no background rounds with the platform (tests in-process, or EMPLOYMENT_SYNC_INTERVAL_MS=0). */
  sync: SyncSettings | null;
}

export function readEmploymentSettings(env: NodeJS.ProcessEnv = process.env): EmploymentSettings {
  const values = readConfig(employmentVariables, env);
  if (values.syncIntervalMs === 0) return { sync: null };
  return {
    sync: {
      welfareUrl: values.welfareUrl,
      intervalMs: values.syncIntervalMs,
      token: serviceTokenSource('employment', 'EMPLOYMENT', dataDir(env), env),
      crashAfter: values.syncCrashAfter === 'none' ? null : values.syncCrashAfter,
    },
  };
}
