// Calls to the platform's API with the federation's SERVICE token; failures are described by status and error codes only.
import type { TokenSource } from '#platform/identity/service-token.js';
import { REQUEST_ID_HEADER } from '#platform/graphql/context.js';

const CALL_TIMEOUT_MS = 10_000;

export interface WelfareEndpoint {
  welfareUrl: string;
  token: TokenSource;
}

/** The platform refused or failed a call; the message holds the HTTP status and error codes, nothing personal. */
export class WelfareCallError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
    this.name = 'WelfareCallError';
  }
}

export async function callWelfare<T>(endpoint: WelfareEndpoint, requestId: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(endpoint.welfareUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await endpoint.token()}`, [REQUEST_ID_HEADER]: requestId },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { extensions?: { code?: string } }[] };
  if (!response.ok || body.errors?.length || !body.data) {
    const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'UNKNOWN');
    throw new WelfareCallError(`welfare answered HTTP ${response.status} ${codes.join(',')}`.trim(), codes);
  }
  return body.data;
}

/** A round's failure as a log line may carry it: the platform's codes, or a database error's class and SQLSTATE. */
export function failureReason(error: unknown): string {
  if (error instanceof WelfareCallError) return error.message;
  return `${(error as Error).name} ${(error as { code?: string }).code ?? ''}`.trim();
}
