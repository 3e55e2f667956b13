// subgraph:check's access-policy check: a subgraph of this tree declares its access in
// subgraphs/<name>/src/access-policy.ts; every field, mutation and entity key of its SDL needs an
// entry, and the SDL's @requiresScopes/@policy must be the ones the policy generates (npm run compose).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Kind, parse } from 'graphql';
import { entryOf, type PolicyTable } from '#platform/access/policy.js';
import { projectRoot } from '#platform/server/paths.js';
import { withPolicyDirectives } from '../access-sdl.js';
import { blocker, type CheckResult, type Finding } from './check-report.js';

export const TITLE = 'subgraphCheck.title.accessPolicy';

/** The coordinates of an SDL that need an entry: fields of object types (not @external) and `_entities.<key type>`. */
export function sdlCoordinates(sdl: string): string[] {
  const coordinates: string[] = [];
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    if ((definition.directives ?? []).some((d) => d.name.value === 'key')) coordinates.push(`_entities.${definition.name.value}`);
    for (const field of definition.fields ?? []) {
      if (!(field.directives ?? []).some((d) => d.name.value === 'external')) coordinates.push(`${definition.name.value}.${field.name.value}`);
    }
  }
  return coordinates;
}

/** What is wrong between an SDL and its policy table. */
export function accessPolicyFindings(sdl: string, table: PolicyTable, file: string): Finding[] {
  const findings = sdlCoordinates(sdl)
    .filter((coordinate) => !entryOf(table, coordinate))
    .map((coordinate) =>
      blocker(
        `${coordinate} has no entry in the access policy`,
        coordinate,
        `add '${coordinate}' (or '${coordinate.split('.')[0]}.*') to src/access-policy.ts: the roles that need it and their scope rules`,
      ),
    );
  if (findings.length === 0 && withPolicyDirectives(sdl, table) !== sdl) {
    findings.push(
      blocker(
        "the SDL's @requiresScopes/@policy differ from what the access policy generates",
        file,
        'run npm run compose, which writes them from src/access-policy.ts',
      ),
    );
  }
  return findings;
}

/** The check for the subgraph named `name`: skipped for a subgraph that has no policy file in this tree yet. */
export async function checkAccessPolicy(name: string, sdl: string, file: string): Promise<CheckResult> {
  const policyFile = path.join(projectRoot, 'subgraphs', name, 'src', 'access-policy.ts');
  if (!existsSync(policyFile)) {
    return {
      title: TITLE,
      findings: [],
      skipped: `no subgraphs/${name}/src/access-policy.ts: declare the subgraph's access there (npm run subgraph:new writes one)`,
    };
  }
  const module = (await import(pathToFileURL(policyFile).href)) as Record<string, unknown>;
  const table = Object.values(module).find((v): v is PolicyTable => typeof v === 'object' && v !== null && 'rules' in v && 'subgraph' in v);
  if (!table)
    return { title: TITLE, findings: [blocker('src/access-policy.ts exports no policy table', policyFile, 'export the PolicyTable of the subgraph')] };
  return { title: TITLE, findings: accessPolicyFindings(sdl, table, file) };
}
