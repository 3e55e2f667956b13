// Start-up of the second engine, Hive Gateway: `npm run start:hive`.
import { tokenVerifierFromEnv } from '#platform/identity/auth-config.js';
import { main } from '#platform/config/config.js';
import { readHiveConfig } from './config.js';
import { startHiveGateway } from './gateway.js';

main(async () => {
  const config = readHiveConfig();
  const server = await startHiveGateway(config, await tokenVerifierFromEnv());
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
});
