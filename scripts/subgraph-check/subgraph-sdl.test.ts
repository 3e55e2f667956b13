import { describe, expect, it } from 'vitest';
import { federationDirectiveNames, keyFieldNames, parseSubgraphSdl } from './subgraph-sdl.js';

describe('subgraph SDL', () => {
  it('reads the top-level fields of a key selection', () => {
    expect(keyFieldNames('pid')).toEqual(['pid']);
    expect(keyFieldNames('regionCode year')).toEqual(['regionCode', 'year']);
    expect(keyFieldNames('id owner { pid }')).toEqual(['id', 'owner']);
  });

  it('names federation directives as the file imports them', () => {
    const outcome = parseSubgraphSdl(
      'p',
      'p.graphql',
      'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", { name: "@policy", as: "@rule" }])',
    );
    if (!outcome.ok) throw new Error('does not parse');
    expect([...federationDirectiveNames(outcome.subgraph.document, 'key')].sort()).toEqual(['federation__key', 'key']);
    expect([...federationDirectiveNames(outcome.subgraph.document, 'policy')].sort()).toEqual(['federation__policy', 'rule']);
    expect([...federationDirectiveNames(outcome.subgraph.document, 'shareable')]).toEqual(['federation__shareable']);
  });

  it('locates a syntax error at its line and column', () => {
    const outcome = parseSubgraphSdl('p', 'p.graphql', 'type Query {\n  a: \n}\n');
    expect(outcome).toMatchObject({ ok: false, finding: { severity: 'blocker', location: 'p.graphql:3:1' } });
  });
});
