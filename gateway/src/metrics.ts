// Prometheus metrics of the gateway: requests by operation and outcome, latencies, subgraph fetches, query-plan cache hits, supergraph reloads.
import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Client-chosen operation names become labels only when they look like names, so a client cannot flood the label space. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const operationLabel = (name: string | null | undefined): string => (name && OPERATION_NAME.test(name) ? name : 'anonymous');

export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'gateway_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, partial, error)',
    labelNames: ['operation', 'outcome'],
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'gateway_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly fetches = new Histogram({
    name: 'gateway_subgraph_fetch_duration_seconds',
    help: 'Latency of the calls to each subgraph',
    labelNames: ['subgraph'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly fetchErrors = new Counter({
    name: 'gateway_subgraph_fetch_errors_total',
    help: 'Failed calls to each subgraph by reason (timeout, connection, http)',
    labelNames: ['subgraph', 'reason'],
    registers: [this.registry],
  });
  private readonly planCache = new Counter({
    name: 'gateway_query_plan_cache_total',
    help: 'Query-plan cache look-ups by result (hit, miss)',
    labelNames: ['result'],
    registers: [this.registry],
  });
  private readonly reloads = new Counter({
    name: 'gateway_supergraph_reloads_total',
    help: 'New supergraph files by result (applied, rejected)',
    labelNames: ['result'],
    registers: [this.registry],
  });
  private readonly supergraph = new Gauge({
    name: 'gateway_supergraph_info',
    help: "The supergraph in service (1), by the first 12 hex digits of its file's sha256",
    labelNames: ['hash'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'gateway_' });
    // Both results show from the start, so a rate over them never starts from nothing.
    this.reloads.inc({ result: 'applied' }, 0);
    this.reloads.inc({ result: 'rejected' }, 0);
  }

  /** The supergraph now in service; reloaded is false for the one loaded at start. */
  supergraphLoaded(hash: string, reloaded: boolean): void {
    this.supergraph.reset();
    this.supergraph.set({ hash }, 1);
    if (reloaded) this.reloads.inc({ result: 'applied' });
  }

  supergraphRejected(): void {
    this.reloads.inc({ result: 'rejected' });
  }

  subgraphFetch(subgraph: string, seconds: number, failure: 'timeout' | 'connection' | 'http' | null): void {
    this.fetches.observe({ subgraph }, seconds);
    if (failure) this.fetchErrors.inc({ subgraph, reason: failure });
  }

  planLookup(hit: boolean): void {
    this.planCache.inc({ result: hit ? 'hit' : 'miss' });
  }

  plugin<Context extends object>(): ApolloServerPlugin<Context> {
    const requests = this.requests;
    const duration = this.duration;
    return {
      async requestDidStart() {
        const started = process.hrtime.bigint();
        return {
          async willSendResponse({ response, operationName }) {
            const operation = operationLabel(operationName);
            const body = response.body.kind === 'single' ? response.body.singleResult : null;
            const outcome = !body?.errors?.length ? 'ok' : body.data ? 'partial' : 'error';
            requests.inc({ operation, outcome });
            duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
          },
        };
      },
    };
  }
}
