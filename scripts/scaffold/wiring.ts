// The project files a new subgraph is wired into: codegen, npm scripts, docker compose, the README's scripts and Apollo Router's config.
// Each edit is a pure function of the file's text, so that it can be tested and never half-applied.
import type { ScaffoldNames } from './names.js';

/** Adds the subgraph's resolver types before the dashboard operations' entry of codegen.yml. */
export function wireCodegen(text: string, n: ScaffoldNames): string {
  const marker = '  schema/generated/:';
  if (!text.includes(marker)) throw new Error(`codegen.yml has no "${marker.trim()}" entry to insert before`);
  const entry = [
    `  subgraphs/${n.name}/src/generated/resolvers-types.ts:`,
    `    schema: schema/${n.name}.graphql`,
    '    plugins: [typescript, typescript-resolvers]',
    '    config:',
    '      federation: true',
    `      contextType: ../context.js#${n.pascal}Context`,
    '      mappers:',
    "        AuditTrail: '\\#platform/graphql/context.js#PersonRef'",
    "        AuditEntry: '\\#platform/audit/audit.js#AuditEntryRecord'",
    "        ReaderTrail: '\\#platform/audit/audit-trail-resolvers.js#ReaderRef'",
    "        Person: '\\#platform/graphql/context.js#PersonRef'",
    `        ${n.pascal}Entry: ../data/entries.js#EntryRecord`,
    '',
  ].join('\n');
  return text.replace(marker, `${entry}${marker}`);
}

/** Adds `start:<name>` after the last `start:` script of package.json. */
export function wirePackageScripts(text: string, n: ScaffoldNames): string {
  const pkg = JSON.parse(text) as { scripts: Record<string, string> };
  const entries = Object.entries(pkg.scripts);
  const lastStart = entries
    .map(([name]) => name)
    .filter((name) => /^start:[a-z0-9]+$/.test(name) && name !== 'start:gateway' && name !== 'start:hive')
    .pop();
  const at = lastStart ? entries.findIndex(([name]) => name === lastStart) + 1 : entries.length;
  entries.splice(at, 0, [`start:${n.name}`, `tsx subgraphs/${n.name}/src/server.ts`]);
  pkg.scripts = Object.fromEntries(entries);
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

function insertBefore(text: string, marker: string, insertion: string, what: string): string {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`docker-compose.yml: cannot find ${what} ("${marker.trim()}")`);
  return text.slice(0, at) + insertion + text.slice(at);
}

/** The end of the mapping whose header line starts at `start` (up to the next line indented as much or less). */
function endOfBlock(text: string, start: number): number {
  const header = text.slice(start, text.indexOf('\n', start));
  const indent = header.length - header.trimStart().length;
  let at = text.indexOf('\n', start) + 1;
  let lastContent = at;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const next = end < 0 ? text.length : end + 1;
    const line = text.slice(at, next).replace(/\n$/, '');
    if (line.trim() !== '') {
      if (line.length - line.trimStart().length <= indent) break;
      lastContent = next;
    }
    at = next;
  }
  // Blank lines after the block stay after the insertion.
  return lastContent;
}

/** The line that is exactly `header` (a mapping's key at its own indentation), not a deeper key ending the same. */
function lineAt(text: string, header: string, from = 0): number {
  const at = text.indexOf(`\n${header}`, Math.max(0, from - 1));
  return at < 0 ? -1 : at + 1;
}

function appendToBlock(text: string, header: string, lines: string): string {
  const start = lineAt(text, header);
  if (start < 0) throw new Error(`docker-compose.yml: cannot find "${header.trim()}"`);
  const at = endOfBlock(text, start);
  return text.slice(0, at) + lines + text.slice(at);
}

/** A database service, the subgraph's service, and its place in the seed job and the gateway. */
export function wireDockerCompose(text: string, n: ScaffoldNames): string {
  const urlAnchor = `${n.name}-database-url`;
  let out = appendToBlock(
    text,
    'x-database-urls:',
    `  ${n.name}: &${urlAnchor} postgres://${n.name}:\${${n.upper}_DB_PASSWORD:-${n.name}-dev}@${n.name}-db:5432/${n.name}\n`,
  );
  const services = `  ${n.name}-db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_USER: ${n.name}
      POSTGRES_PASSWORD: \${${n.upper}_DB_PASSWORD:-${n.name}-dev}
      POSTGRES_DB: ${n.name}
    volumes:
      - ${n.name}-db:/var/lib/postgresql/data
    healthcheck:
      test: ['CMD', 'pg_isready', '-U', '${n.name}', '-d', '${n.name}']
      interval: 5s
      timeout: 5s
      retries: 10

  ${n.name}:
    <<: *node-service
    command: ['npm', 'run', 'start:${n.name}']
    restart: unless-stopped
    environment:
      HOST: 0.0.0.0
      ${n.upper}_PORT: '${n.port}'
      DATABASE_URL_${n.upper}: *${urlAnchor}
      LINKAGE_KEY: *linkage-key
    depends_on:
      ${n.name}-db:
        condition: service_healthy
      seed:
        condition: service_completed_successfully
    healthcheck:
      test: ['CMD', 'node', '-e', "fetch('http://127.0.0.1:${n.port}/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
      interval: 5s
      timeout: 5s
      retries: 10
      start_period: 30s

`;
  out = insertBefore(out, '\n  gateway:\n', `\n${services.trimEnd()}\n`, 'the gateway service');
  out = addToMapping(out, '  seed:\n', '    environment:\n', `      DATABASE_URL_${n.upper}: *${urlAnchor}\n`);
  out = addToMapping(out, '  seed:\n', '    depends_on:\n', `      ${n.name}-db:\n        condition: service_healthy\n`);
  out = addToMapping(out, '  gateway:\n', '    environment:\n', `      ${n.upper}_URL: http://${n.name}:${n.port}/graphql\n`);
  out = addToMapping(out, '  gateway:\n', '    depends_on:\n', `      ${n.name}:\n        condition: service_healthy\n`);
  out = appendToBlock(out, 'volumes:\n', `  ${n.name}-db:\n`);
  return out;
}

/** Appends lines to the `key` mapping (e.g. `    environment:`) of the service whose header is `service`. */
function addToMapping(text: string, service: string, key: string, lines: string): string {
  const serviceAt = lineAt(text, service);
  if (serviceAt < 0) throw new Error(`docker-compose.yml: cannot find service "${service.trim()}"`);
  const serviceEnd = endOfBlock(text, serviceAt);
  const keyAt = lineAt(text, key, serviceAt);
  if (keyAt < 0 || keyAt >= serviceEnd) throw new Error(`docker-compose.yml: service "${service.trim()}" has no "${key.trim()}"`);
  const at = endOfBlock(text, keyAt);
  return text.slice(0, at) + lines + text.slice(at);
}

/** Apollo Router's example config sends the subgraph's calls to the URL the gateway's variable names. */
export function wireRouterConfig(text: string, n: ScaffoldNames): string {
  const header = 'override_subgraph_url:';
  const start = text.indexOf(`\n${header}\n`);
  if (start < 0) throw new Error(`docs/router.yaml has no "${header}" block`);
  const at = endOfBlock(text, start + 1);
  return `${text.slice(0, at)}  ${n.name}: "\${env.${n.upper}_URL:-http://127.0.0.1:${n.port}/graphql}"\n${text.slice(at)}`;
}

/** Names `start:<name>` beside the other one-server scripts in the README's command table. */
export function wireReadmeScripts(text: string, n: ScaffoldNames): string {
  const row = / \/ `start:gateway` \| One server alone \|/;
  if (!row.test(text)) throw new Error('README.md: cannot find the "One server alone" row of the command table');
  return text.replace(row, ` / \`start:${n.name}\` / \`start:gateway\` | One server alone |`);
}
