// Start-up of the gateway: `npm run start:gateway`.
import './telemetry-off.js';
import { main } from '#platform/config/config.js';
import { tokenVerifierFromEnv } from '#platform/identity/auth-config.js';
import { readGatewayConfig } from './config.js';
import { startGateway } from './gateway.js';

main(async () => {
  const config = readGatewayConfig();
  const server = await startGateway(config, await tokenVerifierFromEnv());
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
});
