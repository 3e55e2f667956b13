import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textIn } from '#platform/i18n/messages.js';
import { TITLE as BREAKING_TITLE } from './breaking-changes.js';
import { TITLE as CONTRACT_TITLE } from './contract-violations.js';
import { projectRoot } from '#platform/server/paths.js';
import { parsePendingList } from '../contract-check.js';
import { countBlockers } from './check-report.js';
import { fixture, parsed, positionOf, todaySources } from './fixture-files.js';
import { CONTRACT_ABSENT, type CheckInputs, contributesToPerson, runChecks } from './run-checks.js';

const CONTRACT = path.resolve(projectRoot, '..', 'shared', 'contract.graphql');
const PENDING = 'schema/contract-pending.txt';

function projectText(file: string): { file: string; text: string } {
  return { file, text: readFileSync(path.join(projectRoot, file), 'utf8') };
}

function inputs(name: string, file: string, sdl: string): CheckInputs {
  return {
    candidate: { name, file, sdl },
    today: { sources: todaySources() },
    committedApiSchema: projectText('schema/api-schema.graphql'),
    operations: readdirSync(path.join(projectRoot, 'schema/operations')).map((n) => projectText(`schema/operations/${n}`)),
    contract: existsSync(CONTRACT) ? { file: '../shared/contract.graphql', text: readFileSync(CONTRACT, 'utf8') } : undefined,
    pending: { file: PENDING, paths: existsSync(path.join(projectRoot, PENDING)) ? parsePendingList(projectText(PENDING).text) : [] },
  };
}

describe('all checks together', () => {
  it('finds no blocker in a clean partner subgraph, and runs every check', async () => {
    const { file, sdl } = fixture('insurance.graphql');
    const results = await runChecks(inputs('insurance', file, sdl));
    expect(countBlockers(results)).toBe(0);
    expect(results.filter((r) => r.skipped !== undefined && r.skipped !== CONTRACT_ABSENT)).toEqual([]);
    expect(results.map((r) => textIn('en', r.title))).toEqual([
      'Schema file',
      'Composition',
      'Breaking changes for existing clients',
      'Public contract',
      'Access declarations',
      'Federation rules',
    ]);
  });

  it('stops at an SDL that does not parse, naming its line, and skips the other checks', async () => {
    const { file, sdl } = fixture('does-not-parse.graphql');
    const [schemaFile, ...rest] = await runChecks(inputs('insurance', file, sdl));
    expect(schemaFile!.findings).toHaveLength(1);
    expect(schemaFile!.findings[0]).toMatchObject({ severity: 'blocker', location: positionOf(file, sdl, '@requiresScopes(scopes') });
    expect(schemaFile!.findings[0]!.message).toContain('Syntax Error');
    expect(rest.every((r) => r.skipped !== undefined)).toBe(true);
  });

  it.skipIf(!existsSync(CONTRACT))('blocks a change to a founder that loses a contract item, at the contract line', async () => {
    const registry = todaySources().find((s) => s.name === 'registry')!;
    const sdl = registry.sdl.replace(/\n {2}"Registry patients \(registry\)[^\n]*\n {2}patients\([^\n]*\n[^\n]*\n/, '\n');
    expect(sdl).not.toBe(registry.sdl);
    const results = await runChecks(inputs('registry', 'changed/registry.graphql', sdl));
    const contract = results.find((r) => r.title === CONTRACT_TITLE)!;
    const text = readFileSync(CONTRACT, 'utf8');
    expect(contract.findings.filter((f) => f.severity === 'blocker').map((f) => f.location)).toContain(
      `${positionOf('../shared/contract.graphql', text, 'patients(filter')} (Query.patients)`,
    );
    const clients = results.find((r) => r.title === BREAKING_TITLE)!;
    expect(clients.findings.some((f) => f.message.startsWith('operation PatientsInRegion would break'))).toBe(true);
  });

  it('knows which candidates contribute fields to Person', () => {
    const clean = fixture('insurance.graphql');
    expect(contributesToPerson(parsed('insurance', clean.file, clean.sdl))).toBe(true);
    expect(
      contributesToPerson(
        parsed(
          'p',
          'p.graphql',
          'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\ntype Person @key(fields: "pid") { pid: ID! }\ntype Query { a: Int }',
        ),
      ),
    ).toBe(false);
  });
});
