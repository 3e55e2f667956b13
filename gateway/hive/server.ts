// Start-up of the second engine, Hive Gateway: `npm run start:hive`.
import { type CommandDeclaration, readCommandLine } from '#platform/config/command-line.js';
import { main } from '#platform/config/config.js';
import { authVariables, tokenVerifierFromEnv } from '#platform/identity/auth-config.js';
import { hiveVariables, readHiveConfig } from './config.js';
import { startHiveGateway } from './gateway.js';

const HIVE_COMMAND = {
  name: 'start:hive',
  command: 'npm run start:hive',
  summary: 'cli.hive.summary',
  options: {},
  environment: [...Object.values(hiveVariables), ...Object.values(authVariables)],
  examples: ['npm run start:hive'],
} as const satisfies CommandDeclaration;

main(async () => {
  readCommandLine(HIVE_COMMAND);
  const config = readHiveConfig();
  const server = await startHiveGateway(config, await tokenVerifierFromEnv());
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
});
