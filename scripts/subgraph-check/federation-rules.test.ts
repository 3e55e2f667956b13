import { describe, expect, it } from 'vitest';
import { checkFederationRules, federationVersion, ownedFields, personKeys } from './federation-rules.js';
import { fixture, parsed, parsedFixture, positionOf, todaySources, todaySubgraphs } from './fixture-files.js';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requiresScopes"])';

describe('federation rules', () => {
  it('passes a clean Federation 2 partner subgraph', () => {
    expect(checkFederationRules(parsedFixture('insurance.graphql'), todaySubgraphs()).findings).toEqual([]);
  });

  it.each(['registry', 'welfare', 'employment'])('passes the founder %s as it is, checked against the other two', (name) => {
    const source = todaySources().find((s) => s.name === name)!;
    expect(checkFederationRules(parsed(name, source.file, source.sdl), todaySubgraphs(name)).findings).toEqual([]);
  });

  it('blocks Federation 1 syntax at the extended type, offering the @link line', () => {
    const { file, sdl } = fixture('federation-one.graphql');
    const [finding, ...rest] = federationVersion(parsed('insurance', file, sdl));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'blocker', location: positionOf(file, sdl, 'extend type Person') });
    expect(finding!.message).toContain('Federation 1 syntax');
    expect(finding!.fix).toContain('@link(url: "https://specs.apollo.dev/federation/v2.');
  });

  it('blocks a file without @link even when it uses no extension, at its first definition', () => {
    const sdl = '# no link\ntype Person @key(fields: "pid") {\n  pid: ID!\n}\n';
    const [finding] = federationVersion(parsed('p', 'p.graphql', sdl));
    expect(finding).toMatchObject({ severity: 'blocker', location: 'p.graphql:2:1' });
    expect(finding!.message).toContain('Federation 1');
  });

  it('blocks a link to another federation major version at the directive', () => {
    const sdl = 'extend schema @link(url: "https://specs.apollo.dev/federation/v1.0")\ntype Query { a: Int }\n';
    expect(federationVersion(parsed('p', 'p.graphql', sdl))).toMatchObject([{ severity: 'blocker', location: 'p.graphql:1:15' }]);
  });

  it('blocks a Person key on anything but pid, at that @key', () => {
    const { file, sdl } = fixture('person-keyed-on-citizen-id.graphql');
    const findings = personKeys(parsed('insurance', file, sdl));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'blocker', location: positionOf(file, sdl, '@key(fields: "citizenId")') });
    expect(findings[0]!.message).toContain('"citizenId"');
  });

  it('blocks a composite Person key that includes pid', () => {
    const sdl = `${LINK}\ntype Person @key(fields: "pid regionCode") {\n  pid: ID!\n  regionCode: String!\n}\n`;
    expect(personKeys(parsed('p', 'p.graphql', sdl))).toMatchObject([{ severity: 'blocker', location: 'p.graphql:2:13' }]);
  });

  it('blocks a Person without any key', () => {
    const sdl = `${LINK}\ntype Person {\n  pid: ID!\n}\n`;
    expect(personKeys(parsed('p', 'p.graphql', sdl))).toMatchObject([{ severity: 'blocker', location: 'p.graphql:2:1' }]);
  });

  it('names the founder and its line when a candidate redefines a field the founder owns', () => {
    const { file, sdl } = fixture('redefines-founder-field.graphql');
    const registry = todaySources().find((s) => s.name === 'registry')!;
    const findings = ownedFields(parsed('insurance', file, sdl), todaySubgraphs());
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'blocker', location: positionOf(file, sdl, 'journey:') });
    expect(findings[0]!.message).toContain('Person.journey is already defined by the registry subgraph');
    expect(findings[0]!.message).toContain(`(${positionOf(registry.file, registry.sdl, 'journey(since')})`);
  });

  it('blocks a founder-owned root field too', () => {
    const sdl = `${LINK}\ntype Query {\n  person(pid: ID!): String @requiresScopes(scopes: [["role:SERVICE"]])\n}\n`;
    const findings = ownedFields(parsed('p', 'p.graphql', sdl), todaySubgraphs());
    expect(findings.map((f) => f.location)).toEqual(['p.graphql:3:3']);
    expect(findings[0]!.message).toContain('Query.person is already defined by the registry subgraph');
  });

  it('allows the shared key, @external fields and value types that every side marks @shareable', () => {
    const sdl = [
      LINK,
      'type Person @key(fields: "pid") {',
      '  pid: ID!',
      '  journey: [JourneyEvent!]! @external',
      '}',
      'type PageInfo @shareable {',
      '  hasNextPage: Boolean!',
      '  endCursor: String',
      '}',
    ].join('\n');
    expect(ownedFields(parsed('p', 'p.graphql', sdl), todaySubgraphs())).toEqual([]);
  });

  it('asks for @shareable when only the founders mark a value type shareable', () => {
    const sdl = `${LINK}\ntype PageInfo {\n  hasNextPage: Boolean!\n  endCursor: String\n}\n`;
    const findings = ownedFields(parsed('p', 'p.graphql', sdl), todaySubgraphs());
    // One per founder that declares PageInfo, for each of its two fields.
    expect(new Set(findings.map((f) => f.location))).toEqual(new Set(['p.graphql:3:3', 'p.graphql:4:3']));
    expect(findings.every((f) => f.message.includes('is @shareable in the') && f.fix!.includes('@shareable'))).toBe(true);
  });

  it('lets a founder check a change to its own schema: its own fields are not collisions', () => {
    const registry = todaySources().find((s) => s.name === 'registry')!;
    const changed = registry.sdl.replace('type RegistryRecord {', 'type RegistryRecord {\n  "Extra."\n  extra: Int');
    expect(ownedFields(parsed('registry', registry.file, changed), todaySubgraphs('registry'))).toEqual([]);
  });
});
