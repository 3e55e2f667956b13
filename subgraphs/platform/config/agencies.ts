// The subgraphs of the graph, their default ports and the variables that configure them: one list for
// every script. Each subgraph declares itself in `subgraphs/<name>/subgraph.json`; a partner agency's
// subgraph joins the list by adding its folder, without a line of the founders' code changing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '#platform/server/paths.js';

/** The three agencies the graph was founded on; their demo data comes from one generator. */
export const AGENCIES = ['registry', 'welfare', 'employment'] as const;
export type AgencyName = (typeof AGENCIES)[number];

/** Any subgraph's name: a founder's or a partner's. */
export type SubgraphName = string;

export const MANIFEST_FILE = 'subgraph.json';

/** What `subgraphs/<name>/subgraph.json` holds. */
export const manifestSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9]{1,30}$/, 'lower-case letters and digits, starting with a letter'),
  /** The agency behind the subgraph, upper snake case (e.g. HEALTH, POLITICAL_LEGAL_COMMITTEE). */
  agency: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'upper snake case'),
  port: z.number().int().min(1024).max(65535),
  description: z.string().min(1),
});
export type SubgraphManifest = z.infer<typeof manifestSchema>;

export interface AgencyInfo {
  name: SubgraphName;
  /** The agency behind the subgraph, as the manifest names it. */
  agency: string;
  description: string;
  defaultPort: number;
  portVariable: string;
  databaseUrlVariable: string;
  /** The gateway's variable for this subgraph's GraphQL URL. */
  subgraphUrlVariable: string;
  /** The gateway's variable for this subgraph's own timeout. */
  timeoutVariable: string;
  /** The subgraph's folder, project-relative (`subgraphs/<name>`). */
  dir: string;
  migrationsDir: string;
  schemaFile: string;
  /** Project-relative entry point of the subgraph's process. */
  serverFile: string;
  /** Exports the subgraph's `SubgraphDefinition`; tests and tools load it. */
  definitionFile: string;
  /** Optional: exports the subgraph's own variables (`…Variables`) for docs/operators.md's table. */
  settingsFile: string;
  /** Optional, partners only: writes the subgraph's demo rows for the demo people (see scripts/seed/partners.ts). */
  seedFile: string;
  founder: boolean;
}

export function agencyInfo(manifest: SubgraphManifest): AgencyInfo {
  const upper = manifest.name.toUpperCase();
  const dir = path.posix.join('subgraphs', manifest.name);
  return {
    name: manifest.name,
    agency: manifest.agency,
    description: manifest.description,
    defaultPort: manifest.port,
    portVariable: `${upper}_PORT`,
    databaseUrlVariable: `DATABASE_URL_${upper}`,
    subgraphUrlVariable: `${upper}_URL`,
    timeoutVariable: `${upper}_TIMEOUT_MS`,
    dir,
    migrationsDir: path.join(projectRoot, dir, 'migrations'),
    schemaFile: path.join(projectRoot, 'schema', `${manifest.name}.graphql`),
    serverFile: path.posix.join(dir, 'src', 'server.ts'),
    definitionFile: path.join(projectRoot, dir, 'src', 'subgraph.ts'),
    settingsFile: path.join(projectRoot, dir, 'src', 'settings.ts'),
    seedFile: path.join(projectRoot, dir, 'src', 'seed.ts'),
    founder: (AGENCIES as readonly string[]).includes(manifest.name),
  };
}

/** Reads every `subgraphs/*\/subgraph.json`; a bad manifest stops every script with its file named. */
export function discoverAgencies(root: string = projectRoot): AgencyInfo[] {
  const base = path.join(root, 'subgraphs');
  const infos: AgencyInfo[] = [];
  for (const entry of readdirSync(base, { withFileTypes: true })) {
    const file = path.join(base, entry.name, MANIFEST_FILE);
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success)
      throw new Error(
        `subgraphs/${entry.name}/${MANIFEST_FILE}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
    if (parsed.data.name !== entry.name) throw new Error(`subgraphs/${entry.name}/${MANIFEST_FILE}: name "${parsed.data.name}" must equal its folder's name`);
    infos.push(agencyInfo(parsed.data));
  }
  // Founders first, in their order; partners after them by port.
  const rank = (info: AgencyInfo) => (info.founder ? (AGENCIES as readonly string[]).indexOf(info.name) : AGENCIES.length);
  infos.sort((a, b) => rank(a) - rank(b) || a.defaultPort - b.defaultPort);
  const ports = new Map<number, string>();
  for (const info of infos) {
    const other = ports.get(info.defaultPort);
    if (other) throw new Error(`subgraphs ${other} and ${info.name} both claim port ${info.defaultPort} in their ${MANIFEST_FILE}`);
    ports.set(info.defaultPort, info.name);
  }
  return infos;
}

const discovered = discoverAgencies();
for (const founder of AGENCIES) {
  if (!discovered.some((info) => info.name === founder)) throw new Error(`subgraphs/${founder}/${MANIFEST_FILE} is missing`);
}

/** Every subgraph of the graph: the founders, then partners. */
export const SUBGRAPHS: readonly SubgraphName[] = discovered.map((info) => info.name);

/** Partner agencies' subgraphs: everything that is not a founder. */
export const PARTNERS: readonly SubgraphName[] = discovered.filter((info) => !info.founder).map((info) => info.name);

const byName: Readonly<Partial<Record<SubgraphName, AgencyInfo>>> = Object.fromEntries(discovered.map((info) => [info.name, info]));

/** The founders' facts by name. */
export const AGENCY_INFO = Object.fromEntries(AGENCIES.map((name) => [name, byName[name]])) as Readonly<Record<AgencyName, AgencyInfo>>;

/** Any subgraph's facts; an unknown name is a programming error. */
export function subgraphInfo(name: SubgraphName): AgencyInfo {
  const info = byName[name];
  if (!info) throw new Error(`no subgraph named ${name} (subgraphs/${name}/${MANIFEST_FILE} is missing)`);
  return info;
}

export const GATEWAY_DEFAULT_PORT = 4000;
