// The federation gateway: serves the committed supergraph over the three agencies' subgraphs.
import './telemetry-off.js';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled, ApolloServerPluginSchemaReportingDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import { callerOf, requireCaller } from '../../subgraphs/shared/src/auth/http-auth.js';
import type { Caller } from '../../subgraphs/shared/src/auth/identity.js';
import { requestLogPlugin } from '../../subgraphs/shared/src/request-log-plugin.js';
import type { TokenVerifier } from '../../subgraphs/shared/src/auth/token-verifier.js';
import { REQUEST_ID_HEADER, requestIdOf } from '../../subgraphs/shared/src/context.js';
import { createLogger } from '../../subgraphs/shared/src/logger.js';
import { formatErrorFor } from '../../subgraphs/shared/src/error-format.js';
import { ErrorCode } from '../../subgraphs/shared/src/errors.js';
import { armorFor, bodyErrorHandler } from '../../subgraphs/shared/src/limits.js';
import { listen, type RunningServer } from '../../subgraphs/shared/src/http-listen.js';
import type { GatewayConfig } from './config.js';
import { GatewayMetrics } from './metrics.js';
import { subgraphReadiness } from './readiness.js';
import { type SubgraphHttp, subgraphHttp, SubgraphUnavailableError } from './subgraph-http.js';
import { withoutSecurityFeatures } from './supergraph.js';
import { mountWeb } from './web.js';

export interface GatewayContext {
  requestId: string;
  /** The caller's bearer token, verified here and forwarded: each subgraph verifies it again. */
  authorization: string;
  caller: Caller;
}

/** Codes a subgraph's HTTP status means when its body names none. */
const STATUS_CODES: Record<number, string> = { 400: ErrorCode.BAD_USER_INPUT, 401: ErrorCode.UNAUTHENTICATED, 403: ErrorCode.FORBIDDEN };

type ProcessOptions = Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0];
type ProcessResult = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

/**
 * Calls one agency's subgraph over pooled HTTP, forwarding the request id so one request can
 * be followed through all logs. A subgraph that is down or slower than its timeout answers
 * SUBGRAPH_UNAVAILABLE for its part: the other agencies' data still reaches the client.
 */
class AgencyDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    http: SubgraphHttp,
    private readonly metrics: GatewayMetrics,
  ) {
    super({ url, fetcher: http.fetcher });
  }

  override async process(options: ProcessOptions): Promise<ProcessResult> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const result = await super.process(options);
      this.metrics.subgraphFetch(this.serviceName, seconds(), null);
      return result;
    } catch (error) {
      if (error instanceof SubgraphUnavailableError) {
        this.metrics.subgraphFetch(this.serviceName, seconds(), error.reason);
        return { errors: [{ message: error.message, extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: this.serviceName, reason: error.reason } }] } as ProcessResult;
      }
      this.metrics.subgraphFetch(this.serviceName, seconds(), 'http');
      throw error;
    }
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]): void {
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }

  /**
   * A subgraph refusing a request (HTTP 4xx) explains why in its body; that explanation and
   * its code reach the client, never the raw response (URL, body) the default error carries.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body: unknown = await this.parseBody(response).catch(() => null);
    const first = (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | null)?.errors?.[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : STATUS_CODES[response.status];
    const message = typeof first?.message === 'string' && code ? first.message : `The ${this.serviceName} subgraph answered HTTP ${response.status}`;
    return new GraphQLError(message, { extensions: { code: code ?? ErrorCode.INTERNAL_SERVER_ERROR, serviceName: this.serviceName } });
  }
}

/** Counts the gateway's query-plan cache look-ups (its store is not configurable from outside, so its get is wrapped). */
function countPlanLookups(gateway: ApolloGateway, metrics: GatewayMetrics): void {
  const store = (gateway as unknown as { queryPlanStore?: { get(key: string): Promise<unknown> } }).queryPlanStore;
  if (!store) return;
  const get = store.get.bind(store);
  store.get = async (key) => {
    const plan = await get(key);
    metrics.planLookup(plan !== undefined);
    return plan;
  };
}

export async function startGateway(config: GatewayConfig, verifyToken: TokenVerifier): Promise<RunningServer> {
  const logger = createLogger('gateway');
  const metrics = new GatewayMetrics();
  const pools: SubgraphHttp[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl: withoutSecurityFeatures(readFileSync(config.supergraphPath, 'utf8')),
    // The supergraph names each subgraph's default URL; the configured one wins.
    buildService: ({ name, url }) => {
      const http = subgraphHttp(name, { timeoutMs: config.subgraphTimeoutsMs[name] ?? config.defaultSubgraphTimeoutMs, connections: config.subgraphConnections });
      pools.push(http);
      return new AgencyDataSource(name, config.subgraphUrls[name] ?? url ?? '', http, metrics);
    },
  });
  const app = express();
  const httpServer = http.createServer(app);
  const armor = armorFor(config.limits);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads from a CDN; nothing may leave this machine.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      requestLogPlugin(logger),
      metrics.plugin<GatewayContext>(),
      ...armor.plugins,
    ],
    formatError: formatErrorFor(logger),
    includeStacktraceInErrorResponses: false,
    // The process owns shutdown (close the server, then the database, then exit).
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  countPlanLookups(gateway, metrics);

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_req, res) => {
    const subgraphs = await subgraphReadiness(config.subgraphUrls);
    const degraded = Object.entries(subgraphs).filter(([, state]) => state !== 'ready').map(([name]) => name);
    res.status(degraded.length === 0 ? 200 : 503).json({ status: degraded.length === 0 ? 'ready' : 'degraded', service: 'gateway', schema: 'loaded', subgraphs, degraded });
  });
  // Prometheus scrapes without a token: the metrics carry operation names and timings, nothing personal.
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  mountWeb(app, { guard: process.env.NODE_ENV === 'production' ? requireCaller(verifyToken) : null });
  app.use(
    '/graphql',
    requireCaller(verifyToken),
    express.json({ limit: config.limits.maxBodyBytes }),
    bodyErrorHandler,
    expressMiddleware(apollo, { context: async ({ req, res }) => ({ requestId: requestIdOf(req), authorization: req.headers.authorization ?? '', caller: callerOf(res) }) }),
  );

  return listen(httpServer, config.host, config.port, logger, async () => {
    await apollo.stop();
    await Promise.all(pools.map((pool) => pool.close()));
  });
}
