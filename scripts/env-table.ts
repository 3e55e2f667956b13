// Prints the README's table of environment variables from the processes' own declarations.
import { gatewayVariables } from '../gateway/src/config.js';
import { hiveVariables } from '../gateway/hive/config.js';
import { AGENCIES, type AgencyName } from '../subgraphs/shared/src/agencies.js';
import type { Variable } from '../subgraphs/shared/src/config.js';
import { authVariables } from '../subgraphs/shared/src/auth/auth-config.js';
import { allSubgraphVariables } from '../subgraphs/shared/src/subgraph-config.js';
import { registryVariables } from '../subgraphs/registry/src/settings.js';
import { welfareVariables } from '../subgraphs/welfare/src/settings.js';
import { employmentVariables } from '../subgraphs/employment/src/settings.js';
import { startVariables } from './start-config.js';

/** Each agency's own settings, beside the variables every subgraph reads. */
export const agencyVariables: Record<AgencyName, Record<string, Variable<unknown>>> = {
  registry: registryVariables,
  welfare: welfareVariables,
  employment: employmentVariables,
};

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
  for (const name of AGENCIES) add(name, { ...allSubgraphVariables(name), ...agencyVariables[name] });
  add('gateway', { ...gatewayVariables, ...authVariables });
  add('hive gateway', { ...hiveVariables, ...authVariables });
  add('npm start', startVariables);
  const lines = ['| Variable | Read by | Default | Meaning |', '|---|---|---|---|'];
  for (const { variable, readers } of rows.values()) {
    lines.push(`| \`${variable.name}\` | ${readers.join(', ')} | ${variable.defaultText ? `\`${variable.defaultText}\`` : '—'} | ${variable.description} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${environmentTable()}\n`);
