// Loads a subgraph's own modules by the folder conventions of subgraphs/<name>/: its definition,
// its settings' variables and, for a partner, its demo data. Tools and tests reach every subgraph,
// a partner's included, through these conventions rather than through imports of their code.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Knex } from 'knex';
import { type SubgraphName, subgraphInfo } from '#platform/config/agencies.js';
import type { Variable } from '#platform/config/config.js';
import type { SubgraphDefinition } from '#platform/server/server.js';

const isDefinition = (value: unknown, name: string): value is SubgraphDefinition<unknown, unknown> =>
  typeof value === 'object' && value !== null && (value as { name?: unknown }).name === name && 'resolvers' in value && 'createLoaders' in value;

const isVariable = (value: unknown): value is Variable<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string' && 'schema' in value && 'description' in value;

/** The `SubgraphDefinition` that `src/subgraph.ts` exports (the export whose `name` is the subgraph's). */
export async function loadDefinition(name: SubgraphName): Promise<SubgraphDefinition<unknown, unknown>> {
  const module = (await import(pathToFileURL(subgraphInfo(name).definitionFile).href)) as Record<string, unknown>;
  const definition = Object.values(module).find((value) => isDefinition(value, name));
  if (!definition) throw new Error(`subgraphs/${name}/src/subgraph.ts exports no SubgraphDefinition named "${name}"`);
  return definition;
}

/** The variables `src/settings.ts` declares (every export named `…Variables`), or none. */
export async function loadSettingsVariables(name: SubgraphName): Promise<Record<string, Variable<unknown>>> {
  const file = subgraphInfo(name).settingsFile;
  if (!existsSync(file)) return {};
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const variables: Record<string, Variable<unknown>> = {};
  for (const [exported, value] of Object.entries(module)) {
    if (!exported.endsWith('Variables') || typeof value !== 'object' || value === null) continue;
    for (const [key, candidate] of Object.entries(value)) if (isVariable(candidate)) variables[key] = candidate;
  }
  return variables;
}

/** A person of the demo data, as the registry holds them: what a partner's demo rows may refer to. */
export interface DemoPerson {
  pid: string;
  countyCode: string;
  /** Current risk grade, 0-5. */
  riskGrade: number;
  registeredOn: string;
  managementStatus: string;
}

/** What a partner's `src/seed.ts` exports so that `npm start` and the tests fill its database. */
export interface PartnerDemoSeed {
  /** The tables its demo data fills, parent first: checked for emptiness and emptied by `--reset`. */
  demoTables: readonly string[];
  /** Writes the demo rows for these people in one transaction; the same people and seed give the same rows. */
  seedDemo(db: Knex, people: readonly DemoPerson[], options: { seed: number; today: string }): Promise<Record<string, number>>;
}

/** A partner's demo-data module, when it has one. */
export async function loadDemoSeed(name: SubgraphName): Promise<PartnerDemoSeed | undefined> {
  const file = subgraphInfo(name).seedFile;
  if (!existsSync(file)) return undefined;
  const module = (await import(pathToFileURL(file).href)) as Partial<PartnerDemoSeed>;
  if (!Array.isArray(module.demoTables) || typeof module.seedDemo !== 'function') {
    throw new Error(`subgraphs/${name}/src/seed.ts must export demoTables and seedDemo`);
  }
  return { demoTables: module.demoTables, seedDemo: module.seedDemo };
}
