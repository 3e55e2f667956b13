// Every subgraph's access policy with the schema it governs (built as the server builds it): for the policy tests and generators.
import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { type GraphQLSchema, parse } from 'graphql';
import { SUBGRAPHS, type SubgraphName, subgraphInfo } from '#platform/config/agencies.js';
import type { SubgraphPolicy } from '#platform/access/policy-enforcement.js';
import { loadDefinition } from '#platform/server/subgraph-modules.js';

export interface GovernedSubgraph {
  name: SubgraphName;
  schema: GraphQLSchema;
  policy: SubgraphPolicy;
}

export async function governedSubgraphs(): Promise<GovernedSubgraph[]> {
  return Promise.all(
    SUBGRAPHS.map(async (name) => {
      const definition = await loadDefinition(name);
      const schema = buildSubgraphSchema({
        typeDefs: parse(readFileSync(subgraphInfo(name).schemaFile, 'utf8')),
        resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
      });
      return { name, schema, policy: definition.policy };
    }),
  );
}
