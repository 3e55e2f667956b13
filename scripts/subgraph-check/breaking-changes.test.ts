import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '#platform/server/paths.js';
import { composeSubgraphs } from '../composition.js';
import { type TextFile, checkBreakingChanges } from './breaking-changes.js';
import { withCandidate } from './candidate-composition.js';
import { positionOf, todaySources } from './fixture-files.js';

function projectFile(file: string): TextFile {
  return { file, text: readFileSync(path.join(projectRoot, file), 'utf8') };
}

const committed = projectFile('schema/api-schema.graphql');
const operations = readdirSync(path.join(projectRoot, 'schema/operations'))
  .filter((name) => name.endsWith('.graphql'))
  .map((name) => projectFile(`schema/operations/${name}`));

/** The API schema with the registry's SDL changed by `edit`. */
function apiSchemaWithRegistry(edit: (sdl: string) => string): string {
  const registry = todaySources().find((source) => source.name === 'registry')!;
  const changed = edit(registry.sdl);
  expect(changed).not.toBe(registry.sdl);
  return composeSubgraphs(withCandidate(todaySources(), { ...registry, sdl: changed }).sources).apiSchemaSdl;
}

describe('breaking changes for existing clients', () => {
  it('finds none when the graph is composed as it is today', async () => {
    const apiSchema = composeSubgraphs(todaySources()).apiSchemaSdl;
    expect((await checkBreakingChanges(committed, apiSchema, operations)).findings).toEqual([]);
  });

  it('names each operation that uses a removed field, at the line that selects it, and the removal in the committed schema', async () => {
    const apiSchema = apiSchemaWithRegistry((sdl) =>
      sdl.replace(/\n {2}"Latest risk assessment grade[^\n]*\n {2}riskLevel: Int![^\n]*\n( {4}@[^\n]*\n)?/, '\n'),
    );
    const { findings } = await checkBreakingChanges(committed, apiSchema, operations);

    const removal = findings.find((f) => f.message.includes("'riskLevel' was removed from object type 'RegistryRecord'"));
    expect(removal).toMatchObject({ severity: 'blocker' });
    expect(removal!.location).toMatch(/^schema\/api-schema\.graphql:\d+:\d+ \(RegistryRecord\.riskLevel\)$/);

    const broken = findings.filter((f) => f.message.startsWith('operation '));
    const usesIt = operations.filter((op) => /registry \{[^}]*\briskLevel\b/s.test(op.text));
    expect(usesIt.length).toBeGreaterThan(0);
    for (const op of usesIt) {
      const name = /query (\w+)/.exec(op.text)![1]!;
      const finding = broken.find((f) => f.message.startsWith(`operation ${name} would break`));
      expect(finding, name).toBeDefined();
      expect(finding!.message).toContain('Cannot query field "riskLevel" on type "RegistryRecord"');
      expect(finding!.location).toBe(positionOf(op.file, op.text, 'riskLevel'));
    }
    expect(broken).toHaveLength(usesIt.length);
  });

  it('validates each operation with the fragments of its file', async () => {
    const apiSchema = apiSchemaWithRegistry((sdl) => sdl.replace(/\n {2}"[^\n]*"\n {2}relapseRate: Float @authenticated\n/, '\n'));
    const { findings } = await checkBreakingChanges(committed, apiSchema, operations);
    const indicators = operations.find((op) => op.file.endsWith('RegionIndicators.graphql'))!;
    expect(findings.filter((f) => f.message.startsWith('operation RegionIndicators would break')).map((f) => f.location)).toEqual([
      positionOf(indicators.file, indicators.text, 'relapseRate'),
    ]);
  });

  it('warns of a dangerous change without blocking', async () => {
    const apiSchema = apiSchemaWithRegistry((sdl) => sdl.replace('enum Sex {\n  M\n  F\n}', 'enum Sex {\n  M\n  F\n  X\n}'));
    const { findings } = await checkBreakingChanges(committed, apiSchema, operations);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings[0]!.message).toContain("'X' was added to enum 'Sex'");
  });
});
