// Boots one subgraph: database, migrations, schema, and an HTTP server with /graphql, /health and /ready.
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import express, { type NextFunction, type Request, type Response } from 'express';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { Knex } from 'knex';
import { type SubgraphName, subgraphInfo } from '#platform/config/agencies.js';
import { enforcePolicy, RequestAccess, type SubgraphPolicy } from '#platform/access/policy-enforcement.js';
import type { FactSources } from '#platform/access/policy.js';
import { applyAnalystView } from '#platform/access/analyst-view.js';
import { negotiatedLanguage } from '#platform/i18n/request-language.js';
import { callerOf, requireCaller } from '#platform/identity/http-auth.js';
import type { Caller } from '#platform/identity/identity.js';
import type { TokenVerifier } from '#platform/identity/token-verifier.js';
import { type RequestContext, requestIdOf } from '#platform/graphql/context.js';
import { formatErrorFor } from '#platform/graphql/error-format.js';
import { armorFor, type Limits } from '#platform/server/limits.js';
import { bodyErrorHandler, jsonBodiesOnly, lastErrorHandler, notFound } from '#platform/server/http-refusals.js';
import { operationGuard } from '#platform/graphql/operation-guard.js';
import { listen, type RunningServer } from '#platform/server/http-listen.js';
import { createLogger } from '#platform/server/logger.js';
import { auditReadsPlugin } from '#platform/audit/audit-plugin.js';
import DataLoader from 'dataloader';
import { auditEntriesByPids, ReadAudit } from '#platform/audit/audit.js';
import { mapToMany } from '#platform/database/batch.js';
import { requestLogPlugin } from '#platform/server/request-log-plugin.js';
import { setCursorKey } from '#platform/graphql/pagination.js';
import { chinaToday } from '#platform/graphql/scalars.js';
import { calendarWarnings } from '#platform/calendar/working-days.js';
import { collectDefaultMetrics, Registry, register } from 'prom-client';

export interface SubgraphDefinition<Loaders, Settings = undefined> {
  /** The SDL is read from the agency's file in schema/, the single source of truth. */
  name: SubgraphName;
  /** The subgraph's resolver map, typed there by its generated `Resolvers`. */
  resolvers: object;
  /** Loaders for one request, already limited to what the caller may see; `request` names the client request the gateway forwards, with the subgraph's settings. */
  createLoaders(db: Knex, caller: Caller, request: { requestId: string; settings: Settings }): Loaders;
  /** The subgraph's access policy (its access-policy.ts): the only place its access is decided. */
  policy: SubgraphPolicy;
  /** How the policy's scope rules look their facts up for one request (through its loaders). */
  factSources?(loaders: Loaders, db: Knex, caller: Caller): FactSources;
  /** The subgraph's own settings, handed to every request's context. */
  settings: Settings;
  /** Brings derived tables in step with the process's data before it serves (the working-day calendar from the holiday data). */
  prepareDatabase?(db: Knex): Promise<void>;
  /** Background work that runs beside the server (the outbox relay); stopped before the server closes. */
  startWorkers?(db: Knex, settings: Settings, worker: WorkerContext): { stop(): Promise<void> };
}

/** What a subgraph's background work is given: the process's metrics registry (served at /metrics). */
export interface WorkerContext {
  metrics: Registry;
}

/** The metrics registry of one subgraph process, with Node's default metrics under the subgraph's prefix. */
export function subgraphMetrics(name: SubgraphName): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: `${name}_` });
  return registry;
}

export interface ServeOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  linkageKey: Buffer;
  /** Subgraphs trust nobody: every call carries a token they verify themselves. */
  verifyToken: TokenVerifier;
  limits: Limits;
  /** Served at /metrics when given (the process's registry, which its outbox relay counts into). */
  metrics?: Registry;
}

export async function startSubgraph<Loaders, Settings>(
  definition: SubgraphDefinition<Loaders, Settings>,
  db: Knex,
  options: ServeOptions,
): Promise<RunningServer> {
  const logger = createLogger(definition.name);
  setCursorKey(options.linkageKey);
  await definition.prepareDatabase?.(db);
  const app = express();
  const httpServer = http.createServer(app);
  const armor = armorFor(options.limits);
  const apollo = new ApolloServer<RequestContext<Loaders, Settings>>({
    // The generated `Resolvers` type is stricter than buildSubgraphSchema's map type and
    // was already checked in the subgraph; the cast only bridges the two declarations.
    schema: applyAnalystView(
      enforcePolicy(
        buildSubgraphSchema({
          typeDefs: parse(readFileSync(subgraphInfo(definition.name).schemaFile, 'utf8')),
          resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
        }),
        definition.policy,
      ),
    ),
    // No field carries a cache hint, so Apollo's cache-control plugin would only wrap every
    // resolver to compute "uncacheable"; it is off, and the route says no-store itself.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      auditReadsPlugin(db, logger),
      requestLogPlugin(logger),
      operationGuard(),
      ...armor.plugins,
    ],
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    formatError: formatErrorFor(logger),
    includeStacktraceInErrorResponses: false,
    // The process owns shutdown (close the server, then the database, then exit).
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: definition.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await db.raw('select 1');
      // Still ready: a warning (the holiday data ends before next year) is for the operator, not the load balancer.
      const warnings = calendarWarnings(chinaToday());
      res.json({ status: 'ready', service: definition.name, ...(warnings.length > 0 ? { warnings } : {}) });
    } catch {
      res.status(503).json({ status: 'unavailable', service: definition.name, reason: 'database unreachable' });
    }
  });
  // Prometheus scrapes without a token: the metrics carry topics, counts and timings, nothing personal.
  // The process's registry (its outbox relay counts into it) with the process-wide one (deadlines computed past the holiday data).
  const registries = options.metrics ? [options.metrics, register] : [register];
  app.get('/metrics', async (_req, res) => {
    const merged = Registry.merge(registries);
    res.type(merged.contentType).send(await merged.metrics());
  });
  app.use(
    '/graphql',
    (_req: Request, res: Response, next: NextFunction) => {
      // Answers hold personal data: no cache may keep them.
      res.setHeader('cache-control', 'no-store');
      next();
    },
    negotiatedLanguage,
    requireCaller(options.verifyToken),
    jsonBodiesOnly,
    express.json({ limit: options.limits.maxBodyBytes }),
    bodyErrorHandler,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const caller = callerOf(res);
        const requestId = requestIdOf(req);
        const audit = new ReadAudit();
        const loaders = definition.createLoaders(db, caller, { requestId, settings: definition.settings });
        return {
          requestId,
          caller,
          db,
          linkageKey: options.linkageKey,
          audit,
          access: new RequestAccess(definition.policy, caller, definition.factSources?.(loaders, db, caller) ?? {}, audit),
          auditEntriesByPid: new DataLoader(async (pids: readonly string[]) => mapToMany(pids, await auditEntriesByPids(db, pids), (r) => r.pid)),
          loaders,
          settings: definition.settings,
        };
      },
    }),
  );
  // Every other path, and any error a handler above passed on, is answered here: express's own pages never are.
  app.use(notFound);
  app.use(lastErrorHandler(logger));

  return listen(httpServer, options.host, options.port, logger, () => apollo.stop());
}

export type { RunningServer } from '#platform/server/http-listen.js';
