// The variables of an agency's outbox relay, read by every agency that sends hand-offs (spread into its settings).
import { z } from 'zod';
import type { AgencyEndpoint } from '#platform/agency-calls/agency-client.js';
import type { SubgraphName } from '#platform/config/agencies.js';
import { readConfig, variable } from '#platform/config/config.js';
import type { Purpose } from '#platform/identity/identity.js';
import { serviceTokenSource, serviceTokenVariables } from '#platform/identity/service-token.js';
import { dataDir } from '#platform/server/paths.js';
import { subgraphUrlVariable } from '#platform/server/subgraph-config.js';
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
  return outboxSettingsOf(readConfig(outboxVariables, env));
}

const outboxSettingsOf = (values: { relayIntervalMs: number; leaseMs: number; crashAt: 'none' | CrashPoint }): OutboxSettings => ({
  intervalMs: values.relayIntervalMs,
  leaseMs: values.leaseMs,
  crashAt: values.crashAt === 'none' ? null : values.crashAt,
});

/** A sending agency's relay: where its receiver is, with which token, and how the relay runs. */
export interface RelaySettings {
  peer: AgencyEndpoint;
  outbox: OutboxSettings;
}

/** The variables of an agency whose relay sends to `peer`: the peer's URL, the outbox's variables and the SERVICE token. */
export const relayVariables = (peer: SubgraphName) => ({ peerUrl: subgraphUrlVariable(peer), ...outboxVariables, ...serviceTokenVariables });

/** Reads a relay's settings from the process environment: `agency` sends to `peer` under `purpose`. */
export function readRelaySettings(agency: SubgraphName, peer: SubgraphName, purpose: Purpose, env: NodeJS.ProcessEnv = process.env): RelaySettings {
  // One read, so that every bad variable is reported together.
  const { peerUrl, ...outbox } = readConfig({ peerUrl: subgraphUrlVariable(peer), ...outboxVariables }, env);
  return {
    peer: { agency: peer, url: peerUrl, token: serviceTokenSource(agency, purpose, dataDir(env), env) },
    outbox: outboxSettingsOf(outbox),
  };
}
