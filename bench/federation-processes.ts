// The three subgraphs, our gateway, Hive Gateway and the floor as real child processes on free loopback ports, stopped together.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AGENCIES, AGENCY_INFO, type AgencyName, PARTNERS, subgraphInfo } from '#platform/config/agencies.js';
import { projectRoot } from '#platform/server/paths.js';
import { freePort } from '../tests/processes.js';
import { type CpuSnapshot, postgresCpuMs } from './cpu-time.js';
import { ServerProcess } from './server-process.js';

const READY_TIMEOUT_MS = 120_000;
const HIVE_SCRIPT = 'start:hive';
/** How long the gateways wait for a subgraph during the bench (as long as autocannon waits for an answer). */
export const SUBGRAPH_TIMEOUT_MS = 120_000;

export interface FederationOptions {
  databaseUrls: Record<AgencyName, string>;
  linkageKey: Buffer;
  /** Where the dev issuer keys are (generated there before the start). */
  dataDir: string;
  /** Start Hive Gateway on the same subgraphs (when package.json has start:hive). */
  hive?: boolean;
  /** Start the floor (direct SQL over HTTP, bench/floor/server.ts). */
  floor?: boolean;
  /** Extra Node flags per server (e.g. --cpu-prof for a subgraph), by process name. */
  nodeFlags?: Partial<Record<AgencyName | 'gateway' | 'floor', readonly string[]>>;
}

export interface FederationUrls {
  gateway: string;
  /** Null when Hive Gateway was not asked for or has no start script. */
  hive: string | null;
  /** The floor's base URL (routes below it), or null. */
  floor: string | null;
  subgraphs: Record<AgencyName, string>;
}

const graphqlUrl = (port: number): string => `http://127.0.0.1:${port}/graphql`;

/** The command of `npm run start:hive`, or null while the script does not exist. */
export function hiveStartScript(): string | null {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return pkg.scripts?.[HIVE_SCRIPT] ?? null;
}

async function waitUntilReady(server: ServerProcess, port: number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!server.running) throw new Error(`${server.name} exited during start-up; stderr: ${server.stderrTail()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${server.name} was not ready within ${READY_TIMEOUT_MS / 1000} s`);
}

/** Starts the federation; `stop` ends whatever was started, also after a failed or interrupted start. */
export class FederationProcesses {
  private readonly servers: ServerProcess[] = [];
  private env: NodeJS.ProcessEnv = {};

  async start(options: FederationOptions): Promise<FederationUrls> {
    const ports = {
      registry: await freePort(),
      welfare: await freePort(),
      employment: await freePort(),
      gateway: await freePort(),
      hive: await freePort(),
      floor: await freePort(),
    };
    const subgraphs = Object.fromEntries(AGENCIES.map((name) => [name, graphqlUrl(ports[name])])) as Record<AgencyName, string>;
    const env: NodeJS.ProcessEnv = {
      HOST: '127.0.0.1',
      GATEWAY_PORT: String(ports.gateway),
      HIVE_PORT: String(ports.hive),
      FLOOR_PORT: String(ports.floor),
      LINKAGE_KEY: options.linkageKey.toString('hex'),
      DATA_DIR: options.dataDir,
      LOG_LEVEL: 'warn',
      // No background work during a measurement: the importer and the employment sync poll otherwise.
      OUTBOX_RELAY_INTERVAL_MS: '0',
      APOLLO_TELEMETRY_DISABLED: 'true',
      // A province's indicators take seconds per statement, more under load: both gateways wait
      // for them instead of answering without the agency after the default 5 s.
      SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS),
      REGISTRY_TIMEOUT_MS: undefined,
      WELFARE_TIMEOUT_MS: undefined,
      EMPLOYMENT_TIMEOUT_MS: undefined,
      // The servers must trust the dev keys in DATA_DIR, whatever the calling shell says.
      AUTH_JWKS: undefined,
      AUTH_ISSUER: undefined,
      AUTH_AUDIENCE: undefined,
      LOG_FILE: undefined,
      SUPERGRAPH_PATH: undefined,
    };
    for (const name of AGENCIES) {
      const info = AGENCY_INFO[name];
      env[info.databaseUrlVariable] = options.databaseUrls[name];
      env[info.portVariable] = String(ports[name]);
      env[info.subgraphUrlVariable] = subgraphs[name];
    }
    // Partner agencies' subgraphs are in the supergraph too (the gateways report not ready
    // without them); no bench query reads them, so they run on empty embedded databases.
    const partnerPorts: number[] = [];
    for (const name of PARTNERS) {
      const info = subgraphInfo(name);
      const port = await freePort();
      partnerPorts.push(port);
      env[info.portVariable] = String(port);
      env[info.subgraphUrlVariable] = graphqlUrl(port);
      env[info.databaseUrlVariable] = undefined;
    }
    this.env = env;
    const flags = options.nodeFlags ?? {};
    const agencies = AGENCIES.map((name) => this.launch(ServerProcess.node(name, `subgraphs/${name}/src/server.ts`, env, flags[name])));
    const partners = PARTNERS.map((name) => this.launch(ServerProcess.node(name, subgraphInfo(name).serverFile, env)));
    await Promise.all([
      ...agencies.map((server, index) => waitUntilReady(server, ports[AGENCIES[index]!])),
      ...partners.map((server, index) => waitUntilReady(server, partnerPorts[index]!)),
    ]);
    const edge: Promise<void>[] = [waitUntilReady(this.launch(ServerProcess.node('gateway', 'gateway/src/server.ts', env, flags.gateway)), ports.gateway)];
    const hiveScript = options.hive ? hiveStartScript() : null;
    if (hiveScript !== null) edge.push(waitUntilReady(this.launch(hiveProcess(hiveScript, env)), ports.hive));
    if (options.floor) edge.push(waitUntilReady(this.launch(ServerProcess.node('floor', 'bench/floor/server.ts', env, flags.floor)), ports.floor));
    await Promise.all(edge);
    return {
      gateway: graphqlUrl(ports.gateway),
      hive: hiveScript === null ? null : graphqlUrl(ports.hive),
      floor: options.floor ? `http://127.0.0.1:${ports.floor}` : null,
      subgraphs,
    };
  }

  /**
   * A second instance of our gateway under `node --cpu-prof`, on the same subgraphs; the
   * profile is written to `profileDir` when it stops.
   */
  async startProfiledGateway(profileDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
    const port = await freePort();
    const server = this.launch(
      ServerProcess.node('gateway (profiled)', 'gateway/src/server.ts', { ...this.env, GATEWAY_PORT: String(port) }, [
        '--cpu-prof',
        `--cpu-prof-dir=${profileDir}`,
      ]),
    );
    await waitUntilReady(server, port);
    return { url: graphqlUrl(port), stop: () => server.stop() };
  }

  /** Stops one server and forgets it (Hive Gateway when it answers no GraphQL). */
  async drop(name: string): Promise<void> {
    const index = this.servers.findIndex((server) => server.name === name);
    if (index === -1) return;
    const [server] = this.servers.splice(index, 1);
    await server!.stop();
  }

  /** Peak resident memory (VmHWM) of each running server, by name. */
  peakMemory(): Record<string, number | null> {
    return Object.fromEntries(this.servers.filter((s) => !s.name.includes('profiled')).map((s) => [s.name, s.peakMemoryBytes()]));
  }

  /** CPU ms used so far by each running server, by name, and by the local PostgreSQL ('postgres'). */
  cpuSnapshot(): CpuSnapshot {
    const snapshot: CpuSnapshot = {};
    for (const server of this.servers) {
      const ms = server.name.includes('profiled') ? null : server.cpuMs();
      if (ms !== null) snapshot[server.name] = ms;
    }
    const postgres = postgresCpuMs();
    if (postgres !== null) snapshot.postgres = postgres;
    return snapshot;
  }

  /** Names of the processes that are no longer running (the profiled gateway is stopped on purpose). */
  exited(): string[] {
    return this.servers.filter((s) => !s.running && !s.name.includes('profiled')).map((s) => s.name);
  }

  /** Stops every server still running. */
  async stop(): Promise<void> {
    await Promise.all(this.servers.map((server) => server.stop()));
  }

  private launch(server: ServerProcess): ServerProcess {
    this.servers.push(server);
    return server;
  }
}

/** `tsx <file>` runs under this Node directly (so its own memory is measured); anything else through npm. */
function hiveProcess(script: string, env: NodeJS.ProcessEnv): ServerProcess {
  const plain = /^tsx\s+(\S+\.ts)$/.exec(script.trim());
  return plain ? ServerProcess.node('hive', plain[1]!, env) : ServerProcess.npmScript('hive', HIVE_SCRIPT, env);
}
