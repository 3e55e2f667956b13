// The second engine: Hive Gateway serving the committed supergraph over the same three subgraphs, with our gateway's edge, calls and error rules.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, parse, type ValidationContext } from 'graphql';
import type { TokenVerifier } from '#platform/identity/token-verifier.js';
import { ErrorCode } from '#platform/graphql/errors.js';
import { requestIdOf } from '#platform/graphql/context.js';
import { listen, type RunningServer } from '#platform/server/http-listen.js';
import type { Limits } from '#platform/server/limits.js';
import { createLogger } from '#platform/server/logger.js';
import { subgraphReadiness } from '../src/readiness.js';
import { agencyCalls } from './agency-calls.js';
import { clientErrors } from './client-errors.js';
import type { HiveConfig } from './config.js';
import { createEdge, type EdgeServerContext, identityHeaders } from './edge-identity.js';
import { hiveLogFor } from './hive-log.js';
import { requestLog } from './request-log.js';
import { DEFAULT_LANGUAGE, message } from '#platform/i18n/messages.js';

const GRAPHQL_PATH = '/graphql';

/**
 * graphql-armor's refusal as its Apollo flavour reports it (our gateway's): a validation error
 * with code BAD_USER_INPUT. Its envelop flavour would throw it from validation, which Hive
 * then hides as an internal error.
 */
const refuseAsApolloDoes = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message, { extensions: { code: ErrorCode.BAD_USER_INPUT } })),
  ],
};

/** The same graphql-armor limits as every other server here, as envelop plugins (field suggestions off: they reveal the schema). */
function armorPlugins(limits: Limits): GatewayPlugin[] {
  const { plugins } = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, ...refuseAsApolloDoes },
    maxAliases: { n: limits.maxAliases, ...refuseAsApolloDoes },
    // Counted by graphql-js's own parser instead, as in our gateway (see tokenLimit).
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, ...refuseAsApolloDoes },
    costLimit: { maxCost: limits.maxCost, ...refuseAsApolloDoes },
    // Its Apollo flavour masks `Did you mean "…"` and keeps the "?", the envelop one masks the "?" too.
    blockFieldSuggestion: { enabled: true, mask: '[Suggestion hidden]?' },
  }).protect();
  // Envelop plugins over any context; Hive's plugin type names its own.
  return [...(plugins as GatewayPlugin[]), tokenLimit(limits.maxTokens)];
}

/** The document's token limit as graphql-js's parser applies it (our gateway's message and location), not graphql-armor's envelop flavour. */
function tokenLimit(maxTokens: number): GatewayPlugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => parse(source, { ...options, maxTokens }));
    },
  };
}

export async function startHiveGateway(config: HiveConfig, verifyToken: TokenVerifier): Promise<RunningServer> {
  const logger = createLogger('hive-gateway');
  const edge = createEdge(verifyToken, { graphqlPath: GRAPHQL_PATH, maxBodyBytes: config.limits.maxBodyBytes });
  const calls = agencyCalls({ timeoutsMs: config.subgraphTimeoutsMs, connections: config.subgraphConnections });
  const runtime = createGatewayRuntime<EdgeServerContext>({
    // Hive Gateway reads the security features' directives (it would enforce them with
    // genericAuth); the subgraphs enforce them, so the committed file is served as it is.
    supergraph: readFileSync(config.supergraphPath, 'utf8'),
    // The supergraph names each subgraph's default URL; the configured one wins.
    transportEntries: Object.fromEntries(Object.entries(config.subgraphUrls).map(([name, location]) => [name, { location }])),
    graphqlEndpoint: GRAPHQL_PATH,
    propagateHeaders: { fromClientToSubgraphs: ({ request }) => identityHeaders(edge.identityOf(request)) },
    // Nothing leaves this machine: no usage reporting (reporting unset), no CDN or registry
    // (a local supergraph, never polled), no landing page or GraphiQL (both load from CDNs).
    landingPage: false,
    graphiql: false,
    logging: hiveLogFor(logger),
    // Hive masks before any request language is known: the catalogue's default (Chinese), as our gateway says it by default.
    maskedErrors: { errorMessage: message(DEFAULT_LANGUAGE, 'http.internal'), isDev: false },
    // Our own request id (sanitised by requestIdOf) is forwarded instead of Hive's raw one.
    requestId: false,
    // Apollo Server's rule: a request a browser could send cross-site needs one of these headers.
    csrfPrevention: { requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight'] },
    plugins: () => [edge.plugin, calls.plugin, ...armorPlugins(config.limits), clientErrors(logger), requestLog(logger, edge.identityOf)],
  });

  const httpServer = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', service: 'hive-gateway' }));
      return;
    }
    if (req.method === 'GET' && path === '/ready') {
      void subgraphReadiness(config.subgraphUrls).then((subgraphs) => {
        const degraded = Object.entries(subgraphs)
          .filter(([, state]) => state !== 'ready')
          .map(([name]) => name);
        res.writeHead(degraded.length === 0 ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: degraded.length === 0 ? 'ready' : 'degraded', service: 'hive-gateway', schema: 'loaded', subgraphs, degraded }));
      });
      return;
    }
    void runtime.handle(req, res, { requestId: requestIdOf(req) });
  });
  // Load the supergraph before accepting requests, so a broken file stops the start.
  await runtime.getSchema();

  return listen(httpServer, config.host, config.port, logger, async () => {
    await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    await runtime.dispose();
    await calls.close();
  });
}
