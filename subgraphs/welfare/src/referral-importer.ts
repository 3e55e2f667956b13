// The platform's importer of the registry's consented uploads: poll the registry's outbox, import once, acknowledge.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { TokenSource } from '#platform/identity/service-token.js';
import { REQUEST_ID_HEADER } from '#platform/graphql/context.js';
import { importUploads, type ReferralUpload, withdrawImported } from './data/referral-import.js';

export interface ImporterOptions {
  registryUrl: string;
  token: TokenSource;
  /** Pause between rounds; a round that found a full batch is followed at once by the next. */
  intervalMs: number;
  batchSize: number;
  logger: Logger;
  /** Test hook: ends the process between the import's commit and the acknowledgement. */
  crashAfterImport?: boolean;
}

const PENDING = `query PendingReferralUploads($first: Int!) { pendingReferralUploads(first: $first) { id pid countyCode recommendsCommunityRehab uploadedAt } }`;
const ACKNOWLEDGE = `mutation AcknowledgeReferralUploads($ids: [ID!]!) { acknowledgeReferralUploads(ids: $ids) { id status } }`;
const CALL_TIMEOUT_MS = 10_000;

/** The registry refused or failed a call; the message holds the status and error codes, nothing personal. */
class RegistryCallError extends Error {}

async function callRegistry<T>(options: ImporterOptions, requestId: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(options.registryUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await options.token()}`, [REQUEST_ID_HEADER]: requestId },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { extensions?: { code?: string } }[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new RegistryCallError(`registry answered HTTP ${response.status} ${body.errors?.map((e) => e.extensions?.code).join(',') ?? ''}`.trim());
  }
  return body.data;
}

export interface RoundResult {
  fetched: number;
  imported: number;
  acknowledged: number;
  withdrawn: number;
}

/**
 * One round. The order is what makes it exactly once: import (idempotent on the upload id)
 * and commit, then acknowledge. A crash before the commit leaves the upload pending for the
 * next round; a crash after it makes the next round's import a no-op and acknowledge again.
 */
export async function importRound(db: Knex, options: ImporterOptions): Promise<RoundResult> {
  const requestId = randomUUID();
  const { pendingReferralUploads: uploads } = await callRegistry<{ pendingReferralUploads: ReferralUpload[] }>(options, requestId, PENDING, {
    first: options.batchSize,
  });
  if (uploads.length === 0) return { fetched: 0, imported: 0, acknowledged: 0, withdrawn: 0 };
  const imported = await importUploads(db, uploads, requestId);
  if (options.crashAfterImport) process.kill(process.pid, 'SIGKILL');
  const { acknowledgeReferralUploads: acks } = await callRegistry<{ acknowledgeReferralUploads: { id: string; status: string }[] }>(
    options,
    requestId,
    ACKNOWLEDGE,
    {
      ids: uploads.map((u) => u.id),
    },
  );
  // The consent was revoked between our read and our acknowledgement: undo the referral.
  const withdrawn = await withdrawImported(
    db,
    acks.filter((a) => a.status === 'CANCELLED').map((a) => a.id),
    requestId,
  );
  return { fetched: uploads.length, imported: imported.length, acknowledged: acks.filter((a) => a.status === 'DELIVERED').length, withdrawn };
}

/** Runs rounds until stopped; a failed round is logged (without personal data) and retried after the interval. */
export function startReferralImporter(db: Knex, options: ImporterOptions): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const schedule = (delay: number) => {
    if (!stopped) timer = setTimeout(() => (current = run()), delay);
  };
  const run = async () => {
    let delay = options.intervalMs;
    try {
      const result = await importRound(db, options);
      if (result.fetched > 0) options.logger.info({ event: 'referral-import', ...result }, 'imported referral uploads');
      if (result.fetched === options.batchSize) delay = 0;
    } catch (error) {
      // The registry's answer is described by HTTP status and error codes only; database errors by their SQLSTATE.
      const reason = error instanceof RegistryCallError ? error.message : `${(error as Error).name} ${(error as { code?: string }).code ?? ''}`.trim();
      options.logger.warn({ event: 'referral-import', reason }, 'referral import round failed; retrying');
    }
    schedule(delay);
  };
  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
