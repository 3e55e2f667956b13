// HTTP to the agencies' subgraphs: pooled keep-alive connections (undici), a timeout per subgraph, one retry of a query on a connection failure.
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, fetch as undiciFetch } from 'undici';

/** Connection errors worth one retry: nothing was processed by the subgraph. */
const CONNECTION_FAILURES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_CLOSED']);

type Fetcher = RemoteGraphQLDataSource['fetcher'];

export interface SubgraphHttpOptions {
  /** Whole call, connection to the last byte of the answer. */
  timeoutMs: number;
  /** Pooled keep-alive connections to the subgraph. */
  connections: number;
}

/** Why a subgraph gave no answer: it is down (refused, reset) or slower than its timeout. */
export class SubgraphUnavailableError extends Error {
  constructor(
    readonly serviceName: string,
    readonly reason: 'timeout' | 'connection',
  ) {
    super(reason === 'timeout' ? `the ${serviceName} subgraph did not answer in time` : `the ${serviceName} subgraph cannot be reached`);
    this.name = 'SubgraphUnavailableError';
  }
}

const codeOf = (error: unknown): string | undefined => {
  const withCause = error as { code?: string; cause?: { code?: string } };
  return withCause?.cause?.code ?? withCause?.code;
};

export function isConnectionFailure(error: unknown): boolean {
  const code = codeOf(error);
  return code !== undefined && CONNECTION_FAILURES.has(code);
}

export function isTimeout(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

/** A mutation is never sent twice: the first attempt may have written before the connection broke. */
function isQuery(body: unknown): boolean {
  if (typeof body !== 'string') return false;
  try {
    return !/^\s*mutation\b/.test((JSON.parse(body) as { query?: string }).query ?? '');
  } catch {
    return false;
  }
}

export interface SubgraphHttp {
  fetcher: Fetcher;
  close(): Promise<void>;
}

export function subgraphHttp(serviceName: string, options: SubgraphHttpOptions): SubgraphHttp {
  const agent = new Agent({ connections: options.connections, keepAliveTimeout: 30_000, connect: { timeout: options.timeoutMs } });
  const fetcher = (async (url: string, init?: { body?: unknown }) => {
    const retryable = isQuery(init?.body);
    for (let attempt = 1; ; attempt++) {
      try {
        // The signal also bounds reading the body, which happens after fetch resolves.
        return await undiciFetch(url, { ...(init as object), dispatcher: agent, signal: AbortSignal.timeout(options.timeoutMs) });
      } catch (error) {
        if (isTimeout(error)) throw new SubgraphUnavailableError(serviceName, 'timeout');
        if (!isConnectionFailure(error)) throw error;
        if (attempt === 1 && retryable) continue;
        throw new SubgraphUnavailableError(serviceName, 'connection');
      }
    }
  }) as unknown as Fetcher;
  return { fetcher, close: () => agent.close() };
}
