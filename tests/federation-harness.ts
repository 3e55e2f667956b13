// Starts the real federation for a test: one database per agency (PGlite or PostgreSQL), demo data,
// every subgraph server (the founders' and partners') and the gateway on free ports, talking HTTP.
import '../gateway/src/telemetry-off.js';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Knex } from 'knex';
import { startGateway } from '../gateway/src/gateway.js';
import { DEFAULT_CLIENT_ID } from '../gateway/src/web.js';
import { AGENCIES, type AgencyName, PARTNERS, SUBGRAPHS, type SubgraphName, subgraphInfo } from '#platform/config/agencies.js';
import { signDevToken, type TokenRequest } from '#platform/identity/dev-tokens.js';
import type { Role } from '#platform/identity/identity.js';
import { devKeyFiles, ensureDevKeys, jwksFrom } from '#platform/identity/keys.js';
import { createTokenVerifier } from '#platform/identity/token-verifier.js';
import { readConfig } from '#platform/config/config.js';
import { migrateToLatest, openDatabase } from '#platform/database/db.js';
import { createScratchDatabase, postgresReachable } from '#platform/database/scratch-database.js';
import { limitVariables } from '#platform/server/limits.js';
import { projectRoot } from '#platform/server/paths.js';
import { type RunningServer, startSubgraph } from '#platform/server/server.js';
import { loadDefinition } from '#platform/server/subgraph-modules.js';
import { seedDemoData } from '../scripts/seed/index.js';
import { migratedImage } from './pglite-images.js';
import { seedPartners } from '../scripts/seed/partners.js';
import path from 'node:path';

export type Backend = 'pglite' | 'postgres';

let reachable: Promise<boolean> | undefined;

/** PGlite always; PostgreSQL too when one answers at TEST_POSTGRES_URL (default 127.0.0.1:5432). */
export async function availableBackends(): Promise<Backend[]> {
  reachable ??= postgresReachable();
  return (await reachable) ? ['pglite', 'postgres'] : ['pglite'];
}

export { createScratchDatabase };

export interface AgencyUnderTest {
  db: Knex;
  server: RunningServer;
}

export interface Federation {
  backend: Backend;
  gateway: RunningServer;
  /** Hive Gateway over the same subgraphs, when the options asked for it. */
  hive?: RunningServer;
  agencies: Record<AgencyName, AgencyUnderTest>;
  /** Every subgraph under test by name, partners' included. */
  subgraphs: Record<SubgraphName, AgencyUnderTest>;
  linkageKey: Buffer;
  /** A real signed token from the test issuer; nationwide unless a region is given. */
  tokenFor(role: Role, options?: Partial<Omit<TokenRequest, 'role' | 'issuer'>>): Promise<string>;
  /** POSTs a GraphQL request (to the gateway by default) with a bearer token (a nationwide social worker's by default). */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, url?: string, token?: string | null): Promise<GraphQLBody<T>>;
  stop(): Promise<void>;
}

/** An answer's data read field by field in a test, each field checked by the test's own expectations. */
// biome-ignore lint/suspicious/noExplicitAny: tests walk answers of many shapes and expect() checks each field; typing every query by hand would restate the SDL.
export type LooseData = Record<string, any>;

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string | null,
  extraHeaders: Record<string, string> = {},
): Promise<GraphQLBody<T> & { status: number }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { ...((await response.json()) as GraphQLBody<T>), status: response.status };
}

export const TEST_ISSUER = 'patient-journey-test';
export const TEST_AUDIENCE = 'patient-journey';

export interface FederationOptions {
  people: number;
  seed: number;
  /** A subgraph's own settings instead of its defaults (e.g. the registry's citizen-ID key). */
  settings?: Partial<Record<SubgraphName, unknown>>;
  /** Also start Hive Gateway (the second engine) beside our gateway, with the same subgraphs, tokens and limits. */
  hive?: boolean;
}

export async function startFederation(backend: Backend, options: FederationOptions): Promise<Federation> {
  const cleanups: (() => Promise<void>)[] = [];
  const dbs: Record<SubgraphName, Knex> = {};
  for (const name of SUBGRAPHS) {
    let url: string | undefined;
    if (backend === 'postgres') {
      const scratch = await createScratchDatabase(name);
      cleanups.push(scratch.drop);
      url = scratch.url;
    }
    const embeddedImage = backend === 'pglite' ? await migratedImage(name) : undefined;
    const db = openDatabase({
      urlVariable: subgraphInfo(name).databaseUrlVariable,
      url,
      embeddedDir: 'memory://',
      ...(embeddedImage ? { embeddedImage } : {}),
    });
    cleanups.unshift(() => db.destroy());
    await migrateToLatest(db, subgraphInfo(name).migrationsDir);
    dbs[name] = db;
  }
  const keyDir = mkdtempSync(path.join(tmpdir(), 'pj-test-keys-'));
  cleanups.push(async () => rmSync(keyDir, { recursive: true, force: true }));
  const privateJwk = await ensureDevKeys(keyDir);
  const verifyToken = createTokenVerifier({ keys: jwksFrom(devKeyFiles(keyDir).jwks), issuer: TEST_ISSUER, audience: TEST_AUDIENCE, clockToleranceSeconds: 5 });
  const tokenFor: Federation['tokenFor'] = (role, options = {}) =>
    signDevToken(privateJwk, { region: '000000', audience: TEST_AUDIENCE, ...options, role, issuer: TEST_ISSUER });
  const defaultToken = await tokenFor('SOCIAL_WORKER');

  const linkageKey = randomBytes(32);
  const limits = readConfig(limitVariables, {});
  const founderDbs = Object.fromEntries(AGENCIES.map((name) => [name, dbs[name]!])) as Record<AgencyName, Knex>;
  await seedDemoData(founderDbs, { people: options.people, seed: options.seed, linkageKey });
  await seedPartners(founderDbs.registry, Object.fromEntries(PARTNERS.map((name) => [name, dbs[name]!])), { seed: options.seed });

  const subgraphs: Record<SubgraphName, AgencyUnderTest> = {};
  for (const name of SUBGRAPHS) {
    const loaded = await loadDefinition(name);
    const definition = options.settings?.[name] === undefined ? loaded : { ...loaded, settings: options.settings[name] };
    const server = await startSubgraph(definition, dbs[name]!, { host: '127.0.0.1', port: 0, linkageKey, verifyToken, limits });
    cleanups.unshift(server.close);
    subgraphs[name] = { db: dbs[name]!, server };
  }
  const agencies = Object.fromEntries(AGENCIES.map((name) => [name, subgraphs[name]!])) as Record<AgencyName, AgencyUnderTest>;
  const subgraphUrls = Object.fromEntries(Object.entries(subgraphs).map(([name, { server }]) => [name, server.graphqlUrl]));
  const gateway = await startGateway(
    {
      host: '127.0.0.1',
      port: 0,
      supergraphPath: path.join(projectRoot, 'schema', 'supergraph.graphql'),
      subgraphUrls,
      subgraphTimeoutsMs: {},
      defaultSubgraphTimeoutMs: 10_000,
      subgraphConnections: 16,
      limits,
    },
    verifyToken,
    // The pages sign in at the gateway's dev issuer, which signs with the test key pair.
    {
      clientId: DEFAULT_CLIENT_ID,
      issuer: null,
      devIssuer: { privateJwk, tokenIssuer: TEST_ISSUER, audience: TEST_AUDIENCE, clientId: DEFAULT_CLIENT_ID },
    },
  );
  cleanups.unshift(gateway.close);
  let hive: RunningServer | undefined;
  if (options.hive) {
    // Loaded only when asked for: the other tests never load Hive Gateway.
    const { startHiveGateway } = await import('../gateway/hive/gateway.js');
    hive = await startHiveGateway(
      {
        host: '127.0.0.1',
        port: 0,
        supergraphPath: path.join(projectRoot, 'schema', 'supergraph.graphql'),
        subgraphUrls,
        subgraphTimeoutsMs: Object.fromEntries(SUBGRAPHS.map((name) => [name, 10_000])),
        subgraphConnections: 16,
        limits,
      },
      verifyToken,
    );
    cleanups.unshift(hive.close);
  }

  return {
    backend,
    gateway,
    ...(hive ? { hive } : {}),
    agencies,
    subgraphs,
    linkageKey,
    tokenFor,
    query: (query, variables, url = gateway.graphqlUrl, token = defaultToken) => postGraphQL(url, query, variables, token),
    stop: async () => {
      for (const cleanup of cleanups) await cleanup();
    },
  };
}
