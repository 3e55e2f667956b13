// The per-request context every subgraph resolver receives.
import type { Knex } from 'knex';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';

/**
 * Who is asking. The foundation serves anonymous callers; the security layer fills this
 * from the verified token, and resolvers keep reading it from here.
 */
export interface Caller {
  /** Subject of the token; null for anonymous callers. */
  subject: string | null;
  role: string | null;
  /** Region scope, a 6-digit division code; 000000 is the whole country. */
  regionCode: string;
  institutionId: string | null;
  purpose: string | null;
}

export const ANONYMOUS: Caller = { subject: null, role: null, regionCode: '000000', institutionId: null, purpose: null };

export interface RequestContext<Loaders> {
  requestId: string;
  caller: Caller;
  db: Knex;
  /** The agencies' shared key that derives a pid from a citizen ID. */
  linkageKey: Buffer;
  /** DataLoaders built for this request only, named by what they load. */
  loaders: Loaders;
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
