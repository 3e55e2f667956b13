// Start-up of the registry subgraph: `npm run start:registry`.
import { main } from '../../shared/src/config.js';
import { runSubgraph } from '../../shared/src/run-subgraph.js';
import { readRegistrySettings } from './settings.js';
import { registrySubgraph } from './subgraph.js';

main(() => runSubgraph({ ...registrySubgraph, settings: readRegistrySettings() }));
