// Prints docs/operators.md's table of environment variables from the processes' own declarations.
import { allGatewayVariables, subgraphEndpointVariables } from '../gateway/src/config.js';
import { hiveVariables } from '../gateway/hive/config.js';
import { SUBGRAPHS, type SubgraphName } from '#platform/config/agencies.js';
import { localeVariable, type Variable } from '#platform/config/config.js';
import { authVariables } from '#platform/identity/auth-config.js';
import { allSubgraphVariables } from '#platform/server/subgraph-config.js';
import { loadSettingsVariables } from '#platform/server/subgraph-modules.js';
import { startVariables } from './start-config.js';

/** Each subgraph's own settings (its src/settings.ts), beside the variables every subgraph reads. */
export const agencyVariables: Record<SubgraphName, Record<string, Variable<unknown>>> = Object.fromEntries(
  await Promise.all(SUBGRAPHS.map(async (name) => [name, await loadSettingsVariables(name)] as const)),
);

/** Every variable once, with the processes that read it. */
export function environmentTable(): string {
  const rows = new Map<string, { variable: Variable<unknown>; readers: string[] }>();
  const add = (reader: string, variables: Record<string, Variable<unknown>>) => {
    for (const variable of Object.values(variables)) {
      const row = rows.get(variable.name) ?? { variable, readers: [] };
      row.readers.push(reader);
      rows.set(variable.name, row);
    }
  };
  for (const name of SUBGRAPHS) add(name, { ...allSubgraphVariables(name), ...agencyVariables[name] });
  add('gateway', { ...allGatewayVariables, ...authVariables });
  add('hive gateway', { ...hiveVariables, ...subgraphEndpointVariables, ...authVariables });
  add('npm start', startVariables);
  add('every script and server', { locale: localeVariable() });
  const lines = ['| Variable | Read by | Default | Meaning |', '|---|---|---|---|'];
  for (const { variable, readers } of rows.values()) {
    lines.push(`| \`${variable.name}\` | ${readers.join(', ')} | ${variable.defaultText ? `\`${variable.defaultText}\`` : '—'} | ${variable.description} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${environmentTable()}\n`);
