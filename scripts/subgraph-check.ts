// `npm run subgraph:check -- <schema.graphql> [--name NAME] [--url URL] [--token JWT] [--pid PID]`: tells a partner agency
// whether its subgraph can join the graph (composition, clients, contract, access declarations, federation rules, and
// with --url the running server). Exit 0 when ready (warnings allowed), 1 on any blocker, 2 on a usage error.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { authVariables } from '#platform/identity/auth-config.js';
import { signDevToken } from '#platform/identity/dev-tokens.js';
import { ensureDevKeys } from '#platform/identity/keys.js';
import { type CommandDeclaration, readCommandLine, refuseCommandLine } from '#platform/config/command-line.js';
import { main, processLanguage, readConfig, StartupError } from '#platform/config/config.js';
import { dataDir, projectRoot } from '#platform/server/paths.js';
import { API_SCHEMA_FILE, readSubgraphSources, SCHEMA_DIR } from './composition.js';
import { contractVariables, PENDING_FILE, parsePendingList } from './contract-check.js';
import type { TextFile } from './subgraph-check/breaking-changes.js';
import { blocker, type CheckResult, countBlockers, renderReport } from './subgraph-check/check-report.js';
import { type CheckInputs, contributesToPerson, runChecks, SCHEMA_FILE_TITLE } from './subgraph-check/run-checks.js';
import { parseSubgraphSdl } from './subgraph-check/subgraph-sdl.js';
import { checkAccessPolicy } from './subgraph-check/access-policy-check.js';
import { probeSubgraph, TITLE as PROBE_TITLE } from './subgraph-check/subgraph-probe.js';

const OPERATIONS_DIR = path.join(SCHEMA_DIR, 'operations');
/** A well-formed pid that belongs to nobody: the `_entities` probe only needs a clean answer, null or not. */
const PROBE_PID = 'a'.repeat(32);
const SUBGRAPH_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

const SUBGRAPH_CHECK_COMMAND = {
  name: 'subgraph:check',
  command: 'npm run subgraph:check',
  summary: 'cli.subgraphCheck.summary',
  options: {
    name: { type: 'string', placeholder: 'NAME', description: 'cli.subgraphCheck.name' },
    url: { type: 'string', placeholder: 'URL', description: 'cli.subgraphCheck.url' },
    token: { type: 'string', placeholder: 'JWT', description: 'cli.subgraphCheck.token' },
    pid: { type: 'string', placeholder: 'PID', description: 'cli.subgraphCheck.pid' },
  },
  positionals: [{ name: 'cli.subgraphCheck.schemaFile', description: 'cli.subgraphCheck.schemaFileDescription', required: true }],
  examples: ['npm run subgraph:check -- schema/insurance.graphql', 'npm run subgraph:check -- schema/insurance.graphql --url http://127.0.0.1:4005/graphql'],
} as const satisfies CommandDeclaration;

interface Options {
  file: string;
  name: string;
  url?: string;
  token?: string;
  pid: string;
}

main(async () => {
  const options = readOptions(process.argv.slice(2));
  const results = await check(options);
  process.stdout.write(renderReport(results, { colour: process.stdout.isTTY === true && process.env.NO_COLOR === undefined, language: processLanguage() }));
  process.exitCode = countBlockers(results) > 0 ? 1 : 0;
});

/** The options; a usage problem ends the process with one line and exit code 2. */
function readOptions(args: string[]): Options {
  const { values, positionals } = readCommandLine(SUBGRAPH_CHECK_COMMAND, args);
  const file = positionals[0]!;
  const name = values.name ?? path.basename(file, path.extname(file));
  const problems: string[] = [];
  if (!SUBGRAPH_NAME.test(name)) problems.push(`--name "${name}" is not a usable subgraph name: a letter, then letters, digits, - or _`);
  const url = values.url;
  if (url !== undefined && !(URL.canParse(url) && ['http:', 'https:'].includes(new URL(url).protocol))) problems.push(`--url "${url}" is not an http(s) URL`);
  const pid = values.pid ?? PROBE_PID;
  if (!/^[a-z2-7]{32}$/.test(pid)) problems.push('--pid must be a pid: 32 characters of a-z and 2-7');
  if (problems.length > 0) refuseCommandLine(SUBGRAPH_CHECK_COMMAND, problems);
  return { file, name, pid, ...(url === undefined ? {} : { url }), ...(values.token === undefined ? {} : { token: values.token }) };
}

async function check(options: Options): Promise<CheckResult[]> {
  const sdl = readCandidate(options.file);
  if (typeof sdl !== 'string') return [sdl];
  const results = await runChecks(await gatherInputs(options, sdl));
  if (parseSubgraphSdl(options.name, options.file, sdl).ok) results.push(await checkAccessPolicy(options.name, sdl, options.file));
  if (options.url === undefined) {
    results.push({ title: PROBE_TITLE, findings: [], skipped: 'subgraphCheck.skipped.noUrl' });
    return results;
  }
  const parsed = parseSubgraphSdl(options.name, options.file, sdl);
  if (!parsed.ok) {
    results.push({ title: PROBE_TITLE, findings: [], skipped: 'subgraphCheck.skipped.doesNotParse' });
    return results;
  }
  results.push(
    await probeSubgraph({
      url: options.url,
      token: () => probeToken(options),
      file: options.file,
      fileSdl: sdl,
      contributesToPerson: contributesToPerson(parsed.subgraph),
      pid: options.pid,
    }),
  );
  return results;
}

/** The candidate's SDL, or the finding that says why it cannot be read. */
function readCandidate(file: string): string | CheckResult {
  const problem = (message: string, fix: string): CheckResult => ({ title: SCHEMA_FILE_TITLE, findings: [blocker(message, file, fix)] });
  if (!existsSync(file)) return problem('no such file', `check the path (relative to ${process.cwd()})`);
  if (!statSync(file).isFile()) return problem('not a file', 'name the .graphql file of the subgraph, not its folder');
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    return problem(`cannot be read: ${error instanceof Error ? error.message : String(error)}`, 'check the file permissions');
  }
}

async function gatherInputs(options: Options, sdl: string): Promise<CheckInputs> {
  let today: CheckInputs['today'];
  try {
    today = { sources: readSubgraphSources() };
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    today = { problems: error.problems };
  }
  const contractPath = path.resolve(projectRoot, readConfig(contractVariables).contractPath);
  const pendingPath = path.join(projectRoot, PENDING_FILE);
  return {
    candidate: { name: options.name, file: options.file, sdl, ...(options.url === undefined ? {} : { url: options.url }) },
    today,
    committedApiSchema: textFile(path.join(SCHEMA_DIR, API_SCHEMA_FILE)),
    operations: existsSync(OPERATIONS_DIR)
      ? readdirSync(OPERATIONS_DIR)
          .filter((name) => name.endsWith('.graphql'))
          .sort()
          .map((name) => textFile(path.join(OPERATIONS_DIR, name)))
      : [],
    contract: existsSync(contractPath) ? textFile(contractPath) : undefined,
    pending: { file: PENDING_FILE, paths: existsSync(pendingPath) ? parsePendingList(readFileSync(pendingPath, 'utf8')) : [] },
  };
}

function textFile(absolute: string): TextFile {
  return { file: path.relative(projectRoot, absolute).split(path.sep).join('/'), text: readFileSync(absolute, 'utf8') };
}

/** --token, or a 10-minute SERVICE token signed with the dev issuer key (which only our own dev servers accept). */
async function probeToken(options: Options): Promise<{ token: string } | { problem: string }> {
  if (options.token !== undefined) return { token: options.token };
  const auth = readConfig(authVariables);
  if (auth.jwks) return { problem: 'AUTH_JWKS is set, so a token signed with the dev key would be refused' };
  const privateJwk = await ensureDevKeys(dataDir());
  const token = await signDevToken(privateJwk, {
    role: 'SERVICE',
    region: '000000',
    subject: 'subgraph-check',
    ttl: '10m',
    issuer: auth.issuer,
    audience: auth.audience,
  });
  return { token };
}
