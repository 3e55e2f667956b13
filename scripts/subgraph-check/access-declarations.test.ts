import { describe, expect, it } from 'vitest';
import { checkAccessDeclarations, typesLinkedToPerson, undeclaredEntryFields } from './access-declarations.js';
import { fixture, parsed, parsedFixture, positionOf, todaySources, todaySubgraphs } from './fixture-files.js';

const LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@authenticated", "@requiresScopes", "@policy"])';

function undeclared(sdl: string): string[] {
  return undeclaredEntryFields(parsed('p', 'p.graphql', sdl), todaySubgraphs()).map(({ declared }) => `${declared.typeName}.${declared.field.name.value}`);
}

describe('access declarations', () => {
  it.each(['registry', 'welfare', 'employment'])('passes the founder %s as it is', (name) => {
    const source = todaySources().find((s) => s.name === name)!;
    expect(checkAccessDeclarations(parsed(name, source.file, source.sdl), todaySubgraphs(name)).findings).toEqual([]);
  });

  it('passes a partner that guards its root and Person fields', () => {
    expect(checkAccessDeclarations(parsedFixture('insurance.graphql'), todaySubgraphs()).findings).toEqual([]);
  });

  it('blocks each unguarded root field, Person field and field of an entity linked to Person, at its line, and says why', () => {
    const { file, sdl } = fixture('undeclared-access.graphql');
    const result = checkAccessDeclarations(parsed('insurance', file, sdl), todaySubgraphs());
    expect(result.findings.map((f) => f.location)).toEqual([
      positionOf(file, sdl, 'claims(regionCode'),
      positionOf(file, sdl, 'outpatientCoverageRate'),
      positionOf(file, sdl, 'person: Person!'),
      positionOf(file, sdl, 'amountCents'),
    ]);
    expect(result.findings.every((f) => f.severity === 'blocker' && f.fix !== undefined)).toBe(true);
    expect(result.notes?.some((note) => note.startsWith('why this matters:'))).toBe(true);
  });

  it('does not ask it of an entity that neither reaches nor is reached from Person, nor of key and @external fields', () => {
    const sdl = [
      LINK,
      'type Person @key(fields: "pid") {',
      '  pid: ID!',
      '  journey: [JourneyEvent!]! @external',
      '}',
      'type CoverageScheme @key(fields: "code") {',
      '  code: String!',
      '  name: String!',
      '}',
    ].join('\n');
    expect(undeclared(sdl)).toEqual([]);
  });

  it('asks it of every non-key field of an entity keyed on pid', () => {
    const sdl = `${LINK}\ntype CoverageFile @key(fields: "pid") {\n  pid: ID!\n  notes: String\n}\n`;
    expect(undeclared(sdl)).toEqual(['CoverageFile.notes']);
  });

  it('accepts the directive on the parent type or on the type the field returns', () => {
    const sdl = [
      LINK,
      'type Query @authenticated {',
      '  schemes: [String!]!',
      '}',
      'type Person @key(fields: "pid") {',
      '  pid: ID!',
      '  coverage: Coverage',
      '}',
      'type Coverage @requiresScopes(scopes: [["role:HOSPITAL_CLINICIAN"]]) {',
      '  rate: Float',
      '}',
    ].join('\n');
    expect(undeclared(sdl)).toEqual([]);
  });

  it('recognises directives imported under another name and the namespaced form', () => {
    const sdl = [
      'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", { name: "@requiresScopes", as: "@scopes" }])',
      'type Query {',
      '  a: Int @scopes(scopes: [["role:SERVICE"]])',
      '  b: Int @federation__authenticated',
      '  c: Int @deprecated',
      '}',
    ].join('\n');
    expect(undeclared(sdl)).toEqual(['Query.c']);
  });

  it('links to Person what Person reaches and what reaches Person, never the root types', () => {
    const linked = typesLinkedToPerson(todaySubgraphs());
    expect(linked.has('RegistryRecord')).toBe(true);
    expect(linked.has('Referral')).toBe(true);
    expect(linked.has('Query')).toBe(false);
    expect(linked.has('RehabIndicators')).toBe(false);
  });
});
