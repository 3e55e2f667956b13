// HTTP to the agencies' subgraphs: pooled keep-alive connections (undici), a timeout per subgraph, one retry of a query on a connection failure.
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, type Dispatcher } from 'undici';
import { t } from '#platform/i18n/request-language.js';

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
    super(reason === 'timeout' ? t('http.subgraphTimeout', { service: serviceName }) : t('http.subgraphUnreachable', { service: serviceName }));
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

/** The gateway writes the document first (`{"query":"…`); anything else is parsed to find it. */
const QUERY_FIRST = '{"query":"';

/** A mutation is never sent twice: the first attempt may have written before the connection broke. */
export function isQuery(body: unknown): boolean {
  if (typeof body !== 'string') return false;
  if (body.startsWith(QUERY_FIRST)) return !/^(?:\s|\\[nrt])*mutation\b/.test(body.slice(QUERY_FIRST.length, QUERY_FIRST.length + 64));
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

type Headers = Record<string, string | string[] | undefined>;

/**
 * What RemoteGraphQLDataSource reads of an answer (ok, status, a header, the body as JSON or
 * text), over undici's plain request API: the WHATWG fetch layer (Request and Response
 * objects, header lists, a transferable AbortSignal per call) cost the gateway more CPU than
 * the HTTP itself. `done` ends the call's timer once the body is read.
 */
class SubgraphResponse {
  readonly ok: boolean;
  readonly statusText = '';
  readonly redirected = false;
  readonly headers: { get(name: string): string | null };

  constructor(
    readonly url: string,
    readonly status: number,
    headers: Headers,
    private readonly body: Dispatcher.ResponseData['body'],
    private readonly read: <T>(reading: Promise<T>) => Promise<T>,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = {
      get: (name) => {
        const value = headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    };
  }

  text(): Promise<string> {
    return this.read(this.body.text());
  }

  json(): Promise<unknown> {
    return this.read(this.body.json());
  }
}

export function subgraphHttp(serviceName: string, options: SubgraphHttpOptions): SubgraphHttp {
  const agent = new Agent({
    connections: options.connections,
    keepAliveTimeout: 30_000,
    connect: { timeout: options.timeoutMs },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
  });
  // The gateway calls a handful of URLs: each is parsed once.
  const targets = new Map<string, { origin: string; path: string }>();
  const targetOf = (url: string) => {
    const kept = targets.get(url);
    if (kept) return kept;
    const parsed = new URL(url);
    const target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
    targets.set(url, target);
    return target;
  };
  /** One call: a single timer bounds it from the connection to the last byte of the body. */
  const attempt = async (url: string, init: { method?: string; headers?: Record<string, string>; body?: unknown }): Promise<SubgraphResponse> => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
    const failure = (error: unknown): never => {
      clearTimeout(timer);
      throw timedOut ? new SubgraphUnavailableError(serviceName, 'timeout') : error;
    };
    const read = <T>(reading: Promise<T>): Promise<T> =>
      reading.then((value) => {
        clearTimeout(timer);
        return value;
      }, failure);
    try {
      const target = targetOf(url);
      const answer = await agent.request({
        origin: target.origin,
        path: target.path,
        method: (init.method ?? 'POST') as Dispatcher.HttpMethod,
        headers: init.headers,
        body: init.body as string | undefined,
        signal: controller.signal,
      });
      return new SubgraphResponse(url, answer.statusCode, answer.headers, answer.body, read);
    } catch (error) {
      return failure(error);
    }
  };
  const fetcher = (async (url: string, init: Parameters<typeof attempt>[1] = {}) => {
    const retryable = isQuery(init.body);
    for (let count = 1; ; count++) {
      try {
        return await attempt(url, init);
      } catch (error) {
        if (error instanceof SubgraphUnavailableError || isTimeout(error))
          throw error instanceof SubgraphUnavailableError ? error : new SubgraphUnavailableError(serviceName, 'timeout');
        if (!isConnectionFailure(error)) throw error;
        if (count === 1 && retryable) continue;
        throw new SubgraphUnavailableError(serviceName, 'connection');
      }
    }
  }) as unknown as Fetcher;
  return { fetcher, close: () => agent.close() };
}
