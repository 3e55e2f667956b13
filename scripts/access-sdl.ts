// The SDL's access directives, generated from each subgraph's access policy (src/access-policy.ts):
// @requiresScopes names the roles a field's entry grants, @policy the scope rules each role's
// access must pass, so the supergraph documents exactly what the subgraph enforces. A field open
// to every role with no scope rule carries none (every request is authenticated anyway).
// `npm run access:sdl` rewrites the SDL files; `npm run check:generated` fails when one differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { type ConstDirectiveNode, type FieldDefinitionNode, Kind, parse } from 'graphql';
import { grantsOf, type PolicyTable, purposesOf, ruleName } from '#platform/access/policy.js';
import { ROLE_PURPOSES, ROLES, type Role } from '#platform/identity/identity.js';

const ACCESS_DIRECTIVES = new Set(['requiresScopes', 'policy', 'authenticated']);
/** Beyond this a field's directives go on their own line, as the SDL files are written. */
const LINE = 150;

/** The directives a coordinate's entry documents: roles, then each role's rules (and purposes where fewer than the role's). */
export function directivesFor(table: PolicyTable, coordinate: string, declared = false): string[] {
  const { grants, decidedAt } = grantsOf(table, coordinate);
  const roles = ROLES.filter((role) => grants[role] !== undefined);
  const open = roles.length === ROLES.length && roles.every((role) => grants[role]!.scope.every((rule) => rule === 'public'));
  // Open to every signed-in caller: said as @authenticated where a field must declare its access (roots, entities' fields).
  if (open) return declared ? ['@authenticated'] : [];
  const directives = [`@requiresScopes(scopes: [${roles.map((role) => `["role:${role}"]`).join(', ')}])`];
  if (decidedAt !== coordinate) return directives;
  const policies = roles.flatMap((role: Role) => {
    const access = grants[role]!;
    let rules = access.scope.filter((rule) => rule !== 'public').map(ruleName);
    // Break-glass is an alternative to the region, not a second condition.
    if (rules.includes('break-glass')) rules = rules.filter((r) => r !== 'break-glass').map((r) => (r === 'region' ? 'region-or-break-glass' : r));
    // So is a transfer's intake to the institution's own cases.
    if (rules.includes('transfer-intake'))
      rules = rules.filter((r) => r !== 'transfer-intake').map((r) => (r === 'own-institution-cases' ? 'own-institution-cases-or-transfer-intake' : r));
    const purposes = purposesOf(role, access);
    const narrower = purposes.length < ROLE_PURPOSES[role].length ? [`purpose:${purposes.join('|')}`] : [];
    const named = [...rules, ...narrower].map((rule) => `"${role}:${rule}${access.appliedBy === 'query' && !rule.startsWith('purpose:') ? ' (query)' : ''}"`);
    return named.length > 0 ? [`[${named.join(', ')}]`] : [];
  });
  if (policies.length > 0) directives.push(`@policy(policies: [${policies.join(', ')}])`);
  return directives;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The SDL with every field's access directives replaced by the policy's. */
export function withPolicyDirectives(sdl: string, table: PolicyTable): string {
  const document = parse(sdl);
  const edits: Edit[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const declared = ['Query', 'Mutation'].includes(definition.name.value) || (definition.directives ?? []).some((d) => d.name.value === 'key');
    for (const field of definition.fields ?? []) {
      if ((field.directives ?? []).some((d) => d.name.value === 'external')) continue;
      edits.push(fieldEdit(sdl, field, directivesFor(table, `${definition.name.value}.${field.name.value}`, declared)));
    }
  }
  let out = sdl;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return ensureImports(out);
}

/** Rewrites one field definition (from its name to its last directive) with the given access directives. */
function fieldEdit(sdl: string, field: FieldDefinitionNode, access: string[]): Edit {
  const start = field.name.loc!.start;
  const end = field.loc!.end;
  const kept = (field.directives ?? []).filter((d: ConstDirectiveNode) => !ACCESS_DIRECTIVES.has(d.name.value));
  const head = sdl.slice(start, field.type.loc!.end);
  const others = kept.map((d) => sdl.slice(d.loc!.start, d.loc!.end));
  const indent = sdl.slice(sdl.lastIndexOf('\n', start) + 1, start);
  const oneLine = [head, ...others, ...access].join(' ');
  const text = indent.length + oneLine.length <= LINE || access.length === 0 ? oneLine : `${[head, ...others].join(' ')}\n${indent}  ${access.join(' ')}`;
  return { start, end, text };
}

/** The federation link imports the directives the SDL now uses. */
function ensureImports(sdl: string): string {
  return sdl.replace(/(@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v[\d.]+", import: \[)([^\]]*)\]/, (_whole, prefix: string, list: string) => {
    const names = list.split(',').map((name) => name.trim());
    for (const needed of ['"@requiresScopes"', '"@policy"', '"@authenticated"'])
      if (new RegExp(`${needed.slice(1, -1)}(?![\\w"])`).test(sdl) && !names.includes(needed)) names.push(needed);
    return `${prefix}${names.join(', ')}]`;
  });
}

/** The SDL files whose directives differ from their policies', with the generated text. */
export function staleAccessSdl(subgraphs: readonly { schemaFile: string; table: PolicyTable }[]): { file: string; generated: string }[] {
  return subgraphs.flatMap(({ schemaFile, table }) => {
    const current = readFileSync(schemaFile, 'utf8');
    const generated = withPolicyDirectives(current, table);
    return generated === current ? [] : [{ file: schemaFile, generated }];
  });
}

export function writeAccessSdl(subgraphs: readonly { schemaFile: string; table: PolicyTable }[]): string[] {
  const stale = staleAccessSdl(subgraphs);
  for (const { file, generated } of stale) writeFileSync(file, generated);
  return stale.map((s) => s.file);
}

/** Every subgraph's SDL file with its policy table, loaded as the servers load them. */
export async function governedSdl(): Promise<{ schemaFile: string; table: PolicyTable }[]> {
  const { SUBGRAPHS, subgraphInfo } = await import('#platform/config/agencies.js');
  const { loadDefinition } = await import('#platform/server/subgraph-modules.js');
  return Promise.all(SUBGRAPHS.map(async (name) => ({ schemaFile: subgraphInfo(name).schemaFile, table: (await loadDefinition(name)).policy.table })));
}
