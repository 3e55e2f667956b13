// docker-compose.yml read against the processes' own configuration: ports, databases, variables and what is published.
import { readFileSync } from 'node:fs';
import { agencyVariables } from '../../scripts/env-table.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allGatewayVariables } from '../../gateway/src/config.js';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS, type SubgraphName, subgraphInfo } from '#platform/config/agencies.js';
import { projectRoot } from '#platform/server/paths.js';
import { subgraphVariables } from '#platform/server/subgraph-config.js';

type Scalar = string | number | boolean | null;

interface ComposeService {
  image?: string;
  command?: string | string[];
  environment?: Record<string, Scalar> | string[];
  volumes?: (string | { type?: string; source?: string; target: string })[];
  ports?: (string | number | { target: number; published?: string | number; host_ip?: string })[];
  healthcheck?: { test: string | string[] };
  depends_on?: string[] | Record<string, { condition?: string }>;
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

// `merge: true` resolves the `<<: *node-service` keys the way Docker Compose does.
const compose = parse(readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as ComposeFile;
const scripts = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** What a shell would have exported for `LINKAGE_KEY=$(openssl rand -hex 32) docker compose up`. */
const SAMPLE_ENV = { LINKAGE_KEY: 'ab'.repeat(32) };

/** Variables that libraries read themselves rather than our config: @apollo/gateway checks this one before sending usage data. */
const GATEWAY_LIBRARY_VARIABLES = ['APOLLO_TELEMETRY_DISABLED'];

/** The package.json scripts that start an Apollo gateway: its own, and the one that starts every process. */
const GATEWAY_SCRIPTS = ['start:gateway', 'start'];

/** Compose's `${NAME}`, `${NAME:-default}` and `${NAME:?error}` interpolation, and `$$` for a literal dollar. */
function interpolate(text: string, env: Record<string, string | undefined>): string {
  const pattern = /\$\$|\$\{(\w+)(?:(:?)([-?])([^}]*))?\}/g;
  return text.replace(
    pattern,
    (match: string, name: string | undefined, colon: string | undefined, operator: string | undefined, argument: string | undefined) => {
      if (match === '$$' || name === undefined) return '$';
      const value = env[name];
      const missing = value === undefined || (colon === ':' && value === '');
      if (!missing) return value;
      if (operator === '?') throw new Error(`${name}: ${argument ?? 'required'}`);
      return operator === '-' ? (argument ?? '') : '';
    },
  );
}

function service(name: string): ComposeService {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
}

function commandOf(definition: ComposeService): string {
  return Array.isArray(definition.command) ? definition.command.join(' ') : (definition.command ?? '');
}

/** The one service whose command is `npm run <script>`, with or without arguments. */
function serviceRunning(script: string): string {
  const names = Object.entries(compose.services)
    .filter(([, definition]) => commandOf(definition) === `npm run ${script}` || commandOf(definition).startsWith(`npm run ${script} `))
    .map(([name]) => name);
  const [name] = names;
  if (name === undefined || names.length > 1) throw new Error(`expected one service running npm run ${script}, found ${names.length}`);
  return name;
}

function environmentOf(definition: ComposeService): Record<string, string> {
  const entries = Array.isArray(definition.environment)
    ? definition.environment.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
    : Object.entries(definition.environment ?? {}).map(([key, value]) => [key, value === null ? '' : String(value)]);
  return Object.fromEntries(entries);
}

function dependenciesOf(definition: ComposeService): Record<string, string> {
  const dependsOn = definition.depends_on ?? {};
  if (Array.isArray(dependsOn)) return Object.fromEntries(dependsOn.map((name) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(dependsOn).map(([name, { condition }]) => [name, condition ?? 'service_started']));
}

function healthcheckOf(definition: ComposeService): string {
  const test = definition.healthcheck?.test ?? '';
  return Array.isArray(test) ? test.join(' ') : test;
}

interface PublishedPort {
  hostIp: string;
  published: string;
  target: string;
}

function publishedPortsOf(definition: ComposeService): PublishedPort[] {
  return (definition.ports ?? []).map((entry) => {
    if (typeof entry === 'object') return { hostIp: entry.host_ip ?? '0.0.0.0', published: String(entry.published ?? ''), target: String(entry.target) };
    const parts = String(entry).split(':');
    const [target = '', published = '', hostIp = '0.0.0.0'] = parts.reverse();
    return { hostIp, published, target };
  });
}

function databaseUrlOf(name: SubgraphName, environment: Record<string, string>): URL {
  const variable = subgraphInfo(name).databaseUrlVariable;
  const raw = environment[variable];
  if (raw === undefined) throw new Error(`${variable} is not set`);
  return new URL(interpolate(raw, SAMPLE_ENV));
}

const seedService = serviceRunning('seed');
const subgraphServices = new Map(SUBGRAPHS.map((name) => [name, serviceRunning(`start:${name}`)]));
const subgraphService = (name: SubgraphName): string => subgraphServices.get(name) ?? '';
const gatewayService = serviceRunning('start:gateway');

describe('docker-compose.yml', () => {
  it('runs only scripts that package.json defines', () => {
    for (const script of ['seed', 'start:gateway', ...SUBGRAPHS.map((name) => `start:${name}`)]) expect(scripts).toHaveProperty([script]);
  });

  describe.each(SUBGRAPHS)('the %s subgraph', (name) => {
    const agency = subgraphInfo(name);
    const definition = service(subgraphService(name));
    const environment = environmentOf(definition);
    const databaseUrl = databaseUrlOf(name, environment);
    const databaseService = databaseUrl.hostname;

    it('listens on its default port on every interface of the container', () => {
      expect(environment[agency.portVariable]).toBe(String(agency.defaultPort));
      expect(environment.HOST).toBe('0.0.0.0');
    });

    it('sets only variables the subgraph process declares', () => {
      const declared = Object.values({ ...subgraphVariables(name), ...agencyVariables[name] }).map((variable) => variable.name);
      expect(declared).toEqual(expect.arrayContaining(Object.keys(environment)));
    });

    it('reaches its own postgres:16 database and no other agency’s', () => {
      expect(databaseUrl.protocol).toBe('postgres:');
      expect(service(databaseService).image).toBe('postgres:16');
      for (const other of SUBGRAPHS.filter((candidate) => candidate !== name)) {
        expect(environment).not.toHaveProperty([subgraphInfo(other).databaseUrlVariable]);
        expect(databaseUrlOf(other, environmentOf(service(subgraphService(other)))).hostname).not.toBe(databaseService);
      }
    });

    it('logs in with the user, password and database its database service creates', () => {
      const database = environmentOf(service(databaseService));
      expect(decodeURIComponent(databaseUrl.username)).toBe(database.POSTGRES_USER ?? 'postgres');
      expect(decodeURIComponent(databaseUrl.password)).toBe(interpolate(database.POSTGRES_PASSWORD ?? '', SAMPLE_ENV));
      expect(databaseUrl.pathname).toBe(`/${database.POSTGRES_DB ?? database.POSTGRES_USER ?? 'postgres'}`);
    });

    it('keeps its database in a named volume and reports it healthy only when pg_isready answers', () => {
      const database = service(databaseService);
      const dataVolume = (database.volumes ?? [])
        .map((entry) => (typeof entry === 'string' ? { source: entry.split(':')[0], target: entry.split(':')[1] } : entry))
        .find((entry) => entry.target === '/var/lib/postgresql/data');
      expect(dataVolume?.source).toBeDefined();
      expect(Object.keys(compose.volumes ?? {})).toContain(dataVolume?.source);
      expect(healthcheckOf(database)).toMatch(/\bpg_isready\b/);
    });

    it('takes LINKAGE_KEY from the environment and refuses to start without it', () => {
      const raw = environment.LINKAGE_KEY ?? '';
      expect(interpolate(raw, SAMPLE_ENV)).toBe(SAMPLE_ENV.LINKAGE_KEY);
      expect(() => interpolate(raw, {})).toThrow(/LINKAGE_KEY: .*64 hex characters/);
    });

    it('starts after its database is healthy and the seed job has finished', () => {
      expect(dependenciesOf(definition)).toEqual({ [databaseService]: 'service_healthy', [seedService]: 'service_completed_successfully' });
    });

    it('reports healthy when /ready answers on its port, asked with node since the slim image has no curl', () => {
      const healthcheck = healthcheckOf(definition);
      expect(healthcheck).toMatch(/\bnode\b.*\bfetch\(/);
      expect(healthcheck).toContain(`:${agency.defaultPort}/ready`);
    });
  });

  it('gives each agency its own database service and volume', () => {
    const databases = SUBGRAPHS.map((name) => databaseUrlOf(name, environmentOf(service(subgraphService(name)))).hostname);
    expect(new Set(databases).size).toBe(SUBGRAPHS.length);
    const volumes = databases.map((database) => JSON.stringify(service(database).volumes));
    expect(new Set(volumes).size).toBe(SUBGRAPHS.length);
  });

  describe('the seed job', () => {
    const definition = service(seedService);
    const environment = environmentOf(definition);

    it('writes to the same databases with the same LINKAGE_KEY as the subgraphs', () => {
      for (const name of SUBGRAPHS) {
        const subgraph = environmentOf(service(subgraphService(name)));
        const variable = subgraphInfo(name).databaseUrlVariable;
        expect(environment[variable]).toBe(subgraph[variable]);
        expect(environment.LINKAGE_KEY).toBe(subgraph.LINKAGE_KEY);
      }
    });

    it('seeds only empty databases, so a second `up` does not duplicate people', () => {
      expect(commandOf(definition)).toMatch(/ --if-empty\b/);
    });

    it('waits for every database to be healthy', () => {
      const databases = SUBGRAPHS.map((name) => databaseUrlOf(name, environment).hostname);
      expect(dependenciesOf(definition)).toEqual(Object.fromEntries(databases.map((database) => [database, 'service_healthy'])));
    });
  });

  describe('the gateway', () => {
    const definition = service(gatewayService);
    const environment = environmentOf(definition);

    it('sets only variables the gateway or its Apollo libraries read', () => {
      const declared = [...Object.values(allGatewayVariables).map((variable) => variable.name), ...GATEWAY_LIBRARY_VARIABLES];
      expect(declared).toEqual(expect.arrayContaining(Object.keys(environment)));
    });

    it('asks each subgraph at its service, on its port, at /graphql', () => {
      for (const name of SUBGRAPHS) {
        const url = new URL(environment[subgraphInfo(name).subgraphUrlVariable] ?? '');
        expect({ host: url.hostname, port: url.port, path: url.pathname }).toEqual({
          host: subgraphService(name),
          port: String(subgraphInfo(name).defaultPort),
          path: '/graphql',
        });
      }
    });

    it('listens on its default port and publishes it on loopback only', () => {
      expect(environment.GATEWAY_PORT).toBe(String(GATEWAY_DEFAULT_PORT));
      expect(environment.HOST).toBe('0.0.0.0');
      expect(publishedPortsOf(definition)).toEqual([{ hostIp: '127.0.0.1', published: String(GATEWAY_DEFAULT_PORT), target: String(GATEWAY_DEFAULT_PORT) }]);
    });

    it('reports healthy when /health answers on its port', () => {
      expect(healthcheckOf(definition)).toMatch(/\bnode\b.*\bfetch\(/);
      expect(healthcheckOf(definition)).toContain(`:${GATEWAY_DEFAULT_PORT}/health`);
    });

    it('starts after every subgraph is healthy', () => {
      expect(dependenciesOf(definition)).toEqual(Object.fromEntries(SUBGRAPHS.map((name) => [subgraphService(name), 'service_healthy'])));
    });
  });

  it('publishes no port but the gateway’s', () => {
    const publishing = Object.entries(compose.services)
      .filter(([, definition]) => publishedPortsOf(definition).length > 0)
      .map(([name]) => name);
    expect(publishing).toEqual([gatewayService]);
  });

  it('turns off Apollo telemetry in every service that runs a gateway', () => {
    const runsGateway = Object.values(compose.services).filter((definition) => GATEWAY_SCRIPTS.some((script) => commandOf(definition) === `npm run ${script}`));
    expect(runsGateway.length).toBeGreaterThan(0);
    for (const definition of runsGateway) expect(environmentOf(definition).APOLLO_TELEMETRY_DISABLED).toBe('true');
  });
});

describe('docker compose: tokens', () => {
  it('gives the gateway and every subgraph the same dev issuer keys, so they verify the same tokens', () => {
    const services = [...SUBGRAPHS.map((name) => serviceRunning(`start:${name}`)), serviceRunning('start:gateway')];
    for (const name of services) {
      const volumes = (compose.services[name] as { volumes?: string[] }).volumes ?? [];
      expect(volumes, name).toContain('dev-keys:/app/.data/keys');
    }
  });
});
