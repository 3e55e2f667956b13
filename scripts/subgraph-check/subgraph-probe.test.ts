import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fixture, todaySources } from './fixture-files.js';
import { anonymousFindings, sdlDifferences } from './subgraph-probe.js';

/** What @apollo/subgraph answers to `{ _service { sdl } }` for a schema built from `sdl`. */
async function servedSdl(sdl: string): Promise<string> {
  const result = await graphql({ schema: buildSubgraphSchema(parse(sdl)), source: '{ _service { sdl } }' });
  return (result.data as { _service: { sdl: string } })._service.sdl;
}

describe('the SDL a running subgraph serves', () => {
  it.each(['registry', 'welfare', 'employment'])('matches the file %s it was built from, whatever the layout', async (name) => {
    const source = todaySources().find((s) => s.name === name)!;
    expect(await sdlDifferences(source.sdl, await servedSdl(source.sdl))).toEqual([]);
  });

  it('names a field the running subgraph has and the file does not', async () => {
    const { sdl } = fixture('insurance.graphql');
    const running = sdl.replace('  since: Date!\n', '  since: Date!\n  until: Date\n');
    const differences = await sdlDifferences(sdl, await servedSdl(running));
    expect(differences).toHaveLength(1);
    expect(differences[0]).toContain("'until' was added to object type 'OutpatientCoverage'");
  });

  it('names an access directive the running subgraph lacks', async () => {
    const { sdl } = fixture('insurance.graphql');
    const running = sdl.replace(
      'coverageSchemes(regionCode: String!): [CoverageScheme!]! @authenticated',
      'coverageSchemes(regionCode: String!): [CoverageScheme!]!',
    );
    expect(running).not.toBe(sdl);
    const differences = await sdlDifferences(sdl, await servedSdl(running));
    expect(differences.join('\n')).toContain('authenticated');
  });
});

describe('an anonymous call', () => {
  const url = 'http://127.0.0.1:4010/graphql';

  it('passes when refused with 401 UNAUTHENTICATED', () => {
    expect(anonymousFindings({ status: 401, body: { errors: [{ message: 'no token', extensions: { code: 'UNAUTHENTICATED' } }] } }, url)).toEqual([]);
  });

  it('warns when refused with 401 but another code', () => {
    expect(anonymousFindings({ status: 401, body: undefined }, url)).toMatchObject([{ severity: 'warning' }]);
  });

  it('blocks when answered', () => {
    expect(anonymousFindings({ status: 200, body: { data: { _service: { sdl: 'type Query { a: Int }' } } } }, url)).toMatchObject([
      { severity: 'blocker', location: url },
    ]);
  });

  it('blocks another refusal than 401', () => {
    expect(anonymousFindings({ status: 403, body: undefined }, url)).toMatchObject([{ severity: 'blocker' }]);
  });
});
