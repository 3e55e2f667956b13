// Start-up of the registry subgraph: `npm run start:registry`.
import { main } from '#platform/config/config.js';
import { runSubgraph } from '#platform/server/run-subgraph.js';
import { readRegistrySettings } from './settings.js';
import { registrySubgraph } from './subgraph.js';

main(() => runSubgraph({ ...registrySubgraph, settings: readRegistrySettings() }));
