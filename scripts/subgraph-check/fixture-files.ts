// For the subgraph-check tests: the fixture SDLs, today's subgraphs parsed, and where a piece of text sits in a file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '#platform/server/paths.js';
import { readSubgraphSources, type SubgraphSource } from '../composition.js';
import { parseSubgraphSdl, type SubgraphSdl } from './subgraph-sdl.js';

export const FIXTURE_DIR = 'tests/fixtures/subgraph-check';

/** A fixture's project-relative path and text. */
export function fixture(fileName: string): { file: string; sdl: string } {
  const file = `${FIXTURE_DIR}/${fileName}`;
  return { file, sdl: readFileSync(path.join(projectRoot, file), 'utf8') };
}

/** Parses an SDL that must parse (fixtures and founders), failing the test otherwise. */
export function parsed(name: string, file: string, sdl: string): SubgraphSdl {
  const outcome = parseSubgraphSdl(name, file, sdl);
  if (!outcome.ok) throw new Error(`${file} does not parse: ${outcome.finding.message}`);
  return outcome.subgraph;
}

export function parsedFixture(fileName: string, name = 'insurance'): SubgraphSdl {
  const { file, sdl } = fixture(fileName);
  return parsed(name, file, sdl);
}

/** Today's subgraphs as the project composes them. */
export function todaySources(): SubgraphSource[] {
  return readSubgraphSources();
}

export function todaySubgraphs(except?: string): SubgraphSdl[] {
  return todaySources()
    .filter((source) => source.name !== except)
    .map((source) => parsed(source.name, source.file, source.sdl));
}

/** `file:line:column` of the `occurrence`-th (1-based) appearance of `needle` in `text`. */
export function positionOf(file: string, text: string, needle: string, occurrence = 1): string {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`"${needle}" does not occur ${occurrence} time(s) in ${file}`);
  }
  const before = text.slice(0, index).split('\n');
  return `${file}:${before.length}:${before[before.length - 1]!.length + 1}`;
}
