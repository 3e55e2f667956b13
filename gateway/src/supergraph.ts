// The committed supergraph as @apollo/gateway can load it.
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
    d.arguments?.some((a) => a.name.value === 'url' && a.value.kind === Kind.STRING && SECURITY_FEATURES.some((f) => a.value.kind === Kind.STRING && a.value.value.includes(`/${f}/`)));
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
