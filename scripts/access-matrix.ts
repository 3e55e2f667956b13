// docs/access-matrix.md, generated from the subgraphs' access policies (src/access-policy.ts): for each
// subgraph, every entry of its table × role, with the scope rules (region, institution, hospital,
// consent) and purposes that limit it. Read by the data-protection officer; kept in step by `npm run docs -- --check`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Access, grantsOf, isThrough, type PolicyTable, purposesOf, type ScopeRule } from '#platform/access/policy.js';
import { discoverAgencies } from '#platform/config/agencies.js';
import { ROLE_PURPOSES, ROLES, type Role } from '#platform/identity/identity.js';
import { projectRoot } from '#platform/server/paths.js';

const isTable = (value: unknown): value is PolicyTable =>
  typeof value === 'object' && value !== null && typeof (value as PolicyTable).subgraph === 'string' && typeof (value as PolicyTable).rules === 'object';

/** Every subgraph's policy table, from its src/access-policy.ts. */
export async function policyTables(): Promise<PolicyTable[]> {
  return Promise.all(
    discoverAgencies().map(async (info) => {
      const file = path.join(projectRoot, info.dir, 'src', 'access-policy.ts');
      const table = Object.values((await import(pathToFileURL(file).href)) as Record<string, unknown>).find(isTable);
      if (!table) throw new Error(`${info.dir}/src/access-policy.ts exports no policy table`);
      return table;
    }),
  );
}

const WHOSE = { patient: 'the patient', guardian: 'the guardian', both: 'the patient and, where there is one, the guardian' } as const;

function ruleText(rule: ScopeRule): string {
  if (typeof rule !== 'string') return `consent ${rule.consent} of ${WHOSE[rule.of]}`;
  return {
    public: 'anyone of the role',
    region: 'region',
    'break-glass': 'or break-glass',
    'own-institution-cases': "own institution's cases",
    'transfer-intake': 'or a case pending transfer into the region',
    'own-institution': 'own institution',
    'own-hospital-uploads': "own hospital's uploads and green-channel referrals",
    'service-only': 'machine hand-off',
  }[rule];
}

function accessText(role: Role, access: Access): string {
  const rules = access.scope.map(ruleText).join(', ');
  const purposes = purposesOf(role, access);
  const narrower = purposes.length < ROLE_PURPOSES[role].length ? `; purpose ${purposes.join('/')}` : '';
  return `${rules}${access.appliedBy === 'query' ? ' (in the query)' : ''}${narrower}`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** One subgraph's table: its entries as declared, a column per role; "—" is FORBIDDEN. */
export function subgraphMatrix(table: PolicyTable): string {
  const lines = [`### ${table.subgraph}`, '', `| Entry | ${ROLES.join(' | ')} |`, `|---|${ROLES.map(() => '---').join('|')}|`];
  for (const [coordinate, entry] of Object.entries(table.rules)) {
    const { grants } = grantsOf(table, coordinate);
    const cells = ROLES.map((role) => {
      const access = grants[role];
      if (!access) return '—';
      return isThrough(entry) ? `as \`${entry.as}\`` : accessText(role, access);
    });
    lines.push(`| \`${coordinate}\` | ${cells.map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}

export function accessMatrix(tables: readonly PolicyTable[]): string {
  return tables.map(subgraphMatrix).join('\n\n');
}
