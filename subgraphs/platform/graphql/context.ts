// The per-request context every subgraph resolver receives.
import type { Knex } from 'knex';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Caller } from '#platform/identity/identity.js';
import type DataLoader from 'dataloader';
import type { AuditEntryRecord, ReadAudit } from '#platform/audit/audit.js';
import type { RequestAccess } from '#platform/access/policy-enforcement.js';

export type { Caller } from '#platform/identity/identity.js';

export interface RequestContext<Loaders, Settings = unknown> {
  requestId: string;
  /** The verified identity behind the request's bearer token. */
  caller: Caller;
  db: Knex;
  /** The agencies' shared key that derives a pid from a citizen ID. */
  linkageKey: Buffer;
  /** The personal fields this request read; written to the audit log before the answer leaves. */
  audit: ReadAudit;
  /** The subgraph's access policy for this caller: `allows` / `require` a coordinate about a subject. */
  access: RequestAccess;
  /** This subgraph's audit rows per person, for the data-protection officer's trail. */
  auditEntriesByPid: DataLoader<string, AuditEntryRecord[]>;
  /** DataLoaders built for this request only, named by what they load. */
  loaders: Loaders;
  /** The subgraph's own settings, read once at start-up. */
  settings: Settings;
}

export const REQUEST_ID_HEADER = 'x-request-id';

/** The caller's request id when it is a sane token, else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
}

/** An entity reference as the gateway sends it: only the key. */
export interface PersonRef {
  pid: string;
}
