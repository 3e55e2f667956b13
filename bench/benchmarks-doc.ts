// docs/benchmarks.md: one section per bench, each replaced when its bench runs again, the others kept.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '#platform/server/paths.js';
import { failuresOf, type LoadFigures } from './load-run.js';

export const BENCHMARKS_DOC = path.join(projectRoot, 'docs', 'benchmarks.md');

const DOC_HEADER = '# Benchmarks\n\nFigures written by `npm run bench`; each section is replaced when its bench runs again.\n';

export interface MeasuredQuery {
  name: string;
  gateway: LoadFigures;
  direct: LoadFigures;
}

/** Date, machine and software the figures were measured on, as markdown list items. */
export function environmentLines(postgresVersion: string): string[] {
  const cpus = os.cpus();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory (${os.platform()} ${os.release()})`,
    `- Node ${process.version}; ${postgresVersion}`,
    `- @apollo/gateway ${packageVersion('@apollo/gateway')}, @apollo/server ${packageVersion('@apollo/server')}, @graphql-hive/gateway ${packageVersion('@graphql-hive/gateway')}, graphql ${packageVersion('graphql')}`,
  ];
}

/** The installed version of a package, or 'not installed'. */
export function packageVersion(pkg: string): string {
  const file = path.join(projectRoot, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'not installed';
}

const ms = (value: number): string => value.toFixed(1);

function errorsCell(figures: LoadFigures): string {
  const total = failuresOf(figures);
  if (total === 0) return '0';
  return `${total} (failed answers ${figures.failedAnswers}, of them non-2xx ${figures.non2xx}; no answer ${figures.connectionErrors})`;
}

/** Rows per query and target, then the gateway's cost relative to the registry alone. */
export function resultTables(measured: readonly MeasuredQuery[]): string {
  const lines = ['| Query | Target | requests/s | p50 ms | p95 ms | p99 ms | responses | errors |', '|---|---|---:|---:|---:|---:|---:|---:|'];
  for (const query of measured) {
    for (const [target, figures] of [
      ['gateway', query.gateway],
      ['registry direct', query.direct],
    ] as const) {
      lines.push(
        `| ${query.name} | ${target} | ${figures.requestsPerSecond.toFixed(1)} | ${ms(figures.p50)} | ${ms(figures.p95)} | ${ms(figures.p99)} | ${figures.responses} | ${errorsCell(figures)} |`,
      );
    }
  }
  lines.push('', '| Query | p50 gateway / direct | requests/s gateway / direct |', '|---|---:|---:|');
  for (const query of measured) {
    lines.push(
      `| ${query.name} | ${(query.gateway.p50 / query.direct.p50).toFixed(2)} | ${(query.gateway.requestsPerSecond / query.direct.requestsPerSecond).toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}

/** Replaces the section under `heading` (up to the next `## `), or appends it; other sections stay as they are. */
export function withSection(document: string, heading: string, body: string): string {
  const section = `${heading}\n\n${body.trim()}\n`;
  const start = document.indexOf(`${heading}\n`);
  if (start === -1) return `${document.trimEnd()}\n\n${section}`;
  const next = document.indexOf('\n## ', start + heading.length);
  const rest = next === -1 ? '' : `\n${document.slice(next + 1)}`;
  return `${document.slice(0, start)}${section}${rest}`;
}

/** The document without the section under `heading` (up to the next `## `). */
export function withoutSection(document: string, heading: string): string {
  const start = document.indexOf(`${heading}\n`);
  if (start === -1) return document;
  const next = document.indexOf('\n## ', start + heading.length);
  return next === -1 ? `${document.slice(0, start).trimEnd()}\n` : `${document.slice(0, start)}${document.slice(next + 1)}`;
}

export function writeBenchmarkDoc(document: string, file: string = BENCHMARKS_DOC): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, document);
}

/** The document as it stands, or its header alone when there is none yet. */
export function readBenchmarkDoc(file: string = BENCHMARKS_DOC): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : DOC_HEADER;
}

export function writeBenchmarkSection(heading: string, body: string, file: string = BENCHMARKS_DOC): void {
  const current = readBenchmarkDoc(file);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, withSection(current, heading, body));
}
