// Start-up of the gateway: `npm run start:gateway`.
import './telemetry-off.js';
import { main } from '../../subgraphs/shared/src/config.js';
import { readGatewayConfig } from './config.js';
import { startGateway } from './gateway.js';

main(async () => {
  const server = await startGateway(readGatewayConfig());
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
});
