// Starts an HTTP server listening and describes it; shared by the subgraphs and the gateway.
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { refuseUnparsable } from '#platform/server/http-refusals.js';
import type { Logger } from '#platform/server/logger.js';

export interface RunningServer {
  url: string;
  /** The GraphQL endpoint. */
  graphqlUrl: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on host:port (0 picks a free port) and resolves once the server accepts connections. */
export async function listen(httpServer: http.Server, host: string, port: number, logger: Logger, close: () => Promise<void>): Promise<RunningServer> {
  // Node's parser refuses malformed HTTP with an empty 400: ours answers in the GraphQL error shape.
  httpServer.on('clientError', refuseUnparsable);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, resolve);
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  logger.info({ url }, 'listening');
  return { url, graphqlUrl: `${url}/graphql`, port: actualPort, close };
}
