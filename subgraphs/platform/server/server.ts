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
import { enforceAccessDirectives, type Policy } from '#platform/access/access-directives.js';
import { applyAnalystView } from '#platform/access/analyst-view.js';
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

export interface SubgraphDefinition<Loaders, Settings = undefined> {
  /** The SDL is read from the agency's file in schema/, the single source of truth. */
  name: SubgraphName;
  /** The subgraph's resolver map, typed there by its generated `Resolvers`. */
  resolvers: object;
  /** Loaders for one request, already limited to what the caller may see; `request` names the client request the gateway forwards. */
  createLoaders(db: Knex, caller: Caller, request: { requestId: string }): Loaders;
  /** The named rules the SDL's @policy directives refer to. */
  policies?: Record<string, Policy>;
  /** The subgraph's own settings, handed to every request's context. */
  settings: Settings;
  /** Background work that runs beside the server (an outbox importer); stopped before the server closes. */
  startWorkers?(db: Knex, settings: Settings): { stop(): Promise<void> };
}

export interface ServeOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  linkageKey: Buffer;
  /** Subgraphs trust nobody: every call carries a token they verify themselves. */
  verifyToken: TokenVerifier;
  limits: Limits;
}

export async function startSubgraph<Loaders, Settings>(
  definition: SubgraphDefinition<Loaders, Settings>,
  db: Knex,
  options: ServeOptions,
): Promise<RunningServer> {
  const logger = createLogger(definition.name);
  setCursorKey(options.linkageKey);
  const app = express();
  const httpServer = http.createServer(app);
  const armor = armorFor(options.limits);
  const apollo = new ApolloServer<RequestContext<Loaders, Settings>>({
    // The generated `Resolvers` type is stricter than buildSubgraphSchema's map type and
    // was already checked in the subgraph; the cast only bridges the two declarations.
    schema: applyAnalystView(
      enforceAccessDirectives(
        buildSubgraphSchema({
          typeDefs: parse(readFileSync(subgraphInfo(definition.name).schemaFile, 'utf8')),
          resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
        }),
        definition.policies ?? {},
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
      res.json({ status: 'ready', service: definition.name });
    } catch {
      res.status(503).json({ status: 'unavailable', service: definition.name, reason: 'database unreachable' });
    }
  });
  app.use(
    '/graphql',
    (_req: Request, res: Response, next: NextFunction) => {
      // Answers hold personal data: no cache may keep them.
      res.setHeader('cache-control', 'no-store');
      next();
    },
    requireCaller(options.verifyToken),
    jsonBodiesOnly,
    express.json({ limit: options.limits.maxBodyBytes }),
    bodyErrorHandler,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const caller = callerOf(res);
        const requestId = requestIdOf(req);
        return {
          requestId,
          caller,
          db,
          linkageKey: options.linkageKey,
          audit: new ReadAudit(),
          auditEntriesByPid: new DataLoader(async (pids: readonly string[]) => mapToMany(pids, await auditEntriesByPids(db, pids), (r) => r.pid)),
          loaders: definition.createLoaders(db, caller, { requestId }),
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
