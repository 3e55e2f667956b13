// Start-up of the guardianship subgraph: `npm run start:guardianship`.
import { main } from '#platform/config/config.js';
import { runSubgraph } from '#platform/server/run-subgraph.js';
import { readGuardianshipSettings } from './settings.js';
import { guardianshipSubgraph } from './subgraph.js';

main(() => runSubgraph({ ...guardianshipSubgraph, settings: readGuardianshipSettings() }));
