// Whether each subgraph of the supergraph in service answers its /ready probe, for the gateway's own /ready.

export type SubgraphState = 'ready' | 'unavailable';

const PROBE_TIMEOUT_MS = 2000;

/** /ready beside a subgraph's /graphql endpoint. */
export function readyUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '')}/ready`;
  return url.toString();
}

export async function subgraphReadiness(subgraphUrls: Record<string, string>): Promise<Record<string, SubgraphState>> {
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]): Promise<[string, SubgraphState]> => {
      try {
        const response = await fetch(readyUrlOf(url), { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
        return [name, response.ok ? 'ready' : 'unavailable'];
      } catch {
        return [name, 'unavailable'];
      }
    }),
  );
  return Object.fromEntries(entries);
}

export interface GatewayReadiness {
  status: 'ready' | 'degraded';
  service: 'gateway';
  schema: 'loaded';
  /** The first hex digits of the sha256 of the supergraph file in service. */
  supergraph: string;
  subgraphs: Record<string, SubgraphState>;
  degraded: string[];
}

/** The gateway's /ready body: ready when every subgraph of the supergraph in service answers. */
export async function gatewayReadiness(subgraphUrls: Record<string, string>, supergraph: string): Promise<GatewayReadiness> {
  const subgraphs = await subgraphReadiness(subgraphUrls);
  const degraded = Object.entries(subgraphs)
    .filter(([, state]) => state !== 'ready')
    .map(([name]) => name);
  return { status: degraded.length === 0 ? 'ready' : 'degraded', service: 'gateway', schema: 'loaded', supergraph, subgraphs, degraded };
}
