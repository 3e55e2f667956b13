// The federation gateway: serves the committed supergraph over the agencies' subgraphs, and a new one as soon as it is committed.
import './telemetry-off.js';
import http from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
  ApolloServerPluginSchemaReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import { negotiatedLanguage, t } from '#platform/i18n/request-language.js';
import { callerOf, requireCaller } from '#platform/identity/http-auth.js';
import type { Caller } from '#platform/identity/identity.js';
import { requestLogPlugin } from '#platform/server/request-log-plugin.js';
import type { TokenVerifier } from '#platform/identity/token-verifier.js';
import { REQUEST_ID_HEADER, requestIdOf } from '#platform/graphql/context.js';
import { createLogger } from '#platform/server/logger.js';
import { formatErrorFor } from '#platform/graphql/error-format.js';
import { ErrorCode } from '#platform/graphql/errors.js';
import { armorFor } from '#platform/server/limits.js';
import { bodyErrorHandler, jsonBodiesOnly, lastErrorHandler, notFound } from '#platform/server/http-refusals.js';
import { operationGuard } from '#platform/graphql/operation-guard.js';
import { listen, type RunningServer } from '#platform/server/http-listen.js';
import { type GatewayConfig, gatewayVariables } from './config.js';
import { GatewayMetrics } from './metrics.js';
import { gatewayReadiness } from './readiness.js';
import { type SubgraphHttp, subgraphHttp, SubgraphUnavailableError } from './subgraph-http.js';
import { supergraphFromFile, type SupergraphVersion } from './supergraph-watch.js';
import { DEV_ISSUER_PATH, type DevIssuerOptions, devIssuer } from './dev-issuer.js';
import { mountWeb, type SignInSettings } from './web.js';

export interface GatewayContext {
  requestId: string;
  /** The caller's bearer token, verified here and forwarded: each subgraph verifies it again. */
  authorization: string;
  /** The caller's Accept-Language, forwarded: each subgraph answers in the caller's language. */
  acceptLanguage: string;
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
        return {
          errors: [{ message: error.message, extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: this.serviceName, reason: error.reason } }],
        } as ProcessResult;
      }
      this.metrics.subgraphFetch(this.serviceName, seconds(), 'http');
      throw error;
    }
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]): void {
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    if (context.acceptLanguage) request.http?.headers.set('accept-language', context.acceptLanguage);
  }

  /**
   * A subgraph refusing a request (HTTP 4xx) explains why in its body; that explanation and
   * its code reach the client, never the raw response (URL, body) the default error carries.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body: unknown = await this.parseBody(response).catch(() => null);
    const first = (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | null)?.errors?.[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : STATUS_CODES[response.status];
    const message =
      typeof first?.message === 'string' && code ? first.message : t('http.subgraphStatus', { service: this.serviceName, status: response.status });
    return new GraphQLError(message, { extensions: { code: code ?? ErrorCode.INTERNAL_SERVER_ERROR, serviceName: this.serviceName } });
  }
}

/**
 * One data source, so one connection pool, per subgraph: built when a supergraph first names the
 * subgraph, kept across reloads while its URL stays (the configured URL wins over the one the
 * supergraph records). A subgraph that leaves the supergraph keeps its pool: @apollo/gateway keeps
 * its data source too and reuses it if the subgraph comes back, and an idle pool's connections
 * close by themselves after their keep-alive. A pool whose URL changed is closed after a grace
 * period, once the requests planned before the change are over.
 */
class AgencyDataSources {
  private readonly current = new Map<string, { url: string; source: AgencyDataSource; http: SubgraphHttp }>();
  private readonly retiring = new Map<SubgraphHttp, NodeJS.Timeout>();

  constructor(
    private readonly config: GatewayConfig,
    private readonly metrics: GatewayMetrics,
  ) {}

  urlOf(name: string, recordedUrl: string | undefined): string {
    return this.config.subgraphUrls[name] ?? recordedUrl ?? '';
  }

  /** The gateway's buildService: called for each subgraph of a supergraph whose recorded URL is new to the gateway. */
  sourceFor(name: string, recordedUrl: string | undefined): AgencyDataSource {
    const url = this.urlOf(name, recordedUrl);
    const existing = this.current.get(name);
    if (existing?.url === url) return existing.source;
    if (existing) this.retire(existing.http);
    const timeoutMs = this.config.subgraphTimeoutsMs[name] ?? this.config.defaultSubgraphTimeoutMs;
    const pool = subgraphHttp(name, { timeoutMs, connections: this.config.subgraphConnections });
    const source = new AgencyDataSource(name, url, pool, this.metrics);
    this.current.set(name, { url, source, http: pool });
    return source;
  }

  private retire(pool: SubgraphHttp): void {
    // A request waits at most the timeout per fetch; its plan has a few fetches one after another.
    const longest = Math.max(this.config.defaultSubgraphTimeoutMs, ...Object.values(this.config.subgraphTimeoutsMs));
    const timer = setTimeout(() => {
      this.retiring.delete(pool);
      void pool.close();
    }, 4 * longest);
    timer.unref();
    this.retiring.set(pool, timer);
  }

  async close(): Promise<void> {
    for (const timer of this.retiring.values()) clearTimeout(timer);
    const pools = [...this.retiring.keys(), ...[...this.current.values()].map((entry) => entry.http)];
    this.retiring.clear();
    this.current.clear();
    await Promise.all(pools.map((pool) => pool.close()));
  }
}

/** The counting look-ups already in place, so a second call does not count twice. */
const countingLookups = new WeakSet<object>();

/**
 * Counts the gateway's query-plan cache look-ups (its store is not configurable from outside, so
 * its get is wrapped). A reload clears the store and keeps it (@apollo/gateway 2.14); this runs
 * again after each reload anyway, in case a later version replaces the store.
 */
function countPlanLookups(gateway: ApolloGateway, metrics: GatewayMetrics): void {
  const store = (gateway as unknown as { queryPlanStore?: { get(key: string): Promise<unknown> } }).queryPlanStore;
  if (!store || countingLookups.has(store.get)) return;
  const get = store.get.bind(store);
  const counting = async (key: string) => {
    const plan = await get(key);
    metrics.planLookup(plan !== undefined);
    return plan;
  };
  countingLookups.add(counting);
  store.get = counting;
}

/** How much of the supergraph file's sha256 the logs, /metrics and /ready show. */
const HASH_DIGITS = 12;

/** An error's first line, short: a supergraph file holds no personal data, but a log line stays small. */
const summaryOf = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0]!.slice(0, 300);

/** How the pages sign in: a real identity provider (issuer set) or, in development, the gateway's own dev issuer. */
export interface GatewaySignIn extends SignInSettings {
  devIssuer?: DevIssuerOptions;
}

export async function startGateway(config: GatewayConfig, verifyToken: TokenVerifier, signIn?: GatewaySignIn): Promise<RunningServer> {
  const logger = createLogger('gateway');
  const metrics = new GatewayMetrics();
  const dataSources = new AgencyDataSources(config, metrics);
  let served: SupergraphVersion | undefined;
  const gateway: ApolloGateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile({
      path: config.supergraphPath,
      pollMs: config.supergraphPollMs ?? gatewayVariables.supergraphPollMs.schema.parse(undefined),
      onLoaded(version, reloaded) {
        served = version;
        const supergraph = version.hash.slice(0, HASH_DIGITS);
        metrics.supergraphLoaded(supergraph, reloaded);
        if (reloaded) countPlanLookups(gateway, metrics);
        logger.info({ supergraph, subgraphs: version.subgraphs.map((subgraph) => subgraph.name) }, reloaded ? 'supergraph reloaded' : 'supergraph loaded');
      },
      onRejected(error, hash) {
        metrics.supergraphRejected();
        logger.error({ supergraph: hash.slice(0, HASH_DIGITS), error: summaryOf(error) }, 'supergraph rejected; the previous one stays in service');
      },
      onWatchError(error) {
        logger.warn({ error: summaryOf(error) }, 'supergraph watch failed; polling the file still picks up changes');
      },
    }),
    // Always, not only outside production: a reload must refuse a supergraph that would fail later, per request.
    validateSupergraph: true,
    // The supergraph names each subgraph's default URL; the configured one wins.
    buildService: ({ name, url }) => dataSources.sourceFor(name, url),
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
      operationGuard(),
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
    // The subgraphs of the supergraph in service, which a reload may have changed.
    const subgraphs = served?.subgraphs ?? [];
    const readiness = await gatewayReadiness(
      Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, dataSources.urlOf(subgraph.name, subgraph.url)])),
      served?.hash.slice(0, HASH_DIGITS) ?? '',
    );
    res.status(readiness.status === 'ready' ? 200 : 503).json(readiness);
  });
  // Prometheus scrapes without a token: the metrics carry operation names and timings, nothing personal.
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  if (signIn?.devIssuer) app.use(DEV_ISSUER_PATH, devIssuer(signIn.devIssuer));
  mountWeb(app, signIn ? { signIn: { clientId: signIn.clientId, issuer: signIn.issuer } } : {});
  app.use(
    '/graphql',
    negotiatedLanguage,
    requireCaller(verifyToken),
    jsonBodiesOnly,
    express.json({ limit: config.limits.maxBodyBytes }),
    bodyErrorHandler,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        requestId: requestIdOf(req),
        authorization: req.headers.authorization ?? '',
        acceptLanguage: req.headers['accept-language'] ?? '',
        caller: callerOf(res),
      }),
    }),
  );
  // Every other path, and any error a handler above passed on, is answered here: express's own pages never are.
  app.use(notFound);
  app.use(lastErrorHandler(logger));

  return listen(httpServer, config.host, config.port, logger, async () => {
    await apollo.stop();
    await dataSources.close();
  });
}
