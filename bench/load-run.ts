// One load measurement with autocannon: fixed connections for a fixed time and at most so many requests, every answer checked.
import autocannon from 'autocannon';

/** Where each request's body comes from: a few hundred read requests in turn, or one fresh write per request. */
export interface BodySource {
  next(): string;
}

/** The bodies in turn, from the first again after the last. */
export function inTurn(bodies: readonly string[]): BodySource {
  if (bodies.length === 0) throw new Error('a load needs at least one request body');
  let index = 0;
  return { next: () => bodies[index++ % bodies.length]! };
}

/** Each body once; past the end, the last again (that request then fails and is counted, never hidden). */
export function eachOnce(bodies: readonly string[]): BodySource & { used(): number } {
  if (bodies.length === 0) throw new Error('a load needs at least one request body');
  let index = 0;
  return { next: () => bodies[Math.min(index++, bodies.length - 1)]!, used: () => Math.min(index, bodies.length) };
}

export interface LoadTarget {
  url: string;
  token: string;
  bodies: BodySource;
  /** Whether an answer counts as a success; by default a GraphQL answer with data and no errors. */
  verify?: (body: string) => boolean;
}

/** One measured run, kept whole so that the rounds of a target can be pooled. */
export interface LoadRun {
  durationSeconds: number;
  /** Every response's latency in ms, ascending. */
  latencies: number[];
  non2xx: number;
  /** Answers that failed the check: no data, errors, or the target's own test (non-2xx answers among them). */
  failedAnswers: number;
  /** Connection errors, timeouts included (no answer at all). */
  connectionErrors: number;
}

export interface LoadFigures {
  /** Measured time of the pooled runs. */
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  responses: number;
  non2xx: number;
  failedAnswers: number;
  connectionErrors: number;
}

export interface LoadSettings {
  connections: number;
  seconds: number;
  /** Most requests of the run, whatever its time. */
  maxRequests?: number;
}

/** How long a request may take before it counts as unanswered: as long as the gateways wait for a subgraph. */
export const REQUEST_TIMEOUT_SECONDS = 120;

/** True for a GraphQL answer with data and no errors. */
export function isCleanAnswer(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown[] };
    return parsed.data !== null && parsed.data !== undefined && (parsed.errors?.length ?? 0) === 0;
  } catch {
    return false;
  }
}

/** Nearest-rank percentile of ascending values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const headersOf = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });

/**
 * autocannon for `seconds` or `maxRequests`, whichever comes first; each request takes the
 * next body. Resolves with its result and every response's latency in ms.
 */
function run(target: LoadTarget, settings: LoadSettings): Promise<{ result: autocannon.Result; latencies: number[] }> {
  const latencies: number[] = [];
  const verify = target.verify ?? isCleanAnswer;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        headers: headersOf(target.token),
        connections: settings.connections,
        duration: settings.seconds,
        ...(settings.maxRequests === undefined ? {} : { maxOverallRequests: Math.max(settings.maxRequests, settings.connections) }),
        timeout: REQUEST_TIMEOUT_SECONDS,
        requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, body: target.bodies.next() }) }],
        // autocannon hands over the body as the text it has collected.
        verifyBody: (body) => typeof body === 'string' && verify(body),
      },
      (error: unknown, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve({ result, latencies })),
    );
    // autocannon's histogram has no p95, so the latencies are kept to compute it exactly.
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/**
 * `connections` loops sending requests for `seconds` (or until `maxRequests`), each waiting for
 * its answer, so none is left running. Resolves with the rate it reached.
 */
export async function warmUp(
  target: Omit<LoadTarget, 'verify'>,
  connections: number,
  seconds: number,
  maxRequests = Number.POSITIVE_INFINITY,
): Promise<number> {
  const started = performance.now();
  const end = Date.now() + seconds * 1000;
  let sent = 0;
  const loop = async (): Promise<void> => {
    while (Date.now() < end && sent < maxRequests) {
      sent++;
      try {
        const response = await fetch(target.url, {
          method: 'POST',
          headers: headersOf(target.token),
          body: target.bodies.next(),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_SECONDS * 1000),
        });
        await response.arrayBuffer();
      } catch {
        // A warm-up answer is discarded, and so is its failure; the measured run counts them.
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return sent / Math.max(0.001, (performance.now() - started) / 1000);
}

/** The measured run, its latencies kept. */
export async function runLoad(target: LoadTarget, settings: LoadSettings): Promise<LoadRun> {
  const { result, latencies } = await run(target, settings);
  latencies.sort((a, b) => a - b);
  return { durationSeconds: result.duration, latencies, non2xx: result.non2xx, failedAnswers: result.mismatches, connectionErrors: result.errors };
}

/** Rate and percentiles of runs pooled: every response of every run, over their summed time. */
export function figuresOf(runs: readonly LoadRun[]): LoadFigures {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, r) => sum + r.durationSeconds, 0);
  const total = (pick: (r: LoadRun) => number) => runs.reduce((sum, r) => sum + pick(r), 0);
  return {
    seconds,
    requestsPerSecond: seconds === 0 ? 0 : latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    responses: latencies.length,
    non2xx: total((r) => r.non2xx),
    failedAnswers: total((r) => r.failedAnswers),
    connectionErrors: total((r) => r.connectionErrors),
  };
}

/** The registry bench's measurement: one body, a discarded warm-up of 2 s, the run, then time for the servers to settle. */
export async function measureLoad(
  target: { url: string; token: string; body: string },
  settings: LoadSettings & { settle: () => Promise<void> },
): Promise<LoadFigures> {
  const bodies = inTurn([target.body]);
  await warmUp({ url: target.url, token: target.token, bodies }, settings.connections, 2);
  const measured = await runLoad({ url: target.url, token: target.token, bodies }, settings);
  await settings.settle();
  return figuresOf([measured]);
}

/** Requests that failed: a wrong answer (any non-2xx fails the check too) or none at all. */
export const failuresOf = (figures: LoadFigures): number => figures.failedAnswers + figures.connectionErrors;
