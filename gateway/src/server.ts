// Start-up of the gateway: `npm run start:gateway`.
import './telemetry-off.js';
import { type CommandDeclaration, readCommandLine } from '#platform/config/command-line.js';
import { main } from '#platform/config/config.js';
import { authVariables, tokenVerifierFromEnv } from '#platform/identity/auth-config.js';
import { readConfig } from '#platform/config/config.js';
import { ensureDevKeys } from '#platform/identity/keys.js';
import { dataDir } from '#platform/server/paths.js';
import { allGatewayVariables, readGatewayConfig } from './config.js';
import { type GatewaySignIn, startGateway } from './gateway.js';
import { DEFAULT_CLIENT_ID } from './web.js';

const GATEWAY_COMMAND = {
  name: 'start:gateway',
  command: 'npm run start:gateway',
  summary: 'cli.gateway.summary',
  options: {},
  environment: [...Object.values(allGatewayVariables), ...Object.values(authVariables)],
  examples: ['npm run start:gateway', 'GATEWAY_PORT=4100 npm run start:gateway'],
} as const satisfies CommandDeclaration;

/**
 * The pages sign in at AUTH_ISSUER when it is an identity provider's URL; in development (our own
 * issuer name, the dev key pair, not production) at this gateway's dev issuer, which signs with
 * the dev key pair every server already trusts.
 */
async function signInFromEnv(clientId: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<GatewaySignIn> {
  const auth = readConfig(authVariables, env);
  const client = clientId ?? DEFAULT_CLIENT_ID;
  if (/^https?:\/\//.test(auth.issuer)) return { clientId: client, issuer: auth.issuer };
  if (auth.jwks || env.NODE_ENV === 'production') return { clientId: client, issuer: null };
  const privateJwk = await ensureDevKeys(dataDir(env));
  return { clientId: client, issuer: null, devIssuer: { privateJwk, tokenIssuer: auth.issuer, audience: auth.audience, clientId: client } };
}

main(async () => {
  readCommandLine(GATEWAY_COMMAND);
  const config = readGatewayConfig();
  const server = await startGateway(config, await tokenVerifierFromEnv(), await signInFromEnv(config.clientId));
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
});
