// Compares the composed API schema with the public contract: which contract items are missing or incompatible.
import path from 'node:path';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
// The explicit file, not 'graphql': Vitest resolves a bare 'graphql' in project code to the ESM copy
// while Inspector (run by Node) gets the CommonJS one, and schemas cannot cross between the two
// ("Cannot use GraphQLObjectType from another module"). Node and tsx resolve both to this file.
import { buildSchema } from 'graphql';
import { z } from 'zod';
import { variable } from '#platform/config/config.js';

/** Contract items not built yet, one path a line; the list may only shrink. */
export const PENDING_FILE = 'schema/contract-pending.txt';

/** Where the public contract is: the npm run contract check and the partner check read it alike. */
export const contractVariables = {
  contractPath: variable(
    'CONTRACT_PATH',
    'The public contract the API schema must provide; relative paths start at the project root',
    z
      .string()
      .min(1)
      .default(path.join('..', 'shared', 'contract.graphql')),
    '../shared/contract.graphql',
  ),
};

/** One contract item the API schema does not provide as the contract says. */
export interface ContractGap {
  /** GraphQL Inspector's path: `Person.journey`, `RehabIndicators`, `Query.rehabInstitutions.regionCode`. */
  path: string;
  /** Inspector's explanation, e.g. "Field 'journey' was removed from object type 'Person'". */
  message: string;
}

export interface ContractReport {
  /** Gaps not in the pending list: regressions, or contract items nobody planned for. */
  unlisted: ContractGap[];
  /** Pending-list lines that are no longer gaps, so they must be deleted. */
  resolved: string[];
  /**
   * Resolved lines whose type now exists but lacks some contract fields: Inspector reported the whole
   * type as removed before and reports each missing field now, so the line gives way to those paths.
   */
  narrowed: { path: string; remaining: string[] }[];
  /** How many listed items are still gaps. */
  pending: number;
}

/**
 * Every breaking change from the contract to the API schema, sorted by path. Pure: the SDL comes in as
 * text, so the pending list can be regenerated whenever the subgraph SDLs change.
 */
export async function contractGaps(apiSchemaSdl: string, contractSdl: string): Promise<ContractGap[]> {
  // Old = contract, new = API schema: whatever a contract client relies on and would lose is BREAKING;
  // additions are not. DANGEROUS changes (e.g. a changed argument default) stay out, as the contract says.
  const changes = await diff(buildSchema(contractSdl), buildSchema(apiSchemaSdl));
  return (
    changes
      .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
      // Schema-level changes (a renamed root type) have no path; their type still names them uniquely.
      .map((change) => ({ path: change.path ?? change.type, message: change.message }))
      .sort((a, b) => compare(a.path, b.path) || compare(a.message, b.message))
  );
}

/** The paths listed in a pending file: one per line; `#` starts a comment, blank lines are ignored. */
export function parsePendingList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '');
}

/** Sets the gaps against the pending list; the list may only shrink, so a listed non-gap is an error too. */
export function compareWithPending(gaps: readonly ContractGap[], pendingPaths: readonly string[]): ContractReport {
  const stillGaps = new Set(gaps.map((gap) => gap.path));
  const listed = new Set(pendingPaths);
  const unlisted = gaps.filter((gap) => !listed.has(gap.path));
  const resolved = [...listed].filter((path) => !stillGaps.has(path)).sort(compare);
  const narrowed = resolved
    .map((path) => ({ path, remaining: unique(unlisted.filter((gap) => gap.path.startsWith(`${path}.`)).map((gap) => gap.path)) }))
    .filter((entry) => entry.remaining.length > 0);
  return { unlisted, resolved, narrowed, pending: listed.size - resolved.length };
}

/** contractGaps, then compareWithPending. */
export async function checkContract(apiSchemaSdl: string, contractSdl: string, pendingPaths: readonly string[]): Promise<ContractReport> {
  return compareWithPending(await contractGaps(apiSchemaSdl, contractSdl), pendingPaths);
}

/** The distinct gap paths, sorted: the lines of a regenerated pending list. */
export function gapPaths(gaps: readonly ContractGap[]): string[] {
  return unique(gaps.map((gap) => gap.path));
}

function unique(paths: readonly string[]): string[] {
  return [...new Set(paths)].sort(compare);
}

// Code-point order, not locale order, so the pending file sorts the same on every machine.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
