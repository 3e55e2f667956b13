// Start-up of the gateway: `npm run start:gateway`.
import './telemetry-off.js';
import { type CommandDeclaration, readCommandLine } from '#platform/config/command-line.js';
import { main } from '#platform/config/config.js';
import { authVariables, tokenVerifierFromEnv } from '#platform/identity/auth-config.js';
import { allGatewayVariables, readGatewayConfig } from './config.js';
import { startGateway } from './gateway.js';

const GATEWAY_COMMAND = {
  name: 'start:gateway',
  command: 'npm run start:gateway',
  summary: 'The gateway alone, over subgraphs already running: /graphql, the playground at /, the dashboard at /dashboard, /health, /ready and /metrics.',
  options: {},
  environment: [...Object.values(allGatewayVariables), ...Object.values(authVariables)],
  examples: ['npm run start:gateway', 'GATEWAY_PORT=4100 npm run start:gateway'],
} as const satisfies CommandDeclaration;

main(async () => {
  readCommandLine(GATEWAY_COMMAND);
  const config = readGatewayConfig();
  const server = await startGateway(config, await tokenVerifierFromEnv());
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
});
