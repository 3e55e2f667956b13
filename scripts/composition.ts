// Composes the subgraph SDLs in schema/ into the supergraph the gateway serves and the API schema clients see.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
// The explicit file, not 'graphql': Vitest resolves a bare 'graphql' in project code to the ESM copy
// while Apollo's CommonJS packages get the CommonJS one, and a schema built by one copy cannot be
// printed by the other ("Cannot use GraphQLObjectType from another module"). Node and tsx resolve
// both to this file.
import { type DocumentNode, GraphQLError, parse, printSchema } from 'graphql';
import { AGENCIES, SUBGRAPHS, subgraphInfo } from '#platform/config/agencies.js';
import { operatorText, StartupError } from '#platform/config/config.js';
import { projectRoot } from '#platform/server/paths.js';

export const SCHEMA_DIR = path.join(projectRoot, 'schema');
export const SUPERGRAPH_FILE = 'supergraph.graphql';
export const API_SCHEMA_FILE = 'api-schema.graphql';

/** Outputs of this module; they live beside the SDLs but are never composed as subgraphs. */
const GENERATED_FILES: ReadonlySet<string> = new Set([SUPERGRAPH_FILE, API_SCHEMA_FILE]);

/** One subgraph as composition needs it; `file` is project-relative, for messages. */
export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
  file: string;
}

export interface ComposedSupergraph {
  /** What the gateway loads; also records each subgraph's URL. */
  supergraphSdl: string;
  /** The client-facing schema: the supergraph minus federation machinery and @inaccessible elements. */
  apiSchemaSdl: string;
  /** The SDL files composed, project-relative, in composition order. */
  subgraphFiles: string[];
  /** Composition hints (`<code>: <message>`): legal but probably unintended differences between subgraphs. */
  hints: string[];
}

export interface CompositionProblem {
  /** Apollo's error code, e.g. FIELD_TYPE_MISMATCH; INVALID_GRAPHQL for an SDL that does not parse. */
  code: string;
  message: string;
}

/** The subgraphs do not compose; each problem already names the subgraphs involved. */
export class CompositionError extends Error {
  constructor(readonly problems: readonly CompositionProblem[]) {
    super(`Composition failed with ${problems.length} error(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'CompositionError';
  }

  /** One `<code>: <message>` line per problem, as the scripts print them. */
  lines(): string[] {
    return this.problems.map(formatProblem);
  }
}

function formatProblem(problem: CompositionProblem): string {
  return `${problem.code}: ${problem.message}`;
}

// A partner subgraph names its URL in its leading comment block, e.g. `# url: http://10.0.0.5:4010/graphql`.
const URL_COMMENT = /^#\s*url:\s*(\S+)\s*$/i;

/**
 * The URL the supergraph records for a subgraph: the default port its `subgraphs/<name>/subgraph.json`
 * declares, otherwise (a partner served from elsewhere) the `# url:` line in the SDL's leading
 * comments. Undefined when neither gives a usable http(s) URL.
 */
export function subgraphUrl(name: string, sdl: string): string | undefined {
  if (SUBGRAPHS.includes(name)) return `http://127.0.0.1:${subgraphInfo(name).defaultPort}/graphql`;
  for (const rawLine of sdl.split('\n')) {
    const line = rawLine.trim();
    if (line === '') continue;
    if (!line.startsWith('#')) return undefined; // only the comments above the first definition count
    const match = URL_COMMENT.exec(line);
    if (match?.[1] !== undefined) return isHttpUrl(match[1]) ? match[1] : undefined;
  }
  return undefined;
}

function isHttpUrl(text: string): boolean {
  return URL.canParse(text) && ['http:', 'https:'].includes(new URL(text).protocol);
}

/**
 * Every `<name>.graphql` in `schemaDir` except the generated ones, sorted by name so the output is
 * stable. Reports every missing founding SDL and every partner SDL without a URL together.
 */
export function readSubgraphSources(schemaDir: string = SCHEMA_DIR): SubgraphSource[] {
  const fileNames = readdirSync(schemaDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.graphql') && !GENERATED_FILES.has(entry.name))
    .map((entry) => entry.name)
    .sort();
  const problems: string[] = [];
  // A founding SDL that was renamed or deleted would otherwise drop its agency from the graph silently.
  for (const agency of AGENCIES) {
    if (fileNames.includes(`${agency}.graphql`)) continue;
    problems.push(`${relative(path.join(schemaDir, `${agency}.graphql`))} is missing; the ${agency} subgraph cannot be composed without it`);
  }
  const sources: SubgraphSource[] = [];
  for (const fileName of fileNames) {
    const name = fileName.slice(0, -'.graphql'.length);
    const file = relative(path.join(schemaDir, fileName));
    const sdl = readFileSync(path.join(schemaDir, fileName), 'utf8');
    const url = subgraphUrl(name, sdl);
    if (url === undefined) {
      problems.push(
        `${file}: subgraph "${name}" has no subgraphs/${name}/subgraph.json, so its leading comment lines must name its http(s) URL, e.g. "# url: http://partner.example:4010/graphql"`,
      );
    } else {
      sources.push({ name, url, sdl, file });
    }
  }
  if (problems.length > 0) throw new StartupError(problems);
  return sources;
}

/** Composes the given subgraphs; throws CompositionError listing every problem. No I/O. */
export function composeSubgraphs(sources: readonly SubgraphSource[]): ComposedSupergraph {
  const parseProblems: CompositionProblem[] = [];
  const services: { name: string; url: string; typeDefs: DocumentNode }[] = [];
  for (const source of sources) {
    try {
      services.push({ name: source.name, url: source.url, typeDefs: parse(source.sdl) });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const where = error.locations?.[0];
      const at = where === undefined ? source.file : `${source.file}:${where.line}:${where.column}`;
      parseProblems.push({ code: 'INVALID_GRAPHQL', message: `[${source.name}] ${at}: ${error.message}` });
    }
  }
  // Composing without the SDLs that failed to parse would only add confusing follow-on errors.
  if (parseProblems.length > 0) throw new CompositionError(parseProblems);

  const result = composeServices(services);
  if (result.errors !== undefined) {
    throw new CompositionError(result.errors.map((error) => ({ code: errorCode(error), message: error.message })));
  }
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchemaSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()),
    subgraphFiles: sources.map((source) => source.file),
    hints: result.hints.map((hint) => `${hint.definition.code}: ${hint.message}`),
  };
}

function errorCode(error: GraphQLError): string {
  const code = error.extensions.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}

/** Reads and composes every subgraph SDL in schema/ (or `schemaDir`). */
export function composeSupergraph(schemaDir: string = SCHEMA_DIR): ComposedSupergraph {
  return composeSubgraphs(readSubgraphSources(schemaDir));
}

/**
 * For the scripts: composes schema/, or prints each composition error as `<code>: <message>` on stderr
 * and returns undefined so the caller can exit 1. Hints go to stderr too; they do not fail anything.
 */
export function composeOrReport(schemaDir: string = SCHEMA_DIR): ComposedSupergraph | undefined {
  try {
    const composed = composeSupergraph(schemaDir);
    for (const hint of composed.hints) process.stderr.write(`hint ${hint}\n`);
    return composed;
  } catch (error) {
    if (!(error instanceof CompositionError)) throw error;
    for (const line of error.lines()) process.stderr.write(`${line}\n`);
    process.stderr.write(`${operatorText('compose.failed', { count: error.problems.length })}\n`);
    return undefined;
  }
}

/** A file `npm run compose` writes: where, and exactly what. */
export interface GeneratedFile {
  /** Absolute. */
  path: string;
  /** Project-relative, for messages. */
  file: string;
  content: string;
}

/** The supergraph and API schema files as `npm run compose` writes them, each under a header naming its sources. */
export function generatedFiles(composed: ComposedSupergraph, schemaDir: string = SCHEMA_DIR): GeneratedFile[] {
  const header = `# Generated by npm run compose from ${composed.subgraphFiles.join(', ')}; do not edit.\n`;
  const generated = (fileName: string, sdl: string): GeneratedFile => {
    const absolute = path.join(schemaDir, fileName);
    return { path: absolute, file: relative(absolute), content: `${header}${sdl.trimEnd()}\n` };
  };
  return [generated(SUPERGRAPH_FILE, composed.supergraphSdl), generated(API_SCHEMA_FILE, composed.apiSchemaSdl)];
}

/** The generated files whose content on disk is missing or differs from `files`, project-relative. */
export function staleFiles(files: readonly GeneratedFile[]): string[] {
  return files.filter((file) => !existsSync(file.path) || readFileSync(file.path, 'utf8') !== file.content).map((file) => file.file);
}

function relative(absolute: string): string {
  return path.relative(projectRoot, absolute).split(path.sep).join('/');
}
