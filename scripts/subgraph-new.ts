// `npm run subgraph:new -- --name <agency> [--agency CODE] [--role ROLE] [--port N] [--description TEXT]`:
// a working subgraph from the project's own conventions, wired into codegen, npm scripts, docker compose,
// the README, the docs' generated tables and Apollo Router's example config, and composed into the supergraph at once. On any
// failure every file is put back as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AGENCIES, SUBGRAPHS, subgraphInfo } from '#platform/config/agencies.js';
import { type CommandDeclaration, readCommandLine, refuseCommandLine } from '#platform/config/command-line.js';
import { main, operatorText, StartupError } from '#platform/config/config.js';
import { projectRoot } from '#platform/server/paths.js';
import { AGENCY_PATTERN, isRole, NAME_PATTERN, namesOf, nextFreePort, type ScaffoldNames } from './scaffold/names.js';
import { migrationStamp, scaffoldFiles } from './scaffold/templates.js';
import { GENERATED_PAGES } from './docs-pages.js';
import { wireCodegen, wireDockerCompose, wirePackageScripts, wireReadmeScripts, wireRouterConfig } from './scaffold/wiring.js';

const SUBGRAPH_NEW_COMMAND = {
  name: 'subgraph:new',
  command: 'npm run subgraph:new',
  summary: 'cli.subgraphNew.summary',
  options: {
    name: { type: 'string', placeholder: 'NAME', required: true, description: 'cli.subgraphNew.name' },
    agency: { type: 'string', placeholder: 'CODE', description: 'cli.subgraphNew.agency' },
    role: { type: 'string', placeholder: 'ROLE', default: 'SOCIAL_WORKER', description: 'cli.subgraphNew.role' },
    port: { type: 'string', placeholder: 'N', description: 'cli.subgraphNew.port' },
    description: {
      type: 'string',
      placeholder: 'TEXT',
      description: 'cli.subgraphNew.description',
    },
  },
  examples: ['npm run subgraph:new -- --name insurance --agency MEDICAL_INSURANCE_BUREAU --role SOCIAL_WORKER'],
} as const satisfies CommandDeclaration;

function parse(argv: string[]): ScaffoldNames {
  const { values } = readCommandLine(SUBGRAPH_NEW_COMMAND, argv);
  const problems: string[] = [];
  const name = values.name;
  if (!NAME_PATTERN.test(name)) problems.push(operatorText('subgraphNew.badName', { name }));
  else if ((AGENCIES as readonly string[]).includes(name) || SUBGRAPHS.includes(name)) problems.push(operatorText('subgraphNew.nameTaken', { name }));
  else if (existsSync(path.join(projectRoot, 'subgraphs', name)) || existsSync(path.join(projectRoot, 'schema', `${name}.graphql`)))
    problems.push(operatorText('subgraphNew.filesExist', { name }));
  const agency = values.agency ?? name.toUpperCase();
  if (!AGENCY_PATTERN.test(agency)) problems.push(operatorText('subgraphNew.badAgency', { agency }));
  const role = values.role;
  if (!isRole(role)) problems.push(operatorText('subgraphNew.badRole', { role }));
  const taken = SUBGRAPHS.map((other) => subgraphInfo(other).defaultPort);
  const port = values.port === undefined ? nextFreePort(taken) : Number(values.port);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) problems.push(operatorText('subgraphNew.badPort', { port: String(values.port) }));
  else if (taken.includes(port) || port === 4000 || port === 4010) problems.push(operatorText('subgraphNew.portTaken', { port }));
  if (problems.length > 0) refuseCommandLine(SUBGRAPH_NEW_COMMAND, problems);
  const description = values.description ?? `The ${name} agency's records about people in community rehabilitation`;
  return namesOf({ name, agency, role: role as Parameters<typeof namesOf>[0]['role'], port, description });
}

/** Files changed so far and their earlier content (undefined: the file did not exist). */
class Changes {
  private readonly before = new Map<string, string | undefined>();

  write(relative: string, content: string): void {
    const file = path.join(projectRoot, relative);
    if (!this.before.has(relative)) this.before.set(relative, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }

  edit(relative: string, change: (text: string) => string): void {
    this.write(relative, change(readFileSync(path.join(projectRoot, relative), 'utf8')));
  }

  /** Also records files that a tool (compose, codegen) will rewrite, so a rollback restores them. */
  remember(relative: string): void {
    const file = path.join(projectRoot, relative);
    if (!this.before.has(relative)) this.before.set(relative, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  }

  rollBack(): void {
    for (const [relative, content] of this.before) {
      const file = path.join(projectRoot, relative);
      if (content === undefined) rmSync(file, { force: true });
      else writeFileSync(file, content);
    }
  }
}

function run(command: string, args: string[], what: string): string {
  const result = spawnSync(command, args, { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true' } });
  if (result.status !== 0)
    throw new StartupError([operatorText('subgraphNew.stepFailed', { what }), ...(result.stderr || result.stdout).trim().split('\n').slice(-15)]);
  return result.stdout;
}

main(async () => {
  const n = parse(process.argv.slice(2));
  const changes = new Changes();
  const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
  try {
    for (const file of scaffoldFiles(n, migrationStamp())) changes.write(file.path, file.content);
    changes.edit('codegen.yml', (text) => wireCodegen(text, n));
    changes.edit('package.json', (text) => wirePackageScripts(text, n));
    changes.edit('docker-compose.yml', (text) => wireDockerCompose(text, n));
    changes.edit('README.md', (text) => wireReadmeScripts(text, n));
    changes.edit('docs/router.yaml', (text) => wireRouterConfig(text, n));
    for (const generated of ['schema/supergraph.graphql', 'schema/api-schema.graphql', `subgraphs/${n.name}/src/generated/resolvers-types.ts`])
      changes.remember(generated);
    run(tsx, ['scripts/compose.ts'], 'npm run compose');
    run(path.join(projectRoot, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.yml'], 'npm run codegen');
    // A separate process, so that the new subgraph's own variables are read from its settings.
    for (const page of GENERATED_PAGES) changes.remember(page);
    run(tsx, ['scripts/docs-tables.ts'], 'npm run docs');
  } catch (error) {
    changes.rollBack();
    rmSync(path.join(projectRoot, 'subgraphs', n.name), { recursive: true, force: true });
    throw error;
  }
  process.stdout.write(`${operatorText('subgraphNew.created', { name: n.name, agency: n.agency, port: n.port })}\n`);
});
