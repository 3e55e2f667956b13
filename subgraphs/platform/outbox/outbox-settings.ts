// The variables of an agency's outbox relay, read by every agency that sends hand-offs (spread into its settings).
import { z } from 'zod';
import { readConfig, variable } from '#platform/config/config.js';
import { CRASH_POINTS, type CrashPoint } from './crash-points.js';

export const outboxVariables = {
  relayIntervalMs: variable(
    'OUTBOX_RELAY_INTERVAL_MS',
    "Pause between the outbox relay's rounds when nothing was due (hand-offs to other agencies); 0 turns the relay off",
    z.coerce.number().int().min(0).max(3_600_000).default(1000),
    '1000',
  ),
  leaseMs: variable(
    'OUTBOX_LEASE_MS',
    "How long the relay's claim on a message holds; a relay that died mid-delivery lets its messages go after this",
    z.coerce.number().int().min(100).max(3_600_000).default(30_000),
    '30000',
  ),
  crashAt: variable(
    'OUTBOX_CRASH_AT',
    'Fault injection for the exactly-once tests: `claimed` kills the process after its relay claimed messages, `delivered` after a receiver confirmed one, `received` after this agency committed a message it received',
    z.enum(['none', ...CRASH_POINTS]).default('none'),
    'none',
  ),
};

export interface OutboxSettings {
  /** 0: no relay (tests in-process drive rounds themselves). */
  intervalMs: number;
  leaseMs: number;
  crashAt: CrashPoint | null;
}

export function readOutboxSettings(env: NodeJS.ProcessEnv = process.env): OutboxSettings {
  const values = readConfig(outboxVariables, env);
  return { intervalMs: values.relayIntervalMs, leaseMs: values.leaseMs, crashAt: values.crashAt === 'none' ? null : values.crashAt };
}
