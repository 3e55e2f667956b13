// The one client for calls between agencies: a generated typed operation, the caller's SERVICE token,
// the request id, a timeout, and failures described by HTTP status and error codes only.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { REQUEST_ID_HEADER } from '#platform/graphql/context.js';
import type { TokenSource } from '#platform/identity/service-token.js';

export interface AgencyEndpoint {
  /** The receiving agency, as failures name it. */
  agency: string;
  /** Its GraphQL URL. */
  url: string;
  /** The calling agency's SERVICE token. */
  token: TokenSource;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** How a call failed: the peer could not be reached, did not answer in time, or answered with an HTTP or GraphQL error. */
export type CallFailureKind = 'unreachable' | 'timeout' | 'http' | 'graphql';

/** A failed call; the message holds the agency, status and codes, never anything of the request or answer's data. */
export class AgencyCallError extends Error {
  constructor(
    readonly agency: string,
    readonly kind: CallFailureKind,
    readonly status: number | null,
    readonly codes: readonly string[],
  ) {
    super(`${agency} ${kind === 'unreachable' ? 'unreachable' : kind === 'timeout' ? 'timed out' : `answered HTTP ${status}`} ${codes.join(',')}`.trim());
    this.name = 'AgencyCallError';
  }
}

const printed = new WeakMap<object, string>();
const textOf = (document: TypedDocumentNode<unknown, unknown>): string => {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
};

/** The code of an error's cause chain (ECONNREFUSED, UND_ERR_SOCKET …), as far as it has one. */
function causeCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return 'UNKNOWN';
}

/** Calls one operation of another agency's subgraph and returns its typed data, or throws an AgencyCallError. */
export async function callAgency<Result, Variables>(
  endpoint: AgencyEndpoint,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  requestId: string,
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch(endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await endpoint.token()}`, [REQUEST_ID_HEADER]: requestId },
      body: JSON.stringify({ query: textOf(document as TypedDocumentNode<unknown, unknown>), variables }),
      signal: AbortSignal.timeout(endpoint.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new AgencyCallError(endpoint.agency, 'timeout', null, []);
    throw new AgencyCallError(endpoint.agency, 'unreachable', null, [causeCode(error)]);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: Result | null; errors?: { extensions?: { code?: unknown } }[] };
  const codes = (body.errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN'));
  if (!response.ok) throw new AgencyCallError(endpoint.agency, 'http', response.status, codes);
  if (codes.length > 0 || !body.data) throw new AgencyCallError(endpoint.agency, 'graphql', response.status, codes.length > 0 ? codes : ['NO_DATA']);
  return body.data;
}

/**
 * A failure as a log line or the outbox may hold it: an agency call by status and codes, a
 * database error by its SQLSTATE, anything else by its code; never a message that could quote data.
 */
export function failureReason(error: unknown): string {
  if (error instanceof AgencyCallError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return `database SQLSTATE ${code}`;
  return `failed ${causeCode(error)}`;
}
