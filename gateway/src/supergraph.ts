// The committed supergraph as @apollo/gateway can load it, and what it records about its subgraphs.
import { type DirectiveNode, Kind, parse, print, visit } from 'graphql';

/** Federation's access-control features: documented in the supergraph, enforced by each subgraph. */
const SECURITY_FEATURES = ['requiresScopes', 'authenticated', 'policy'];

/**
 * @apollo/gateway refuses a supergraph that links SECURITY features it does not implement
 * (only Apollo Router does). The subgraphs enforce these rules themselves, so the gateway
 * serves the supergraph without them; Router and Hive Gateway read the committed file as it is.
 */
export function withoutSecurityFeatures(supergraphSdl: string): string {
  const isSecurityLink = (d: DirectiveNode) =>
    d.name.value === 'link' &&
    d.arguments?.some(
      (a) =>
        a.name.value === 'url' &&
        a.value.kind === Kind.STRING &&
        SECURITY_FEATURES.some((f) => a.value.kind === Kind.STRING && a.value.value.includes(`/${f}/`)),
    );
  const document = visit(parse(supergraphSdl), {
    Directive(node) {
      if (isSecurityLink(node) || SECURITY_FEATURES.includes(node.name.value)) return null;
      return undefined;
    },
    DirectiveDefinition(node) {
      return SECURITY_FEATURES.includes(node.name.value) ? null : undefined;
    },
    ScalarTypeDefinition(node) {
      // The features' own scalars (requiresScopes__Scope, policy__Policy).
      return SECURITY_FEATURES.some((f) => node.name.value.startsWith(`${f}__`)) ? null : undefined;
    },
  });
  return print(document);
}

/** A subgraph as the supergraph records it: its name and the URL composition gave it. */
export interface SubgraphEndpoint {
  name: string;
  url: string;
}

/** The subgraphs a supergraph joins, from its `join__Graph` enum (`@join__graph(name:, url:)` on each value). */
export function subgraphsOf(supergraphSdl: string): SubgraphEndpoint[] {
  const endpoints: SubgraphEndpoint[] = [];
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((d) => d.name.value === 'join__graph');
      const argument = (name: string) => {
        const node = graph?.arguments?.find((a) => a.name.value === name)?.value;
        return node?.kind === Kind.STRING ? node.value : undefined;
      };
      const name = argument('name');
      if (name !== undefined) endpoints.push({ name, url: argument('url') ?? '' });
    }
  }
  return endpoints;
}
